"""Ranking candidates of a name query (scores 0–100, best first).

Each typed word is matched against the candidate's tokens (every reading of every name), the
closest form winning; the stable key names in brackets go to ``IndexHit.why``:

- the same plain word: 100 (``exact``); an abbreviation and its full word: 95
  (``abbreviation``); the same spelling variant: 96 (``variant``; ``romanisation`` when the
  candidate's token comes from another script's reading);
- the same East Slavic fold (:mod:`entryhub_desk.search.slavic`: Hnatiuk = Gnatyuk = Gnatjuk,
  Yevhen = Evgen, Hanna = Ganna), for a candidate whose names show East Slavic origin only:
  93 when the typed words show it too, else 84, below a typo (``romanisation``);
- the word being typed (the last one) as the start of a plain word: 92, of a variant: 88
  (``prefix``);
- the same consonant skeleton: 80 plus up to 8 for the vowel evidence (``skeleton``): the
  similarity of the typed variant with the candidate's reading that keeps the long vowels a
  script writes, so Usama ranks أسامة above أسماء and Hussein ranks حسين above حسن;
- two adjacent typed words as one token, or one typed word as two adjacent tokens, at the
  score of the joined form (``compound``);
- one edit (Damerau-Levenshtein: a transposition is one edit) for words of five letters or
  more, two from nine: 86 less 4 per edit beyond the first (``typo``);
- the typed word inside a longer token (any part of a name, three letters or more): 70
  (``trigram``).

The score is the mean over the typed words (an unmatched word counts 0, so one missing word
of two gives at most 50), less 4 when the matched words stand in another order than typed
("Ahmed Ali" is not "Ali Ahmed"), less one point per name word of the record the query did
not meet (at most four), and 3 more when a typed word is unmatched while the record has a name
word no typed word met (another name where the typed one is missing: a conflict, not just a
name the record lacks). Every part only lowers the per-word score the index computed for the
candidate, so that score bounds this one (:mod:`entryhub_desk.store.search_read` relies on it).
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from types import ModuleType
from typing import Final

from entryhub_desk.memo import personal
from entryhub_desk.search.keys import (
    QueryWord,
    join_forms,
    name_readings,
    not_latin,
    variants,
    word_forms,
)
from entryhub_desk.search.slavic import has_evidence, slavic_forms

EXACT: Final = 100.0
VARIANT: Final = 96.0
ABBREVIATION: Final = 95.0
COMPOUND: Final = 94.0
SLAVIC: Final = 93.0
SLAVIC_WEAK: Final = 84.0
TYPED_PREFIX: Final = 92.0
VARIANT_PREFIX: Final = 88.0
SKELETON: Final = 80.0
SKELETON_EVIDENCE: Final = 8.0
LATIN_SKELETON: Final = 72.0
LATIN_SKELETON_EVIDENCE: Final = 16.0
CONFLICT_PENALTY: Final = 3.0
TYPO: Final = 86.0
TYPO_STEP: Final = 4.0
PART: Final = 70.0
ORDER_PENALTY: Final = 4.0
EXTRA_WORD_PENALTY: Final = 1.0
MAX_PENALTY: Final = 4.0


@functools.cache
def distances() -> ModuleType:
    """``rapidfuzz.distance``, imported on the first comparison: a command that never searches
    (such as ``cv``) does not load it (tests/cli/test_cli_imports.py)."""
    from rapidfuzz import distance

    return distance


def allowed_edits(word: str) -> int:
    """Typos tolerated in a typed word: one from five letters, two from nine."""
    return 2 if len(word) >= 9 else 1 if len(word) >= 5 else 0


@dataclass(frozen=True, slots=True)
class Token:
    plain: str
    variants: frozenset[str]
    skeletons: frozenset[str]
    expansions: tuple[str, ...]
    group: int  # 0: the Latin name fields, 1+: other readings and names
    position: int
    foreign: bool  # from a script reading (not written in Latin letters)
    width: int = 1  # 2 for two adjacent tokens joined
    slavic: frozenset[str] = frozenset()  # East Slavic folds (names that show the origin)


@personal
@lru_cache(maxsize=32768)
def _token_forms(
    token: str, slavic: bool
) -> tuple[frozenset[str], frozenset[str], tuple[str, ...], frozenset[str]]:
    """A token's variants, skeletons, expansions and East Slavic folds (shared by every
    candidate and reading that has the word)."""
    forms = word_forms(token)
    folds = frozenset(slavic_forms(token)) if slavic else frozenset()
    return frozenset(forms.variants), frozenset(forms.skeletons), forms.expansions, folds


def _token(token: str, group: int, position: int, *, foreign: bool, slavic: bool) -> Token:
    variants_, skeletons, expansions, folds = _token_forms(token, slavic)
    return Token(token, variants_, skeletons, expansions, group, position, foreign, slavic=folds)


@personal
@lru_cache(maxsize=32768)
def _join_forms(left: str, right: str) -> tuple[str, frozenset[str]]:
    """Two adjacent tokens written as one: the spelled-out word and its forms."""
    joined = word_forms(left).spelled + word_forms(right).spelled
    return joined, frozenset(join_forms(left, right))


def _joined(left: Token, right: Token) -> Token:
    joined, forms = _join_forms(left.plain, right.plain)
    return Token(joined, forms, forms, (), left.group, left.position, left.foreign, width=2)


@personal
@lru_cache(maxsize=8192)
def _tokens_for(
    names: tuple[str | None, ...],
) -> tuple[tuple[Token, ...], int, dict[str, Token]]:
    """Tokens of every reading of every name and the Latin word count (cached: namesakes and
    the next keystroke meet the same names again)."""
    tokens: list[Token] = []
    latin: list[tuple[str, bool]] = []
    # each name's readings and script, found once (the loops below meet them again)
    read = [(name_readings(name), not_latin(name)) if name else None for name in names]
    for entry in read[:2]:
        if entry is not None and entry[0]:
            readings, foreign = entry
            latin.extend((t, foreign) for t in readings[0])
    words = [t for entry in read if entry is not None for reading in entry[0] for t in reading]
    slavic = has_evidence(names, words)
    tokens.extend(_token(t, 0, i, foreign=f, slavic=slavic) for i, (t, f) in enumerate(latin))
    group = 1
    for index, entry in enumerate(read):
        if entry is None:
            continue
        readings, foreign = entry
        for reading_index, reading in enumerate(readings):
            if index < 2 and reading_index == 0:
                continue
            tokens.extend(
                _token(t, group, i, foreign=foreign, slavic=slavic) for i, t in enumerate(reading)
            )
            group += 1
    count = len(latin) or max((t.position + 1 for t in tokens), default=0)
    exact: dict[str, Token] = {}
    for token in tokens:
        exact.setdefault(token.plain, token)
    return tuple(tokens), count, exact


@personal
@lru_cache(maxsize=8192)
def _joins_for(names: tuple[str | None, ...]) -> tuple[Token, ...]:
    """Adjacent tokens of one reading written as one (built when a typed word needs them;
    cached by the names, whose hash is cheap, not by the tokens, whose hash is not)."""
    tokens = _tokens_for(names)[0]
    return tuple(
        _joined(left, right)
        for left, right in itertools.pairwise(tokens)
        if left.group == right.group
    )


class Candidate:
    """What ranking needs of one person: tokens of every name reading, plus joins."""

    __slots__ = ("exact", "key", "names", "tokens", "word_count")

    def __init__(self, key: int, names: Sequence[str | None]) -> None:
        self.key = key
        self.names = tuple(names)
        self.tokens, self.word_count, self.exact = _tokens_for(self.names)

    @property
    def joins(self) -> tuple[Token, ...]:
        return _joins_for(self.names)


def _similarity(a: str, b: str) -> float:
    """Shared letters in order (Indel): a reading that writes a long vowel the typed word
    lacks, or lacks one it has, scores less."""
    return float(distances().Indel.normalized_similarity(a, b))


def _vowels(form: str) -> str:
    return "".join(c for c in form if c in "aeiou")


def _skeleton_score(word: QueryWord, token: Token) -> float:
    """80 plus up to 8 for the vowels across scripts (the other script may not write them);
    between two Latin spellings the vowels are evidence on their own: 72 plus up to 16
    (Maxamuud is not Maxamed although both are m-h-m-d)."""
    evidence = max(
        (_similarity(v, t) for v in word.variants[:3] for t in token.variants),
        default=0.0,
    )
    if not token.foreign and not word.foreign:
        vowels = max(
            (
                _similarity(_vowels(v), _vowels(t))
                for v in word.variants[:3]
                for t in token.variants
            ),
            default=0.0,
        )
        return LATIN_SKELETON + LATIN_SKELETON_EVIDENCE * (evidence + vowels) / 2
    return SKELETON + SKELETON_EVIDENCE * evidence


def prefix_forms(word: QueryWord) -> tuple[str, ...]:
    """The variant forms of the word being typed that may start a name: none that folding
    shrank to under half the typed letters or to one letter ("xxxx" folds to "h", "qqqq" to
    "k", which start half the names of the store)."""
    return _prefix_forms(word.plain, word.variants) + word.typed


@personal
@lru_cache(maxsize=1024)
def _prefix_forms(plain: str, forms: tuple[str, ...]) -> tuple[str, ...]:
    least = max(2, (len(plain) + 1) // 2)
    return tuple(form for form in forms if len(form) >= least)


def match(
    word: QueryWord, token: Token, *, typing: bool, prefixes: tuple[str, ...] | None = None
) -> tuple[float, str]:
    """Score and key name of one typed word against one token (``prefixes``: the word's
    :func:`prefix_forms` when the caller has them already)."""
    if word.plain == token.plain:
        return EXACT, "exact"
    variant_hit = not token.variants.isdisjoint(word.variants)
    if variant_hit:
        if word.expansions or token.expansions:
            return ABBREVIATION, "abbreviation"
        return VARIANT, "romanisation" if token.foreign or word.foreign else "variant"
    best, why = 0.0, ""
    if token.slavic and not token.slavic.isdisjoint(word.slavic):
        best, why = (SLAVIC if word.slavic_evidence else SLAVIC_WEAK), "romanisation"
    if typing and word.plain and token.plain.startswith(word.plain):
        return max((TYPED_PREFIX, "prefix"), (best, why))
    if typing:
        forms = prefix_forms(word) if prefixes is None else prefixes
        if any(v.startswith(forms) for v in token.variants):  # any of the forms
            best, why = VARIANT_PREFIX, "prefix"
    if not token.skeletons.isdisjoint(word.skeletons):
        score = _skeleton_score(word, token)
        if score > best:
            best, why = score, "romanisation" if token.foreign or word.foreign else "skeleton"
    edits = allowed_edits(word.plain)
    if edits and best < TYPO and len(token.plain) >= 4:
        # an edit between variant forms (vowels already folded) counts one step more
        plain = distances().OSA.distance(word.plain, token.plain, score_cutoff=edits)
        folded = min(
            (
                distances().OSA.distance(v, t, score_cutoff=edits)
                for v in word.variants[:2]
                for t in token.variants
            ),
            default=edits + 1,
        )
        distance = min(plain if plain <= edits else 99, folded + 1 if folded <= edits else 99)
        if distance <= edits + 1:
            score = TYPO - TYPO_STEP * max(0, distance - 1)
            if score > best:
                best, why = score, "typo"
    if best < PART and len(word.plain) >= 3 and word.plain in token.plain:
        best, why = PART, "trigram"
    return best, why


@dataclass
class Scored:
    score: float
    why: tuple[str, ...]


Memo = dict[tuple[object, ...], tuple[float, str]]


def score(
    words: Sequence[QueryWord],
    candidate: Candidate,
    *,
    skip: Sequence[int] = (),
    memo: Memo | None = None,
) -> Scored:
    """The candidate's score (``skip``: typed words known to meet none of its keys; ``memo``:
    word-against-token outcomes of earlier candidates of the same query, which namesakes
    share)."""
    last = len(words) - 1
    memo = {} if memo is None else memo
    prefixes = prefix_forms(words[last]) if words else ()

    def outcome(i: int, token: Token) -> tuple[float, str]:
        key = (i, token.plain, token.variants, token.foreign, token.slavic)
        found = memo.get(key)
        if found is None:
            found = memo[key] = match(words[i], token, typing=i == last, prefixes=prefixes)
        return found

    per_word: list[tuple[float, str, Token | None]] = []
    for i, word in enumerate(words):
        if i in skip:
            per_word.append((0.0, "", None))
            continue
        same = candidate.exact.get(word.plain)
        if same is not None:
            per_word.append((EXACT, "exact", same))
            continue
        best: tuple[float, str, Token | None] = (0.0, "", None)
        for token in candidate.tokens:
            value, why = outcome(i, token)
            if value > best[0]:
                best = (value, why, token)
                if value >= EXACT:
                    break
        if best[0] < COMPOUND:
            for joined in candidate.joins:
                value, why = outcome(i, joined)
                if value >= VARIANT_PREFIX and min(value, COMPOUND) > best[0]:
                    best = (min(value, COMPOUND), "compound", joined)
        per_word.append(best)
    # two typed words written as one token of the candidate
    for i in range(len(words) - 1):
        if min(per_word[i][0], per_word[i + 1][0]) >= COMPOUND or i in skip or i + 1 in skip:
            continue
        forms = join_forms(words[i].plain, words[i + 1].plain)
        for token in candidate.tokens:
            if not token.variants.isdisjoint(forms) or not token.skeletons.isdisjoint(forms):
                for j in (i, i + 1):
                    if per_word[j][0] < COMPOUND:
                        per_word[j] = (COMPOUND, "compound", token)
                break
    total = sum(p[0] for p in per_word) / len(words)
    matched = [p[2] for p in per_word if p[2] is not None]
    order = 0.0
    for a, b in itertools.pairwise(matched):
        if a is not None and b is not None and a.group == b.group and b.position < a.position:
            order = ORDER_PENALTY
    used = {(t.group, t.position) for t in matched if t is not None}
    if any(t is not None and t.width == 2 for t in matched):
        used |= {(t.group, t.position + 1) for t in matched if t is not None and t.width == 2}
    unused = 0
    if all(t is None or t.group == 0 for t in matched):  # positions comparable
        unused = sum(1 for t in candidate.tokens if t.group == 0 and (0, t.position) not in used)
    extra = max(0, candidate.word_count - len(words), unused)
    penalty = min(MAX_PENALTY, EXTRA_WORD_PENALTY * extra) + order
    if unused and any(p[2] is None for p in per_word):
        penalty += CONFLICT_PENALTY  # another name where the typed one is missing
    keys = tuple(dict.fromkeys(p[1] for p in per_word if p[1]))
    return Scored(max(0.0, round(total - penalty, 1)), keys)


def rank(
    words: Sequence[QueryWord], candidates: Sequence[Candidate], *, limit: int
) -> list[tuple[Candidate, float]]:
    """The best ``limit`` candidates with their scores, best first (ties: input order)."""
    if not candidates or not words:
        return []
    results = [(candidate, score(words, candidate).score) for candidate in candidates]
    results.sort(key=lambda item: -item[1])
    return results[:limit]


__all__ = ["Candidate", "Scored", "allowed_edits", "match", "rank", "score", "variants"]
