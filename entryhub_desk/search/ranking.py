"""Ranking candidates of a name query (scores 0–100, best first).

Each typed word is matched against the candidate's words, the closest form winning:

- the same plain word: 100; the word being typed (the last one) as the start of a plain word: 92;
- the same spelling variant: 96; the start of a variant: 88;
- the same consonant skeleton: 88;
- otherwise the rapidfuzz similarity of the variant forms, times 0.9.

The score is the mean over the typed words, less one point per name word of the candidate that
the query did not name (at most four), so that among equal matches the closer name comes first.
Candidates are at most a few hundred (the index preselects them); the inner fuzzy comparison
runs in rapidfuzz (C).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from types import ModuleType
from typing import Final

from entryhub_desk.search.keys import QueryWord

EXACT: Final = 100.0
TYPED_PREFIX: Final = 92.0
VARIANT: Final = 96.0
VARIANT_PREFIX: Final = 88.0
SKELETON: Final = 88.0
FUZZY_WEIGHT: Final = 0.9
EXTRA_WORD_PENALTY: Final = 1.0
MAX_PENALTY: Final = 4.0


class Candidate:
    """What the index keeps of one person for ranking: word tuples and sets (no validation:
    built for every candidate of every keystroke, so kept cheap)."""

    __slots__ = ("key", "plain_words", "skeleton_set", "variant_set", "variant_words")

    def __init__(
        self,
        key: int,
        plain_words: tuple[str, ...],
        variant_words: tuple[str, ...],
        skeleton_words: Sequence[str],
    ) -> None:
        self.key = key
        self.plain_words = plain_words
        self.variant_words = variant_words
        self.variant_set = frozenset(variant_words)
        self.skeleton_set = frozenset(skeleton_words)


@functools.cache
def _rapidfuzz() -> tuple[ModuleType, ModuleType]:
    """rapidfuzz, imported on the first fuzzy comparison: a command that never searches (such
    as ``cv``) reaches this module through the store and should not load it."""
    from rapidfuzz import fuzz, process

    return fuzz, process


def word_score(word: QueryWord, candidate: Candidate, *, typing: bool) -> float:
    """How well one typed word matches the candidate (``typing``: the word may be unfinished)."""
    if word.plain in candidate.plain_words:
        return EXACT
    best = 0.0
    if any(v in candidate.variant_set for v in word.variants):
        best = VARIANT
    elif any(s in candidate.skeleton_set for s in word.skeletons):
        best = SKELETON
    if typing and len(word.plain) >= 2 and best < TYPED_PREFIX:
        if any(p.startswith(word.plain) for p in candidate.plain_words):
            best = TYPED_PREFIX
        elif best < VARIANT_PREFIX and any(
            v.startswith(form) for v in candidate.variant_words for form in word.variants
        ):
            best = VARIANT_PREFIX
    if best < SKELETON and candidate.variant_words:
        fuzz, process = _rapidfuzz()
        found = process.extractOne(
            word.variants[0], candidate.variant_words, scorer=fuzz.ratio, processor=None
        )
        if found is not None:
            best = max(best, FUZZY_WEIGHT * float(found[1]))
    return best


def score(words: Sequence[QueryWord], candidate: Candidate) -> float:
    last = len(words) - 1
    total = sum(word_score(w, candidate, typing=i == last) for i, w in enumerate(words))
    extra = max(0, len(candidate.plain_words) - len(words))
    penalty = min(MAX_PENALTY, EXTRA_WORD_PENALTY * extra)
    return max(0.0, round(total / len(words) - penalty, 1))


def rank(
    words: Sequence[QueryWord], candidates: Sequence[Candidate], *, limit: int
) -> list[tuple[Candidate, float]]:
    """The best ``limit`` candidates with their scores, best first (ties: older key first)."""
    if not candidates or not words:
        return []
    results = [(candidate, score(words, candidate)) for candidate in candidates]
    results.sort(key=lambda item: (-item[1], item[0].key))
    return results[:limit]
