from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from entryhub_desk.store.hlc import (
    CLOCK_MARGIN_MS,
    MAX_COUNTER,
    MAX_MS,
    Hlc,
    HybridClock,
    demoted,
    parse_or_none,
)

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
            if remote.ms <= int(clock() * 1000) + CLOCK_MARGIN_MS:
                assert stamp > remote
            else:  # a remote clock beyond the bound moves this one only to the bound
                before = issued[-1].ms if issued else 0
                assert stamp.ms <= max(before, int(clock() * 1000) + CLOCK_MARGIN_MS) + 1
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


# -- clock bounds (issue 12): no value stops the clock, none drags it into the future -------

REMOTE = "ffffffff-0000-7000-8000-000000000000"
clock_text = st.one_of(
    st.builds(
        lambda ms, counter, device: f"{ms:013d}-{counter:04d}-{device}",
        st.integers(0, MAX_MS),
        st.integers(0, MAX_COUNTER),
        st.sampled_from([DEVICE, REMOTE, "x", "a-b"]),
    ),
    st.just(f"{MAX_MS}-{MAX_COUNTER}-{REMOTE}"),  # the far-future value that stopped sync
    st.text(max_size=40),
)


def test_far_future_remote_does_not_stop_the_clock() -> None:
    """Before bounds, receiving 9999999999999-9999 raised while building the next clock (inside
    the pull transaction), and every later now() raised too."""
    clock = FakeClock(1000.0)
    hlc = HybridClock(DEVICE, clock)
    stamp = hlc.receive(Hlc(MAX_MS, MAX_COUNTER, REMOTE))
    assert stamp.ms == 1_000_000 + CLOCK_MARGIN_MS
    assert hlc.now() > stamp


def test_year_2099_does_not_drag_the_clock() -> None:
    clock = FakeClock(1000.0)
    hlc = HybridClock(DEVICE, clock)
    hlc.receive(Hlc(4_070_908_800_000, 5, REMOTE))  # 2099-01-01
    assert hlc.now().ms <= 1_000_000 + CLOCK_MARGIN_MS + 1


def test_stored_state_at_the_end_of_the_format_does_not_raise() -> None:
    hlc = HybridClock(DEVICE, FakeClock(1000.0), ms=MAX_MS, counter=MAX_COUNTER)
    assert hlc.now() == Hlc(MAX_MS, MAX_COUNTER, DEVICE)  # saturates (the store repairs it)
    assert hlc.receive(Hlc(MAX_MS, MAX_COUNTER, REMOTE)).ms == MAX_MS


def test_demoted_keeps_counter_and_device() -> None:
    assert demoted(Hlc(MAX_MS, 12, REMOTE)) == Hlc(0, 12, REMOTE)
    assert demoted(Hlc(MAX_MS, 12, REMOTE)) < Hlc(1, 0, DEVICE)


@given(texts=st.lists(clock_text, min_size=1, max_size=20))
def test_parse_never_raises_and_order_is_total(texts: list[str]) -> None:
    parsed = [parse_or_none(text) for text in texts]
    for text, stamp in zip(texts, parsed, strict=True):
        if stamp is not None:
            assert str(stamp) == text
    stamps = [s for s in parsed if s is not None]
    ordered = sorted(stamps)
    # a total order, the same on the clocks and on their text (what merges compare)
    assert [str(s) for s in ordered] == sorted(str(s) for s in stamps)
    for a in stamps:
        for b in stamps:
            assert (a < b) + (a == b) + (a > b) == 1


@given(
    start=st.tuples(st.integers(-(10**14), 10**14), st.integers(-5, MAX_COUNTER + 5)),
    wall=st.floats(min_value=0, max_value=7e9, allow_nan=False),  # up to the year 2191
    steps=st.lists(
        st.tuples(
            st.floats(min_value=-3600, max_value=3600, allow_nan=False),
            st.one_of(st.none(), clock_text),
        ),
        min_size=1,
        max_size=40,
    ),
)
def test_next_and_merge_never_raise_and_stay_bounded(
    start: tuple[int, int], wall: float, steps: list[tuple[float, str | None]]
) -> None:
    clock = FakeClock(wall)
    hlc = HybridClock(DEVICE, clock, ms=start[0], counter=start[1])
    previous = Hlc(hlc.ms, hlc.counter, DEVICE)
    for delta, remote_text in steps:
        clock.advance(delta)
        clock.now = max(clock.now, 0.0)
        bound = int(clock() * 1000) + CLOCK_MARGIN_MS
        remote = parse_or_none(remote_text)
        stamp = hlc.receive(remote) if remote is not None else hlc.now()
        # never behind what it issued before (strictly later but at the end of the format)
        assert stamp > previous or stamp == previous == Hlc(MAX_MS, MAX_COUNTER, DEVICE)
        if remote is not None and remote.ms <= bound:
            assert stamp > remote
        # no remote clock moves it beyond physical time + margin: it is at most where it
        # was, or the bound (+1 ms when 10,000 events in the bound's millisecond borrow)
        assert stamp.ms <= max(previous.ms, bound) + 1
        previous = stamp
