"""New records of a pulled batch written together (store/sync_bulk.py): what they leave is
what applying them one by one leaves, and what cannot go with them goes the one-by-one way."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from entryhub_desk.domain.visit import Visit
from entryhub_desk.store.repositories import PersonRepository, VisitRepository
from entryhub_desk.store.search_index import SearchIndex
from entryhub_desk.store.sync_apply import RemoteChange, RemoteErasure, apply_remote
from tests.conftest import FakeClock
from tests.sync.helpers import add_person, make_desk, outbox_as_remote


@pytest.fixture
def desks(tmp_path: Path):
    a = make_desk(tmp_path, "a", FakeClock(1_790_000_000.0))
    b = make_desk(tmp_path, "b", FakeClock(1_790_000_000.0))
    c = make_desk(tmp_path, "c", FakeClock(1_790_000_000.0))
    yield a, b, c
    for desk in (a, b, c):
        desk.close()


def _rows(session: Any, table: str) -> list[tuple[Any, ...]]:
    cursor = session.opened.conn.execute(f"SELECT * FROM {table} ORDER BY id")
    names = [d[0] for d in cursor.description]
    return [
        tuple(v for n, v in zip(names, row, strict=True) if n not in ("created_at", "updated_at"))
        for row in cursor.fetchall()
    ]


def _with(change: RemoteChange, hlc: str | None = None, **values: Any) -> RemoteChange:
    hlc = hlc or next(iter(change.fields.values()))["hlc"]
    fields = {**change.fields, **{k: {"value": v, "hlc": hlc} for k, v in values.items()}}
    return replace(change, fields=fields)


def test_a_batch_of_new_records_leaves_what_one_by_one_leaves(desks) -> None:
    a, b, c = desks
    people = [add_person(a, given_name=f"Amina{n}", phone=f"070-123 45 6{n}") for n in range(5)]
    when = datetime.fromtimestamp(a.desk.config.clock(), UTC)
    VisitRepository(a.opened.context).create(
        Visit(person_id=people[3].id, hub_id=a.identity.hub_id, visited_at=when)
    )
    changes = outbox_as_remote(a)
    visit = next(c for c in changes if c.entity == "visit")
    persons = [c for c in changes if c.entity == "person"]
    # the visit before its person (the batch refused, then one by one: parked, then applied),
    # a person with a number no phone has (parked), one with a field of a newer schema (kept)
    bad = _with(persons[1], phone="+46 12")
    newer = _with(persons[2], shoe_size=41)
    batch = [persons[0], visit, bad, newer, persons[3], persons[4]]
    together = apply_remote(b.opened.context, batch, cursor=None)
    for change in batch:
        apply_remote(c.opened.context, [change], cursor=None)
    for table in ("person", "visit"):
        assert _rows(b, table) == _rows(c, table), table
    for table in ("sync_parked", "sync_unknown"):
        assert b.opened.conn.execute(f"SELECT entity_id FROM {table}").fetchall() == (
            c.opened.conn.execute(f"SELECT entity_id FROM {table}").fetchall()
        )
    held = PersonRepository(b.opened.context)
    assert [held.find(p.id) is not None for p in people] == [True, False, True, True, True]
    assert held.field_clocks(people[4].id) == PersonRepository(a.opened.context).field_clocks(
        people[4].id
    )
    assert together.applied == 5 and together.parked == 2  # the visit, then retried
    assert together.changed_persons == {people[n].id for n in (0, 2, 3, 4)}
    parked = b.opened.conn.execute("SELECT entity_id FROM sync_parked").fetchall()
    assert parked == [(people[1].id,)]
    kept = b.opened.conn.execute("SELECT entity_id, fields_json FROM sync_unknown").fetchall()
    assert [row[0] for row in kept] == [people[2].id] and "shoe_size" in kept[0][1]
    hits = SearchIndex(b.opened.conn).search("Amina4")
    assert [hit.person_id for hit in hits][:1] == [people[4].id]


def test_a_record_twice_in_a_batch_and_an_erased_person_go_one_by_one(desks) -> None:
    a, b, _ = desks
    person, gone = add_person(a, given_name="Bo"), add_person(a, given_name="Gone")
    first, erased = outbox_as_remote(a)
    device = str(first.origin)
    later = replace(
        _with(first, f"1790000099999-0000-{device}", family_name="Later"), origin=f"x{device}"
    )
    for step in range(2):  # the second time: every record held already
        result = apply_remote(
            b.opened.context,
            [RemoteErasure(gone.id, "1790000000000-0000-x"), erased, first, later],
            cursor=None,
        )
        assert PersonRepository(b.opened.context).get(person.id).family_name == "Later"
        assert PersonRepository(b.opened.context).find(gone.id) is None
        assert result.applied == 3, step
