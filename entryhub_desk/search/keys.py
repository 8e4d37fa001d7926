"""Search keys of names: the same function folds a stored name and a typed query.

Three forms of every name word:

- **plain** — Latin letters and digits only: any script through ``anyascii`` (Ethiopic becomes
  readable Latin, Arabic and Persian their consonant skeleton), lower case, accents removed;
- **variant** — plain with common spelling variants folded: Somali orthography (``x`` for ḥ,
  ``c`` for ʿ: Maxamed ≈ Mohamed, Cali ≈ Ali), digraphs (kh, gh, th, dh, ph, dj, ch, q),
  Tigrinya ኸ as k, vowel alternations (o/u, e/i, ou/oo/u, ee/i, ey/ay/ai), ``j``/``y`` and
  ``v``/``w``, a final ``h`` after a vowel (Fatimah, Fatemeh), doubled letters;
- **skeleton** — the variant without vowels and weak letters (a e i o u y w) and without a
  final ``h``, with z/d and q/g/k each as one letter: what Arabic script writes without short
  vowels (محمد → ``mhmd`` = Mohamed).

Name words are split on anything that is not a letter or digit. The Arabic article is dropped
(``al-``, ``el-``, ``Al ``, sun-letter forms like ``ad-``, and ال in Arabic script); a word that
starts with ``al``/``el`` also gets the form without it (Alobaidi ≈ Al-Obaidi). ``Abd`` compounds
are split into ``abd`` and the rest (Abdulrahman, Abd al-Rahman, Abdirahman, عبد الرحمن).
Adjacent words are also joined (Gebremedhin ≈ Gebre Medhin), so word order and spacing do not
matter for a match. Everything here is pure and fast (run on every keystroke).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from anyascii import anyascii

_ARABIC: Final = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_ARABIC_ARTICLE: Final = re.compile(r"(?<![\u0600-\u06ff])[اأ]ل(?=[\u0600-\u06ff]{2})")
_ARABIC_ABD: Final = re.compile(r"(?<![\u0600-\u06ff])عبد(?:\s*ال)?(?=[\u0600-\u06ff]{2})")
_HYPHENATED_ARTICLE: Final = re.compile(r"\b[aeu](?:l|sh|[rsdtnz])[-\u2010\u2011\u2013'`’]+(?=\w)")
_QUOTES: Final = re.compile(r"['`’ʼʻ]")
_SPLIT: Final = re.compile(r"[^a-z0-9]+")
_STANDALONE_ARTICLES: Final = frozenset({"al", "el", "ul"})
_ABD_STANDALONE: Final = frozenset(
    {"abd", "abdul", "abdel", "abdal", "abdil", "abdol", "abdoul", "cabd", "cabdul", "cabdal"}
)
_ABD_JOINED: Final = re.compile(r"^c?abd(?:[aeiou]l|[aeiou])?(?=[a-z]{3})")
_DOUBLES: Final = re.compile(r"(.)\1+")
# Order matters: longer patterns first.
_VARIANT_RULES: Final[tuple[tuple[str, str], ...]] = (
    ("sch", "sh"),
    ("tch", "sh"),
    ("dj", "j"),
    ("ch", "sh"),
    ("kh", "k"),
    ("gh", "g"),
    ("ph", "f"),
    ("th", "t"),
    ("dh", "d"),
    ("ck", "k"),
    ("q", "k"),
    ("x", "h"),
    ("c", ""),
    ("j", "y"),
    ("v", "w"),
    ("ou", "u"),
    ("oo", "u"),
    ("ee", "i"),
    ("ey", "ai"),
    ("ay", "ai"),
    ("ei", "ai"),
    ("o", "u"),
    ("e", "i"),
)
_VARIANT_TABLE: Final = re.compile("|".join(re.escape(src) for src, _ in _VARIANT_RULES))
_VARIANT_MAP: Final = dict(_VARIANT_RULES)
_VOWELS_AND_WEAK: Final = str.maketrans("", "", "aeiouyw")
# In the skeleton, letters that scripts and spellings swap: z/d (ذ ض ظ), q/g/k (ق in Persian).
_SKELETON_CLASSES: Final = str.maketrans({"z": "d", "q": "k", "g": "k"})
# Tigrinya ኸ (khe) is written k in Latin (Tekle), but anyascii gives h: read it as ከ.
_ETHIOPIC_KHE: Final = str.maketrans({chr(0x12B8 + i): chr(0x12A8 + i) for i in range(7)})


def plain_text(text: str) -> str:
    """The whole text folded to plain Latin lower case (articles and compounds untouched)."""
    if _ARABIC.search(text):
        text = _ARABIC_ABD.sub("عبد ", text)
        text = _ARABIC_ARTICLE.sub("", text)
    # Arabic harakat and other combining marks transliterate on their own; drop stray ones.
    folded = anyascii(unicodedata.normalize("NFC", text).translate(_ETHIOPIC_KHE)).lower()
    folded = _HYPHENATED_ARTICLE.sub(" ", folded)
    return _QUOTES.sub("", folded)


def plain_words(text: str) -> list[str]:
    """Plain words of a name, articles dropped and ``abd`` compounds split."""
    words: list[str] = []
    raw = [w for w in _SPLIT.split(plain_text(text)) if w]
    for index, word in enumerate(raw):
        if word in _STANDALONE_ARTICLES and index + 1 < len(raw):
            continue
        if word in _ABD_STANDALONE and index + 1 < len(raw):
            words.append("abd")
            continue
        match = _ABD_JOINED.match(word)
        if match:
            words.extend(("abd", word[match.end() :]))
            continue
        words.append(word)
    return words


@lru_cache(maxsize=4096)
def variant(word: str, *, keep_final_h: bool = False) -> str:
    """The spelling-variant form of one plain word."""
    folded = _VARIANT_TABLE.sub(lambda m: _VARIANT_MAP[m.group(0)], word)
    folded = _DOUBLES.sub(r"\1", folded)
    if not keep_final_h and len(folded) > 2 and folded.endswith("h") and folded[-2] in "aeiou":
        folded = folded[:-1]
    return folded


@lru_cache(maxsize=4096)
def skeleton(word: str, *, keep_final_h: bool = False) -> str:
    """The consonant skeleton of one plain word (from its variant form)."""
    consonants = variant(word, keep_final_h=keep_final_h).translate(_VOWELS_AND_WEAK)
    bare = _DOUBLES.sub(r"\1", consonants.translate(_SKELETON_CLASSES))
    if not keep_final_h and len(bare) > 1 and bare.endswith("h"):
        bare = bare[:-1]
    return bare


def article_free(word: str) -> str | None:
    """``alobaidi`` → ``obaidi`` (a word that may carry the article joined to it)."""
    if word[:2] in ("al", "el") and len(word) >= 5:
        return word[2:]
    return None


@dataclass(frozen=True)
class NameKeys:
    """Everything the index keeps of one person's names (each tuple without repeats)."""

    plain: tuple[str, ...]  # plain words in name order (given, family, original script)
    variants: tuple[str, ...]
    skeletons: tuple[str, ...]
    joins: tuple[str, ...] = ()  # adjacent words written together (variant and skeleton)


def _unique(items: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(item for item in items if item))


def name_keys(*names: str | None) -> NameKeys:
    """Keys of a person from every name field (given, family, original script …)."""
    plain: list[str] = []
    forms: list[str] = []
    joined: list[str] = []
    for name in names:
        if not name:
            continue
        words = plain_words(name)
        plain.extend(words)
        for word in words:
            forms.append(word)
            bare = article_free(word)
            if bare:
                forms.append(bare)
        joined.extend(a + b for a, b in itertools.pairwise(words))
    # joins across fields (given + family) too
    firsts = [plain_words(n) for n in names if n]
    for left, right in itertools.pairwise(firsts):
        if left and right:
            joined.append(left[-1] + right[0])
    variants = _unique([variant(f) for f in forms])
    skeletons = _unique([skeleton(f) for f in forms])
    joins = [variant(f) for f in joined] + [skeleton(f) for f in joined]
    taken = set(variants) | set(skeletons)
    return NameKeys(
        plain=_unique(plain),
        variants=variants,
        skeletons=skeletons,
        joins=tuple(j for j in _unique(joins) if j not in taken),
    )


@dataclass(frozen=True)
class QueryWord:
    """One typed word and the forms it may match."""

    plain: str
    variants: tuple[str, ...]
    skeletons: tuple[str, ...]


def query_words(query: str) -> list[QueryWord]:
    """The words of a typed query with their alternative forms."""
    result: list[QueryWord] = []
    for word in plain_words(query):
        forms = [word]
        bare = article_free(word)
        if bare:
            forms.append(bare)
        result.append(
            QueryWord(
                plain=word,
                variants=_unique(
                    [variant(f) for f in forms] + [variant(f, keep_final_h=True) for f in forms]
                ),
                # a word still being typed may end in an h that is not final (moh|ammed)
                skeletons=_unique(
                    [skeleton(f) for f in forms] + [skeleton(f, keep_final_h=True) for f in forms]
                ),
            )
        )
    return result
