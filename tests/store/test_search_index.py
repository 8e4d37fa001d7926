"""The search index lives in the encrypted store and stays in step with person writes."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from entryhub_desk.domain.person import Person
from entryhub_desk.store import migrations, search_read
from entryhub_desk.store.connection import DeskConnection, open_database, transaction
from entryhub_desk.store.migrations import migrate
from entryhub_desk.store.repositories import PersonRepository, StoreContext
from entryhub_desk.store.search_index import SearchIndex, rebuild

from .conftest import FakeClock


def _ids(conn: DeskConnection, query: str) -> list[str]:
    return [hit.person_id for hit in SearchIndex(conn).search(query)]


def _add(ctx: StoreContext, **fields: object) -> Person:
    values: dict[str, object] = {"given_name": "Maxamed", "family_name": "Cali"}
    values.update(fields)
    return PersonRepository(ctx).create(Person(hub_id=ctx.identity.hub_id, **values))  # type: ignore[arg-type]


def test_writes_keep_the_index_in_step(ctx: StoreContext) -> None:
    repo = PersonRepository(ctx)
    person = _add(ctx)
    assert _ids(ctx.conn, "Mohamed Ali") == [person.id]
    renamed = repo.update(dataclasses.replace(person, given_name="Yohannes", family_name="Tesfay"))
    assert _ids(ctx.conn, "Mohamed Ali") == []
    assert _ids(ctx.conn, "ዮሃንስ") == [renamed.id]
    other = _add(ctx, given_name="Hodan")
    repo.update(dataclasses.replace(other, merged_into=person.id))
    assert _ids(ctx.conn, "Hodan") == []


def test_a_failed_write_leaves_no_index_row(ctx: StoreContext) -> None:
    with pytest.raises(RuntimeError), transaction(ctx.conn):
        _add(ctx, given_name="Selam")
        raise RuntimeError
    assert _ids(ctx.conn, "Selam") == []
    assert ctx.conn.execute("SELECT count(*) FROM person_search").fetchone()[0] == 0


def test_short_queries_find_word_starts(ctx: StoreContext) -> None:
    person = _add(ctx, given_name="Zainab", family_name="Haddad")
    _add(ctx, given_name="Omar", family_name="Kurdi")
    assert _ids(ctx.conn, "z") == [person.id]
    assert _ids(ctx.conn, "za") == [person.id]
    assert _ids(ctx.conn, "zainab h") == [person.id]


def test_any_part_of_a_name(ctx: StoreContext) -> None:
    person = _add(ctx, given_name="Gebremedhin", family_name="Asmerom")
    assert _ids(ctx.conn, "medhin") == [person.id]
    assert _ids(ctx.conn, "Gebre Medhin") == [person.id]


def test_rebuild_gives_the_same_answers(ctx: StoreContext) -> None:
    people = [_add(ctx, given_name=name) for name in ("Amina", "Yusuf", "Faadumo")]
    before = [_ids(ctx.conn, p.given_name) for p in people]
    with transaction(ctx.conn):
        assert rebuild(ctx.conn) == 3
    assert [_ids(ctx.conn, p.given_name) for p in people] == before


def test_index_rows_are_encrypted_on_disk(ctx: StoreContext, db_path: Path) -> None:
    _add(ctx, given_name="Tsehaynesh", family_name="Zerabruk")
    ctx.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = db_path.read_bytes()
    assert b"tsihainish" not in data and b"Tsehaynesh" not in data


def test_migration_indexes_persons_already_stored(
    db_path: Path, key: bytes, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    conn = open_database(db_path, key, create=True)
    backups = db_path.parent / "backups"
    monkeypatch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:1])
    monkeypatch.setattr(migrations, "CURRENT_SCHEMA", 1)
    migrate(conn, db_path=db_path, backups_dir=backups, clock=clock)
    conn.execute(
        "INSERT INTO person (id, origin, created_at, updated_at, given_name, family_name, "
        "gender, hub_id) VALUES (?, 'd', 't', 't', 'Cabdi', 'Xasan', 'not_stated', ?)",
        ("01900000-0000-7000-8000-000000000001", "01900000-0000-7000-8000-000000000002"),
    )
    monkeypatch.undo()
    migrate(conn, db_path=db_path, backups_dir=backups, clock=clock)
    assert _ids(conn, "Abdi Hassan") == ["01900000-0000-7000-8000-000000000001"]
    conn.close()


def test_high_keys_first_give_the_whole_ranking(
    ctx: StoreContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    names = [("Mohamed", "Ali")] * 12 + [("Mohamed", "Ali Hassan Omar Yusuf")] * 6
    names += [("Muhammad", "Aly"), ("Mohammed", "Alii"), ("Mohamad", "Ali"), ("Mhd", "Ali")] * 3
    names += [("Mohamed", "Hassan"), ("Ali", "Mohamed"), ("Mahmoud", "Ali")] * 3
    names += [("Mohamed", "Hassann"), ("Mohamed", "Husein")] * 2
    for given, family in names:
        _add(ctx, given_name=given, family_name=family)
    queries = ["Mohamed Ali", "Muhammad Aly", "Mohamed Ali Hassan", "Ali Mohamed", "Mohamed Hassan"]

    def ranked() -> list[list[tuple[str, float]]]:
        found = []
        for query in queries:
            for limit in (5, 20):
                hits = SearchIndex(ctx.conn).search(query, limit=limit)
                found.append([(hit.person_id, hit.score) for hit in hits])
        return found

    first = ranked()
    monkeypatch.setattr(search_read, "LOW_KEYS", -1.0)  # every key at once
    assert ranked() == first
    assert all(first)


def test_migration_13_rebuilds_the_index_with_the_east_slavic_keys(ctx: StoreContext) -> None:
    from entryhub_desk.store.migrations import m0013_search_keys_slavic

    person = _add(ctx, given_name="Yevhen", family_name="Hnatiuk")
    _add(ctx, given_name="Yevhen", family_name="Hnatyshyn")
    assert _ids(ctx.conn, "Evgen Gnatyuk")[:1] == [person.id]
    with transaction(ctx.conn):  # as an index written before the East Slavic keys
        ctx.conn.execute("DELETE FROM name_vocab WHERE form >= 'u' AND form < 'v'")
    assert person.id not in _ids(ctx.conn, "Evgen Gnatyuk")
    with transaction(ctx.conn):
        m0013_search_keys_slavic.upgrade(ctx.conn)
    assert _ids(ctx.conn, "Evgen Gnatyuk")[:1] == [person.id]
    assert _ids(ctx.conn, "Jevgen Gnatjuk")[:1] == [person.id]


def test_a_query_keeps_no_memo_of_the_names_it_scored(ctx: StoreContext) -> None:
    repo = PersonRepository(ctx)
    for family in ("Tekle", "Tesfay"):
        repo.create(Person(given_name="Selam", family_name=family, hub_id=ctx.identity.hub_id))
    index = SearchIndex(ctx.conn)
    assert len(index.search("Selam Tesfay")) == 2
    assert len(index.names("Selam Tekle", limit=5)) == 2
    # freed before the cycle collector runs again (and no names linger in the index object)
    assert not index._memo and not index._seen
