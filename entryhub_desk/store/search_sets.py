"""Candidate sets of a name query of several words, from the vocabulary words' own postings.

A common typed word (Mohamed at 100,000 visitors) meets tens of thousands of postings across
its plain, variant, skeleton, prefix and typo keys. Nothing here unions them: a word keeps its
keys' posting sets as they come from :mod:`.search_postings` (decoded once per session, shared
with the next keystroke), grouped by bound (:class:`WordSets`), and candidates are found by
filtering the smallest set first: the persons meeting the rarest word, then those of them each
other word meets (``candidates & postings`` per key, at C speed, never larger than the
candidates). A word's union is built only when that is cheaper than filtering, and then kept
for the query.

Postings are :data:`~entryhub_desk.store.search_postings.Postings` dicts (untracked by the
cycle collector); a set of candidates meets them through their ``keys()`` view, whose ``&``
walks the smaller side as a set's does.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from entryhub_desk.store.search_postings import PostingCache, Postings, union

Sets = list[Postings]
# what meeting one more key's set costs beyond its members (a new set and a union), in
# postings walked: about 0.4 us at about 25 ns a posting
PER_SET = 16


class WordSets:
    """One typed word's postings by bound, best first, each key's set as read."""

    __slots__ = ("_cache", "_level_unions", "_size", "_union", "_walked", "levels", "wids")

    def __init__(
        self,
        levels: list[tuple[float, Sets]],
        wids: tuple[int, ...] = (),
        cache: PostingCache | None = None,
    ) -> None:
        self.levels = levels
        self.wids = wids  # the keys' vocabulary ids (names the union in ``cache``)
        self._cache = cache
        self._union: Postings | None = None
        self._level_unions: dict[int, Postings] = {}
        self._size = -1
        # postings walked so far by this query's look-ups without a union (all keys: None;
        # one level: its index): once that reaches what the union costs, the union is built
        self._walked: dict[int | None, int] = {}

    @classmethod
    def of(
        cls,
        scores: Mapping[int, float],
        found: Mapping[int, Postings],
        cache: PostingCache | None = None,
    ) -> WordSets:
        by_bound: dict[float, Sets] = {}
        wids = []
        for wid, bound in scores.items():
            values = found.get(wid)
            if values:
                by_bound.setdefault(bound, []).append(values)
                wids.append(wid)
        levels = sorted(by_bound.items(), key=lambda level: -level[0])
        return cls(levels, tuple(sorted(wids)), cache)

    def extend(self, lower: WordSets) -> None:
        """Add the levels of lower bounds (all below this word's)."""
        self.levels.extend(lower.levels)
        self.wids = tuple(sorted(self.wids + lower.wids))
        self._union = None
        self._size = -1

    def __bool__(self) -> bool:
        return bool(self.levels)

    def size(self) -> int:
        """Postings over all keys (a person met by two keys counts twice)."""
        if self._size < 0:
            self._size = sum(len(values) for _, sets in self.levels for values in sets)
        return self._size

    def sets(self) -> Iterable[Postings]:
        for _, sets in self.levels:
            yield from sets

    def union(self) -> Postings:
        """Everyone the word meets (built once per query, when asked for)."""
        if self._union is None:
            if self._cache is not None and self.wids:
                self._union = self._cache.union(self.wids, lambda: union(self.sets()))
            else:
                self._union = union(self.sets())
        return self._union

    def _walk_first(self, key: int | None, walk: int, cost: int) -> bool:
        """Whether to walk the sets one by one this time rather than build their union
        (``cost`` postings): until the walks of the query would have paid for it (a query
        of common words meets the same word again in every partial block)."""
        walked = self._walked.get(key, 0) + walk
        self._walked[key] = walked
        return walked < cost

    def level_within(self, candidates: set[int], level: int) -> set[int]:
        """The candidates one level's keys meet (through the level's union once the query's
        walks of its sets would have paid for it: the variant prefixes of the word being
        typed are hundreds of rare words)."""
        sets = self.levels[level][1]
        if len(sets) == 1:
            return _meet(candidates, sets[0])
        kept = self._level_unions.get(level)
        if kept is None:
            size = len(candidates)
            walk = sum(min(len(values), size) + PER_SET for values in sets)
            if self._walk_first(level, walk, sum(len(values) for values in sets)):
                return _within(candidates, sets)
            kept = self._level_unions[level] = union(sets)
        return _meet(candidates, kept)

    def within(self, candidates: set[int] | frozenset[int]) -> set[int]:
        """The candidates this word meets."""
        if not candidates:
            return set()
        if self._union is None and self._cache is not None and self.wids:
            self._union = self._cache.kept_union(self.wids)
        if self._union is None:
            count = sum(len(sets) for _, sets in self.levels)
            if self._walk_first(None, len(candidates) * count, self.size()):
                return _within(candidates, list(self.sets()))
        return _meet(candidates, self.union())


def _meet(candidates: set[int] | frozenset[int], values: Postings) -> set[int]:
    """The candidates the postings hold (a new set; the smaller side is walked)."""
    if isinstance(candidates, frozenset):
        # a dict view meets a set (not a frozenset) by walking the smaller side
        candidates = set(candidates)
    return values.keys() & candidates


def _within(candidates: set[int] | frozenset[int], sets: Sets) -> set[int]:
    if isinstance(candidates, frozenset):
        candidates = set(candidates)
    found: set[int] = set()
    for values in sets:
        # a dict view meets a set by walking the smaller side
        found |= values.keys() & candidates
    return found


def meeting_all(words: Sequence[WordSets]) -> set[int]:
    """The persons every word meets: the rarest word's, filtered by each other word."""
    if not words or not all(words):
        return set()
    order = sorted(words, key=WordSets.size)
    found = set(order[0].union())
    for word in order[1:]:
        if not found:
            break
        found = word.within(found)
    return found


def sum_blocks(values: set[int], words: Sequence[WordSets], n: int) -> list[tuple[float, set[int]]]:
    """Candidates grouped by the mean of their words' best bounds (a word that does not meet
    a candidate adds 0). Each word's best bound is found once for all candidates (a pass over
    its keys' sets), then every group is split by it (a set operation per bound)."""
    groups: dict[float, set[int]] = {0.0: values}
    for word in words:
        rest = set(values)
        parts: list[tuple[float, set[int]]] = []
        for level, (bound, _) in enumerate(word.levels):
            part = word.level_within(rest, level)
            if part:
                parts.append((bound, part))
                rest -= part
            if not rest:
                break
        after: dict[float, set[int]] = {}
        for total, members in groups.items():
            left = members
            for bound, part in parts:
                hit = left & part
                if hit:
                    after.setdefault(total + bound, set()).update(hit)
                    left = left - hit
                if not left:
                    break
            if left:
                after.setdefault(total, set()).update(left)
        groups = after
    return [(round(total / n, 3), members) for total, members in groups.items()]


def all_but_one(words: Sequence[WordSets]) -> set[int]:
    """The persons every word but one meets (three typed words or more). Each of them meets
    one of the two rarest words at least, so only those are looked at."""
    order = sorted(range(len(words)), key=lambda i: words[i].size())
    pool = set(words[order[0]].union()) | set(words[order[1]].union())
    met = [word.within(pool) for word in words]
    found: set[int] = set()
    for i in range(len(words)):
        others = set.intersection(*sorted((met[j] for j in range(len(words)) if j != i), key=len))
        found |= others - met[i]
    return found


def single_word_blocks(
    words: Sequence[WordSets],
) -> list[tuple[float, Callable[[], set[int]]]]:
    """For two typed words: the persons meeting one word and not the other, by half the
    word's bound, each level built only when ranking reaches it (all of Mohamed's postings
    are never unioned when the list fills before)."""
    blocks: list[tuple[float, Callable[[], set[int]]]] = []
    for i, word in enumerate(words):
        other = words[1 - i]
        taken: set[int] = set()

        for bound, sets in word.levels:
            blocks.append((bound / 2, _fresh(sets, other, taken)))
    return blocks


def _fresh(sets: Sets, other: WordSets, taken: set[int]) -> Callable[[], set[int]]:
    """A level's persons not met at a higher level (``taken``, filled in bound order) nor by
    the other word."""

    def read() -> set[int]:
        fresh = set().union(*sets) - taken
        taken.update(fresh)
        return fresh - _meet(fresh, other.union()) if other else fresh

    return read


def unmatched(chunk: Iterable[int], words: Sequence[WordSets]) -> dict[int, tuple[int, ...]]:
    """For each candidate (posting) of a chunk, the typed words that meet none of its keys."""
    values = set(chunk)
    met = [word.within(values) for word in words]
    return {v: tuple(i for i, found in enumerate(met) if v not in found) for v in values}


@dataclass(frozen=True)
class Partial:
    """Persons not yet split by every typed word, under the most any of them can score: their
    blocks (finished or still partial, none above that bound) when ranking reaches it."""

    expand: Callable[[], list[tuple[float, set[int] | Partial]]]


class ExactLevels:
    """Per typed word and level, the persons whose best key of the word is at that level
    (one query's, shared by its blocks): each level's postings less those of the levels
    above, found in level order."""

    def __init__(self, words: Sequence[WordSets]) -> None:
        self._words = words
        self._levels: dict[int, list[set[int]]] = {}
        self._above: dict[int, set[int]] = {}

    def at(self, j: int, level: int) -> set[int]:
        found = self._levels.setdefault(j, [])
        above = self._above.setdefault(j, set())
        while len(found) <= level:
            fresh = set().union(*self._words[j].levels[len(found)][1]) - above
            above |= fresh
            found.append(fresh)
        return found[level]


def blocks_by_bound(
    words: Sequence[WordSets],
    n: int,
    missing: int | None = None,
    exact: ExactLevels | None = None,
) -> list[tuple[float, Partial]]:
    """What :func:`sum_blocks` gives for the persons meeting every word (``missing`` None) or
    every word but ``missing`` (and not that one), split only as far as ranking reaches:
    the persons whose best key of the rarest word is at one level, under the bound of that
    level plus the other words' best, then split by the next rarest word's levels when
    ranking reaches that bound, and so on. A query of common words never splits everyone
    meeting them (tens of thousands at 100,000 visitors) when the list fills from the first
    blocks. A finished block's bound adds the words' level bounds in word order, as
    :func:`sum_blocks` does (the same floats; the bounds are whole numbers)."""
    present = [j for j in range(len(words)) if j != missing]
    if not present or not all(words[j] for j in present):
        return []
    order = sorted(present, key=lambda j: words[j].size())
    tops = {j: words[j].levels[0][0] for j in present}
    exact = exact if exact is not None else ExactLevels(words)

    def bound(chosen: dict[int, float]) -> float:
        total = 0.0
        for j in present:
            total += chosen.get(j, tops[j])
        return round(total / n, 3)

    def split(found: set[int], chosen: dict[int, float]) -> list[tuple[float, set[int] | Partial]]:
        """``found`` (persons whose best levels of the words in ``chosen`` are those) by the
        levels of the next word: finished blocks after the last word, else partial ones."""
        j = order[len(chosen)]
        rest = found
        parts: list[tuple[float, set[int] | Partial]] = []
        for level, (level_bound, _) in enumerate(words[j].levels):
            part = words[j].level_within(rest, level)
            if part:
                rest = rest - part
                now = {**chosen, j: level_bound}
                parts.append((bound(now), part if len(now) == len(order) else _later(part, now)))
            if not rest:
                break
        return parts

    def _later(found: set[int], chosen: dict[int, float]) -> Partial:
        return Partial(lambda: split(found, chosen))

    def first(level: int) -> Partial:
        def expand() -> list[tuple[float, set[int] | Partial]]:
            j = order[0]
            level_bound = words[j].levels[level][0]
            found = set(exact.at(j, level))
            if missing is not None and found:
                found -= words[missing].within(found)
            # only those meeting every other word go on: each split below then ends at the
            # level its last person is met at, and makes no partial block that holds nobody
            for k in order[1:]:
                if not found:
                    break
                found = words[k].within(found)
            if not found:
                return []
            chosen = {j: level_bound}
            return [(bound(chosen), found)] if len(order) == 1 else split(found, chosen)

        return Partial(expand)

    j = order[0]
    return [(bound({j: b}), first(level)) for level, (b, _) in enumerate(words[j].levels)]
