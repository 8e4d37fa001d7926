"""Indexing many persons at once: the persons a sync batch brought (a first sync's snapshot
pages bring thousands), in a few statements per batch instead of dozens per person.

Only persons new to the index take this path; edits and removals go through
:func:`entryhub_desk.store.search_index.index_person`. The result is the index that indexing
them one by one gives: the same vocabulary words, the same postings (split between a word's
array and its rows by the same threshold, :data:`~entryhub_desk.store.search_postings.MERGE_AT`).

A first sync brings every person page by page, and a common word's array would be written
whole again on every page (at 100,000 persons that is most of the indexing's time). Inside
:func:`merging_later` a word's new rows are merged into its array only once they are
:data:`LATER_SHARE` of it (and at least ``MERGE_AT``): each posting is rewritten a few times,
not once a page. A word's postings are its array and its rows, so the rows waiting to be
merged are found by every search; :func:`settle_postings`, in the last page's transaction,
leaves the layout adding one by one keeps (no word with ``MERGE_AT`` rows).

Inside ``merging_later(indexing_later=True)`` the new persons themselves wait: the index takes
them a few thousand at a time (:func:`index_put_off`, called by the first sync when enough
wait, when the next page has not come yet and with the last page), not a page at a time. Each
word's postings are then written once for thousands of persons instead of once a page, and the
vocabulary is looked up once for them all (at 100,000 persons a third of the first sync's CPU
went to the index page by page). The persons that wait are in the store but not yet found by a
search; :func:`index_put_off` finds any a stopped round left waiting (the next round, or the
next log-in while a first sync is under way: ``services/desk.py``).
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from itertools import repeat
from typing import Any

from entryhub_desk.search.key_sets import index_form_set, person_word_count
from entryhub_desk.store import search_postings as postings
from entryhub_desk.store.search_index import _typo_keys, insert_search_rows, search_row

Connection = Any  # sqlcipher3 or sqlite3 connection
_CHUNK = 500  # bound parameters per statement (SQLite allows 999 in old builds)
LATER_SHARE = 4  # inside merging_later: rows are merged once they are a quarter of the array


class _Later:
    """Each word's rows and array size (postings) as this thread's first sync left them, and
    (``indexing``) the new persons not indexed yet."""

    def __init__(self, *, indexing: bool) -> None:
        self.rows: dict[int, int] = {}
        self.sizes: dict[int, int] = {}
        self.indexing = indexing
        self.waiting: set[str] = set()


_LATER: ContextVar[_Later | None] = ContextVar("entryhub_search_merging_later", default=None)


@contextmanager
def merging_later(*, indexing_later: bool = False) -> Iterator[None]:
    """Within (on this thread): new postings are merged into their word's array only once
    they are :data:`LATER_SHARE` of it. Call :func:`settle_postings` in the last write.
    ``indexing_later``: new persons wait for :func:`index_put_off` (see the module)."""
    token = _LATER.set(_Later(indexing=indexing_later))
    try:
        yield
    finally:
        _LATER.reset(token)


def settle_postings(conn: Connection) -> None:
    """Merge every word holding ``MERGE_AT`` rows or more into its array."""
    for (wid,) in conn.execute(
        "SELECT wid FROM person_name_key GROUP BY wid HAVING count(*) >= ?", (postings.MERGE_AT,)
    ).fetchall():
        _merge(conn, int(wid), [], rows_held=True)
    later = _LATER.get()
    if later is not None:  # read again if the context goes on
        later.rows.clear()
        later.sizes.clear()


def _chunks(values: Sequence[Any]) -> Iterator[tuple[Sequence[Any], str]]:
    for start in range(0, len(values), _CHUNK):
        part = values[start : start + _CHUNK]
        yield part, ", ".join("?" for _ in part)


def _select(conn: Connection, sql: str, values: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Rows of ``sql`` (with ``{marks}`` for the IN list) for every chunk of ``values``."""
    found: list[tuple[Any, ...]] = []
    for part, marks in _chunks(values):
        found.extend(conn.execute(sql.format(marks=marks), tuple(part)).fetchall())
    return found


def _keys_of(names: tuple[str | None, ...]) -> tuple[frozenset[str], int]:
    """The index forms and the word count of a person's names (each distinct name's parts
    computed once: :mod:`entryhub_desk.search.key_sets`)."""
    return index_form_set(*names), person_word_count(*names)


def index_new_persons(conn: Connection, person_ids: Collection[str]) -> set[str]:
    """Index the persons of ``person_ids`` that are stored, live and not yet indexed; returns
    the others (edited, deleted, merged or gone), for the one-by-one path."""
    ids = sorted(set(person_ids))
    if not ids:
        return set()
    people = {
        str(row[0]): row[1:]
        for row in _select(
            conn,
            "SELECT id, given_name, family_name, original_script_name, birth_year, phone, "
            "country_of_birth FROM person WHERE deleted = 0 AND merged_into IS NULL "
            "AND id IN ({marks})",
            ids,
        )
    }
    indexed = {
        str(row[0])
        for row in _select(
            conn, "SELECT person_id FROM person_search WHERE person_id IN ({marks})", ids
        )
    }
    fresh = [person_id for person_id in ids if person_id in people and person_id not in indexed]
    later = _LATER.get()
    if later is not None and later.indexing:
        later.waiting.update(fresh)  # read again when indexed: edits until then count
    elif fresh:
        _index_fresh(conn, fresh, people)
    return set(ids) - set(fresh)


def put_off_count() -> int:
    """How many new persons wait for :func:`index_put_off` (on this thread)."""
    later = _LATER.get()
    return 0 if later is None else len(later.waiting)


def index_put_off(conn: Connection, *, left_waiting: bool = False) -> None:
    """Index the persons that wait (inside the caller's write), as :func:`index_new_persons`
    would have when they came: those deleted, merged or indexed since need nothing more (a
    merge or an edit through the one-by-one path has indexed whom it concerns).
    ``left_waiting``: also every live person the index lacks (a first sync stopped, or its
    program ended, while they waited)."""
    later = _LATER.get()
    waiting = set() if later is None else later.waiting
    if left_waiting:
        waiting.update(_unindexed_persons(conn))
    if not waiting:
        return
    indexing = later is not None and later.indexing
    if later is not None:
        later.waiting, later.indexing = set(), False
    try:
        index_new_persons(conn, waiting)
    except BaseException:
        if later is not None:  # the caller's write is rolled back: they wait again
            later.waiting |= waiting
        raise
    finally:
        if later is not None:
            later.indexing = indexing


def _unindexed_persons(conn: Connection) -> list[str]:
    return [
        str(row[0])
        for row in conn.execute(
            "SELECT id FROM person WHERE deleted = 0 AND merged_into IS NULL "
            "AND id NOT IN (SELECT person_id FROM person_search)"
        )
    ]


def _index_fresh(conn: Connection, fresh: list[str], people: dict[str, tuple[Any, ...]]) -> None:
    merged: dict[str, list[str]] = {}
    for target, *names in _select(
        conn,
        "SELECT merged_into, given_name, family_name, original_script_name FROM person "
        "WHERE deleted = 0 AND merged_into IN ({marks})",
        fresh,
    ):
        merged.setdefault(str(target), []).extend(str(n) for n in names if n)
    visits = dict(
        _select(
            conn,
            "SELECT person_id, max(visited_at) FROM visit WHERE person_id IN ({marks}) "
            "GROUP BY person_id",
            fresh,
        )
    )
    forms: dict[str, frozenset[str]] = {}
    counts: dict[str, int] = {}
    for person_id in fresh:
        given, family, original = people[person_id][:3]
        keys = _keys_of((given, family, original, *merged.get(person_id, [])))
        forms[person_id], counts[person_id] = keys
    wanted = sorted({form for found in forms.values() for form in found})
    vocab = {
        str(form): int(wid)
        for wid, form in _select(
            conn, "SELECT wid, form FROM name_vocab WHERE form IN ({marks})", wanted
        )
    }
    next_wid = int(conn.execute("SELECT coalesce(max(wid), 0) FROM name_vocab").fetchone()[0])
    new_words: list[tuple[int, str]] = []
    for form in wanted:
        if form not in vocab:
            next_wid += 1
            vocab[form] = next_wid
            new_words.append((next_wid, form))
    conn.executemany("INSERT INTO name_vocab (wid, form) VALUES (?, ?)", new_words)
    # in key order: the WITHOUT ROWID b-tree is filled page by page, not all over
    conn.executemany(
        "INSERT OR IGNORE INTO name_typo (dkey, wid) VALUES (?, ?)",
        sorted({(key, wid) for wid, form in new_words for key in _typo_keys(form)}),
    )
    sid = int(conn.execute("SELECT coalesce(max(sid), 0) FROM person_search").fetchone()[0])
    rows: list[tuple[Any, ...]] = []
    lists: dict[int, list[int]] = {}
    for person_id in fresh:
        given, family, original, year, phone, country = people[person_id]
        extra = merged.get(person_id, [])
        sid += 1
        words = counts[person_id]
        wids = {vocab[form] for form in forms[person_id]}
        value = postings.posting(sid, words)
        for wid in wids:
            lists.setdefault(wid, []).append(value)
        rows.append(
            search_row(
                sid,
                person_id,
                year,
                words,
                visits.get(person_id),
                phone,
                extra,
                wids,
                names=(given, family, original),
                country_of_birth=country,
            )
        )
    insert_search_rows(conn, rows)
    _add_postings(conn, lists)


def _add_postings(conn: Connection, lists: dict[int, list[int]]) -> None:
    """Each word's new postings: as rows, or into its array once it would hold
    :data:`~entryhub_desk.store.search_postings.MERGE_AT` rows (as adding one by one does;
    inside :func:`merging_later`, once they are also :data:`LATER_SHARE` of the array)."""
    wids = sorted(lists)
    later = _LATER.get()
    counts, sizes = _rows_and_sizes(conn, wids, later)
    rows: list[tuple[int, int]] = []
    for wid in wids:
        values = lists[wid]
        held = counts.get(wid, 0)
        total = held + len(values)
        if total >= max(postings.MERGE_AT, sizes.get(wid, 0) // LATER_SHARE):
            _merge(conn, wid, values, rows_held=held > 0)
            held, size = 0, sizes.get(wid, 0) + total
        else:
            rows.extend(zip(repeat(wid), values))
            held, size = total, sizes.get(wid, 0)
        if later is not None:
            later.rows[wid], later.sizes[wid] = held, size
    conn.executemany("INSERT OR IGNORE INTO person_name_key (wid, sid) VALUES (?, ?)", rows)


def _rows_and_sizes(
    conn: Connection, wids: list[int], later: _Later | None
) -> tuple[dict[int, int], dict[int, int]]:
    """Rows held per word, and (inside :func:`merging_later`) array sizes: read once per
    word there, else every time (sizes then empty: the plain threshold)."""
    unknown = wids if later is None else [wid for wid in wids if wid not in later.rows]
    counts = {
        int(wid): int(count)
        for wid, count in _select(
            conn,
            "SELECT wid, count(*) FROM person_name_key WHERE wid IN ({marks}) GROUP BY wid",
            unknown,
        )
    }
    if later is None:
        return counts, {}
    sizes = {
        int(wid): int(size) // 4
        for wid, size in _select(
            conn,
            "SELECT wid, coalesce(length(sids), 0) FROM name_vocab WHERE wid IN ({marks})",
            unknown,
        )
    }
    for wid in unknown:
        later.rows[wid], later.sizes[wid] = counts.get(wid, 0), sizes.get(wid, 0)
    return later.rows, later.sizes


def _merge(conn: Connection, wid: int, values: list[int], *, rows_held: bool) -> None:
    """The word's array with its rows and ``values`` merged in, its rows gone: what
    :func:`~entryhub_desk.store.search_postings.merge` leaves. New persons' postings come
    after every posting held (their index rows are numbered on), so they are appended to
    the sorted array instead of the whole array being sorted again (a common word's array
    holds thousands, and a first sync merges it once a page)."""
    held = (
        [int(r[0]) for r in conn.execute("SELECT sid FROM person_name_key WHERE wid = ?", (wid,))]
        if rows_held
        else []
    )
    blob = conn.execute("SELECT sids FROM name_vocab WHERE wid = ?", (wid,)).fetchone()
    array = postings.unpack(blob[0] if blob else None)
    added = sorted({*held, *values})
    if array and added and added[0] <= array[-1]:
        packed = postings.pack({*array, *added})  # (not from new persons: as merge does)
    else:
        array.extend(added)
        packed = array.tobytes()
    conn.execute("UPDATE name_vocab SET sids = ? WHERE wid = ?", (packed, wid))
    if rows_held:
        conn.execute("DELETE FROM person_name_key WHERE wid = ?", (wid,))
