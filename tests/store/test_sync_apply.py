"""The apply path: field-by-field merge, conflicts, parking, erasure and scope removal."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from entryhub_desk.domain.visit import Visit
from entryhub_desk.services.visitors import VisitorsService
from entryhub_desk.store.connection import open_database
from entryhub_desk.store.repositories import PersonRepository, VisitRepository
from entryhub_desk.store.sync_apply import (
    RemoteChange,
    RemoteErasure,
    ScopeRemoval,
    apply_remote,
    apply_unknown,
)
from entryhub_desk.store.sync_rows import open_conflict_count
from entryhub_desk.store.sync_state import load_sync_state
from tests.conftest import FakeClock
from tests.sync.helpers import add_person, edit_person, make_desk, outbox_as_remote, transfer


@pytest.fixture
def desks(tmp_path: Path):
    a = make_desk(tmp_path, "a", FakeClock(1_790_000_000.0))
    b = make_desk(tmp_path, "b", FakeClock(1_790_000_000.0))
    yield a, b
    a.close()
    b.close()


def test_a_new_person_arrives_with_its_field_clocks(desks) -> None:
    a, b = desks
    person = add_person(a, phone="070-123 45 67")
    transfer(a, b)
    got = PersonRepository(b.opened.context).get(person.id)
    assert got == person
    assert PersonRepository(b.opened.context).field_clocks(person.id) == PersonRepository(
        a.opened.context
    ).field_clocks(person.id)


def test_cursor_and_rows_are_stored_together(desks) -> None:
    a, b = desks
    add_person(a)
    apply_remote(b.opened.context, outbox_as_remote(a), cursor="17")
    assert load_sync_state(b.opened.conn).cursor == 17


def test_later_clock_wins_and_concurrent_loser_is_kept(desks) -> None:
    a, b = desks
    person = add_person(a)
    transfer(a, b)
    a.opened.conn.execute("DELETE FROM outbox")
    b.opened.conn.execute("DELETE FROM outbox")
    edit_person(a, person.id, family_name="Yusuf-A")
    b.desk.config.clock.advance(5)  # type: ignore[attr-defined]
    edit_person(b, person.id, family_name="Yusuf-B")
    # b's change is later: at a it overwrites a local change still waiting -> conflict kept
    transfer(b, a)
    transfer(a, b)
    for side in (a, b):
        assert PersonRepository(side.opened.context).get(person.id).family_name == "Yusuf-B"
        assert open_conflict_count(side.opened.conn) == 1
        row = side.opened.conn.execute(
            "SELECT kept_value, lost_value FROM sync_conflict"
        ).fetchone()
        assert (json.loads(row[0]), json.loads(row[1])) == ("Yusuf-B", "Yusuf-A")


def test_sequential_edits_are_no_conflict(desks) -> None:
    a, b = desks
    person = add_person(a)
    transfer(a, b)
    a.opened.conn.execute("DELETE FROM outbox")
    edit_person(b, person.id, family_name="Later")
    transfer(b, a)
    assert PersonRepository(a.opened.context).get(person.id).family_name == "Later"
    assert open_conflict_count(a.opened.conn) == 0


def test_applying_twice_changes_nothing(desks) -> None:
    a, b = desks
    person = add_person(a)
    edit_person(a, person.id, family_name="Two")
    transfer(a, b)
    before = b.opened.conn.execute("SELECT * FROM person").fetchall()
    transfer(a, b)
    assert b.opened.conn.execute("SELECT * FROM person").fetchall() == before
    assert open_conflict_count(b.opened.conn) == 0


def test_a_change_before_its_record_is_parked_then_applied(desks) -> None:
    a, b = desks
    person = add_person(a)
    edit_person(a, person.id, family_name="Edited")
    create, edit = outbox_as_remote(a)
    result = apply_remote(b.opened.context, [edit], cursor=None)
    assert result.parked == 1
    apply_remote(b.opened.context, [create], cursor=None)
    assert PersonRepository(b.opened.context).get(person.id).family_name == "Edited"
    assert b.opened.conn.execute("SELECT count(*) FROM sync_parked").fetchone()[0] == 0


def test_erasure_purges_and_blocks_later_changes(desks) -> None:
    a, b = desks
    person = add_person(a)
    transfer(a, b)
    apply_remote(b.opened.context, [RemoteErasure(person.id, "1790000000000-0000-x")], cursor=None)
    assert PersonRepository(b.opened.context).find(person.id) is None
    transfer(a, b)  # the old create again: refused, the person stays erased
    assert PersonRepository(b.opened.context).find(person.id) is None
    assert b.opened.conn.execute("SELECT count(*) FROM person_search").fetchone()[0] == 0


def test_scope_removal_purges_without_tombstone(desks) -> None:
    a, b = desks
    person = add_person(a)
    transfer(a, b)
    apply_remote(b.opened.context, [ScopeRemoval(person.id)], cursor=None)
    assert PersonRepository(b.opened.context).find(person.id) is None
    transfer(a, b)  # back in scope later: it arrives again
    assert PersonRepository(b.opened.context).find(person.id) is not None


def test_unknown_entities_and_staff_are_skipped(desks) -> None:
    _a, b = desks
    result = apply_remote(
        b.opened.context,
        [RemoteChange("spaceship", "x1", {"name": {"value": "n", "hlc": "1790000000000-0000-a"}})],
        cursor=None,
    )
    assert result.skipped == 1


def test_an_opening_with_nothing_kept_takes_no_write_lock(desks) -> None:
    """Every opening applies what newer desks sent that a migration now knows; with nothing
    kept it must not wait for another program's write (the busy timeout, then store.busy)."""
    a, _ = desks
    conn = a.opened.conn
    other = open_database(conn.desk_path, conn.desk_key)
    try:
        other.execute("BEGIN IMMEDIATE")  # another program writing, e.g. its sync round
        assert apply_unknown(a.opened.context) is None
    finally:
        other.rollback()
        other.close()


def test_a_parked_change_applied_later_names_its_person(desks) -> None:
    """A retried parked change names its person from its parked fields (it named nobody,
    so the screens were not told); a change still parked is not reported yet."""
    a, b = desks
    person = add_person(a)
    when = datetime.fromtimestamp(a.desk.config.clock(), UTC)
    VisitRepository(a.opened.context).create(
        Visit(person_id=person.id, hub_id=a.identity.hub_id, visited_at=when)
    )
    (visit,) = [c for c in outbox_as_remote(a) if c.entity == "visit"]
    parked = apply_remote(b.opened.context, [visit], cursor=None)
    assert parked.parked == 1 and parked.changed_persons == set()
    # the person arrives by another way than this batch (here: copied in by hand)
    cursor = a.opened.conn.execute("SELECT * FROM person WHERE id = ?", (person.id,))
    names = [d[0] for d in cursor.description]
    row = cursor.fetchone()
    b.opened.conn.execute(
        f"INSERT INTO person ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})",
        row,
    )
    retried = apply_remote(b.opened.context, [], cursor=None)
    assert retried.applied == 1 and retried.changed_persons == {person.id}


def test_a_pulled_merge_names_the_kept_person(desks) -> None:
    a, b = desks
    keep = add_person(a, family_name="Kept", phone="070-123 45 67")
    other = add_person(a, family_name="Twin")
    transfer(a, b)
    a.opened.conn.execute("DELETE FROM outbox")
    VisitorsService(a).merge(keep.id, other.id)
    changes = outbox_as_remote(a)
    assert {c.entity_id for c in changes} == {other.id}  # nothing of the kept record moved
    result = apply_remote(b.opened.context, changes, cursor=None)
    assert PersonRepository(b.opened.context).get(other.id).merged_into == keep.id
    assert result.changed_persons == {other.id, keep.id}
