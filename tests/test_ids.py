from __future__ import annotations

import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st

from entryhub_desk.ids import new_id, normalise_short_code, short_code, uuid7
from entryhub_wire import ids


@pytest.fixture(autouse=True)
def fresh_generator(monkeypatch: pytest.MonkeyPatch) -> None:
    """Explicit times in the past must not be clamped by ids made earlier in this process;
    monkeypatch restores the generator's state afterwards."""
    monkeypatch.setattr(ids, "_last_ms", 0)
    monkeypatch.setattr(ids, "_last_rand", 0)


def test_uuid7_has_version_variant_and_time() -> None:
    value = uuid7(now_ms=1_790_000_000_123)
    assert value.version == 7
    assert value.variant == uuid.RFC_4122
    assert value.int >> 80 == 1_790_000_000_123


def test_ids_sort_in_creation_order_within_one_millisecond() -> None:
    made = [uuid7(now_ms=1_790_000_000_000) for _ in range(500)]
    assert made == sorted(made)
    assert len(set(made)) == 500


def test_short_code_shape_and_round_trip() -> None:
    code = short_code(new_id())
    assert len(code) == 9 and code[4] == "-"
    assert normalise_short_code(code.lower().replace("-", "")) == code


@given(st.integers(min_value=0, max_value=(1 << 128) - 1))
def test_short_code_reads_back_with_look_alikes(value: int) -> None:
    code = short_code(uuid.UUID(int=value))
    typed = code.replace("0", "o").replace("1", "l")
    assert normalise_short_code(typed) == code


def test_bad_short_codes_are_rejected() -> None:
    assert normalise_short_code("ABCD-EFG") is None
    assert normalise_short_code("ABCD-EFGU") is None  # U is not Crockford
