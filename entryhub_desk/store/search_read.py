"""Reading the search index (:mod:`entryhub_desk.store.search_index` writes it).

A name query is answered in two steps, with no fixed cut that could drop a better match:

1. **Keys** (:mod:`.search_keys`): every typed word becomes the vocabulary words it may meet
   (plain, variant, skeleton, abbreviation, the start of the word being typed, typos by
   deletion keys, any part of a name when nothing else matched), and adjacent typed words
   their joins; each with the most that key can score (the bound of
   :mod:`entryhub_desk.search.ranking`).
2. **Candidates**: one SQL statement counts, per person, the typed words met and sums their
   bounds; persons meeting every word come first, those missing one word only if the list is
   not filled above what they could score. They are read in bound order (then last visit) in
   pages and ranked exactly (:func:`entryhub_desk.search.ranking.score`) until the next page's
   bound cannot beat the list. Ties: last visit, newest first.

A 4-digit year filters to birth year ±1 (exact first, ±1 next, unknown birth year last).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Final

from entryhub_desk.search.keys import QueryWord
from entryhub_desk.search.phone import national_number, prefix_score
from entryhub_desk.search.query import ParsedQuery, parse
from entryhub_desk.search.ranking import MAX_PENALTY, Candidate, score
from entryhub_desk.store.search_index import IndexHit
from entryhub_desk.store.search_keys import WordKeys, word_keys

Connection = Any
PAGE: Final = 40
PHONE_CANDIDATES: Final = 50
CODE_CANDIDATES: Final = 20
YEAR_NEAR_PENALTY: Final = 1.5
YEAR_UNKNOWN_PENALTY: Final = 3.0
LOCAL_PHONE: Final = 0.95  # a local number of a visitor born in the number's country
FOREIGN_LOCAL_PHONE: Final = 0.8  # a local number of someone else


class SearchIndex:
    """Read side of the index over one connection."""

    def __init__(self, conn: Connection, *, candidates: int = PAGE) -> None:
        self._conn = conn
        self._page = candidates

    def search(self, query: str, *, limit: int = 20) -> list[IndexHit]:
        parsed = parse(query)
        if limit <= 0:
            return []
        hits: dict[str, IndexHit] = {}
        if parsed.code is not None:
            for person_id, found in self._conn.execute(
                "SELECT person_id, code FROM person_search WHERE code = ?", (parsed.code,)
            ):
                hits[str(person_id)] = IndexHit(
                    str(person_id), str(found), 100.0, "code", ("code",)
                )
        if parsed.code_prefix is not None:
            for hit in self._code_prefix(parsed.code_prefix):
                hits.setdefault(hit.person_id, hit)
        if parsed.phone:
            for hit in self._phone(parsed):
                hits.setdefault(hit.person_id, hit)
        else:
            for hit in self._names(parsed, limit):
                if hit.person_id not in hits or hits[hit.person_id].score < hit.score:
                    hits[hit.person_id] = hit
        ordered = sorted(hits.values(), key=lambda h: (-h.score, h.kind != "code"))
        return ordered[:limit]

    def names(self, query: str, *, limit: int) -> list[IndexHit]:
        """Name matches only (for the duplicate warning)."""
        parsed = parse(query)
        return self._names(ParsedQuery(parsed.words, parsed.year), limit)

    # -- codes and phones --------------------------------------------------------------------

    def _code_prefix(self, prefix: str) -> list[IndexHit]:
        value = 90.0 if any(c.isdigit() for c in prefix) else 75.0
        rows = self._conn.execute(
            "SELECT person_id, code FROM person_search WHERE code >= ? AND code < ? LIMIT ?",
            (prefix, prefix + "\x7f", CODE_CANDIDATES),
        ).fetchall()
        return [IndexHit(str(p), str(c), value, "code", ("code_prefix",)) for p, c in rows]

    def _phone(self, parsed: ParsedQuery) -> list[IndexHit]:
        found: dict[str, IndexHit] = {}

        def keep(hit: IndexHit) -> None:
            if hit.score > 0 and (
                hit.person_id not in found or found[hit.person_id].score < hit.score
            ):
                found[hit.person_id] = hit

        for kind, prefix in parsed.phone:
            if kind == "e164":
                rows = self._conn.execute(
                    "SELECT p.id, p.phone, s.code FROM person p "
                    "JOIN person_search s ON s.person_id = p.id "
                    "WHERE p.phone >= ? AND p.phone < ? AND p.deleted = 0 "
                    "ORDER BY p.phone LIMIT ?",
                    (prefix, prefix + ":", PHONE_CANDIDATES),
                ).fetchall()
                for person_id, phone, code in rows:
                    value = prefix_score(prefix, str(phone))
                    keep(IndexHit(str(person_id), str(code), value, "phone", ("phone",)))
                continue
            rows = self._conn.execute(
                "SELECT s.person_id, s.nsn, s.code, p.phone, p.country_of_birth "
                "FROM person_search s JOIN person p ON p.id = s.person_id "
                "WHERE s.nsn >= ? AND s.nsn < ? ORDER BY s.nsn LIMIT ?",
                (prefix, prefix + ":", PHONE_CANDIDATES),
            ).fetchall()
            for person_id, nsn, code, phone, country in rows:
                region = (national_number(str(phone)) or ("", ""))[1]
                same = bool(country) and region.upper() == str(country).upper()
                weight = LOCAL_PHONE if same else FOREIGN_LOCAL_PHONE
                value = round(weight * prefix_score(prefix, str(nsn)), 1)
                keep(IndexHit(str(person_id), str(code), value, "phone", ("phone_local",)))
        return list(found.values())

    # -- names -------------------------------------------------------------------------------

    def _names(self, parsed: ParsedQuery, limit: int) -> list[IndexHit]:
        words = parsed.words
        if not words or limit <= 0:
            return []
        keys = word_keys(self._conn, words)
        met = sum(1 for k in keys if k.scores)
        if met == 0:
            return []
        results: dict[int, tuple[float, str, IndexHit]] = {}
        needs = [len(words)] if len(words) == 1 else [len(words), len(words) - 1]
        for need in needs:
            if need > met:
                continue
            if need < len(words) and len(results) >= limit:
                ceiling = 100.0 * need / len(words)
                if _kth(results, limit) >= ceiling:
                    break
            self._rank_pass(parsed, keys, need, limit, results)
        ordered = sorted(results.values(), key=lambda r: r[1], reverse=True)  # last visit
        ordered.sort(key=lambda r: -r[0])
        return [hit for _, _, hit in ordered[:limit]]

    def _rank_pass(
        self,
        parsed: ParsedQuery,
        keys: Sequence[WordKeys],
        need: int,
        limit: int,
        results: dict[int, tuple[float, str, IndexHit]],
    ) -> None:
        size = max(self._page, limit * 2)
        offset = 0
        while True:
            rows = self._candidates(parsed, keys, need, size, offset)
            self._score(parsed.words, parsed.year, rows, results)
            if len(rows) < size:
                return
            bound = float(rows[-1][1])
            if len(results) >= limit and _kth(results, limit) >= bound:
                return
            offset += size
            size *= 4

    def _candidates(
        self, parsed: ParsedQuery, keys: Sequence[WordKeys], need: int, size: int, offset: int
    ) -> list[tuple[Any, ...]]:
        values: list[Any] = []
        for index, key in enumerate(keys):
            for wid, value in key.scores.items():
                values.extend((wid, index, value))
        marks = ", ".join("(?, ?, ?)" for _ in range(len(values) // 3))
        n = len(parsed.words)
        if parsed.year is None:
            penalty, params = "0", []
        else:
            penalty = (
                "(CASE WHEN s.birth_year = ? THEN 0 WHEN s.birth_year IS NULL THEN ? ELSE ? END)"
            )
            params = [parsed.year, YEAR_UNKNOWN_PENALTY, YEAR_NEAR_PENALTY]
        where = ""
        if parsed.year is not None:
            where = "WHERE (s.birth_year IS NULL OR s.birth_year BETWEEN ? AND ?)"
            params += [parsed.year - 1, parsed.year + 1]
        sql = (
            f"WITH q(wid, w, s) AS (VALUES {marks}) "  # noqa: S608 - placeholders only
            f"SELECT a.sid, a.c / {n}.0 - {penalty} - min({MAX_PENALTY}, max(0, s.words - {n})) "
            "AS bound, s.last_visit, s.birth_year "
            "FROM (SELECT sid, sum(b) AS c FROM (SELECT k.sid AS sid, q.w AS w, max(q.s) AS b "
            "FROM q CROSS JOIN person_name_key k ON k.wid = q.wid GROUP BY k.sid, q.w) "
            "GROUP BY sid HAVING count(*) = ?) a "
            f"JOIN person_search s ON s.sid = a.sid {where} "
            "ORDER BY bound DESC, s.last_visit DESC LIMIT ? OFFSET ?"
        )
        year_params = params[:3] if parsed.year is not None else []
        where_params = params[3:] if parsed.year is not None else []
        return list(
            self._conn.execute(
                sql, (*values, *year_params, need, *where_params, size, offset)
            ).fetchall()
        )

    def _score(
        self,
        words: list[QueryWord],
        year: int | None,
        rows: list[tuple[Any, ...]],
        results: dict[int, tuple[float, str, IndexHit]],
    ) -> None:
        if not rows:
            return
        info = {int(r[0]): r for r in rows}
        marks = ", ".join("?" for _ in info)
        details = self._conn.execute(
            "SELECT s.sid, s.person_id, s.code, s.extra, p.given_name, p.family_name, "  # noqa: S608
            "p.original_script_name FROM person_search s JOIN person p ON p.id = s.person_id "
            f"WHERE s.sid IN ({marks})",
            list(info),
        ).fetchall()
        for sid, person_id, code, extra, given, family, original in details:
            names: list[str | None] = [given, family, original]
            if extra:
                names.extend(str(extra).split("\n"))
            scored = score(words, Candidate(int(sid), names))
            value = scored.score
            why = scored.why
            if year is not None:
                born = info[int(sid)][3]
                if born is None:
                    value -= YEAR_UNKNOWN_PENALTY
                else:
                    value -= 0.0 if born == year else YEAR_NEAR_PENALTY
                    why = (*why, "birth_year")
            value = max(0.0, round(value, 1))
            if value <= 0:
                continue
            hit = IndexHit(str(person_id), str(code), value, "name", why)
            results[int(sid)] = (value, str(info[int(sid)][2] or ""), hit)


def _kth(results: dict[int, tuple[float, str, IndexHit]], k: int) -> float:
    scores = sorted((r[0] for r in results.values()), reverse=True)
    return scores[k - 1] if len(scores) >= k else 0.0
