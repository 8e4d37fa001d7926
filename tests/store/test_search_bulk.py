"""A batch of pulled persons is indexed together (store/search_bulk.py): the index it leaves
gives the same answers as indexing everyone from scratch."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from entryhub_desk.store import search_postings as postings
from entryhub_desk.store.search_bulk import _LATER, index_put_off, merging_later, settle_postings
from entryhub_desk.store.search_index import SearchIndex, rebuild
from entryhub_desk.store.sync_apply import RemoteChange, apply_remote
from entryhub_desk.store.sync_state import load_sync_state
from tests.conftest import FakeClock
from tests.sync.helpers import add_person, edit_person, make_desk, outbox_as_remote, transfer

GIVEN = ("Mohamed", "Maxamed", "Amina", "Yohannes", "Fatemeh", "Zainab", "Ahmad", "Selam")
FAMILY = ("Ali", "Cali", "Hassan", "Tesfay", "Rahimi", "Haddad", "Karimi", "Abdi")


def index_view(conn: Any) -> tuple[dict[str, tuple[Any, ...]], dict[str, set[str]]]:
    """The index as what it answers: per person its row and words, per word its persons."""
    forms = dict(conn.execute("SELECT wid, form FROM name_vocab").fetchall())
    people: dict[str, tuple[Any, ...]] = {}
    by_sid: dict[int, str] = {}
    for sid, person_id, code, year, words, last, nsn, extra, wids, own, *phone in conn.execute(
        "SELECT sid, person_id, code, birth_year, words, last_visit, nsn, extra, wids, names, "
        "phone, phone_home FROM person_search"
    ):
        by_sid[int(sid)] = str(person_id)
        names = sorted(forms[w] for w in postings.unpack(wids))
        assert own is not None  # ranking reads the names from the row (schema 14)
        # the phone lookup reads the number and its home flag from the row (schema 15)
        people[str(person_id)] = (code, year, words, last, nsn, extra, tuple(names), own, *phone)
    holders: dict[str, set[str]] = {}
    for wid, values in postings.read(conn, sorted(forms)).items():
        holders[forms[wid]] = {
            f"{by_sid[postings.sid_of(v)]}/{postings.words_of(v)}" for v in values
        }
    typos = conn.execute("SELECT count(*) FROM name_typo").fetchone()[0]
    assert typos > 0
    return people, holders


@contextmanager
def later_off() -> Iterator[None]:
    """The plain path inside a merging_later block (the other store of a comparison)."""
    token = _LATER.set(None)
    try:
        yield
    finally:
        _LATER.reset(token)


@pytest.fixture
def desks(tmp_path: Path):
    a = make_desk(tmp_path, "a", FakeClock(1_790_000_000.0))
    b = make_desk(tmp_path, "b", FakeClock(1_790_000_000.0))
    yield a, b
    a.close()
    b.close()


def test_a_pulled_batch_indexes_as_a_rebuild_does(desks) -> None:
    a, b = desks
    made = []
    for n in range(150):  # "Mohamed" and others pass the MERGE_AT threshold within the batch
        made.append(
            add_person(
                a,
                given_name=GIVEN[n % len(GIVEN)],
                family_name=f"{FAMILY[n * 3 % len(FAMILY)]} {n}",
                original_script_name="محمد علي" if n % 5 == 0 else None,
                birth_year=1960 + n % 40,
                phone=f"070-{n:03d} 45 67" if n % 3 == 0 else None,
                country_of_birth=("SE", "SY", None)[n % 4 % 3],
            )
        )
    edit_person(a, made[1].id, merged_into=made[0].id)  # names travel to the kept person
    edit_person(a, made[2].id, family_name="Renamed")
    transfer(a, b)
    conn = b.opened.conn
    pulled = index_view(conn)
    assert made[0].id in pulled[0] and made[1].id not in pulled[0]
    assert any("Renamed".lower() in form for form in pulled[0][made[2].id][6])
    assert len(pulled[0]) == 149
    # a Swedish number of a person born in Sweden (1), elsewhere or unknown (0), none (0)
    assert {(row[8] is not None, row[9]) for row in pulled[0].values()} == {
        (True, 1),
        (True, 0),
        (False, 0),
    }
    rebuild(conn)
    assert index_view(conn) == pulled
    hits = [hit.person_id for hit in SearchIndex(conn).search(made[5].given_name)]
    assert made[5].id in hits


def test_later_batches_add_to_words_already_in_the_index(desks) -> None:
    a, b = desks
    for n in range(40):
        add_person(a, given_name="Mohamed", family_name=f"Ali {n}")
    transfer(a, b)
    a.opened.conn.execute("DELETE FROM outbox")
    for n in range(40, 100):
        add_person(a, given_name="Mohamed", family_name=f"Ali {n}")
    items = outbox_as_remote(a)
    apply_remote(b.opened.context, items[:30], cursor="5")
    apply_remote(b.opened.context, items[30:], cursor="6")
    conn = b.opened.conn
    assert load_sync_state(conn).cursor == 6
    pulled = index_view(conn)
    assert len(pulled[0]) == 100
    rebuild(conn)
    assert index_view(conn) == pulled
    assert len(SearchIndex(conn).search("Mohamed", limit=200)) == 100


def test_a_person_edited_after_the_pull_is_reindexed_one_by_one(desks) -> None:
    a, b = desks
    person = add_person(a, given_name="Hodan", family_name="Warsame")
    transfer(a, b)
    a.opened.conn.execute("DELETE FROM outbox")
    edit_person(a, person.id, given_name="Xoodan")
    apply_remote(
        b.opened.context,
        [RemoteChange(c.entity, c.entity_id, c.fields, c.origin) for c in outbox_as_remote(a)],
        cursor=None,
    )
    found = [hit.person_id for hit in SearchIndex(b.opened.conn).search("Xoodan Warsame")]
    assert found == [person.id]
    assert SearchIndex(b.opened.conn).search("Hodan Warsame") == [] or all(
        hit.person_id == person.id for hit in SearchIndex(b.opened.conn).search("Hodan Warsame")
    )


def test_a_merge_pulled_later_gives_the_kept_person_the_other_names(desks) -> None:
    a, b = desks
    kept = add_person(a, given_name="Hodan", family_name="Warsame")
    other = add_person(a, given_name="Xoodan", family_name="Warsame")
    transfer(a, b)
    a.opened.conn.execute("DELETE FROM outbox")
    edit_person(a, other.id, merged_into=kept.id)
    transfer(a, b)
    found = [hit.person_id for hit in SearchIndex(b.opened.conn).search("Xoodan Warsame")]
    assert found == [kept.id]
    pulled = index_view(b.opened.conn)
    rebuild(b.opened.conn)
    assert index_view(b.opened.conn) == pulled


def test_merges_put_off_in_a_first_sync_answer_as_merging_at_once(tmp_path: Path) -> None:
    """Inside merging_later (a first sync's pages) a common word's rows wait until they are a
    quarter of its array: after every batch the index answers as the plain path's does, and
    settle_postings leaves no word with MERGE_AT rows."""
    a, plain, later = (make_desk(tmp_path, n, FakeClock(1_790_000_000.0)) for n in "apl")
    try:
        for n in range(900):  # Mohamed's array grows past 4 * MERGE_AT within the batches
            add_person(a, given_name="Mohamed", family_name=f"{FAMILY[n % len(FAMILY)]} {n}")
        items = outbox_as_remote(a)
        counts = "SELECT max(c) FROM (SELECT count(*) AS c FROM person_name_key GROUP BY wid)"
        most = 0
        with merging_later():
            for start in range(0, len(items), 100):
                apply_remote(later.opened.context, items[start : start + 100], cursor=None)
                with later_off():
                    apply_remote(plain.opened.context, items[start : start + 100], cursor=None)
                assert index_view(later.opened.conn) == index_view(plain.opened.conn)
                most = max(most, int(later.opened.conn.execute(counts).fetchone()[0]))
                assert int(plain.opened.conn.execute(counts).fetchone()[0]) < postings.MERGE_AT
            settle_postings(later.opened.conn)
        assert most >= postings.MERGE_AT  # the rows did wait
        assert int(later.opened.conn.execute(counts).fetchone()[0]) < postings.MERGE_AT
        assert index_view(later.opened.conn) == index_view(plain.opened.conn)
        assert len(SearchIndex(later.opened.conn).search("Mohamed", limit=1000)) == 900
    finally:
        for desk in (a, plain, later):
            desk.close()


def test_persons_put_off_are_indexed_later_as_with_their_batches(tmp_path: Path) -> None:
    """Inside merging_later(indexing_later=True) a batch's new persons wait: no search finds
    them until index_put_off, which leaves the index as indexing each batch would have (a
    merge that came meanwhile included); persons a stopped block left waiting are found by
    left_waiting."""
    a, plain, later = (make_desk(tmp_path, n, FakeClock(1_790_000_000.0)) for n in "apl")
    try:
        made = [
            add_person(a, given_name=GIVEN[n % len(GIVEN)], family_name=f"{FAMILY[n % 8]} {n}")
            for n in range(120)
        ]
        edit_person(a, made[7].id, merged_into=made[3].id)  # comes after both persons
        items = outbox_as_remote(a)
        conn = later.opened.conn
        indexed = "SELECT count(*) FROM person_search"
        held = "SELECT count(*) FROM person"
        with merging_later(indexing_later=True):
            for start in range(0, 60, 20):
                apply_remote(later.opened.context, items[start : start + 20], cursor=None)
            assert int(conn.execute(indexed).fetchone()[0]) == 0
            assert SearchIndex(conn).search(made[0].given_name) == []
            index_put_off(conn)
            first = int(conn.execute(held).fetchone()[0])
            assert int(conn.execute(indexed).fetchone()[0]) == first > 50
            for start in range(60, len(items), 20):
                apply_remote(later.opened.context, items[start : start + 20], cursor=None)
        # the block ended with the others waiting; the merged person left the index at once
        assert int(conn.execute(indexed).fetchone()[0]) == first - 1
        with merging_later(indexing_later=True):
            index_put_off(conn, left_waiting=True)
            settle_postings(conn)
        for start in range(0, len(items), 20):
            apply_remote(plain.opened.context, items[start : start + 20], cursor=None)
        assert index_view(conn) == index_view(plain.opened.conn)
        assert len(index_view(conn)[0]) == 119  # the merged person is not searchable
        hits = [hit.person_id for hit in SearchIndex(conn).search(made[7].family_name)]
        assert made[3].id in hits  # the kept person has the merged one's names
    finally:
        for desk in (a, plain, later):
            desk.close()
