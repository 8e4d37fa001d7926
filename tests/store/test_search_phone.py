"""The phone lookup of the search (schema 15): answered from ``person_search``'s covering
indexes alone, the same hits as reading the person rows gave, no deleted or merged person."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from entryhub_desk.domain.person import Person
from entryhub_desk.ids import short_code
from entryhub_desk.search.query import parse
from entryhub_desk.store.connection import DeskConnection, transaction
from entryhub_desk.store.migrations import CURRENT_SCHEMA, m0015_phone_index
from entryhub_desk.store.repositories import PersonRepository, StoreContext
from entryhub_desk.store.search_index import SearchIndex, index_person
from entryhub_desk.store.search_numbers import FOREIGN_LOCAL_PHONE, LOCAL_PHONE, phone_hits
from entryhub_desk.store.sync_tables import purge_person

from .conftest import FakeClock, migrated_anew

SYRIAN = "+963944123456"
QUERIES = (
    "0944 123 456",  # a Syrian number as it is dialled in Syria: the national-number path
    "0944 12",
    "+963944123456",  # the E.164 path, whole and its start
    "00963944",
    "070-123 45 67",  # a Swedish number as dialled here: both paths
    "0046701234567",
    "701234567",
    "+4670123",
)


def _add(ctx: StoreContext, given: str, phone: str | None, country: str | None) -> Person:
    person = Person(
        hub_id=ctx.identity.hub_id,
        given_name=given,
        family_name="Haddad",
        phone=phone,
        country_of_birth=country,
    )
    return PersonRepository(ctx).create(person)


def _search(conn: DeskConnection, query: str) -> list[tuple[str, str, float, str, tuple[str, ...]]]:
    return [(h.person_id, h.code, h.score, h.kind, h.why) for h in SearchIndex(conn).search(query)]


def _people(ctx: StoreContext) -> list[Person]:
    return [
        _add(ctx, "Rasha", SYRIAN, "SY"),  # born where the number is: a local number
        _add(ctx, "Omar", SYRIAN, "SE"),  # the same number (a family's), born elsewhere
        _add(ctx, "Lina", "+963944123457", None),  # country of birth not known
        _add(ctx, "Anna", "+46701234567", "se"),  # as written in some older rows
        _add(ctx, "Ali", "+46701234568", "IQ"),
        _add(ctx, "Sara", None, "SE"),
    ]


def test_a_local_number_scores_local_only_for_someone_born_in_its_country(
    ctx: StoreContext,
) -> None:
    rasha, omar, lina, anna, ali, _ = _people(ctx)
    local, foreign = round(LOCAL_PHONE * 100, 1), round(FOREIGN_LOCAL_PHONE * 100, 1)
    found = {h[0]: h[2:] for h in _search(ctx.conn, "0944 123 456")}
    assert found == {
        rasha.id: (local, "phone", ("phone_local",)),
        omar.id: (foreign, "phone", ("phone_local",)),
    }
    assert {h[0] for h in _search(ctx.conn, "0944 12")} == {rasha.id, omar.id, lina.id}
    # the typed Swedish number is found whole by its E.164 form (100) before its local form
    assert _search(ctx.conn, "070-123 45 67")[0][:4] == (
        anna.id,
        short_code(anna.id),
        100.0,
        "phone",
    )
    assert {h[0]: h[2] for h in _search(ctx.conn, "070 123 45 68")} == {ali.id: 100.0}
    # an edit of the country of birth or of the phone reaches the index row
    repo = PersonRepository(ctx)
    repo.update(dataclasses.replace(omar, country_of_birth="SY"))
    repo.update(dataclasses.replace(rasha, phone="+46701234569"))
    found = {h[0]: h[2] for h in _search(ctx.conn, "0944 123 456")}
    assert found == {omar.id: local}
    assert {h[0]: h[2] for h in _search(ctx.conn, "070-123 45 69")} == {rasha.id: 100.0}


def test_deleted_merged_and_erased_persons_are_not_found_by_their_phone(
    ctx: StoreContext,
) -> None:
    rasha, omar, lina, anna, ali, _ = _people(ctx)
    repo = PersonRepository(ctx)
    repo.update(dataclasses.replace(omar, merged_into=anna.id))
    with transaction(ctx.conn):  # a deletion pulled by sync: the row stays, marked deleted
        ctx.conn.execute("UPDATE person SET deleted = 1 WHERE id = ?", (lina.id,))
        index_person(ctx.conn, lina, deleted=True)
        purge_person(ctx.conn, ali.id, erase=True)
    gone = {omar.id, lina.id, ali.id}
    for query in QUERIES:
        assert not gone & {h[0] for h in _search(ctx.conn, query)}, query
    assert [h[0] for h in _search(ctx.conn, "0944 123 456")] == [rasha.id]
    assert [h[0] for h in _search(ctx.conn, "+4670123")] == [anna.id]


def _plans(conn: DeskConnection, query: str) -> list[str]:
    """The query plan of every statement the phone lookup of ``query`` runs."""
    statements: list[str] = []
    conn.set_trace_callback(statements.append)
    try:
        phone_hits(conn, parse(query))
    finally:
        conn.set_trace_callback(None)
    assert statements
    return [
        "; ".join(str(row[3]) for row in conn.execute(f"EXPLAIN QUERY PLAN {statement}"))
        for statement in statements
    ]


def test_the_lookup_reads_a_covering_index_and_no_table_row(ctx: StoreContext) -> None:
    _people(ctx)
    plans = {plan for query in QUERIES for plan in _plans(ctx.conn, query)}
    # one index leaf per number found, read in its order (no row of person or person_search:
    # each number is another person, whose pages are seldom in the page cache)
    assert plans == {
        "SEARCH person_search USING COVERING INDEX person_search_phone (phone>? AND phone<?)",
        "SEARCH person_search USING COVERING INDEX person_search_nsn (nsn>? AND nsn<?)",
    }


def _phone_columns(conn: DeskConnection) -> dict[str, tuple[Any, ...]]:
    return {
        str(row[0]): tuple(row[1:])
        for row in conn.execute("SELECT person_id, nsn, phone, phone_home FROM person_search")
    }


def _as_schema_14_left_it(conn: DeskConnection) -> None:
    conn.execute("DROP INDEX person_search_phone")
    conn.execute("DROP INDEX person_search_nsn")
    conn.execute("ALTER TABLE person_search DROP COLUMN phone")
    conn.execute("ALTER TABLE person_search DROP COLUMN phone_home")
    conn.execute("CREATE INDEX person_search_nsn ON person_search (nsn) WHERE nsn IS NOT NULL")
    conn.execute("PRAGMA user_version = 14")


def _rows(conn: DeskConnection, table: str) -> list[tuple[Any, ...]]:
    return sorted(conn.execute(f"SELECT * FROM {table}").fetchall(), key=repr)


def test_migration_15_fills_the_phone_columns_and_indexes_of_a_schema_14_store(
    db_path: Path, key: bytes, clock: FakeClock, ctx: StoreContext
) -> None:
    people = _people(ctx)
    PersonRepository(ctx).update(dataclasses.replace(people[4], merged_into=people[3].id))
    answers = [_search(ctx.conn, query) for query in QUERIES]
    columns = _phone_columns(ctx.conn)
    _as_schema_14_left_it(ctx.conn)
    before = {t: _rows(ctx.conn, t) for t in ("person", "name_vocab", "person_name_key")}

    with migrated_anew(ctx.conn, db_path, key, clock) as (conn, applied):
        assert applied == list(range(15, CURRENT_SCHEMA + 1))
        assert _phone_columns(conn) == columns
        assert {1, 0} == {home for _, phone, home in columns.values() if phone}
        indexes = {
            str(name): str(sql)
            for name, sql in conn.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                "AND tbl_name = 'person_search' AND sql IS NOT NULL"
            )
        }
        assert sorted(indexes.values()) == sorted(
            ["CREATE INDEX person_search_code ON person_search (code)", *m0015_phone_index.INDEXES]
        )
        assert {t: _rows(conn, t) for t in before} == before
        assert [_search(conn, query) for query in QUERIES] == answers
        assert all(answers)
