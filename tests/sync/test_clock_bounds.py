"""Hostile clocks through a real server (issue 12): a desk whose clock is far ahead is told
so and its changes wait; a far-future value the server already holds (written before clocks
were bounded) neither stops the other desks' pulls nor wins over their later edits."""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory

from entryhub_desk.errors import DeskError
from entryhub_desk.store.hlc import CLOCK_MARGIN_MS, Hlc
from entryhub_desk.store.outbox import acknowledge, count_pending, pending
from entryhub_desk.store.repositories import PersonRepository
from entryhub_desk.store.sync_state import load_sync_state
from entryhub_desk.sync.engine import to_wire_change
from entryhub_server.auth import device_by_id
from entryhub_server.context import open_context
from entryhub_server.db.engine import alembic_config
from entryhub_server.push import apply_push
from entryhub_wire import wire
from tests.conftest import FakeClock
from tests.server.helpers import TEST_MASTER_KEY
from tests.sync.helpers import add_person, edit_person, enrolled
from tests.sync.server import LiveServer

START = 1_790_000_000.0  # the other desks' clocks: behind the server's, as clocks may be
YEAR_2099 = 4_070_908_800.0
FAR = 9_999_999_999.999  # 9999999999999 ms: the value that stopped sync on every desk


def _cursor(session) -> int:
    return load_sync_state(session.opened.conn).cursor


def _clock_state(session) -> int:
    return int(session.opened.conn.execute("SELECT hlc_ms FROM identity").fetchone()[0])


@pytest.mark.parametrize("ahead", [YEAR_2099, FAR])
def test_a_desk_whose_clock_is_ahead_is_told_and_the_others_keep_syncing(
    tmp_path: Path, server: LiveServer, ahead: float
) -> None:
    wrong_clock = FakeClock(ahead)
    a, sa = enrolled(tmp_path, server, "a", wrong_clock)
    b, sb = enrolled(tmp_path, server, "b", FakeClock(START))
    c, sc = enrolled(tmp_path, server, "c", FakeClock(START))
    person = add_person(a, family_name="Waiting")
    waiting = count_pending(a.opened.conn)
    with pytest.raises(DeskError) as caught:
        sa.sync_now()
    assert caught.value.code == "sync.clock_ahead"
    assert "clock is wrong" in caught.value.english()
    assert sa.status().last_error == "sync.clock_ahead"
    assert count_pending(a.opened.conn) == waiting  # nothing lost, nothing held by the server
    # every other desk goes on: pushes, pulls, cursors move
    other = add_person(b, family_name="Other")
    sb.sync_now()
    before = _cursor(c)
    sc.sync_now()
    assert _cursor(c) > before
    assert PersonRepository(c.opened.context).get(other.id).family_name == "Other"
    # the clock is set right: the waiting changes are stamped again and go
    wrong_clock.now = time.time()
    sa.sync_now()
    assert count_pending(a.opened.conn) == 0
    sc.sync_now()
    got = PersonRepository(c.opened.context)
    assert got.get(person.id).family_name == "Waiting"
    bound = int(wrong_clock() * 1000) + CLOCK_MARGIN_MS
    assert all(Hlc.parse(h).ms <= bound for h in got.field_clocks(person.id).values())
    assert _clock_state(c) <= int(START * 1000) + CLOCK_MARGIN_MS  # not dragged along


def _store_as_before_bounds(server: LiveServer, session) -> None:
    """A desk's sync with a server before clock bounds: its changes, with any clock, written
    into the server's database by the server's own push path with no bound, and acknowledged."""
    lax = open_context(replace(server.settings, clock_margin=1e10, migrate=False))
    try:
        found = device_by_id(lax, session.identity.device_id)
        assert found is not None
        conn = session.opened.conn
        changes = tuple(to_wire_change(conn, entry) for entry in pending(conn))
        answer = apply_push(lax, found[0], wire.PushRequest(changes, None))
        for epoch, seq in answer.acknowledged.items():  # as the desk did with that answer
            acknowledge(conn, epoch=epoch, up_to_seq=seq)
    finally:
        lax.engine.dispose()


def _upgrade(server: LiveServer) -> None:
    """The server's upgrade: its database from before the clock bounds revision to now."""
    script = ScriptDirectory.from_config(alembic_config())
    (before,) = [
        str(r.down_revision)
        for r in script.walk_revisions()
        if str(r.path).endswith("_clock_bounds.py")
    ]
    config = alembic_config()
    with server.context.engine.begin() as conn:
        config.attributes["connection"] = conn
        config.attributes["master_key"] = TEST_MASTER_KEY
        command.downgrade(config, before)
        command.upgrade(config, "head")


@pytest.mark.parametrize("ahead", [YEAR_2099, FAR])
def test_a_far_future_value_already_on_the_server_is_repaired(
    tmp_path: Path, server: LiveServer, ahead: float
) -> None:
    broken_clock = FakeClock(ahead)
    a, sa = enrolled(tmp_path, server, "a", broken_clock)
    b, sb = enrolled(tmp_path, server, "b", FakeClock(START))
    c, sc = enrolled(tmp_path, server, "c", FakeClock(START))
    person = add_person(a, family_name="Broken")
    _store_as_before_bounds(server, a)
    # before: pulling it raised inside the pull transaction, so b's cursor never moved again
    sb.sync_now()
    assert _cursor(b) > 0
    assert PersonRepository(b.opened.context).get(person.id).family_name == "Broken"
    assert _clock_state(b) <= int(START * 1000) + CLOCK_MARGIN_MS
    _upgrade(server)
    # a later edit on another desk wins again, on the server and on every desk
    edit_person(b, person.id, family_name="Fixed")
    sb.sync_now()
    sc.sync_now()
    assert PersonRepository(c.opened.context).get(person.id).family_name == "Fixed"
    more = add_person(c, family_name="After")
    sc.sync_now()
    sb.sync_now()
    assert PersonRepository(b.opened.context).get(more.id).family_name == "After"
    # the broken desk: told its clock is wrong; once set right it sends, then agrees
    with pytest.raises(DeskError) as caught:
        sa.sync_now()
    assert caught.value.code == "sync.clock_ahead"
    broken_clock.now = time.time()
    sa.sync_now()
    assert count_pending(a.opened.conn) == 0
    assert PersonRepository(a.opened.context).get(person.id).family_name == "Fixed"
    assert PersonRepository(a.opened.context).get(more.id).family_name == "After"
