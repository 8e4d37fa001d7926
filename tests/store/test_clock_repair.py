"""Clock bounds on the desk (issue 12): far-future clocks neither stop the pull nor drag the
desk's clock, a local edit still wins over what it overwrites, and stored clocks beyond the
bound are repaired without losing anything."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from entryhub_desk.errors import DeskError
from entryhub_desk.store.clock_repair import repair_clocks
from entryhub_desk.store.hlc import CLOCK_MARGIN_MS, MAX_MS, Hlc, parse_or_none
from entryhub_desk.store.outbox import pending
from entryhub_desk.store.repositories import PersonRepository
from entryhub_desk.store.sync_apply import RemoteChange, apply_remote
from entryhub_desk.store.sync_state import load_sync_state
from tests.conftest import FakeClock
from tests.sync.helpers import add_person, edit_person, make_desk, outbox_as_remote

NOW = 1_790_000_000.0
FAR = f"{MAX_MS}-9999-ffffffff-0000-7000-8000-000000000000"  # the value that stopped sync
YEAR_2099 = "4070908800000-0003-ffffffff-0000-7000-8000-000000000000"


@pytest.fixture
def desks(tmp_path: Path):
    a = make_desk(tmp_path, "a", FakeClock(NOW))
    b = make_desk(tmp_path, "b", FakeClock(NOW))
    yield a, b
    a.close()
    b.close()


def _state(session) -> tuple[int, int]:
    row = session.opened.conn.execute("SELECT hlc_ms, hlc_counter FROM identity").fetchone()
    return int(row[0]), int(row[1])


def _with_clock(changes: list[RemoteChange], hlc: str) -> list[RemoteChange]:
    return [
        RemoteChange(
            c.entity,
            c.entity_id,
            {name: {"value": f.get("value"), "hlc": hlc} for name, f in c.fields.items()},
            c.origin,
        )
        for c in changes
    ]


@pytest.mark.parametrize("far", [FAR, YEAR_2099])
def test_far_future_pull_commits_and_does_not_drag_the_clock(desks, far: str) -> None:
    """Before bounds, 9999999999999-9999 made building the next clock raise inside the pull
    transaction (cursor never moved); 2099 dragged the desk's clock to 2099."""
    a, b = desks
    person = add_person(a)
    apply_remote(b.opened.context, _with_clock(outbox_as_remote(a), far), cursor="5")
    assert load_sync_state(b.opened.conn).cursor == 5
    assert PersonRepository(b.opened.context).get(person.id).given_name == "Amina"
    assert _state(b)[0] <= int(NOW * 1000) + CLOCK_MARGIN_MS
    add_person(b, given_name="Next")  # and the desk still stamps its own changes
    stamps = [f["hlc"] for e in pending(b.opened.conn) for f in e.fields.values()]
    assert all(str(s) < "2027" for s in stamps)


def test_local_edit_wins_over_a_pulled_clock_further_ahead(desks) -> None:
    """A desk's clock follows a remote one only to physical time + margin; an edit of a field
    holding such a clock must still be later than it (else the edit loses everywhere)."""
    a, b = desks
    person = add_person(a)
    ahead = f"{int(NOW * 1000) + 5 * 3600 * 1000:013d}-0000-{a.identity.device_id}"
    apply_remote(b.opened.context, _with_clock(outbox_as_remote(a), ahead), cursor=None)
    edit_person(b, person.id, family_name="Edited")
    (entry,) = [e for e in pending(b.opened.conn) if e.entity == "person"]
    assert str(entry.fields["family_name"]["hlc"]) > ahead
    assert _state(b)[0] <= int(NOW * 1000) + CLOCK_MARGIN_MS  # the clock itself stays bounded
    clocks = PersonRepository(b.opened.context).field_clocks(person.id)
    assert clocks["family_name"] == entry.fields["family_name"]["hlc"]


def _drag_to_2099(session) -> None:
    """What a desk holds that pulled a 2099 clock before bounds: its state there, and its own
    changes since stamped in 2099."""
    session.opened.conn.execute("UPDATE identity SET hlc_ms = 4070908800000, hlc_counter = 3")


def _entry_stamps(session) -> list[str]:
    out = []
    for entry in pending(session.opened.conn):
        (stamp,) = {str(f["hlc"]) for f in entry.fields.values()}  # one clock per change
        out.append(stamp)
    return out


def test_repair_restamps_waiting_changes_and_demotes_the_rest(desks) -> None:
    a, b = desks
    kept = add_person(b, given_name="Before")  # an in-range change: untouched
    kept_clocks = PersonRepository(b.opened.context).field_clocks(kept.id)
    b.opened.conn.execute("DELETE FROM outbox")
    foreign = add_person(a, given_name="Foreign")
    apply_remote(b.opened.context, _with_clock(outbox_as_remote(a), YEAR_2099), cursor=None)
    _drag_to_2099(b)
    first = add_person(b, given_name="First")
    second = add_person(b, given_name="Second")
    edit_person(b, first.id, family_name="Later")
    before = [(e.seq, e.entity_id, sorted(e.fields)) for e in pending(b.opened.conn)]
    stamps_before = _entry_stamps(b)
    assert all(s > "4070908800000" for s in stamps_before)
    assert stamps_before == sorted(stamps_before)

    server_now = NOW + 30  # the server's time: this computer's clock is right
    assert repair_clocks(b.opened.conn, b.desk.config.clock, server_now) > 0
    bound = int(server_now * 1000) + CLOCK_MARGIN_MS
    after = pending(b.opened.conn)
    assert [(e.seq, e.entity_id, sorted(e.fields)) for e in after] == before  # nothing dropped
    stamps = _entry_stamps(b)
    assert all(Hlc.parse(s).ms <= bound for s in stamps)
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)  # order kept
    people = PersonRepository(b.opened.context)
    assert people.field_clocks(first.id)["family_name"] == stamps[-1]  # rows follow
    assert people.field_clocks(second.id)["given_name"] == stamps[1]
    assert people.get(first.id).family_name == "Later"
    # the pulled 2099 clock is demoted (the server's rule): value kept, any edit beats it
    demoted = people.field_clocks(foreign.id)["given_name"]
    assert demoted == "0000000000000-0003-ffffffff-0000-7000-8000-000000000000"
    assert people.get(foreign.id).given_name == "Foreign"
    assert people.field_clocks(kept.id) == kept_clocks
    assert _state(b)[0] <= bound
    edit_person(b, foreign.id, given_name="Edited")
    assert people.field_clocks(foreign.id)["given_name"] > demoted
    assert repair_clocks(b.opened.conn, b.desk.config.clock, server_now) == 0  # done once


def test_repair_refuses_when_this_computers_clock_is_ahead(desks) -> None:
    _a, b = desks
    _drag_to_2099(b)
    add_person(b)
    snapshot = [json.dumps(e.fields) for e in pending(b.opened.conn)]
    server_now = NOW - 3600  # this computer is an hour ahead of the server
    with pytest.raises(DeskError) as caught:
        repair_clocks(b.opened.conn, b.desk.config.clock, server_now)
    assert caught.value.code == "sync.clock_ahead"
    assert [json.dumps(e.fields) for e in pending(b.opened.conn)] == snapshot


def test_repair_leaves_a_desk_behind_the_server_alone(desks) -> None:
    """A computer whose clock was set back holds clocks beyond its own time that the server
    holds as they are: judged against the server's time, nothing is demoted."""
    _a, b = desks
    person = add_person(b)
    clocks = PersonRepository(b.opened.context).field_clocks(person.id)
    b.desk.config.clock.advance(-86_400)
    assert repair_clocks(b.opened.conn, b.desk.config.clock, NOW) == 0
    assert PersonRepository(b.opened.context).field_clocks(person.id) == clocks
    assert parse_or_none(clocks["given_name"]) is not None
