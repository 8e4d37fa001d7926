from __future__ import annotations

import pytest

from entryhub_desk.domain import codes
from entryhub_desk.errors import DeskError


@pytest.mark.parametrize("code", ["SE", "SY", "ER", "AF", "SO"])
def test_known_countries(code: str) -> None:
    assert codes.is_country(code)


@pytest.mark.parametrize("code", ["XX", "se", "SWE", "", "S"])
def test_unknown_countries(code: str) -> None:
    assert not codes.is_country(code)


@pytest.mark.parametrize("code", ["ar", "sv", "ti", "tir", "prs", "fas", "per", "so"])
def test_known_languages(code: str) -> None:
    assert codes.is_language(code)


@pytest.mark.parametrize("code", ["xx", "AR", "a", "arab", "", "zzz", "1a"])
def test_unknown_languages(code: str) -> None:
    assert not codes.is_language(code)


def test_normalises_case() -> None:
    assert codes.country("country_of_birth", " sy ") == "SY"
    assert codes.language("languages", "AR") == "ar"


def test_unknown_code_error() -> None:
    with pytest.raises(DeskError) as info:
        codes.country("country_of_birth", "QQ")
    assert info.value.code == "validation.unknown_code"
    assert info.value.params == {"field": "country_of_birth", "value": "QQ"}
