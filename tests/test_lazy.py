"""The lazy re-exports of a package's ``__init__`` (entryhub_desk/lazy.py)."""

from __future__ import annotations

import sys

import pytest

import entryhub_desk.domain as domain


def test_a_name_loads_from_its_module_once_and_stays() -> None:
    sys.modules["entryhub_desk.domain"].__dict__.pop("Visit", None)
    from entryhub_desk.domain.visit import Visit

    assert domain.Visit is Visit
    assert domain.__dict__["Visit"] is Visit  # kept: the next use asks no hook


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="has no attribute 'Nobody'"):
        _ = domain.Nobody  # type: ignore[attr-defined]
