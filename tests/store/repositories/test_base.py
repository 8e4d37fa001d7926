"""Change capture shared by every repository (exercised through persons)."""

from __future__ import annotations

import dataclasses

import pytest

from entryhub_desk.errors import DeskError
from entryhub_desk.store.connection import transaction
from entryhub_desk.store.outbox import pending
from entryhub_desk.store.repositories import PersonRepository, StoreContext
from entryhub_desk.store.repositories.base import decode_time, encode_time, encode_value

from ..conftest import FakeClock
from .helpers import WHEN, add_person, outbox_for


def test_create_records_every_field_with_one_clock(ctx: StoreContext) -> None:
    person = add_person(ctx, languages=("ar", "sv"), phone="0701234567")
    [entry] = outbox_for(ctx, person.id)
    assert entry.entity == "person"
    assert entry.device_id == ctx.identity.device_id
    fields = {f.name for f in dataclasses.fields(person)} - {"id"}
    assert set(entry.fields) == fields
    assert entry.fields["languages"]["value"] == ["ar", "sv"]
    assert entry.fields["phone"]["value"] == "+46701234567"
    assert entry.fields["gender"]["value"] == "not_stated"
    clocks = {f["hlc"] for f in entry.fields.values()}
    assert len(clocks) == 1
    assert PersonRepository(ctx).field_clocks(person.id) == dict.fromkeys(fields, clocks.pop())


def test_row_carries_sync_columns(ctx: StoreContext) -> None:
    person = add_person(ctx)
    row = ctx.conn.execute(
        "SELECT origin, deleted FROM person WHERE id = ?", (person.id,)
    ).fetchone()
    assert row == (ctx.identity.device_id, 0)


def test_update_records_only_changed_fields(ctx: StoreContext, clock: FakeClock) -> None:
    repo = PersonRepository(ctx)
    person = add_person(ctx)
    before = repo.field_clocks(person.id)
    clock.advance(5)
    edited = dataclasses.replace(person, family_name="Yousef", municipality="Umeå")
    assert repo.update(edited) == edited
    assert repo.get(person.id) == edited
    entries = outbox_for(ctx, person.id)
    assert len(entries) == 2
    assert set(entries[1].fields) == {"family_name", "municipality"}
    assert entries[1].fields["municipality"]["value"] == "Umeå"
    after = repo.field_clocks(person.id)
    hlc = str(entries[1].fields["family_name"]["hlc"])
    assert after["family_name"] == after["municipality"] == hlc > before["family_name"]
    assert after["given_name"] == before["given_name"]


def test_update_without_change_records_nothing(ctx: StoreContext) -> None:
    repo = PersonRepository(ctx)
    person = add_person(ctx)
    repo.update(dataclasses.replace(person))
    assert len(outbox_for(ctx, person.id)) == 1


def test_update_of_unknown_record(ctx: StoreContext) -> None:
    person = dataclasses.replace(add_person(ctx), id="01900000-0000-7000-8000-000000000000")
    with pytest.raises(DeskError) as info:
        PersonRepository(ctx).update(person)
    assert info.value.code == "store.not_found"
    assert info.value.params == {"entity": "person", "id": person.id}


def test_rolled_back_writes_leave_no_outbox_rows(ctx: StoreContext) -> None:
    repo = PersonRepository(ctx)
    kept = add_person(ctx)
    with pytest.raises(RuntimeError), transaction(ctx.conn):
        dropped = add_person(ctx, given_name="Dropped")
        repo.update(dataclasses.replace(kept, given_name="Changed"))
        assert len(pending(ctx.conn)) == 3
        raise RuntimeError("boom")
    assert repo.find(dropped.id) is None
    assert repo.get(kept.id).given_name == "Amina"
    assert [e.entity_id for e in pending(ctx.conn)] == [kept.id]
    later = add_person(ctx, given_name="Later")
    assert [(e.seq, e.entity_id) for e in pending(ctx.conn)] == [(1, kept.id), (2, later.id)]


def test_failed_write_inside_repository_rolls_back(ctx: StoreContext) -> None:
    person = add_person(ctx)
    with pytest.raises(Exception, match="UNIQUE"):
        PersonRepository(ctx).create(person)  # same id again
    assert len(pending(ctx.conn)) == 1
    assert not ctx.conn.in_transaction


def test_time_encoding_sorts() -> None:
    text = encode_time(WHEN)
    assert text == "2024-05-29T09:30:00.000000Z"
    assert decode_time(text) == WHEN
    assert encode_value((WHEN,)) == [text]
    with pytest.raises(TypeError):
        encode_value(object())


def test_reads_are_plain_sql_as_rows_where_was(ctx: StoreContext) -> None:
    # The repositories read without sqlite-utils (its import is slow): the same rows, order
    # and limit as its rows_where gave, and no rows from a table not made yet.
    import sqlite_utils

    repo = PersonRepository(ctx)
    for given in ("Cecilia", "Adam", "Bertil"):
        add_person(ctx, given_name=given)
    ours = repo._rows("given_name != ?", ["Bertil"], order_by="given_name", limit=5)
    table = sqlite_utils.Database(ctx.conn).table(PersonRepository.table)
    where = "deleted = 0 AND (given_name != ?)"
    theirs = list(table.rows_where(where, ["Bertil"], order_by="given_name", limit=5))
    assert ours == theirs and [r["given_name"] for r in ours] == ["Adam", "Cecilia"]

    class Missing(PersonRepository):
        table = "not_made_yet"

    assert Missing(ctx)._rows() == []
