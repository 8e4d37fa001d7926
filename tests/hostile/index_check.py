"""Is a store whole after an attack? ``PRAGMA integrity_check``, foreign keys, and the search
index (schema 9) exactly as a rebuild from the person rows would make it.

The index's row ids (``sid``, ``wid``) depend on the order things were written, so both sides
are compared as a picture that names persons by id and words by their form: per person its
code, birth year, word count, last visit, phone number and forms; per form the (person, word
count) postings (the sorted array and the rows written since, together) and its typo keys. The
rebuild runs inside a savepoint that is rolled back, so the store is left as it was."""

from __future__ import annotations

from array import array
from typing import Any

from entryhub_desk.store.search_index import rebuild

Picture = dict[str, Any]


def _ids(blob: bytes | None) -> list[int]:
    found = array("I")
    if blob:
        found.frombytes(bytes(blob))
    return list(found)


def index_picture(conn: Any) -> Picture:
    """The search index in terms of person ids and word forms (see the module)."""
    forms = {int(wid): str(form) for wid, form in conn.execute("SELECT wid, form FROM name_vocab")}
    persons: dict[int, str] = {}
    rows: dict[str, tuple[Any, ...]] = {}
    for sid, person_id, code, year, words, last, nsn, extra, wids in conn.execute(
        "SELECT sid, person_id, code, birth_year, words, last_visit, nsn, extra, wids "
        "FROM person_search"
    ):
        persons[int(sid)] = str(person_id)
        rows[str(person_id)] = (
            code,
            year,
            words,
            last,
            nsn,
            extra,
            frozenset(forms[w] for w in _ids(wids)),
        )
    postings: dict[str, set[tuple[str, int]]] = {}

    def post(wid: int, value: int) -> None:
        # a posting is sid * 8 + word count (store/search_postings.py)
        sid = value >> 3
        owner = persons.get(sid, f"<no person_search row {sid}>")
        postings.setdefault(forms.get(wid, f"<no word {wid}>"), set()).add((owner, value & 7))

    for wid, blob in conn.execute("SELECT wid, sids FROM name_vocab"):
        for value in _ids(blob):
            post(int(wid), value)
    for wid, sid in conn.execute("SELECT wid, sid FROM person_name_key"):
        post(int(wid), int(sid))
    typos = {(str(k), forms[int(w)]) for k, w in conn.execute("SELECT dkey, wid FROM name_typo")}
    return {
        "persons": rows,
        "postings": {form: frozenset(p) for form, p in postings.items() if p},
        "vocabulary": frozenset(forms.values()),
        "typos": frozenset(typos),
    }


def rebuilt_picture(conn: Any) -> Picture:
    """The picture a rebuild from the person rows gives (rolled back afterwards)."""
    conn.execute("SAVEPOINT rebuilt_picture")
    try:
        rebuild(conn)
        return index_picture(conn)
    finally:
        conn.execute("ROLLBACK TO rebuilt_picture")
        conn.execute("RELEASE rebuilt_picture")


def index_differences(conn: Any) -> list[str]:
    """What differs between the index as stored and as rebuilt (empty: the same)."""
    live, fresh = index_picture(conn), rebuilt_picture(conn)
    problems: list[str] = []
    for part in ("persons", "postings"):
        a, b = live[part], fresh[part]
        for key in sorted(set(a) | set(b)):
            if a.get(key) != b.get(key):
                problems.append(f"{part}[{key}]: stored {a.get(key)!r}, rebuilt {b.get(key)!r}")
    # a word no person uses any more may stay in the vocabulary only without postings
    extra = live["vocabulary"] - fresh["vocabulary"]
    if extra:
        problems.append(f"vocabulary: {len(extra)} words a rebuild does not have")
    missing = fresh["vocabulary"] - live["vocabulary"]
    if missing:
        problems.append(f"vocabulary: {len(missing)} words missing")
    if live["typos"] != fresh["typos"]:
        problems.append(
            f"typos: {len(live['typos'] - fresh['typos'])} extra, "
            f"{len(fresh['typos'] - live['typos'])} missing"
        )
    return problems


def store_problems(conn: Any) -> list[str]:
    """integrity_check, foreign keys and the search index (empty: whole)."""
    problems = [str(r[0]) for r in conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
    problems += [f"foreign key: {tuple(r)}" for r in conn.execute("PRAGMA foreign_key_check")]
    return problems + index_differences(conn)
