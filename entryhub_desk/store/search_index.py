"""The visitor search index inside the encrypted store (tables from schema 2).

Writing: :func:`index_person` is called by :class:`PersonRepository` in the same transaction as
the person write (and must be called by anything else that writes person rows, e.g. sync), so
the index never disagrees with the data. Merged and deleted persons are removed from it.

Reading: :class:`SearchIndex` answers one query:

1. a short code (``XXXX-XXXX``) → that person (score 100);
2. a phone query → E.164 prefix range on the ``person.phone`` index;
3. name words (every word must match, in any order) →
   a. the word index (``person_words``, FTS5 with a prefix index): each word as a word start in
      its spelled forms (plain, variant);
   b. if that does not fill the list: the same with consonant skeletons (other scripts,
      vowel spellings);
   c. if that leaves almost nothing and some word is no word start of anyone: the trigram
      index (``person_fts``): each word as any part of a name (``hamed`` in Mohamed).
   At most :data:`CANDIDATES` candidates are ranked (:mod:`entryhub_desk.search.ranking`).
   No loop over all persons anywhere.

Works on any DB-API connection with these tables (also an unencrypted copy, for benchmarks).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Final

from entryhub_desk.domain.person import Person
from entryhub_desk.ids import normalise_short_code, short_code
from entryhub_desk.search.keys import QueryWord, name_keys, plain_words, query_words
from entryhub_desk.search.phone import is_phone_query, phone_prefixes, prefix_score
from entryhub_desk.search.ranking import Candidate, rank

CANDIDATES: Final = 120
FEW: Final = 5  # fewer word matches than this: look for any part of a name too
PHONE_CANDIDATES: Final = 50

Connection = Any  # sqlcipher3 or sqlite3 connection


def _bar(words: Iterable[str]) -> str:
    """``|a|b|`` (word boundaries for the trigram index)."""
    joined = "|".join(words)
    return f"|{joined}|" if joined else ""


def index_person(conn: Connection, person: Person, *, deleted: bool = False) -> None:
    """Bring the person's index rows in step with ``person`` (inside the caller's write)."""
    if deleted or person.merged_into is not None:
        conn.execute("DELETE FROM person_search WHERE person_id = ?", (person.id,))
        return
    _write(conn, person.id, [person.given_name, person.family_name, person.original_script_name])


def _write(conn: Connection, person_id: str, names: list[str | None]) -> None:
    # plain: the Latin-script name words (given, family) the ranking compares word by word
    plain = [w for name in names[:2] if name for w in plain_words(name)]
    # the names of records merged into this one stay findable
    for row_names in conn.execute(
        "SELECT given_name, family_name, original_script_name FROM person "
        "WHERE merged_into = ? AND deleted = 0",
        (person_id,),
    ).fetchall():
        names.extend(None if n is None else str(n) for n in row_names)
    keys = name_keys(*names)
    values = (
        short_code(person_id),
        " ".join(plain),
        _bar(keys.variants),
        _bar(keys.skeletons),
        _bar(keys.joins),
    )
    row = conn.execute("SELECT sid FROM person_search WHERE person_id = ?", (person_id,)).fetchone()
    if row is None:
        cursor = conn.execute(
            "INSERT INTO person_search (person_id, code, plain, variants, skeletons, joins) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (person_id, *values),
        )
        sid = int(cursor.lastrowid)
    else:
        sid = int(row[0])
        conn.execute(
            "UPDATE person_search SET code = ?, plain = ?, variants = ?, skeletons = ?, "
            "joins = ? WHERE sid = ?",
            (*values, sid),
        )


def rebuild(conn: Connection) -> int:
    """Index every person from scratch (migration, repair); returns how many are searchable."""
    conn.execute("DELETE FROM person_search")
    conn.execute("INSERT INTO person_fts (person_fts) VALUES ('delete-all')")
    conn.execute("INSERT INTO person_words (person_words) VALUES ('delete-all')")
    rows = conn.execute(
        "SELECT id, given_name, family_name, original_script_name FROM person "
        "WHERE deleted = 0 AND merged_into IS NULL ORDER BY created_at, id"
    ).fetchall()
    for person_id, given, family, original in rows:
        _write(conn, str(person_id), [str(given), str(family), original])
    return len(rows)


@dataclass(frozen=True)
class IndexHit:
    person_id: str
    code: str
    score: float  # 0–100
    kind: str  # "code", "phone" or "name"
    why: tuple[str, ...] = ()  # the keys that matched (``search --json`` shows them)


def _word_terms(word: QueryWord, *, skeletons: bool) -> list[str]:
    terms: list[str] = []
    if len(word.plain) < 2:
        return terms  # one letter: filtered after the query (or the prefix table alone)
    for form in word.variants:
        if len(form) >= 3:
            terms.append(f'{{variants joins}} : "{form}"')
        elif len(form) == 2:
            terms.append(f'{{variants joins}} : "|{form}"')
    if skeletons:
        for form in word.skeletons:
            if len(form) == 1:
                terms.append(f'{{skeletons joins}} : "|{form}|"')
            elif len(form) >= 2:
                terms.append(f'{{skeletons joins}} : "|{form}"')
    return terms


def words_query(words: Sequence[QueryWord], *, skeletons: bool) -> str:
    """The MATCH expression for the word index: every word, as a word start in its spelled
    forms (and with ``skeletons`` as its consonant skeleton: whole, or a start for the last,
    still typed word)."""
    groups = []
    for i, word in enumerate(words):
        terms = [f'"{form}" *' for form in dict.fromkeys((word.plain, *word.variants)) if form]
        group = "{plain variants} : (" + " OR ".join(terms) + ")"
        if skeletons:
            last = i == len(words) - 1
            forms = [
                f'"{form}" *' if last and len(form) >= 2 else f'"{form}"'
                for form in word.skeletons
                if form
            ]
            if forms:
                group += " OR skeletons : (" + " OR ".join(forms) + ")"
        groups.append(f"({group})")
    return " AND ".join(groups)


def fts_query(words: Sequence[QueryWord], *, skeletons: bool) -> str | None:
    """The FTS5 MATCH expression (None when no word is long enough for the trigram index)."""
    groups = []
    for word in words:
        terms = _word_terms(word, skeletons=skeletons)
        if terms:
            groups.append("(" + " OR ".join(terms) + ")")
    return " AND ".join(groups) if groups else None


class SearchIndex:
    """Read side of the index over one connection."""

    def __init__(self, conn: Connection, *, candidates: int = CANDIDATES) -> None:
        self._conn = conn
        self._candidates = candidates

    def search(self, query: str, *, limit: int = 20) -> list[IndexHit]:
        query = query.strip()
        if not query or limit <= 0:
            return []
        hits: dict[str, IndexHit] = {}
        code = normalise_short_code(query)
        if code is not None:
            for person_id, found in self._conn.execute(
                "SELECT person_id, code FROM person_search WHERE code = ?", (code,)
            ):
                hits[str(person_id)] = IndexHit(str(person_id), str(found), 100.0, "code")
        if is_phone_query(query):
            for hit in self._phone(query):
                hits.setdefault(hit.person_id, hit)
        else:
            for hit in self._names(query_words(query), limit):
                hits.setdefault(hit.person_id, hit)
        ordered = sorted(hits.values(), key=lambda h: (-h.score, h.kind != "code"))
        return ordered[:limit]

    def names(self, query: str, *, limit: int) -> list[IndexHit]:
        """Name matches only (for the duplicate warning)."""
        return self._names(query_words(query), limit)

    # -- phone -----------------------------------------------------------------------------

    def _phone(self, query: str) -> list[IndexHit]:
        found: dict[str, tuple[float, str]] = {}
        for prefix in phone_prefixes(query):
            rows = self._conn.execute(
                "SELECT p.id, p.phone, s.code FROM person p "
                "JOIN person_search s ON s.person_id = p.id "
                "WHERE p.phone >= ? AND p.phone < ? AND p.deleted = 0 "
                "ORDER BY p.phone LIMIT ?",
                (prefix, prefix + ":", PHONE_CANDIDATES),
            ).fetchall()
            for person_id, phone, code in rows:
                score = prefix_score(prefix, str(phone))
                if score > found.get(str(person_id), (0.0, ""))[0]:
                    found[str(person_id)] = (score, str(code))
        return [IndexHit(pid, code, score, "phone") for pid, (score, code) in found.items()]

    # -- names -----------------------------------------------------------------------------

    def _names(self, words: list[QueryWord], limit: int) -> list[IndexHit]:
        if not words:
            return []
        rows: dict[int, tuple[Any, ...]] = {}
        # 1. whole words and word starts as spelled (word index); 2. if that does not fill
        #    the list, also by consonant skeleton; 3. if that leaves almost nothing, any part
        #    of a name (trigram index).
        for row in self._word_rows(words, skeletons=False, limit=self._candidates):
            rows[int(row[0])] = row
        if len(rows) < limit:
            for row in self._word_rows(words, skeletons=True, limit=self._candidates):
                rows.setdefault(int(row[0]), row)
        if len(rows) < FEW and self._some_word_is_no_word_start(words):
            expression = fts_query(words, skeletons=False)
            if expression is not None:
                for row in self._fts_rows(expression):
                    rows.setdefault(int(row[0]), row)
        candidates = []
        codes: dict[int, tuple[str, str]] = {}
        for sid, person_id, code, plain, variants, skeletons, joins in rows.values():
            codes[int(sid)] = (str(person_id), str(code))
            joined = str(joins)[1:-1].split("|") if joins else []
            candidates.append(
                Candidate(
                    int(sid),
                    tuple(str(plain).split()),
                    tuple(str(variants)[1:-1].split("|") + joined),
                    str(skeletons)[1:-1].split("|") + joined,
                )
            )
        return [
            IndexHit(codes[c.key][0], codes[c.key][1], score, "name")
            for c, score in rank(words, candidates, limit=limit)
        ]

    _COLUMNS: Final = "s.sid, s.person_id, s.code, s.plain, s.variants, s.skeletons, s.joins"

    def _fts_rows(self, expression: str, *, limit: int | None = None) -> list[tuple[Any, ...]]:
        return list(
            self._conn.execute(
                f"SELECT {self._COLUMNS} FROM person_search s WHERE s.sid IN "  # noqa: S608
                "(SELECT rowid FROM person_fts WHERE person_fts MATCH ? LIMIT ?)",
                (expression, limit or self._candidates),
            ).fetchall()
        )

    def _some_word_is_no_word_start(self, words: list[QueryWord]) -> bool:
        """Whether a word matches no word start of anyone: only then can the trigram index
        (any part of a name) add a person that has all the words."""
        for word in words:
            found = self._conn.execute(
                "SELECT rowid FROM person_words WHERE person_words MATCH ? LIMIT 1",
                (words_query([word], skeletons=True),),
            ).fetchone()
            if found is None:
                return True
        return False

    def _word_rows(
        self, words: list[QueryWord], *, skeletons: bool, limit: int
    ) -> list[tuple[Any, ...]]:
        """Persons with every word as a whole word or word start (FTS5 word index)."""
        return list(
            self._conn.execute(
                f"SELECT {self._COLUMNS} FROM person_search s WHERE s.sid IN "  # noqa: S608
                "(SELECT rowid FROM person_words WHERE person_words MATCH ? LIMIT ?)",
                (words_query(words, skeletons=skeletons), limit),
            ).fetchall()
        )
