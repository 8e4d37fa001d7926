"""Postings of the search vocabulary: which persons have a key word.

A posting is one integer, ``sid * 8 + min(word count, 7)``: the person's index row and how
many Latin name words they have, so that ranking bounds (which subtract a point per name word
the query did not name) are computed from postings alone, without reading person rows.

Each vocabulary word keeps its postings in two places: ``name_vocab.sids``, a sorted array of
4-byte integers read in one row however common the word (Mohamed at 100,000 visitors is one
blob, not ten thousand rows), and ``person_name_key``, rows written since (a registration
writes rows, never a large blob). When a word has :data:`MERGE_AT` rows they are merged into
its array. Removing a posting deletes its row or rewrites the array; a word left without
postings leaves the vocabulary with its deletion keys (nothing of an erased person's name is
kept).

:func:`read` keeps the postings it decoded in a small per-connection cache
(:class:`PostingCache`, at most :data:`CACHE_VALUES` postings, least recently used dropped
first; the arrays read are kept too, :data:`READ_VALUES` postings at most, so a word dropped
from the decoded ones is decoded again without reading the store): the next keystroke and the
next query meet the same common words again. Postings are
row numbers, nothing personal (the typed words' vocabulary look-ups kept with them,
:meth:`PostingCache.lookup`, name words: they go with the rest); the cache is dropped on any
write to the store (by this
connection or another) and by :func:`clear` (the idle lock).

A word's decoded postings are a :data:`Postings` dict (the postings its keys, ``None`` its
values), not a set: a dict of integers is not tracked by Python's cycle collector, a set
always is, and the collector walks a tracked set element by element (a cache miss for each
integer) every time it looks at the generation that holds it. The sets a cold query decoded
and kept cost more to collect afterwards than to decode (at 100,000 visitors, a
young-generation collection after such a query took up to 20 ms). Set algebra goes through
the dict's ``keys()`` view.
"""

from __future__ import annotations

import weakref
from array import array
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Final

Connection = Any
MERGE_AT: Final = 64
# postings kept decoded per connection (about 32 MB as dicts): at 100,000 visitors the 3- and
# 4-word queries of common names decode most of their postings again when 200,000 are kept
# (their p95 fell by about a fifth, for about 8 MB more at the peak of 1,600 such queries)
CACHE_VALUES: Final = 400_000
# every word's postings as read (4 bytes a posting, all of the 100,000-visitor store's in
# about 5 MB): a word whose decoded postings were dropped is decoded again without reading
# and parsing its array and rows
READ_VALUES: Final = 2_000_000
# a typed word's postings over all its keys, for the next keystroke and the next queries of
# the same names (a query of common words meets each word's union in every partial block; 16
# kept the unions of only four or five queries, and a name typed again rebuilt them)
CACHE_UNIONS: Final = 64
UNION_VALUES: Final = 500_000  # postings kept in those unions at most (about 34 MB)
LOOKUPS: Final = 16_384  # vocabulary look-ups of typed words kept (about 3 MB), then dropped
WORD_BITS: Final = 3
MAX_WORDS: Final = (1 << WORD_BITS) - 1
Postings = dict[int, None]  # one word's postings (keys), untracked by the cycle collector


def posting(sid: int, words: int) -> int:
    return (sid << WORD_BITS) | min(max(words, 0), MAX_WORDS)


def sid_of(value: int) -> int:
    return value >> WORD_BITS


def words_of(value: int) -> int:
    return value & MAX_WORDS


def pack(values: Iterable[int]) -> bytes:
    return array("I", sorted(set(values))).tobytes()


def unpack(blob: bytes | None) -> array[int]:
    found = array("I")
    if blob:
        found.frombytes(bytes(blob))
    return found


def add(conn: Connection, wid: int, value: int) -> None:
    conn.execute("INSERT OR IGNORE INTO person_name_key (wid, sid) VALUES (?, ?)", (wid, value))
    count = conn.execute("SELECT count(*) FROM person_name_key WHERE wid = ?", (wid,)).fetchone()[0]
    if int(count) >= MERGE_AT:
        merge(conn, wid)


def merge(conn: Connection, wid: int) -> None:
    """Move the word's rows into its array."""
    rows = conn.execute("SELECT sid FROM person_name_key WHERE wid = ?", (wid,)).fetchall()
    blob = conn.execute("SELECT sids FROM name_vocab WHERE wid = ?", (wid,)).fetchone()
    merged = set(unpack(blob[0] if blob else None)) | {int(r[0]) for r in rows}
    conn.execute("UPDATE name_vocab SET sids = ? WHERE wid = ?", (pack(merged), wid))
    conn.execute("DELETE FROM person_name_key WHERE wid = ?", (wid,))


def remove(
    conn: Connection, wid: int, value: int, typo_keys: Callable[[str], Sequence[str]]
) -> None:
    """Drop one posting; a word nobody has any more leaves the vocabulary."""
    cursor = conn.execute("DELETE FROM person_name_key WHERE wid = ? AND sid = ?", (wid, value))
    row = conn.execute("SELECT form, sids FROM name_vocab WHERE wid = ?", (wid,)).fetchone()
    if row is None:
        return
    values = unpack(row[1])
    if cursor.rowcount == 0 and value in values:
        values = array("I", (v for v in values if v != value))
        conn.execute("UPDATE name_vocab SET sids = ? WHERE wid = ?", (values.tobytes(), wid))
    if (
        values
        or conn.execute("SELECT 1 FROM person_name_key WHERE wid = ? LIMIT 1", (wid,)).fetchone()
    ):
        return
    conn.executemany(
        "DELETE FROM name_typo WHERE dkey = ? AND wid = ?",
        [(key, wid) for key in typo_keys(str(row[0]))],
    )
    conn.execute("DELETE FROM name_vocab WHERE wid = ?", (wid,))


class PostingCache:
    """Decoded postings of one connection, least recently used dropped first."""

    def __init__(self, limit: int = CACHE_VALUES) -> None:
        self.limit = limit
        self.values = 0
        self.stamp: tuple[int, int] = (-1, -1)
        self.union_values = 0
        self.sets: OrderedDict[int, Postings] = OrderedDict()
        self.read_values = 0
        self.read: dict[int, array[int]] = {}  # as read, oldest first
        self.unions: OrderedDict[tuple[int, ...], Postings] = OrderedDict()
        # what a typed word's vocabulary look-ups found (:mod:`.search_keys`), by look-up
        self.lookups: dict[tuple[str, ...], tuple[tuple[int, float], ...]] = {}

    def clear(self) -> None:
        self.sets.clear()
        self.unions.clear()
        self.lookups.clear()
        self.read.clear()
        self.values = 0
        self.read_values = 0
        self.union_values = 0

    def union(self, wids: tuple[int, ...], build: Callable[[], Postings]) -> Postings:
        """The union of some words' postings (a typed word over all its keys), kept for the
        next keystroke, which types the same word again."""
        found = self.kept_union(wids)
        if found is None:
            found = self.unions[wids] = build()
            self.union_values += len(found)
            while len(self.unions) > 1 and (
                len(self.unions) > CACHE_UNIONS or self.union_values > UNION_VALUES
            ):
                _, dropped = self.unions.popitem(last=False)
                self.union_values -= len(dropped)
        return found

    def kept_union(self, wids: tuple[int, ...]) -> Postings | None:
        """The union of these words' postings if it is kept (None: not built)."""
        found = self.unions.get(wids)
        if found is not None:
            self.unions.move_to_end(wids)
        return found

    def valid_for(self, conn: Connection) -> None:
        """Empty the cache when the store changed since it was filled."""
        stamp = (int(conn.total_changes), int(conn.execute("PRAGMA data_version").fetchone()[0]))
        if stamp != self.stamp:
            self.clear()
            self.stamp = stamp

    def lookup(
        self, key: tuple[str, ...], find: Callable[[], tuple[tuple[int, float], ...]]
    ) -> tuple[tuple[int, float], ...]:
        """A vocabulary look-up's outcome (vocabulary ids and bounds), found once until the
        store changes: the next keystroke looks the words typed before up again."""
        found = self.lookups.get(key)
        if found is None:
            found = find()
            self.remember(key, found)
        return found

    def remember(self, key: tuple[str, ...], found: tuple[tuple[int, float], ...]) -> None:
        if len(self.lookups) >= LOOKUPS:
            self.lookups.clear()
        self.lookups[key] = found

    def get(self, wid: int) -> Postings | None:
        found = self.sets.get(wid)
        if found is not None:
            self.sets.move_to_end(wid)
        return found

    def as_read(self, wid: int) -> array[int] | None:
        """A word's postings as read from the store (None: not kept)."""
        return self.read.get(wid)

    def keep_read(self, wid: int, values: array[int]) -> None:
        old = self.read.pop(wid, None)
        self.read_values += len(values) - (len(old) if old is not None else 0)
        self.read[wid] = values
        while self.read_values > READ_VALUES and len(self.read) > 1:
            dropped = self.read.pop(next(iter(self.read)))
            self.read_values -= len(dropped)

    def put(self, wid: int, values: Postings) -> None:
        if len(values) > self.limit // 4:
            return  # one word's postings never crowd out the rest
        old = self.sets.pop(wid, None)
        self.values += len(values) - (len(old) if old is not None else 0)
        self.sets[wid] = values
        while self.values > self.limit and self.sets:
            _, dropped = self.sets.popitem(last=False)
            self.values -= len(dropped)


_CACHES: weakref.WeakKeyDictionary[Any, PostingCache] = weakref.WeakKeyDictionary()


def cache_of(conn: Connection) -> PostingCache:
    cache = _CACHES.get(conn)
    if cache is None:
        cache = _CACHES[conn] = PostingCache()
    return cache


def clear(conn: Connection) -> None:
    """Drop the connection's decoded postings (the idle lock)."""
    cache = _CACHES.get(conn)
    if cache is not None:
        cache.clear()


def read(conn: Connection, wids: Sequence[int]) -> dict[int, Postings]:
    """The postings of each word (array and rows), through the connection's cache."""
    cache = cache_of(conn)
    cache.valid_for(conn)
    found: dict[int, Postings] = {}
    missing = []
    for wid in wids:
        kept = cache.get(wid)
        if kept is None:
            raw = cache.as_read(wid)
            if raw is None:
                missing.append(wid)
                continue
            kept = dict.fromkeys(raw)
            cache.put(wid, kept)
        found[wid] = kept
    for wid, raw in _read(conn, missing).items():
        cache.keep_read(wid, raw)
        values = dict.fromkeys(raw)
        cache.put(wid, values)
        found[wid] = values
    return found


def _read(conn: Connection, wids: Sequence[int]) -> dict[int, array[int]]:
    """The postings of each word (its array, then its rows), read from the store."""
    arrays: dict[int, array[int]] = {}
    rows: dict[int, list[int]] = {}
    for start in range(0, len(wids), 500):
        part = list(wids[start : start + 500])
        marks = ", ".join("?" for _ in part)
        for wid, blob in conn.execute(
            f"SELECT wid, sids FROM name_vocab WHERE wid IN ({marks})",  # noqa: S608
            part,
        ):
            arrays[int(wid)] = unpack(blob)
        # one text per word (a common word's thousand rows are not a thousand Python rows)
        for wid, values in conn.execute(
            f"SELECT wid, group_concat(sid) FROM person_name_key WHERE wid IN ({marks}) "  # noqa: S608
            "GROUP BY wid",
            part,
        ):
            rows[int(wid)] = list(map(int, str(values).split(",")))
    found = {wid: values for wid, values in arrays.items() if wid not in rows}
    for wid, extra in rows.items():
        values = found[wid] = arrays.get(wid, array("I"))
        values.extend(extra)
    return found


def union(postings: Iterable[Postings]) -> Postings:
    """Everyone some words' postings hold (untracked, as the words' own are)."""
    found: Postings = {}
    for values in postings:
        found.update(values)
    return found
