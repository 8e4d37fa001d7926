"""Deletion keys for typo lookup (SymSpell): a word and a word one or two edits away share a
key made by leaving letters out of each. Stored per vocabulary word of five letters or more
(two letters left out from nine); a typed word's keys are looked up with a few IN queries and
the hits verified by edit distance (:func:`entryhub_desk.search.ranking.allowed_edits`)."""

from __future__ import annotations

from functools import lru_cache
from typing import Final

from entryhub_desk.memo import personal

MIN_TYPO_LENGTH: Final = 5
TWO_EDITS_LENGTH: Final = 9
# A typed word longer than this is no name word with a typo (its keys grow with the square of
# its length: 300,000 for 800 letters); it is not looked up (the index's own words keep theirs).
MAX_TYPED_LENGTH: Final = 32


def _drop_one(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


@personal
@lru_cache(maxsize=4096)
def deletion_keys(word: str) -> frozenset[str]:
    """The word with one letter left out (and two, from nine letters); not the word itself."""
    if len(word) < MIN_TYPO_LENGTH:
        return frozenset()
    keys = _drop_one(word)
    if len(word) >= TWO_EDITS_LENGTH:
        for key in list(keys):
            keys |= _drop_one(key)
    keys.discard(word)
    return frozenset(keys)
