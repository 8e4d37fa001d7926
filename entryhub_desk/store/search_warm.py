"""Reading the search index into the connection's page cache before the searches need it.

On the encrypted store every page SQLite reads from the file is decrypted (AES-256 and an
HMAC-SHA512 of its 4 KB) before it enters the connection's page cache
(:data:`~entryhub_desk.store.connection.CACHE_KIB`); once there it is read again for nothing.
A search reads pages no earlier search has read: a phone number's index leaf, the index rows
of a name's candidates. Each costs a decryption the first time, so the first searches after
the store is opened, and after another connection's commit (a sync round; SQLite then empties
this connection's cache), were slower on the encrypted store than on an unencrypted copy:
at 100,000 visitors a phone lookup took 1.3–1.6 times as long.

:class:`SearchWarmer` reads every page of the structures a search reads, a slice at a time
(:meth:`SearchWarmer.step`, about a millisecond each, so the reception screen runs it while
idle), and starts again when the cache was emptied. It reads only: what a search finds does
not depend on it. About 35 MB of pages at 100,000 visitors, within the cache.
"""

from __future__ import annotations

import threading
import weakref
from dataclasses import dataclass
from typing import Any, Final

from entryhub_desk.store.connection import CACHE_KIB, held

Connection = Any
SLICE_ROWS: Final = 2000  # entries read per step: a few dozen pages


@dataclass(frozen=True, slots=True)
class _Part:
    """One structure, read in key order a slice of entries at a time: ``first`` selects the
    first entries, ``after`` those after a key (the first ``keys`` columns of the last row
    read); the last parameter of both is the slice's length."""

    name: str
    first: str
    after: str
    keys: int


def _part(name: str, source: str, key: str, where: str = "", *, also: str = "") -> _Part:
    """``also``: a column to read beyond the key (a blob longer than a page is stored on
    pages of its own, read only when the column is)."""
    columns = key.split(", ")
    condition = f"({key}) > ({', '.join('?' for _ in columns)})"
    if len(columns) == 1:
        condition = f"{key} > ?"
    scope = f"{where} AND " if where else ""
    # the names are this module's constants (PARTS), never input
    select = f"SELECT {key}{', ' + also if also else ''} FROM {source} WHERE "  # noqa: S608
    order = f" ORDER BY {key} LIMIT ?"
    return _Part(
        name, select + (where or "1") + order, select + scope + condition + order, len(columns)
    )


# Everything a search reads (search_read, search_keys, search_postings, search_numbers),
# each through the b-tree the search reads it by: a covering index by its key, a table by its
# rowid or primary key (its leaves hold the rows; a blob longer than a page, `also`). In this
# order (the phone and code indexes first: a page of theirs serves one lookup, a page of a
# name's postings many), each with the bytes of pages it takes per person (measured at
# 100,000 visitors): a part is read only if it and the parts before it fit in
# :data:`WARM_SHARE` of the page cache.
PARTS: Final = (
    (_part("person_search_phone", "person_search INDEXED BY person_search_phone",
           "phone, sid", "phone IS NOT NULL"), 51),
    (_part("person_search_nsn", "person_search INDEXED BY person_search_nsn",
           "nsn, sid", "nsn IS NOT NULL"), 50),
    (_part("person_search_code", "person_search INDEXED BY person_search_code",
           "code, sid"), 18),
    (_part("name_vocab_form", "name_vocab INDEXED BY sqlite_autoindex_name_vocab_1",
           "form"), 8),
    (_part("name_typo", "name_typo", "dkey, wid"), 3),
    (_part("name_vocab", "name_vocab", "wid", also="sids"), 46),
    (_part("person_name_key", "person_name_key", "wid, sid"), 42),
    (_part("person_search", "person_search", "sid"), 157),
)  # fmt: skip
WARM_SHARE: Final = 0.75  # of the page cache; the rest for the person rows and other screens


def parts_within(persons: int, cache_bytes: int) -> tuple[_Part, ...]:
    """The first parts of :data:`PARTS` whose pages fit in the cache's share with this many
    persons (beyond it, reading more would push out what was read first)."""
    chosen: list[_Part] = []
    spent = 0
    for part, per_person in PARTS:
        spent += per_person * persons
        if spent > WARM_SHARE * cache_bytes:
            break
        chosen.append(part)
    return tuple(chosen)


class SearchWarmer:
    """Reads the parts of :data:`PARTS` that fit into ``conn``'s page cache, a slice per
    :meth:`step`."""

    def __init__(
        self,
        conn: Connection,
        *,
        cache_bytes: int = CACHE_KIB * 1024,
        slice_rows: int = SLICE_ROWS,
    ) -> None:
        self._conn = conn
        self._cache_bytes = cache_bytes
        self._slice = slice_rows
        self._parts: tuple[_Part, ...] = ()
        self._part = 0
        self._after: tuple[Any, ...] | None = None
        self._stamp: int | None = None  # the content the warm pages are of
        self.slices = 0  # slices read (for the benchmark's report)
        self.entries = 0  # entries read (for the tests)
        # a step (a worker thread) and forget (the lock, the GUI thread) one after the other:
        # a step under way when the cache is emptied must not mark it read
        self._guard = threading.Lock()

    def _version(self) -> int:
        """Changes with each commit of another connection, which empties this connection's
        page cache (a write through this connection keeps it)."""
        return int(self._conn.execute("PRAGMA data_version").fetchone()[0])

    def forget(self) -> None:
        """The cache was emptied (the idle lock): read everything again at the next step."""
        with self._guard:
            self._stamp = None

    @property
    def done(self) -> bool:
        """Every part that fits read, and the cache not emptied since."""
        return self._stamp == self._version() and self._part >= len(self._parts)

    def step(self) -> bool:
        """Read the next slice; True when there is nothing to read now: all is read, or
        another connection committed while the reading was under way (a first sync's rounds
        commit again and again: reading meanwhile would only compete with them; the next
        step, a while later, starts again from the first part)."""
        # (the connection's lock: a close or a write on the GUI thread waits for the slice)
        with self._guard, held(self._conn):
            return self._step()

    def _step(self) -> bool:
        version = self._version()
        if version != self._stamp:
            cut_short = self._stamp is not None and self._part < len(self._parts)
            persons = self._conn.execute("SELECT count(*) FROM person_search").fetchone()[0]
            self._parts = parts_within(int(persons or 0), self._cache_bytes)
            self._stamp, self._part, self._after = version, 0, None
            if cut_short:
                return True
        if self._part >= len(self._parts):
            return True
        part = self._parts[self._part]
        if self._after is None:
            rows = self._conn.execute(part.first, (self._slice,)).fetchall()
        else:
            rows = self._conn.execute(part.after, (*self._after, self._slice)).fetchall()
        self.slices += 1
        self.entries += len(rows)
        if len(rows) < self._slice:
            self._part, self._after = self._part + 1, None
        else:
            self._after = tuple(rows[-1][: part.keys])
        return self._part >= len(self._parts)

    def run(self, steps: int | None = None) -> bool:
        """Read up to ``steps`` slices (None: all that is left); True when there is nothing
        to read now (:meth:`step`)."""
        taken = 0
        while steps is None or taken < steps:
            if self.step():
                return True
            taken += 1
        return self.done


_WARMERS: weakref.WeakKeyDictionary[Any, SearchWarmer] = weakref.WeakKeyDictionary()


def warmer_of(conn: Connection) -> SearchWarmer:
    """The connection's warmer (one per connection: its cache is the connection's)."""
    warmer = _WARMERS.get(conn)
    if warmer is None:
        warmer = _WARMERS[conn] = SearchWarmer(conn)
    return warmer


def forget(conn: Connection) -> None:
    """The connection's cache was emptied (the idle lock): it is read again when asked."""
    warmer = _WARMERS.get(conn)
    if warmer is not None:
        warmer.forget()
