from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from entryhub_desk.store.hlc import MAX_COUNTER, Hlc, HybridClock

from .conftest import FakeClock

DEVICE = "0190c8e2-5d2a-7b3c-8d4e-0123456789ab"


def test_format_and_parse() -> None:
    stamp = Hlc(1_717_000_000_123, 7, DEVICE)
    assert str(stamp) == f"1717000000123-0007-{DEVICE}"
    assert Hlc.parse(str(stamp)) == stamp


@pytest.mark.parametrize("text", ["", "1-2-x", "17170000001230007x", "abcdefghijklm-0001-d"])
def test_parse_rejects(text: str) -> None:
    with pytest.raises(ValueError):
        Hlc.parse(text)


def test_wall_clock_drives_it() -> None:
    clock = FakeClock(1000.0)
    hlc = HybridClock(DEVICE, clock)
    assert hlc.now() == Hlc(1_000_000, 0, DEVICE)
    assert hlc.now() == Hlc(1_000_000, 1, DEVICE)
    clock.advance(0.001)
    assert hlc.now() == Hlc(1_000_001, 0, DEVICE)


def test_clock_going_backwards_does_not_go_back() -> None:
    clock = FakeClock(1000.0)
    hlc = HybridClock(DEVICE, clock)
    first = hlc.now()
    clock.advance(-60)
    assert hlc.now() > first


def test_counter_overflow_borrows_next_millisecond() -> None:
    hlc = HybridClock(DEVICE, FakeClock(1.0), ms=1000, counter=MAX_COUNTER)
    assert hlc.now() == Hlc(1001, 0, DEVICE)


def test_receive_moves_past_remote() -> None:
    hlc = HybridClock(DEVICE, FakeClock(1.0))
    remote = Hlc(5_000, 3, "ffffffff-0000-7000-8000-000000000000")
    mine = hlc.receive(remote)
    assert mine.ms == 5_000 and mine.counter == 4
    assert hlc.now() > remote


@given(
    steps=st.lists(
        st.tuples(
            st.floats(min_value=-5, max_value=5, allow_nan=False),
            st.booleans(),
            st.integers(min_value=0, max_value=2_000_000),
            st.integers(min_value=0, max_value=MAX_COUNTER),
        ),
        min_size=1,
        max_size=60,
    )
)
def test_monotonic_and_string_order_matches(steps: list[tuple[float, bool, int, int]]) -> None:
    clock = FakeClock(1000.0)
    hlc = HybridClock(DEVICE, clock)
    issued: list[Hlc] = []
    for delta, remote_event, remote_ms, remote_counter in steps:
        clock.advance(delta)
        if remote_event:
            remote = Hlc(remote_ms, remote_counter, "ffffffff-0000-7000-8000-000000000000")
            stamp = hlc.receive(remote)
            assert stamp > remote
        else:
            stamp = hlc.now()
        if issued:
            assert stamp > issued[-1]
            assert str(stamp) > str(issued[-1])
        assert stamp.ms >= int(clock() * 1000)  # never behind the wall clock
        issued.append(stamp)


@given(
    a=st.tuples(st.integers(0, 10**13 - 1), st.integers(0, MAX_COUNTER)),
    b=st.tuples(st.integers(0, 10**13 - 1), st.integers(0, MAX_COUNTER)),
    devices=st.tuples(st.uuids(version=4), st.uuids(version=4)),
)
def test_string_order_is_clock_order(
    a: tuple[int, int], b: tuple[int, int], devices: tuple[object, object]
) -> None:
    x, y = Hlc(*a, str(devices[0])), Hlc(*b, str(devices[1]))
    assert (x < y) == (str(x) < str(y))
