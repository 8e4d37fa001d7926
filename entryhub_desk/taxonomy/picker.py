"""Search-as-you-type over ESCO labels, whatever language the user types in.

For a user working in language L, the picker searches the preferred and alternative labels in
every bundled language (L first, then Swedish, English and the others: "لحام" finds welders in
the Swedish interface) and shows each hit with its label in L, or in English marked as a
fallback; a hit found through another label names that label as written ("Rörsvetsare").

How: per scheme and language, all labels are folded (case, accents, Arabic letter variants and
vowel marks, punctuation → space) and joined into one string, one label per line, built on the
first search (folding is a few passes over the whole string). A query is folded the same way;
its longest word is found with ``str.find`` over that string (a single letter only at the
start of a label, two letters only at the start of a word), each hit is mapped to its line by
bisection, and the line must hold every other word of the query. Hits are ranked by how well
the label matches (whole label, start, word start, inside), preferred before alternative, the
user's language first, shorter labels first. A query in capitals that a label holds as a word
("MIG") ranks that label first. When a word is found nowhere, one typo is forgiven
("svetsre" finds "svetsare"): lines holding either half of the word are compared word by word.
"""

from __future__ import annotations

import heapq
import re
import threading
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import accumulate
from typing import Any, Final

from entryhub_desk.taxonomy import display, esco
from entryhub_desk.taxonomy.labels import FALLBACK_LANG, Label, TaxonomyHit

DEFAULT_LIMIT: Final = 20
SHORT_QUERY: Final = 2  # words this short match only at the start of a word
SHORT_KEEP: Final = 200  # lines per match group scored for a one- or two-letter query
TYPO_MIN: Final = 5  # words this long may have one typo forgiven
# Combining marks left by NFD (Latin and Cyrillic accents, Arabic vowel marks, hamza above and
# below, Quranic signs) and the Arabic tatweel.
_MARKS: Final = re.compile("[\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
# Punctuation and white space other than the newline become a space.
_SEPARATORS: Final = re.compile(r"[,;:/()\[\]{}<>\"'’‘“”«»\-–—_.!?|&+*\t\r\f\v\u00a0\u200b-\u200f]")
# Letters NFD leaves alone: Latin ligatures and stroked letters, Arabic letter variants.
_LETTERS: Final[dict[str, str]] = {
    "æ": "ae",
    "ø": "o",
    "œ": "oe",
    "ł": "l",
    "đ": "d",
    "ð": "d",
    "þ": "th",
    "ı": "i",
    "ى": "ي",
    "ة": "ه",
    "ٱ": "ا",
}
_lock = threading.Lock()


def _fold_text(text: str) -> str:
    """Fold ``text`` (which may hold many lines) in a few passes over the whole string."""
    folded = _MARKS.sub("", unicodedata.normalize("NFD", text.casefold()))
    for letter, plain in _LETTERS.items():
        if letter in folded:
            folded = folded.replace(letter, plain)
    folded = _SEPARATORS.sub(" ", folded)
    while "  " in folded:
        folded = folded.replace("  ", " ")
    return folded


def fold(text: str) -> str:
    """The matching form: case folded, accents and Arabic marks removed, punctuation → space."""
    return " ".join(_fold_text(text).split())


@dataclass(frozen=True)
class _Index:
    """All labels of one scheme in one language, folded, one per line."""

    text: str  # "\n" + line + "\n" + line … + "\n"
    starts: list[int]  # offset of each line's first character in ``text``
    lines: list[str]
    raw: list[str]  # each line's label as written
    concept: list[int]  # concept index of each line
    preferred: list[bool]
    static: list[float]  # the part of a line's rank that does not depend on the query


def _build(scheme: esco.Concepts, lang: str) -> _Index:
    raw: list[str] = []
    concept: list[int] = []
    preferred: list[bool] = []
    for i, label in enumerate(scheme.pref.get(lang, ())):
        if label:
            raw.append(label)
            concept.append(i)
            preferred.append(True)
    for i, alts in enumerate(scheme.alt.get(lang, ())):
        if alts:
            for alt in alts.split("\n"):
                raw.append(alt)
                concept.append(i)
                preferred.append(False)
    # Curated display forms are found too ("undersköterska" finds the nurse assistant).
    for (kind, code), forms in display.CURATED.items():
        i_code = scheme.position(code) if kind == scheme.kind else None
        if i_code is not None and lang in forms:
            raw.append(forms[lang])
            concept.append(i_code)
            preferred.append(True)
    # Fold everything at once (one C-level pass), then split back into lines.
    folded = _fold_text("\n".join(raw)).replace(" \n", "\n").replace("\n ", "\n")
    lines = folded.strip(" ").split("\n")
    text = "\n" + "\n".join(lines) + "\n"
    starts = [1 + offset for offset in accumulate((len(line) + 1 for line in lines), initial=0)]
    static = [
        min(len(line), 100) / 50.0 - (8.0 if pref else 0.0)
        for line, pref in zip(lines, preferred, strict=True)
    ]
    return _Index(text, starts[:-1], lines, raw, concept, preferred, static)


@cache
def _index_cached(kind: str, lang: str) -> _Index:
    return _build(esco.concepts(kind), lang)


def _index(kind: str, lang: str) -> _Index:
    with _lock:
        return _index_cached(kind, lang)


@lru_cache(maxsize=2048)
def _prefix_lines(kind: str, lang: str, prefix: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """For a one- or two-letter word: the lines whose label begins with it and the lines where
    only a later word does, each best-first by the part of the score that does not depend on
    the query (preferred label, length). Built on the first such query, then kept."""
    index = _index_cached(kind, lang)
    hits = _line_hits(index, prefix)
    lines, static = index.lines, index.static
    starts = sorted((i for i in hits if lines[i].startswith(prefix)), key=static.__getitem__)
    words = sorted((i for i in hits if not lines[i].startswith(prefix)), key=static.__getitem__)
    return tuple(starts), tuple(words)


def _short_hits(kind: str, lang: str, word: str, keep: int) -> list[int]:
    """The ``keep`` statically best lines of each match group for a one- or two-letter word."""
    with _lock:
        starts, words = _prefix_lines(kind, lang, word)
    return [*starts[:keep], *words[:keep]]


def warm_up(kinds: tuple[str, ...] = (esco.OCCUPATION, esco.SKILL), lang: str = "sv") -> None:
    # Every language is searched, whatever the interface language.
    """Load the files and build the indexes now (e.g. on a worker thread after log-in), so that
    the first keystroke in the picker does not pay for them."""
    for kind in kinds:
        for search_lang in _languages(lang):
            _index(kind, search_lang)


def _languages(lang: str) -> tuple[str, ...]:
    out: list[str] = []
    for candidate in (lang, "sv", FALLBACK_LANG, *esco.LANGS):
        if candidate in esco.LANGS and candidate not in out:
            out.append(candidate)
    return tuple(out)


def _line_hits(index: _Index, word: str) -> set[int]:
    """Lines that contain ``word`` (at a word start when the word is short)."""
    found: set[int] = set()
    if len(word) == 1:  # one letter: labels that begin with it
        needles: tuple[str, ...] = ("\n" + word,)
    elif len(word) <= SHORT_QUERY:
        needles = (" " + word, "\n" + word)
    else:
        needles = (word,)
    text, starts = index.text, index.starts
    for needle in needles:
        at = text.find(needle)
        while at != -1:
            found.add(bisect_right(starts, at + (len(needle) - len(word))) - 1)
            at = text.find(needle, at + 1)
    return found


def _match_score(line: str, query: str, words: list[str]) -> float:
    if line == query:
        return 100.0
    if line.startswith(query):
        return 80.0
    if (" " + query + " ") in line or line.endswith(" " + query):
        return 70.0
    if (" " + query) in line:
        return 65.0
    if query in line:
        return 50.0
    # Words in another order: count how many begin a word of the label.
    starts = sum(1 for w in words if line.startswith(w) or (" " + w) in line)
    return 30.0 + 20.0 * starts / len(words)


def search(
    kind: str, query: str, lang: str = "sv", limit: int = DEFAULT_LIMIT
) -> list[TaxonomyHit]:
    """Concepts of ``kind`` ("occupation" or "skill") whose labels match ``query``."""
    folded = fold(query)
    if not folded or limit <= 0:
        return []
    words = sorted(set(folded.split()), key=len, reverse=True)
    scheme = esco.concepts(kind)
    acronym = _acronym(query)
    best: dict[int, tuple[float, int, int]] = {}  # concept → score, language rank, line
    languages = _languages(lang)
    for rank, search_lang in enumerate(languages):
        _score_lines(kind, search_lang, rank, folded, words, acronym, limit, best, typo=False)
    if not best and len(words[0]) >= TYPO_MIN:  # found nowhere: forgive one typo
        for rank, search_lang in enumerate(languages):
            _score_lines(kind, search_lang, rank, folded, words, None, limit, best, typo=True)
    ranked = heapq.nsmallest(limit, best.items(), key=lambda item: (-item[1][0], item[0]))
    hits: list[TaxonomyHit] = []
    for i, (score, rank, line_no) in ranked:
        label, shown, folded_forms = _shown(kind, i, lang)
        index = _index(kind, languages[rank])
        written = index.raw[line_no]
        same = index.lines[line_no] in folded_forms  # the line is ``written`` folded
        hits.append(
            TaxonomyHit(
                code=scheme.codes[i],
                label=shown,
                label_lang=label.lang,
                isco_group=scheme.isco[i] if scheme.isco is not None else None,
                score=round(score, 2),
                fallback=label.fallback,
                matched=None if same else written,
                kind=kind,
            )
        )
    return _told_apart(hits, scheme)


@lru_cache(maxsize=4096)
def _shown(kind: str, i: int, lang: str) -> tuple[Label, str, tuple[str, str]]:
    """Concept ``i``'s label in ``lang``, its display text and both folded: the same at
    every keystroke, so kept (the search folded them again for each hit of each keystroke)."""
    scheme = esco.concepts(kind)
    label = esco.label_of(scheme, i, lang)
    shown = display.display_text(kind, scheme.codes[i], label)
    return label, shown, (fold(label.text), fold(shown))


def _score_lines(
    kind: str,
    search_lang: str,
    rank: int,
    folded: str,
    words: list[str],
    acronym: re.Pattern[str] | None,
    limit: int,
    best: dict[int, tuple[float, int, int]],
    *,
    typo: bool,
) -> None:
    """Score the lines of one language that match the query (or, with ``typo``, match it
    with one letter added, dropped or changed in its longest word) into ``best``."""
    index = _index(kind, search_lang)
    lines, concept, static = index.lines, index.concept, index.static
    bonus = 4.0 - 2.0 * min(rank, 2)  # the user's language, then Swedish, then the others
    first, others = words[0], words[1:]
    if typo:
        half = len(first) // 2
        candidates: Iterable[int] = sorted(
            _line_hits(index, first[:half]) | _line_hits(index, first[half:])
        )
    elif not others and len(first) <= SHORT_QUERY:
        # Thousands of labels match one or two letters: score the best few of each kind.
        candidates = _short_hits(kind, search_lang, first, SHORT_KEEP + limit)
    else:
        candidates = _line_hits(index, first)
    for line_no in candidates:
        line = lines[line_no]
        if others and not all(_contains(line, w) for w in others):
            continue
        if typo:
            if not any(_near(first, word) for word in line.split()):
                continue
            score = 45.0
        elif acronym is not None and acronym.search(index.raw[line_no]):
            score = 99.0  # "MIG" written as a word in capitals: that label first
        elif line.startswith(folded):
            if len(line) == len(folded):
                score = 100.0
            else:
                score = 90.0 if line[len(folded)] == " " else 80.0  # a whole word first
        else:
            score = _match_score(line, folded, words)
        # shorter labels first, preferred before alternative: the line's static rank
        score += bonus - static[line_no]
        i = concept[line_no]
        found = best.get(i)
        if found is None or score > found[0]:
            best[i] = (score, rank, line_no)


def _acronym(query: str) -> re.Pattern[str] | None:
    """For a query in capitals ("MIG", "CNC"): the pattern of it as a word of a label."""
    text = query.strip()
    if not (2 <= len(text) <= 6 and text.isalnum() and text.isupper()):
        return None
    return re.compile(rf"(?<!\w){re.escape(text)}(?!\w)")


@cache
def _levenshtein() -> Any:
    """``rapidfuzz``'s Levenshtein, imported on the first typo search: the commands that only
    read labels (``cv``) never load it."""
    from rapidfuzz.distance import Levenshtein

    return Levenshtein


def _near(word: str, label_word: str) -> bool:
    """``label_word`` (or its beginning) is ``word`` with at most one letter added, dropped
    or changed ("svetsre" ~ "svetsare", "svetsarna")."""
    n = len(word)
    if not label_word or label_word[0] != word[0]:  # a typo in the first letter is rare
        return False
    distance = _levenshtein().distance
    return any(
        distance(word, label_word[:cut], score_cutoff=1) <= 1
        for cut in {n - 1, n, n + 1}
        if cut <= len(label_word)
    )


def _told_apart(hits: list[TaxonomyHit], scheme: esco.Concepts) -> list[TaxonomyHit]:
    """Hits that read the same get a ``detail``: the English label, or where that is the same
    too, the ISCO-08 group (ESCO has codes with one Swedish label, e.g. a nurse and a nurse
    assistant in v1.1.1)."""
    same: dict[str, list[int]] = {}
    for n, hit in enumerate(hits):
        same.setdefault(hit.label.casefold(), []).append(n)
    out = list(hits)
    for group in same.values():
        if len(group) < 2:
            continue
        for n in group:
            hit = hits[n]
            i = scheme.position(hit.code)
            assert i is not None
            english = display.sentence_case(scheme.pref[FALLBACK_LANG][i])
            detail = english if english.casefold() != hit.label.casefold() else None
            if detail is None and hit.isco_group is not None:
                detail = f"ISCO {hit.isco_group}"
            out[n] = replace(hit, detail=detail)
    return out


def _contains(line: str, word: str) -> bool:
    if len(word) <= SHORT_QUERY:
        return line.startswith(word) or (" " + word) in line
    return word in line


def search_occupations(
    query: str, lang: str = "sv", limit: int = DEFAULT_LIMIT
) -> list[TaxonomyHit]:
    """ESCO occupations for the picker (with their ISCO-08 group)."""
    return search(esco.OCCUPATION, query, lang, limit)


def search_skills(query: str, lang: str = "sv", limit: int = DEFAULT_LIMIT) -> list[TaxonomyHit]:
    """ESCO skills for the picker."""
    return search(esco.SKILL, query, lang, limit)
