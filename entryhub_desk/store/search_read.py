"""Reading the search index (:mod:`entryhub_desk.store.search_index` writes it).

A name query is answered in two steps, with no fixed cut that could drop a better match:

1. **Keys** (:mod:`.search_keys`): every typed word becomes the vocabulary words it may meet
   (plain, variant, skeleton, abbreviation, the start of the word being typed, typos by
   deletion keys, any part of a name when nothing else matched), and adjacent typed words
   their joins; each with the most that key can score (the bound of
   :mod:`entryhub_desk.search.ranking`).
2. **Candidates**: from the keys' postings (decoded once per session,
   :mod:`.search_postings`), the persons meeting every word, found from the rarest word's
   postings filtered by each other word's (:mod:`.search_sets`: a common word's are never
   unioned unless that is cheaper), grouped by the sum of their words' bounds; persons meeting
   every word come first, those missing one word only if the list is not filled above what
   they could score (when even the rarest words are common, more than
   :data:`SPLIT_LATER_ABOVE` postings, the candidates are split by bound only as far as
   ranking reaches, :func:`~.search_sets.blocks_by_bound`, and are never all gathered: the
   same blocks, in the same order). They are read in bound order (then last visit) in pages
   and ranked exactly (:func:`entryhub_desk.search.ranking.score`) until the next page's
   bound cannot beat the list. Ties: last visit, newest first.

   Postings are read only as far as ranking needs them: a one-word query reads a bound level
   when ranking reaches it; a query of several words ranks first those meeting every word by
   a key above :data:`LOW_KEYS`, and reads the skeleton, variant-prefix and typo postings (most
   of a common word's) only when that list's last row does not score above all they could.

A 4-digit year filters to birth year ±1 (exact first, ±1 next, unknown birth year last),
before candidates are scored.
"""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Callable, Iterator, Sequence
from typing import Any, Final

from entryhub_desk.collector import collector_paused
from entryhub_desk.search.hit import IndexHit
from entryhub_desk.search.keys import QueryWord
from entryhub_desk.search.query import ParsedQuery, parse
from entryhub_desk.search.ranking import MAX_PENALTY, Candidate, Memo, Scored, score
from entryhub_desk.store import search_postings as postings
from entryhub_desk.store.search_keys import WordKeys, word_keys
from entryhub_desk.store.search_names import names_of
from entryhub_desk.store.search_numbers import code_prefix_hits, phone_hits
from entryhub_desk.store.search_sets import (
    ExactLevels,
    Partial,
    WordSets,
    all_but_one,
    blocks_by_bound,
    meeting_all,
    single_word_blocks,
    sum_blocks,
    unmatched,
)

Connection = Any
PAGE: Final = 40
CHUNK_MARGIN: Final = 10
Block = tuple[float, set[int] | Callable[[], set[int]] | Partial]
SPLIT_LATER_ABOVE: Final = 5000  # postings of the rarest word(s) (search_sets.blocks_by_bound)
LOW_KEYS: Final = 90.0  # keys at or below: skeletons, variant prefixes, typos, parts
SCORED_PER_ROW: Final = 2
SCORED_MIN: Final = 40
SCORED_HARD_FACTOR: Final = 5  # a list a filter (the year) keeps short: at most 5x as many
TIE_CAP: Final = 500  # tied candidates whose last visit is read to order them
YEAR_BATCH: Final = 500  # candidates whose birth year is read at a time (a year typed)
YEAR_NEAR_PENALTY: Final = 1.5
YEAR_UNKNOWN_PENALTY: Final = 3.0


class SearchIndex:
    """Read side of the index over one connection."""

    def __init__(self, conn: Connection, *, candidates: int = PAGE) -> None:
        self._conn = conn
        self._page = candidates
        self._scored = 0
        self._memo: Memo = {}
        # a query's scores by names and unmatched words (namesakes share them)
        self._seen: dict[tuple[tuple[str | None, ...], tuple[int, ...]], Scored] = {}

    def search(self, query: str, *, limit: int = 20) -> list[IndexHit]:
        with collector_paused():
            try:
                return self._search(query, limit=limit)
            finally:
                self._forget()

    def _forget(self) -> None:
        """Drop the query's memos before the cycle collector runs again: kept until the next
        query, their thousands of young tuples were walked by the collection that follows."""
        self._memo = {}
        self._seen = {}

    def _search(self, query: str, *, limit: int) -> list[IndexHit]:
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
            typed_digit = any(c.isdigit() for c in query)
            for hit in code_prefix_hits(self._conn, parsed.code_prefix, typed_digit=typed_digit):
                hits.setdefault(hit.person_id, hit)
        if parsed.phone:
            for hit in phone_hits(self._conn, parsed):
                hits.setdefault(hit.person_id, hit)
        else:
            for hit in self._names(parsed, limit):
                if hit.person_id not in hits or hits[hit.person_id].score < hit.score:
                    hits[hit.person_id] = hit
        # stable: code prefix hits keep their last-visit order among equal scores
        ordered = sorted(hits.values(), key=lambda h: (-h.score, h.kind != "code"))
        return ordered[:limit]

    def names(self, query: str, *, limit: int) -> list[IndexHit]:
        """Name matches only (for the duplicate warning)."""
        parsed = parse(query)
        with collector_paused():
            try:
                return self._names(ParsedQuery(parsed.words, parsed.year), limit)
            finally:
                self._forget()

    # -- names -------------------------------------------------------------------------------

    def _names(self, parsed: ParsedQuery, limit: int) -> list[IndexHit]:
        self._scored = 0
        self._memo = {}
        self._seen = {}
        words = parsed.words
        if not words or limit <= 0:
            return []
        keys = word_keys(self._conn, words)
        wids = sorted({wid for key in keys for wid in key.scores})
        if not wids:
            return []
        results: dict[int, tuple[float, str, IndexHit]] = {}
        if len(words) == 1:
            # every candidate meets the one word: its levels are read only when ranking
            # reaches their bound (Mohamed's exact level fills the list; its skeleton, prefix
            # and typo levels, six times as many postings, are then never read)
            self._rank(parsed, None, _lazy_levels(self._conn, keys[0]), limit, results)
            return _ordered(results, limit)
        n = len(words)
        first = self._high_keys_first(parsed, keys, limit, results)
        if first is None:
            return _ordered(results, limit)
        found, met, done_above = first
        # the high keys' ranking stopped at its budget: the whole ranking would stop at the
        # same candidate; when the list is also above all a person missing a word could
        # score, nothing else is ranked and the low keys are never read
        stopped = done_above is not None and self._spent(limit, results)
        ceiling = 100.0 * (n - 1) / n
        if stopped and len(results) >= limit and _kth(results, limit) >= ceiling:
            return _ordered(results, limit)
        found.update(postings.read(self._conn, [w for w in wids if w not in found]))
        if met:
            lower = [{w: b for w, b in key.scores.items() if b <= LOW_KEYS} for key in keys]
            for word, scores in zip(met, lower, strict=True):
                word.extend(WordSets.of(scores, found))
        else:
            cache = postings.cache_of(self._conn)
            met = [WordSets.of(key.scores, found, cache) for key in keys]
        # the rarest words' postings: few, every candidate is split at once; many (common
        # words only), the candidates are split as far as ranking reaches
        sizes = sorted(m.size() for m in met)
        exact = ExactLevels(met)
        if not stopped:
            if not all(met):
                blocks: Sequence[Block] = []
            elif sizes[0] > SPLIT_LATER_ABOVE:
                blocks = blocks_by_bound(met, n, exact=exact)
            else:
                blocks = sum_blocks(meeting_all(met), met, n)
            # every one of them meets every typed word: none is unmatched (no sets to look
            # up); not ranked again above what the high keys ranked
            self._rank(parsed, None, blocks, limit, results, done_above=done_above)
        if sum(1 for m in met if m) >= n - 1 and (
            len(results) < limit or _kth(results, limit) < ceiling
        ):
            if n == 2:
                self._rank(parsed, met, single_word_blocks(met), limit, results)
            else:
                if sizes[1] > SPLIT_LATER_ABOVE:
                    blocks = [b for i in range(n) for b in blocks_by_bound(met, n, i, exact)]
                else:
                    blocks = sum_blocks(all_but_one(met), met, n)
                self._rank(parsed, met, blocks, limit, results)
        return _ordered(results, limit)

    def _high_keys_first(
        self,
        parsed: ParsedQuery,
        keys: list[WordKeys],
        limit: int,
        results: dict[int, tuple[float, str, IndexHit]],
    ) -> tuple[dict[int, postings.Postings], list[WordSets], float | None] | None:
        """Rank the persons meeting every word by a key above :data:`LOW_KEYS` first (the
        skeleton, variant-prefix and typo keys of common words hold most postings). When that
        list's last row scores above anything a person meeting a word only by a lower key, or
        missing a word, could score, it is the list the whole ranking gives (every score is at
        most its bound, and nothing ranked had a bound below the list): None. Otherwise the
        postings and word sets read so far are returned, for the whole ranking to continue
        from, with the bound above which it ranked (None: nothing ranked). The list is kept:
        every candidate above that bound meets every word by a high key (anyone else is
        below it), so the whole ranking would rank the same groups above it, in the same
        order, to the same list and count (:meth:`_rank` ``done_above``)."""
        n = len(keys)
        high = [{w: b for w, b in key.scores.items() if b > LOW_KEYS} for key in keys]
        low = [max((b for b in key.scores.values() if b <= LOW_KEYS), default=-1.0) for key in keys]
        if max(low) < 0 or not all(high):
            return {}, [], None
        found = postings.read(self._conn, sorted({w for h in high for w in h}))
        cache = postings.cache_of(self._conn)
        met = [WordSets.of(scores, found, cache) for scores in high]
        full = meeting_all(met)
        ranked_above = None
        if len(full) >= limit:
            top = [max(key.scores.values()) for key in keys]
            beyond = max((sum(top) - top[i] + low[i]) / n for i in range(n) if low[i] >= 0)
            above = max(beyond, 100.0 * (n - 1) / n) + 0.01
            blocks = sum_blocks(full, met, n)
            # the list's last row can score above ``above`` only if ``limit`` persons have a
            # bound above it (every score is at most its bound): else nothing is ranked here
            if sum(len(members) for bound, members in blocks if bound > above) >= limit:
                ranked_above = above
                if self._rank(parsed, None, blocks, limit, results, floor=above) and (
                    len(results) >= limit and _kth(results, limit) > above
                ):
                    return None
        return found, met, ranked_above

    def _rank(
        self,
        parsed: ParsedQuery,
        met: list[WordSets] | None,
        blocks: Sequence[Block],
        limit: int,
        results: dict[int, tuple[float, str, IndexHit]],
        *,
        floor: float = -1.0,
        done_above: float | None = None,
    ) -> bool:
        """Rank candidates exactly, in bound order and within one bound by last visit, until
        the next bound cannot beat the list (every score is at most its bound), or until
        :func:`scored_at_most` candidates of this query have been ranked (the list's tail, far
        below the first rows, is then ordered by bound; five times as many when a year filter
        keeps the list short). ``blocks``: candidates by the sum of
        their words' bounds (divided by the number of words), or a function giving them when
        ranking reaches the block (a block that could not beat the list is never read), or a
        :class:`~.search_sets.Partial` split into blocks (none above it) when ranking reaches it;
        ``met`` None: every candidate meets every typed word. False when it stopped at a bound
        at or below ``floor`` (the list is then not what the whole ranking gives).
        ``done_above``: the groups above it were ranked already (``results`` holds what they
        gave), they are skipped."""
        n = len(parsed.words)
        # blocks by bound, best first (equal bounds in the order given)
        pending = [(-b[0], i, b[1]) for i, b in enumerate(blocks) if callable(b[1]) or b[1]]
        heapq.heapify(pending)
        added = len(pending)
        groups: dict[float, list[int]] = {}
        while pending or groups:
            top_block = -pending[0][0] if pending else -1.0
            top_group = max(groups) if groups else -1.0
            if pending and top_block >= top_group:
                # split the next block by the penalty for name words the query did not name
                _, _, block = heapq.heappop(pending)
                base = top_block
                if len(results) >= limit and _kth(results, limit) >= base:
                    return True
                if base <= floor:
                    return False
                if (
                    done_above is not None
                    and isinstance(block, set)
                    and base - MAX_PENALTY > done_above + 0.001
                ):
                    continue  # every group of it was ranked already
                if isinstance(block, Partial):
                    for bound, part in block.expand():  # none above ``base``
                        heapq.heappush(pending, (-bound, added, part))
                        added += 1
                    continue
                values = block() if callable(block) else block
                buckets: list[list[int]] = [[] for _ in range(postings.MAX_WORDS + 1)]
                for value in values:
                    buckets[value & postings.MAX_WORDS].append(value)
                for words, members in enumerate(buckets):
                    if members:
                        penalty = min(MAX_PENALTY, max(0, words - n))
                        groups.setdefault(round(base - penalty, 3), []).extend(members)
                continue
            bound = top_group
            members = groups.pop(bound)
            if done_above is not None and bound > done_above:
                continue
            if len(results) >= limit and _kth(results, limit) >= bound:
                return True
            if bound <= floor:
                return False
            step = limit + CHUNK_MARGIN
            source: Iterator[int] = (
                iter(self._by_last_visit(members, limit))
                if parsed.year is None
                else self._born_near_by_visit(members, limit, parsed.year)
            )
            while chunk := list(itertools.islice(source, step)):
                missed = unmatched(chunk, met) if met is not None else {}
                skipped = {postings.sid_of(v): missed.get(v, ()) for v in chunk}
                sids = [postings.sid_of(v) for v in chunk]
                self._score(parsed.words, parsed.year, sids, skipped, results)
                if len(results) >= limit and _kth(results, limit) >= bound:
                    return True
                self._scored += len(sids)
                if self._spent(limit, results):
                    return True
        return True

    def _spent(self, limit: int, results: dict[int, tuple[float, str, IndexHit]]) -> bool:
        """Whether this query ranked as many candidates as it may (:meth:`_rank`)."""
        budget = scored_at_most(limit)
        return self._scored >= budget and (
            len(results) >= limit or self._scored >= budget * SCORED_HARD_FACTOR
        )

    def _born_near(self, values: list[int], year: int) -> Iterator[int]:
        """The candidates born within a year of ``year`` or with no birth year, in the given
        order (their birth years read :data:`YEAR_BATCH` at a time, before any is scored:
        among a common name's namesakes one in twenty is born then)."""
        shift = postings.WORD_BITS
        for start in range(0, len(values), YEAR_BATCH):
            part = values[start : start + YEAR_BATCH]
            sids = [v >> shift for v in part]
            marks = ", ".join("?" for _ in sids)
            years = dict(
                self._conn.execute(
                    f"SELECT sid, birth_year FROM person_search WHERE sid IN ({marks})",  # noqa: S608
                    sids,
                ).fetchall()
            )
            for value in part:
                born = years.get(value >> shift)
                if born is None or abs(int(born) - year) <= 1:
                    yield value

    def _born_near_by_visit(self, values: list[int], limit: int, year: int) -> Iterator[int]:
        """:meth:`_by_last_visit` order, only those :meth:`_born_near` keeps: the birth years
        of the candidates whose last visit is read come in the same read."""
        if len(values) <= limit + CHUNK_MARGIN:
            yield from self._born_near(values, year)
            return
        values.sort(reverse=True)
        head, tail = values[:TIE_CAP], values[TIE_CAP:]
        shift = postings.WORD_BITS
        sids = [v >> shift for v in head]
        marks = ", ".join("?" for _ in sids)
        rows = {
            int(sid): (visited, born)
            for sid, visited, born in self._conn.execute(
                "SELECT sid, last_visit, birth_year FROM person_search "  # noqa: S608
                f"WHERE sid IN ({marks})",
                sids,
            )
        }
        kept = []
        for value in head:
            visited, born = rows.get(value >> shift, (None, None))
            if born is None or abs(int(born) - year) <= 1:
                kept.append((visited or "", value))
        kept.sort(reverse=True)
        yield from (v for _, v in kept)
        yield from self._born_near(tail, year)

    def _by_last_visit(self, values: list[int], limit: int) -> list[int]:
        """Tied candidates (postings), last visit first (the newest registrations first
        beyond :data:`TIE_CAP`, whose visits are not read)."""
        if len(values) <= limit + CHUNK_MARGIN:
            return values
        values.sort(reverse=True)
        head, tail = values[:TIE_CAP], values[TIE_CAP:]
        shift = postings.WORD_BITS
        sids = [v >> shift for v in head]
        marks = ", ".join("?" for _ in sids)
        visits = dict(
            self._conn.execute(
                f"SELECT sid, last_visit FROM person_search WHERE sid IN ({marks})",  # noqa: S608
                sids,
            ).fetchall()
        )
        keyed = sorted(((visits.get(v >> shift) or "", v) for v in head), reverse=True)
        return [v for _, v in keyed] + tail

    def _score(
        self,
        words: list[QueryWord],
        year: int | None,
        sids: list[int],
        unmatched: dict[int, tuple[int, ...]],
        results: dict[int, tuple[float, str, IndexHit]],
    ) -> None:
        seen = self._seen
        for sid, person_id, code, extra, visited, born, own in _details(self._conn, sids):
            if year is not None and born is not None and abs(int(born) - year) > 1:
                continue
            names: tuple[str | None, ...] = own
            if extra:
                names += tuple(str(extra).split("\n"))
            skip = unmatched.get(int(sid), ())
            scored = seen.get((names, skip))
            if scored is None:
                scored = score(words, Candidate(int(sid), names), skip=skip, memo=self._memo)
                seen[(names, skip)] = scored
            value = scored.score
            why = scored.why
            if year is not None:
                if born is None:
                    value -= YEAR_UNKNOWN_PENALTY
                else:
                    value -= 0.0 if int(born) == year else YEAR_NEAR_PENALTY
                    why = (*why, "birth_year")
            value = max(0.0, round(value, 1))
            if value <= 0:
                continue
            hit = IndexHit(str(person_id), str(code), value, "name", why)
            results[int(sid)] = (value, str(visited or ""), hit)


def _details(conn: Connection, sids: list[int]) -> list[tuple[Any, ...]]:
    """What ranking reads of each candidate, from its index row alone (schema 14 keeps the
    names there: no person row is read); the names of a row written without them (none
    should be) from its person row."""
    marks = ", ".join("?" for _ in sids)
    rows = conn.execute(
        "SELECT sid, person_id, code, extra, last_visit, birth_year, names "  # noqa: S608
        f"FROM person_search WHERE sid IN ({marks})",
        sids,
    ).fetchall()
    found = [(*row[:6], None if row[6] is None else names_of(str(row[6]))) for row in rows]
    lacking = [str(row[1]) for row in found if row[6] is None]
    if lacking:
        marks = ", ".join("?" for _ in lacking)
        own = {
            str(person_id): (given, family, original)
            for person_id, given, family, original in conn.execute(
                "SELECT id, given_name, family_name, original_script_name "  # noqa: S608
                f"FROM person WHERE id IN ({marks})",
                lacking,
            )
        }
        found = [row if row[6] is not None else (*row[:6], own.get(str(row[1]))) for row in found]
    return [row for row in found if row[6] is not None]


def scored_at_most(limit: int) -> int:
    """How many candidates one query ranks exactly at most (when the list is full)."""
    return max(limit * SCORED_PER_ROW, SCORED_MIN)


def _ordered(results: dict[int, tuple[float, str, IndexHit]], limit: int) -> list[IndexHit]:
    ordered = sorted(results.values(), key=lambda r: r[1], reverse=True)  # last visit
    ordered.sort(key=lambda r: -r[0])
    return [hit for _, _, hit in ordered[:limit]]


def _lazy_levels(conn: Connection, key: WordKeys) -> list[Block]:
    """One typed word's postings by bound, each person under the best bound only; a level's
    postings are read when it is called (in bound order, as :meth:`SearchIndex._rank` does)."""
    by_bound: dict[float, list[int]] = {}
    for wid, bound in key.scores.items():
        by_bound.setdefault(bound, []).append(wid)
    taken: set[int] = set()

    def level(wids: list[int]) -> Callable[[], set[int]]:
        def read() -> set[int]:
            fresh = set().union(*postings.read(conn, sorted(wids)).values()) - taken
            taken.update(fresh)
            return fresh

        return read

    return [(bound, level(by_bound[bound])) for bound in sorted(by_bound, reverse=True)]


def _kth(results: dict[int, tuple[float, str, IndexHit]], k: int) -> float:
    scores = sorted((r[0] for r in results.values()), reverse=True)
    return scores[k - 1] if len(scores) >= k else 0.0
