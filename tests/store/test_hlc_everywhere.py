"""A malformed clock in every place the desk parses one (hypothesis): nothing raises, a text
is taken as a clock only when it reads back the same (its text then orders as the clock), and
a malformed clock never hides the later clock an edit overwrites."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from entryhub_desk.errors import DeskError
from entryhub_desk.store.clock_repair import repair_clocks
from entryhub_desk.store.connection import transaction
from entryhub_desk.store.erasure import erased_at, erasure_time
from entryhub_desk.store.hlc import CLOCK_MARGIN_MS, MAX_COUNTER, MAX_MS, Hlc, parse_or_none
from entryhub_desk.store.outbox import observe_hlc, record_change
from entryhub_desk.store.sync_apply import RemoteChange, RemoteErasure, apply_remote
from entryhub_desk.store.sync_rows import device_of
from entryhub_wire.codec import hlc_text
from tests.conftest import FakeClock
from tests.sync.helpers import make_desk

DEVICE = "0190c8e2-5d2a-7b3c-8d4e-0123456789ab"
PERSON = "0190c8e2-5d2a-7b3c-8d4e-00000000000a"
ERASED = "0190c8e2-5d2a-7b3c-8d4e-00000000000b"
NOW = 1_790_000_000.0
WHEN = "2026-09-21T10:00:00.000000Z"
ARABIC_DIGITS = "\u0661" * 13 + "-0000-" + DEVICE  # int() reads them; str() writes ASCII
_DIGITS = "0123456789\u0661\u06f3\uff14\U0001d7d3\u00b2"  # ASCII digits and others

malformed = st.one_of(
    st.text(max_size=40),
    st.builds(  # clock-shaped: digits of other scripts, signs, spaces, odd separators
        lambda ms, sep, counter, device: f"{ms}{sep}{counter}-{device}",
        st.text(alphabet=_DIGITS + "+- ", min_size=12, max_size=14),
        st.sampled_from(["-", "--", "_", ""]),
        st.text(alphabet=_DIGITS + "+", min_size=3, max_size=5),
        st.sampled_from([DEVICE, "", "x", "\u00e5", "a-b"]),
    ),
    st.builds(
        lambda ms, counter: f"{ms:013d}-{counter:04d}-{DEVICE}",
        st.integers(0, MAX_MS),
        st.integers(0, MAX_COUNTER),
    ),
)


@given(text=malformed)
@example(text=ARABIC_DIGITS)
@example(text="\uff11" * 13 + "-0000-x")
def test_a_text_is_a_clock_only_if_it_reads_back_the_same(text: str) -> None:
    try:
        strict: Hlc | None = Hlc.parse(text)
    except ValueError:
        strict = None
    soft = parse_or_none(text)
    assert strict == soft  # both parsers agree
    assert soft is None or str(soft) == text
    try:
        on_the_wire = hlc_text(text) == text
    except DeskError:
        on_the_wire = False
    if on_the_wire:  # what the wire lets through, the store reads as a clock
        assert soft is not None
    assert device_of(text) == ("" if soft is None else soft.device_id)
    assert erasure_time(text, WHEN) <= WHEN


def test_a_malformed_clock_does_not_hide_the_later_clock_an_edit_overwrites(
    tmp_path: Path,
) -> None:
    session = make_desk(tmp_path, "a", FakeClock(NOW))
    ahead = f"{int(NOW * 1000) + 5 * 3600 * 1000:013d}-0000-{DEVICE}"  # beyond the margin
    try:
        with transaction(session.opened.conn):
            stamp = record_change(
                session.opened.conn,
                session.opened.context.clock,
                entity="person",
                entity_id=PERSON,
                values={"given_name": "A", "family_name": "B"},
                field_clocks={"given_name": "not a clock", "family_name": ahead},
            )
        assert stamp > ahead
    finally:
        session.close()


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):
    session = make_desk(tmp_path_factory.mktemp("store"), "a", FakeClock(NOW))
    yield session
    session.close()


@given(texts=st.lists(malformed, min_size=1, max_size=4))
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@example(texts=[ARABIC_DIGITS, f"{int(NOW * 1000):013d}-0000-{DEVICE}"])
@example(texts=[f"{MAX_MS}-{MAX_COUNTER}-{DEVICE}", f"0000000000000-0000-{DEVICE}"])
def test_the_store_takes_a_malformed_clock_anywhere(store, texts: list[str]) -> None:
    """Pulled fields and erasures, a newer desk's unknown record, the clock state, the
    erasure date and the repair: none raises on a clock that is not one."""
    conn, ctx = store.opened.conn, store.opened.context
    hub = store.identity.hub_id
    items: list[RemoteChange | RemoteErasure] = [
        RemoteChange(
            "person",
            PERSON,
            {"given_name": {"value": f"N{n}", "hlc": text}, "hub_id": {"value": hub, "hlc": text}},
            origin=DEVICE,
        )
        for n, text in enumerate(texts)
    ]
    items.append(RemoteChange("newer_entity", PERSON, {"x": {"value": 1, "hlc": texts[0]}}, DEVICE))
    items.append(RemoteErasure(ERASED, texts[-1]))
    before = conn.execute("SELECT hlc_ms, hlc_counter FROM identity").fetchone()
    apply_remote(ctx, items, cursor=None)  # (the wire lets only clocks through: codec.hlc_text)
    for text in texts:
        observe_hlc(conn, ctx.clock, text)
    after = conn.execute("SELECT hlc_ms, hlc_counter FROM identity").fetchone()
    assert tuple(after) >= tuple(before)  # never back
    assert after[0] <= max(before[0], int(NOW * 1000) + CLOCK_MARGIN_MS + 1)  # never dragged
    when = erased_at(conn, ERASED)
    assert when is not None and when <= "2026-09-22"
    repair_clocks(conn, ctx.clock, None)
