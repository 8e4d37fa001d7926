"""Whether two written names are the same person's name (for the likely-duplicate check).

The search finds candidates generously (one query word may go unmatched, words in any order),
which is right for finding a visitor but too generous for saying "this is probably her": the
brother "Hossein Haidari Ahmadi" comes close to "Ahmad Haidari Ahmadi", and "Girmay Berhe
Yemane" (another father) to "Girmay Abraha Yemane". Here a name is compared word by word with
the search's own keys (:mod:`entryhub_desk.search.keys`: spelling variants, consonant
skeletons, every romanisation of another script):

- the **given name** (its first word, or its first two written as one: "Zabih Ullah" and
  "Zabihullah", ``abd`` always with the next word) must agree: a shared variant or skeleton,
  or one typing error in a word of five or more letters;
- the **family words** (father's and grandfather's names, or a surname) are matched in order
  (a longest common subsequence of agreeing words): all words of the shorter side matched →
  :data:`SAME` (the longer side only adds names of the chain: "Mohamed Ali" and "Mohamed Ali
  Hassan", or a registrar kept only the last one); otherwise the same first family word (the
  father's name) → :data:`SIMILAR` ("Mohamed Ali Omar" and "Mohamed Ali Hassan"); another
  father ("Nasrin Noori Wardak" and "Nasrin Safi Wardak") or the same words in another order
  ("Ali Hassan" and "Hassan Ali") → no match. One side without family words → :data:`SIMILAR`.

Two neighbouring family words may be written as one ("Habte Mariam", "Habtemariam"). The
Latin name and the name in its original script are both tried; the best outcome counts.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from entryhub_desk.memo import personal
from entryhub_desk.search.keys import article_free, name_readings, variants, word_forms
from entryhub_desk.search.ranking import distances

SAME: Final = "same"
SIMILAR: Final = "similar"
_ABD: Final = "abd"


@dataclass(frozen=True)
class _Word:
    plain: str
    forms: frozenset[str]


def _word(token: str) -> _Word:
    found = word_forms(token)
    return _Word(token, frozenset((token, *found.variants, *found.skeletons)))


def _joined(a: str, b: str) -> _Word:
    """Two words written as one: spelling variants only (a skeleton or an article dropped
    from the front would make "Ali Mohamed" read as "Mohamed"); an abbreviation first as
    each of its full words ("G/Medhin" is Gebremedhin, "H/Mariam" Habtemariam or Hailemariam)."""
    heads = word_forms(a).expansions or (a,)
    texts = [head + b for head in heads]
    return _Word(texts[0], frozenset(f for t in texts for f in (t, *variants(t))))


def _prefix(token: str) -> bool:
    """An abbreviation written with its slash (G/, W/, H/): the first part of a compound,
    never a name of its own ("Mulugeta G/Kidan" is not "Mulugeta Gebre")."""
    return token.endswith("/")


def one_edit(a: str, b: str) -> bool:
    """Whether two words of five or more letters differ by one edit (a swap counts as one:
    the search's own distance, :func:`entryhub_desk.search.ranking.distances`)."""
    if min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 1:
        return False
    return int(distances().OSA.distance(a, b, score_cutoff=1)) <= 1


def _agree(a: _Word, b: _Word) -> bool:
    return bool(a.forms & b.forms) or one_edit(a.plain, b.plain)


@dataclass(frozen=True)
class _Name:
    given: _Word
    family: tuple[_Word, ...]


def _joinings(words: tuple[str, ...]) -> list[tuple[_Word, ...]]:
    """The words as written, and with each pair of neighbours written as one ("Habte Mariam"
    and "Habtemariam", "Gebre Medhin" and "Gebremedhin")."""
    single = tuple(_word(w) for w in words)
    found = [] if any(_prefix(w) for w in words[:-1]) else [single]
    for i in range(len(words) - 1):
        found.append((*single[:i], _joined(words[i], words[i + 1]), *single[i + 2 :]))
    return found


def _splits(tokens: tuple[str, ...], *, joins: bool = True) -> list[_Name]:
    """A name's words as (given name, family words): the given name is the first word, or the
    first two written apart ("Zabih Ullah", "Mohammad Reza"; ``abd`` always takes the next)."""
    if not tokens:
        return []
    whole = len(tokens) > 1 and (tokens[0] == _ABD or _prefix(tokens[0]))
    sizes = (2,) if whole else (1, 2) if joins else (1,)
    found = []
    for size in sizes:
        if len(tokens) < size:
            break
        if size == 2 and tokens[0] == _ABD:
            head = _word("".join(tokens[:2]))  # the search's keys know abd compounds
            bare = article_free(tokens[1])  # "Abd Elrahman": the article on the next word
            if bare:
                head = _Word(head.plain, head.forms | _word(_ABD + bare).forms)
        elif size == 2:
            head = _joined(tokens[0], tokens[1])
        else:
            head = _word(tokens[0])
        for family in _joinings(tokens[size:]):
            found.append(_Name(head, family))
    return found


@personal
@lru_cache(maxsize=4096)
def _names(given: str, family: str, original: str | None) -> tuple[_Name, ...]:
    """Every reading of the Latin name (given + family) and of the original-script name."""
    found: list[_Name] = []
    for g in name_readings(given):
        for f in name_readings(family) or ((),):
            found.extend(_splits(g + f))
    if given and family:
        # read whole too: "Abdul" typed as the given name and "Rahman Hamdan" as the family
        # name is Abdulrahman Hamdan (the keys join abd and the next word within one text)
        for whole in name_readings(f"{given} {family}"):
            found.extend(_splits(whole))
    for reading in name_readings(original or ""):
        # no joined given names here: another script's readings are consonant strings, and
        # "wlyd" + "hdd" would come close to "wlyd"
        found.extend(_splits(reading, joins=False))
    return tuple(found)


def _in_order(a: tuple[_Word, ...], b: tuple[_Word, ...]) -> int:
    """How many words agree in the same order (longest common subsequence)."""
    lengths = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i, x in enumerate(a):
        for j, y in enumerate(b):
            lengths[i + 1][j + 1] = (
                lengths[i][j] + 1 if _agree(x, y) else max(lengths[i][j + 1], lengths[i + 1][j])
            )
    return lengths[len(a)][len(b)]


def _compare(a: _Name, b: _Name) -> str | None:
    if not _agree(a.given, b.given):
        return None
    if not a.family or not b.family:
        return SAME if not a.family and not b.family else SIMILAR
    shorter = min(len(a.family), len(b.family))
    common = _in_order(a.family, b.family)
    if common == shorter:
        return SAME
    anywhere = sum(any(_agree(x, y) for y in b.family) for x in a.family)
    if anywhere >= shorter:
        return None  # the same words in another order
    if _agree(a.family[0], b.family[0]):
        return SIMILAR  # the same father, another grandfather (or a word written apart)
    return None


def compare_names(
    given: str,
    family: str,
    original: str | None,
    other_given: str,
    other_family: str,
    other_original: str | None,
) -> str | None:
    """:data:`SAME`, :data:`SIMILAR` or None (not the same person's name)."""
    best: str | None = None
    for a in _names(given, family, original):
        for b in _names(other_given, other_family, other_original):
            outcome = _compare(a, b)
            if outcome == SAME:
                return SAME
            best = best or outcome
    return best
