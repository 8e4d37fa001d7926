"""The visitor search index inside the encrypted store (tables from schema 9).

Writing: :func:`index_person` is called by :class:`PersonRepository` in the same transaction as
the person write (and by sync when it applies person changes); :func:`remove_person` runs as a
purge hook, so an erased person leaves no postings and no vocabulary word only they had. Merged
and deleted persons are removed from the index.

The index is a vocabulary of distinct key forms (``name_vocab``: plain words, spelling
variants, consonant skeletons, joins of adjacent words, abbreviation expansions; see
:mod:`entryhub_desk.search.keys`) with postings (``person_name_key``), and deletion keys of the
vocabulary's plain words for typos (``name_typo``, per word, not per person). Reading is in
:mod:`entryhub_desk.store.search_read`; this module keeps the public names:
:func:`index_person`, :func:`rebuild`, :class:`SearchIndex`, :class:`IndexHit`.

``IndexHit.why`` names the keys that matched, from this vocabulary (stable, shown by
``search --json``):

- ``code`` (the whole short code), ``code_prefix`` (its first 4+ characters);
- ``phone`` (E.164, whole or its start), ``phone_local`` (the national number typed as a local
  one, ``0944 123 456`` for ``+963944123456``);
- ``birth_year`` (a 4-digit year in the query matched the birth year, exactly or ±1);
- name keys, per typed word: ``exact``, ``variant`` (a spelling variant), ``skeleton`` (the
  consonant skeleton), ``romanisation`` (a variant or skeleton of another script's reading),
  ``abbreviation`` (Mhd, G/ …), ``compound`` (words split or joined), ``prefix`` (the start
  of the word being typed), ``typo`` (one or two edits), ``trigram`` (any part of a name).

Works on any DB-API connection with these tables (also an unencrypted copy, for benchmarks).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Final, NamedTuple

from entryhub_desk.domain.person import Person
from entryhub_desk.ids import short_code
from entryhub_desk.search.hit import IndexHit
from entryhub_desk.search.keys import name_keys, word_count
from entryhub_desk.search.phone import national_number
from entryhub_desk.search.typos import deletion_keys
from entryhub_desk.store import search_postings as postings
from entryhub_desk.store.search_names import names_of, names_text
from entryhub_desk.store.search_read import SearchIndex

Connection = Any  # sqlcipher3 or sqlite3 connection


def _forms(names: list[str | None]) -> tuple[str, ...]:
    return name_keys(*names).index_forms()


def _typo_keys(form: str) -> list[str]:
    """Deletion keys of a plain vocabulary word (``p…``); none for other kinds."""
    return sorted(deletion_keys(form[1:])) if form.startswith("p") else []


def _merged_names(conn: Connection, person_id: str) -> list[str]:
    rows = conn.execute(
        "SELECT given_name, family_name, original_script_name FROM person "
        "WHERE merged_into = ? AND deleted = 0",
        (person_id,),
    ).fetchall()
    return [str(n) for row in rows for n in row if n]


def _wid(conn: Connection, form: str) -> int:
    row = conn.execute("SELECT wid FROM name_vocab WHERE form = ?", (form,)).fetchone()
    if row is not None:
        return int(row[0])
    wid = int(conn.execute("INSERT INTO name_vocab (form) VALUES (?)", (form,)).lastrowid)
    conn.executemany(
        "INSERT OR IGNORE INTO name_typo (dkey, wid) VALUES (?, ?)",
        [(key, wid) for key in _typo_keys(form)],
    )
    return wid


def remove_person(conn: Connection, person_id: str) -> None:
    """Take the person out of the index (merge, delete, purge): no posting, no word left."""
    row = conn.execute(
        "SELECT sid, wids, words FROM person_search WHERE person_id = ?", (person_id,)
    ).fetchone()
    if row is None:
        return
    value = postings.posting(int(row[0]), int(row[2]))
    for wid in postings.unpack(row[1]):
        postings.remove(conn, wid, value, _typo_keys)
    conn.execute("DELETE FROM person_search WHERE sid = ?", (int(row[0]),))


def index_person(conn: Connection, person: Person, *, deleted: bool = False) -> None:
    """Bring the person's index rows in step with ``person`` (inside the caller's write)."""
    if deleted or person.merged_into is not None:
        remove_person(conn, person.id)
        return
    extra = _merged_names(conn, person.id)
    own = (person.given_name, person.family_name, person.original_script_name)
    names = [*own, *extra]
    wids = {_wid(conn, form) for form in _forms(names)}
    words = word_count(*names)
    row = conn.execute(
        "SELECT sid, wids, words FROM person_search WHERE person_id = ?", (person.id,)
    ).fetchone()
    if row is None:
        visited = conn.execute(
            "SELECT max(visited_at) FROM visit WHERE person_id = ?", (person.id,)
        ).fetchone()
        last_visit = visited[0] if visited else None
        values = search_row(
            None,
            person.id,
            person.birth_year,
            words,
            last_visit,
            person.phone,
            extra,
            wids,
            names=own,
            country_of_birth=person.country_of_birth,
        )
        sid = int(insert_search_rows(conn, [values]))
        old: set[int] = set()
        old_value = postings.posting(sid, words)
    else:
        sid, old = int(row[0]), set(postings.unpack(row[1]))
        old_value = postings.posting(sid, int(row[2]))
        values = search_row(
            sid,
            person.id,
            person.birth_year,
            words,
            None,
            person.phone,
            extra,
            wids,
            names=own,
            country_of_birth=person.country_of_birth,
        )
        update_search_row(conn, values)
    value = postings.posting(sid, words)
    keep = old & wids if value == old_value else set()
    for wid in sorted(wids - keep):
        postings.add(conn, wid, value)
    for wid in sorted(old - keep):
        if wid not in wids or value != old_value:
            postings.remove(conn, wid, old_value, _typo_keys)


# person_search's columns as search_row gives them (sid first, last_visit sixth)
SEARCH_COLUMNS: Final = (
    "sid",
    "person_id",
    "code",
    "birth_year",
    "words",
    "last_visit",
    "nsn",
    "extra",
    "wids",
    "names",
    "phone",
    "phone_home",
)


def phone_columns(phone: str | None, country_of_birth: str | None) -> tuple[Any, ...]:
    """``nsn``, ``phone`` and ``phone_home`` of a person's index row: the phone's national
    significant number (None when it cannot be read), the stored E.164 number, and 1 when the
    number's region is the country of birth (its local notation then scores
    :data:`~entryhub_desk.store.search_numbers.LOCAL_PHONE`), else 0. The phone lookup reads
    these from its indexes alone, no person row (schema 15)."""
    found = national_number(phone)
    if found is None:
        return None, phone, 0
    nsn, region = found
    home = bool(country_of_birth) and region.upper() == str(country_of_birth).upper()
    return nsn, phone, int(home)


def search_row(
    sid: int | None,
    person_id: str,
    birth_year: int | None,
    words: int,
    last_visit: str | None,
    phone: str | None,
    extra: list[str],
    wids: set[int],
    *,
    names: Sequence[str | None],
    country_of_birth: str | None,
) -> tuple[Any, ...]:
    """A person's ``person_search`` row, in :data:`SEARCH_COLUMNS` order: the one place its
    values are computed (:func:`index_person`, :func:`rebuild`, bulk indexing). ``names``: the
    person's own given, family and original-script names (``extra``: those of records merged
    into it); ``sid`` None for a new row."""
    nsn, stored_phone, home = phone_columns(phone, country_of_birth)
    given, family, original = [*names, None, None, None][:3]
    return (
        sid,
        person_id,
        short_code(person_id),
        birth_year,
        words,
        last_visit,
        nsn,
        "\n".join(extra) or None,
        postings.pack(wids),
        names_text(given, family, original),
        stored_phone,
        home,
    )


def _columns(conn: Connection) -> tuple[str, ...]:
    """The columns of :data:`SEARCH_COLUMNS` that ``person_search`` has: before schema 14 (a
    migration's rebuild on the way up) it has no ``names``, which schema 14 fills, and before
    schema 15 no ``phone`` and ``phone_home``, which schema 15 fills."""
    have = {str(row[1]) for row in conn.execute("PRAGMA table_info(person_search)")}
    return tuple(c for c in SEARCH_COLUMNS if c in have)


def insert_search_rows(conn: Connection, rows: list[tuple[Any, ...]]) -> int:
    """Insert rows of :func:`search_row`; returns the last row's sid."""
    columns = _columns(conn)
    marks = ", ".join("?" for _ in columns)
    picked = [SEARCH_COLUMNS.index(c) for c in columns]
    conn.executemany(
        f"INSERT INTO person_search ({', '.join(columns)}) VALUES ({marks})",  # noqa: S608
        # (every column: the rows as they are, not copied; a first sync writes 100,000)
        rows if columns == SEARCH_COLUMNS else [tuple(row[i] for i in picked) for row in rows],
    )
    if len(rows) == 1 and rows[0][0] is None:
        return int(conn.execute("SELECT last_insert_rowid()").fetchone()[0])
    return int(rows[-1][0]) if rows else 0


def update_search_row(conn: Connection, row: tuple[Any, ...]) -> None:
    """Write a :func:`search_row` over the stored one (its sid), keeping the last visit."""
    columns = [c for c in _columns(conn) if c not in ("sid", "person_id", "last_visit")]
    values = [row[SEARCH_COLUMNS.index(c)] for c in columns]
    assignments = ", ".join(f"{c} = ?" for c in columns)
    conn.execute(
        f"UPDATE person_search SET {assignments} WHERE sid = ?",  # noqa: S608 - fixed names
        (*values, row[0]),
    )


def rebuild(conn: Connection) -> int:
    """Index every person from scratch (migration, repair); returns how many are searchable.

    Builds the vocabulary and each word's postings array in memory and writes each table in
    one pass."""
    for table in ("person_name_key", "name_typo", "name_vocab", "person_search"):
        conn.execute(f"DELETE FROM {table}")  # noqa: S608 - fixed names
    merged: dict[str, list[str]] = {}
    for target, *names in conn.execute(
        "SELECT merged_into, given_name, family_name, original_script_name FROM person "
        "WHERE merged_into IS NOT NULL AND deleted = 0"
    ).fetchall():
        merged.setdefault(str(target), []).extend(str(n) for n in names if n)
    visits = dict(
        conn.execute("SELECT person_id, max(visited_at) FROM visit GROUP BY person_id").fetchall()
    )
    rows = conn.execute(
        "SELECT id, given_name, family_name, original_script_name, birth_year, phone, "
        "country_of_birth FROM person WHERE deleted = 0 AND merged_into IS NULL "
        "ORDER BY created_at, id"
    ).fetchall()
    vocab: dict[str, int] = {}
    lists: dict[int, list[int]] = {}
    persons: list[tuple[Any, ...]] = []
    for sid, (person_id, given, family, original, year, phone, country) in enumerate(rows, start=1):
        extra = merged.get(str(person_id), [])
        names = [given, family, original, *extra]
        wids = {vocab.setdefault(form, len(vocab) + 1) for form in _forms(names)}
        words = word_count(*names)
        value = postings.posting(sid, words)
        for wid in wids:
            lists.setdefault(wid, []).append(value)
        persons.append(
            search_row(
                sid,
                str(person_id),
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
    insert_search_rows(conn, persons)
    conn.executemany(
        "INSERT INTO name_vocab (wid, form, sids) VALUES (?, ?, ?)",
        [(wid, form, postings.pack(lists[wid])) for form, wid in vocab.items()],
    )
    typos = sorted({(key, wid) for form, wid in vocab.items() for key in _typo_keys(form)})
    conn.executemany("INSERT INTO name_typo (dkey, wid) VALUES (?, ?)", typos)
    return len(rows)


class Facts(NamedTuple):
    """What the likely-duplicate check compares of a candidate (read without building and
    validating a whole :class:`Person` for each of the dozens it looks at)."""

    given_name: str
    family_name: str
    original_script_name: str | None
    birth_year: int | None
    country_of_birth: str | None
    phone: str | None


def person_facts(conn: Connection, ids: Sequence[str]) -> dict[str, Facts]:
    """:class:`Facts` of the persons with these ids (not deleted, not merged), by id."""
    found: dict[str, Facts] = {}
    for start in range(0, len(ids), 500):
        part = list(ids[start : start + 500])
        marks = ", ".join("?" for _ in part)
        # merged_into is read, not filtered on: "merged_into IS NULL" would lead SQLite to
        # its index on merged_into (every person not merged) instead of the ids
        for person_id, merged, *values in conn.execute(
            "SELECT id, merged_into, given_name, family_name, original_script_name, "  # noqa: S608
            f"birth_year, country_of_birth, phone FROM person WHERE id IN ({marks}) "
            "AND deleted = 0",
            part,
        ):
            if merged is not None:
                continue
            given, family, original, year, country, phone = values
            found[str(person_id)] = Facts(
                str(given),
                str(family),
                None if original is None else str(original),
                None if year is None else int(year),
                None if country is None else str(country),
                None if phone is None else str(phone),
            )
    return found


__all__ = [
    "Facts",
    "IndexHit",
    "SearchIndex",
    "index_person",
    "names_of",
    "names_text",
    "person_facts",
    "rebuild",
    "remove_person",
]
