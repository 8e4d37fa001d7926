"""Reading the search index ahead into the page cache (store.search_warm): every entry of every
part read once, in key order through the b-tree a search reads, slice after slice; again after
another connection's commit or the idle lock, not after this connection's own writes; no part
that would not fit in the cache."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3

from entryhub_desk.domain.person import Person
from entryhub_desk.store.connection import DeskConnection, open_database, transaction
from entryhub_desk.store.repositories import PersonRepository, StoreContext
from entryhub_desk.store.search_index import SearchIndex
from entryhub_desk.store.search_warm import (
    PARTS,
    WARM_SHARE,
    SearchWarmer,
    forget,
    parts_within,
    warmer_of,
)

NAMES = (
    ("Mohamed", "Ali"),
    ("Mohammed", "Ali Hassan"),
    ("Fatima", "Abdulrahman"),
    ("Habte Mariam", "Gebremedhin"),
    ("Hanna", "Hnatiuk"),
    ("Zahra", "Ahmadi"),
    ("Yonas", "Tesfaye"),
    ("Amina", "Warsame"),
)


def _fill(ctx: StoreContext, count: int = 40) -> list[Person]:
    """Namesakes with shared phones (a family's number): keys repeat across entries."""
    people = PersonRepository(ctx)
    made = []
    with transaction(ctx.conn):
        for i in range(count):
            given, family = NAMES[i % len(NAMES)]
            phone = None if i % 5 == 4 else f"+4670{1234500 + i // 3:07d}"
            made.append(
                people.create(
                    Person(
                        hub_id=ctx.identity.hub_id,
                        given_name=given,
                        family_name=family,
                        phone=phone,
                        country_of_birth="SE" if i % 2 else "SY",
                    )
                )
            )
    return made


def _commit_elsewhere(db_path: Path, key: bytes) -> None:
    """A commit on another connection (a sync round's), which changes a page: a write that
    leaves every page as it was commits nothing."""
    other = open_database(db_path, key)
    try:
        with transaction(other):
            other.execute("UPDATE person_search SET last_visit = '2026-12-01T10:00:00Z'")
    finally:
        other.close()


def _entries(conn: DeskConnection) -> int:
    """Every entry of every part, counted the plain way."""
    counts = (
        "SELECT count(*) FROM person_search WHERE phone IS NOT NULL",
        "SELECT count(*) FROM person_search WHERE nsn IS NOT NULL",
        "SELECT count(*) FROM person_search",  # the code index
        "SELECT count(*) FROM name_vocab",  # its form index
        "SELECT count(*) FROM name_typo",
        "SELECT count(*) FROM name_vocab",
        "SELECT count(*) FROM person_name_key",
        "SELECT count(*) FROM person_search",
    )
    assert len(counts) == len(PARTS)
    return sum(int(conn.execute(sql).fetchone()[0]) for sql in counts)


def test_each_part_is_read_in_key_order_through_its_own_btree(ctx: StoreContext) -> None:
    """A slice is a range of the b-tree, never a sort of the whole structure (which would
    read everything for every slice) and never another index than the one searches read."""
    _fill(ctx, 12)
    for part, _ in PARTS:
        for sql, params in ((part.first, (3,)), (part.after, (*("a",) * part.keys, 3))):
            plan = " | ".join(
                str(row[-1]) for row in ctx.conn.execute(f"EXPLAIN QUERY PLAN {sql}", params)
            )
            assert "TEMP B-TREE" not in plan, (part.name, plan)
            if part.name.startswith("person_search_"):
                assert f"COVERING INDEX {part.name}" in plan, plan
            elif part.name == "name_vocab_form":
                assert "COVERING INDEX sqlite_autoindex_name_vocab_1" in plan, plan
            else:
                assert "PRIMARY KEY" in plan or plan == f"SCAN {part.name}", plan


@pytest.mark.parametrize("slice_rows", [1, 2, 3, 7, 1000])
def test_every_entry_is_read_once_whatever_the_slice(ctx: StoreContext, slice_rows: int) -> None:
    _fill(ctx)
    warmer = SearchWarmer(ctx.conn, slice_rows=slice_rows)
    assert not warmer.done
    assert warmer.run() is True
    assert warmer.done
    assert warmer.entries == _entries(ctx.conn)
    # the slices it took: each part's entries in slices, and one short (or empty) slice last
    assert warmer.slices >= len(PARTS)
    before = warmer.slices
    assert warmer.run() is True and warmer.slices == before  # nothing left to read


def test_steps_are_bounded_and_resumable(ctx: StoreContext) -> None:
    _fill(ctx)
    warmer = SearchWarmer(ctx.conn, slice_rows=4)
    assert warmer.run(3) is False
    assert warmer.slices == 3 and not warmer.done
    while not warmer.run(2):
        pass
    assert warmer.entries == _entries(ctx.conn)


def test_another_connections_commit_reads_it_again_but_an_own_write_does_not(
    ctx: StoreContext, db_path: Path, key: bytes
) -> None:
    _fill(ctx, 10)
    warmer = SearchWarmer(ctx.conn)
    warmer.run()
    first = warmer.entries
    # a write through the same connection keeps its page cache: nothing to read again
    _fill(ctx, 1)
    assert warmer.done
    # another connection's commit (a sync round): SQLite empties this connection's cache
    _commit_elsewhere(db_path, key)
    assert not warmer.done
    warmer.run()
    assert warmer.entries == first + _entries(ctx.conn)


def test_a_commit_while_reading_waits_for_the_next_step(
    ctx: StoreContext, db_path: Path, key: bytes
) -> None:
    """Another connection committing while the reading is under way (a first sync's rounds)
    makes the step say "nothing now"; the next step starts again from the first part."""
    _fill(ctx, 10)
    warmer = SearchWarmer(ctx.conn, slice_rows=2)
    assert warmer.run(3) is False
    _commit_elsewhere(db_path, key)
    read = warmer.entries
    assert warmer.step() is True and warmer.entries == read and not warmer.done
    assert warmer.run() is True and warmer.done
    assert warmer.entries == read + _entries(ctx.conn)


def test_the_idle_lock_forgets_what_was_read(ctx: StoreContext) -> None:
    _fill(ctx, 10)
    warmer = warmer_of(ctx.conn)
    assert warmer_of(ctx.conn) is warmer  # one per connection
    warmer.run()
    assert warmer.done
    forget(ctx.conn)
    assert not warmer.done
    assert warmer.run() and warmer.done


def test_parts_that_would_not_fit_in_the_cache_are_left_out() -> None:
    cache = 64 * 1024 * 1024
    per_person = [bytes_ for _, bytes_ in PARTS]
    assert parts_within(0, cache) == tuple(part for part, _ in PARTS)
    assert parts_within(100_000, cache) == tuple(part for part, _ in PARTS)
    # just too many persons for the last part: everything but it
    last = int(WARM_SHARE * cache / sum(per_person)) + 1
    assert parts_within(last, cache) == tuple(part for part, _ in PARTS[:-1])
    # far too many: not even the phone index
    assert parts_within(10_000_000, cache) == ()
    # each part fits only with those before it: a prefix, shrinking as persons grow
    previous = len(PARTS)
    for persons in range(0, 2_000_000, 50_000):
        chosen = parts_within(persons, cache)
        assert chosen == tuple(part for part, _ in PARTS[: len(chosen)])
        assert len(chosen) <= previous
        previous = len(chosen)


def test_a_small_cache_reads_only_what_fits(ctx: StoreContext) -> None:
    _fill(ctx, 20)
    warmer = SearchWarmer(ctx.conn, cache_bytes=int(20 * 60 / WARM_SHARE) + 1)
    warmer.run()
    phones = ctx.conn.execute(
        "SELECT count(*) FROM person_search WHERE phone IS NOT NULL"
    ).fetchone()[0]
    assert warmer.entries == phones  # the phone index (51 B a person) and nothing more


def test_the_parts_hold_every_table_a_search_reads(ctx: StoreContext) -> None:
    """What the searches read (SQLite's authorizer sees each table a statement reads) is in
    the parts read ahead; a new table in the search must be added there."""
    _fill(ctx)
    read: set[str] = set()

    def authorise(action: int, table: Any, *_: Any) -> int:
        if action == 20 and table:  # SQLITE_READ
            read.add(str(table))
        return 0  # SQLITE_OK

    index = SearchIndex(ctx.conn)
    ctx.conn.set_authorizer(authorise)
    try:
        for query in (
            "Mohamed Ali",
            "mohamd ali hassan 1990",
            "Habtemariam",
            "Fatma Abdul Rahman",
            "Hana",
            "070 123 45",
            "+46701234512",
            "0944 123",
            "ABCD-12",
            "Zahra Ahmadi Tesfaye Warsame",
        ):
            index.search(query, limit=20)
    finally:
        ctx.conn.set_authorizer(None)
    tables = {part.name.split("_form")[0] for part, _ in PARTS}
    tables = {name if not name.startswith("person_search") else "person_search" for name in tables}
    assert read - {"sqlite_master", "sqlite_schema"} <= tables, read
    assert "person_search" in read and "name_vocab" in read


def _read_ahead(warmer: SearchWarmer, started: threading.Event, outcome: list[object]) -> None:
    try:
        started.set()
        warmer.run()
        outcome.append("read")
    except sqlcipher3.ProgrammingError as error:
        outcome.append(error)


def test_closing_the_connection_while_another_thread_reads_ahead_waits_for_its_slice(
    ctx: StoreContext, db_path: Path, key: bytes
) -> None:
    """The log-out closes the session's connection while the reception page's worker thread
    may be reading a slice: the close waits for it (closed under a running statement, the
    process crashed), and the next slice meets a closed connection, an error the page logs."""
    _fill(ctx, 60)
    for _ in range(20):
        conn = open_database(db_path, key, check_same_thread=False)  # as the session's
        started = threading.Event()
        outcome: list[object] = []
        worker = threading.Thread(
            target=_read_ahead, args=(SearchWarmer(conn, slice_rows=1), started, outcome)
        )
        worker.start()
        started.wait()
        conn.close()
        worker.join()
        assert outcome and (outcome[0] == "read" or "closed" in str(outcome[0]))
