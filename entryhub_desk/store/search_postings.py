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
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Final

Connection = Any
MERGE_AT: Final = 64
WORD_BITS: Final = 3
MAX_WORDS: Final = (1 << WORD_BITS) - 1


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


def read(conn: Connection, wids: Sequence[int]) -> dict[int, set[int]]:
    """The postings of each word (array and rows)."""
    found: dict[int, set[int]] = {}
    for start in range(0, len(wids), 500):
        part = list(wids[start : start + 500])
        marks = ", ".join("?" for _ in part)
        for wid, blob in conn.execute(
            f"SELECT wid, sids FROM name_vocab WHERE wid IN ({marks})",  # noqa: S608
            part,
        ):
            found[int(wid)] = set(unpack(blob))
        for wid, value in conn.execute(
            f"SELECT wid, sid FROM person_name_key WHERE wid IN ({marks})",  # noqa: S608
            part,
        ):
            found.setdefault(int(wid), set()).add(int(value))
    return found
