"""Schema 14: a person's own names in the search index row (``person_search.names``), so that
ranking reads no person row; written on every write, edit and merge, and filled by the
migration from a schema-13 store without losing anything."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from entryhub_desk.domain.person import Person
from entryhub_desk.domain.visit import Visit
from entryhub_desk.errors import DeskError
from entryhub_desk.store.connection import DeskConnection, open_database, transaction
from entryhub_desk.store.migrations import CURRENT_SCHEMA, migrate, schema_version
from entryhub_desk.store.repositories import PersonRepository, StoreContext, VisitRepository
from entryhub_desk.store.search_index import SearchIndex, names_of, names_text, rebuild

from .conftest import FakeClock, migrated_anew

TABLES = ("person", "person_search", "name_vocab", "person_name_key", "name_typo", "visit")


def _add(ctx: StoreContext, given: str, family: str, original: str | None = None) -> Person:
    person = Person(
        hub_id=ctx.identity.hub_id,
        given_name=given,
        family_name=family,
        original_script_name=original,
    )
    return PersonRepository(ctx).create(person)


def _names(conn: DeskConnection) -> dict[str, Any]:
    return dict(conn.execute("SELECT person_id, names FROM person_search").fetchall())


def _search(conn: DeskConnection, query: str) -> list[tuple[str, float, tuple[str, ...]]]:
    return [(h.person_id, h.score, h.why) for h in SearchIndex(conn).search(query)]


def _everything(conn: DeskConnection) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the tables the index and its migration touch, ``names`` left out."""
    found: dict[str, list[tuple[Any, ...]]] = {}
    for table in TABLES:
        columns = [
            str(row[1]) for row in conn.execute(f"PRAGMA table_info({table})") if row[1] != "names"
        ]
        found[table] = sorted(
            conn.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall(),
            key=repr,
        )
    return found


def test_names_text_round_trip() -> None:
    assert names_of(names_text("Maxamed", "Cali", "محمد علي")) == ("Maxamed", "Cali", "محمد علي")
    assert names_of(names_text("Hodan", "", None)) == ("Hodan", "", None)


def test_every_write_keeps_the_names_in_the_index_row(ctx: StoreContext) -> None:
    repo = PersonRepository(ctx)
    person = _add(ctx, "Maxamed", "Cali", "محمد علي")
    assert _names(ctx.conn)[person.id] == names_text("Maxamed", "Cali", "محمد علي")
    edited = repo.update(dataclasses.replace(person, given_name="Yohannes", family_name="Tesfay"))
    assert _names(ctx.conn)[person.id] == names_text("Yohannes", "Tesfay", "محمد علي")
    other = _add(ctx, "Hodan", "Warsame")
    repo.update(dataclasses.replace(other, merged_into=edited.id))
    edited = repo.update(edited)  # as a merge does: the kept person written after
    # the kept person's own names; the merged record's are its extra names, as before
    assert _names(ctx.conn) == {edited.id: names_text("Yohannes", "Tesfay", "محمد علي")}
    assert [h.person_id for h in SearchIndex(ctx.conn).search("Hodan Warsame")] == [edited.id]
    with transaction(ctx.conn):
        rebuild(ctx.conn)
    assert _names(ctx.conn) == {edited.id: names_text("Yohannes", "Tesfay", "محمد علي")}


def test_ranking_reads_the_names_from_the_index_row(ctx: StoreContext) -> None:
    person = _add(ctx, "Tsehaynesh", "Zerabruk")
    # the person row says otherwise (as no write leaves it): ranking does not read it
    ctx.conn.execute(
        "UPDATE person SET given_name = 'Q', family_name = 'Q' WHERE id = ?", (person.id,)
    )
    assert [h.person_id for h in SearchIndex(ctx.conn).search("Tsehaynesh Zerabruk")] == [person.id]
    assert SearchIndex(ctx.conn).search("Tsehaynesh Zerabruk")[0].score == 100.0


def test_a_row_written_without_names_is_ranked_from_its_person_row(ctx: StoreContext) -> None:
    person = _add(ctx, "Tsehaynesh", "Zerabruk")
    ctx.conn.execute("UPDATE person_search SET names = NULL")
    assert _search(ctx.conn, "Tsehaynesh Zerabruk")[0][:2] == (person.id, 100.0)


def test_migration_14_fills_the_names_of_a_schema_13_store_and_loses_nothing(
    db_path: Path, key: bytes, clock: FakeClock, ctx: StoreContext
) -> None:
    people = [
        _add(ctx, "Maxamed", "Cali", "محمد علي"),
        _add(ctx, "Yevhen", "Hnatiuk", "Євген Гнатюк"),
        _add(ctx, "Gebremedhin", "Asmerom"),
        *(_add(ctx, "Mohamed", f"Ali {n}") for n in range(80)),  # past MERGE_AT: an array
    ]
    merged = _add(ctx, "Hodan", "Warsame")
    PersonRepository(ctx).update(dataclasses.replace(merged, merged_into=people[2].id))
    PersonRepository(ctx).update(people[2])
    with transaction(ctx.conn):
        VisitRepository(ctx).create(
            Visit(
                person_id=people[0].id,
                hub_id=ctx.identity.hub_id,
                visited_at=datetime.fromtimestamp(clock(), UTC),
                purposes=("job_search",),
            )
        )
    queries = ("Mohamed Ali", "Evgen Gnatyuk", "Hodan Warsame", "ጘብረመድህን", "Mohamed Ali 7")
    answers = [_search(ctx.conn, q) for q in queries]
    names = _names(ctx.conn)
    # the store as schema 13 left it: person_search without names
    ctx.conn.execute("ALTER TABLE person_search DROP COLUMN names")
    ctx.conn.execute("PRAGMA user_version = 13")
    before = _everything(ctx.conn)

    with migrated_anew(ctx.conn, db_path, key, clock) as (conn, applied):
        assert applied == list(range(14, CURRENT_SCHEMA + 1))
        assert schema_version(conn) == CURRENT_SCHEMA
        assert _everything(conn) == before
        assert _names(conn) == names
        assert [_search(conn, q) for q in queries] == answers
        assert answers[0] and answers[1][0][0] == people[1].id


def test_a_newer_schema_is_still_refused(db_path: Path, key: bytes, clock: FakeClock) -> None:
    conn = open_database(db_path, key, create=True)
    try:
        migrate(conn, db_path=db_path, backups_dir=db_path.parent / "backups", clock=clock)
        conn.execute(f"PRAGMA user_version = {CURRENT_SCHEMA + 1}")
        with pytest.raises(DeskError) as info:
            migrate(conn, db_path=db_path, backups_dir=db_path.parent / "backups", clock=clock)
        assert info.value.code == "store.newer_schema"
        assert schema_version(conn) == CURRENT_SCHEMA + 1
    finally:
        conn.close()
