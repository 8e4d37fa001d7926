"""Search keys of names: the same functions fold a stored name and a typed query.

A name is read into **tokens** (plain words) once per romanisation (anyascii, plus the
per-script readings of :mod:`entryhub_desk.search.romanise`, plus Turkish and Kurmanji letters
as typed on a keyboard without them: Ayşe also as ayse). Each token has these forms:

- **plain** — Latin letters and digits, lower case, accents removed (Turkish and Kurmanji
  ç, ş, ğ, ı spelled out first);
- **variants** — plain with spelling variants folded, once per orthography that reads the
  letters c, x differently: Somali (c = ʿ, dropped; x = ḥ → h: Maxamed ≈ Mohamed, Cali ≈ Ali),
  Kurmanji and Turkish (c = j, x = kh: Cemil ≈ Jamil), English and Swedish (c = k, x = ks);
  then, for all: digraphs (sch/tch/ch/sj/tj → sh, kh → k, gh → g, ph → f, th → t, dh → d,
  dj → j, Greek ch in -chael → k), q → k, j → y, v → w, vowel alternations (o/u, e/i,
  ou/oo → u, ee → i, ey/ay/ei → ai), doubled letters single, a final h after a vowel dropped;
- **skeletons** — a variant without vowels and weak letters (a e i o u y w), z/d and q/g/k
  each as one letter (and z also as s, as Somali writes ز), no final h: what Arabic script
  writes without short vowels;
- **expansions** — the full words of a customary abbreviation (:data:`ABBREVIATIONS`: Mhd,
  Mohd, Moh'd, Md → Mohammed; the Eritrean and Ethiopian G/, W/, H/ → Gebre, Wolde, Habte or
  Haile).

Tokens: the Arabic article is dropped (``al-``, ``el-``, ``Al ``, sun-letter forms like
``ad-``, ال in Arabic script); ``Abd`` compounds are split into ``abd`` and the rest
(Abdulrahman, Abd al-Rahman, عبد الرحمن); -uddin/-eddin/-aldin and -ullah/-allah compounds are
split into the head and ``din`` / ``ullah`` (Ezzeddin ≈ Ezz al-Din, Zabihullah ≈ Zabih Ullah).
Adjacent tokens also give **joins** (Gebremedhin ≈ Gebre Medhin, Mohammadreza ≈ Mohammad
Reza). The last typed word is read as unfinished: an Abd compound is cut after its connector
as the completed word would be (Abdish… is Abdi|sh…, not Abd|ish), and an unfinished -eddin
or -ullah may start the joined name (Saifedd… meets Saif|eddin). Everything here is pure and
cached (run on every keystroke).
"""

from __future__ import annotations

import dataclasses
import itertools
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from anyascii import anyascii

from entryhub_desk.memo import personal
from entryhub_desk.search.romanise import TURKISH_KURDISH, readings
from entryhub_desk.search.slavic import has_evidence, slavic_forms

_ARABIC: Final = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_ARABIC_ARTICLE: Final = re.compile(r"(?<![\u0600-\u06ff])[اأ]ل(?=[\u0600-\u06ff]{2})")
_ARABIC_ABD: Final = re.compile(r"(?<![\u0600-\u06ff])عبد(?:\s*ال)?(?=[\u0600-\u06ff]{2})")
_HYPHENATED_ARTICLE: Final = re.compile(r"\b[aeu](?:l|sh|[rsdtnz])[-\u2010\u2011\u2013'`’]+(?=\w)")
_QUOTES: Final = re.compile(r"['`’ʼʻ]")
_TURKISH_LETTERS: Final = re.compile(r"[çşğıÇŞĞİ]")
_TOKEN: Final = re.compile(r"\b[gwh]\s*/|[a-z0-9]+")
_STANDALONE_ARTICLES: Final = frozenset({"al", "el", "ul"})
_ABD_STANDALONE: Final = frozenset(
    {"abd", "abdul", "abdel", "abdal", "abdil", "abdol", "abdoul", "cabd", "cabdul", "cabdal"}
)
_ABD_JOINED: Final = re.compile(r"^c?abd(?:[aeiou]l|[aeiou])?(?=[a-z]{3})")
_DIN_TAIL: Final = re.compile(r"^([a-z]{3,}?)(?:[aeiu](?:l|d)?)?d(?:i|ee)ne?$")
_ULLAH_TAIL: Final = re.compile(r"^([a-z]{3,}?)[aou]llah?$")
# the word being typed: an Abd compound cut after its connector (Abdi|sh…, Abdul|la…), and an
# unfinished -eddin (Saifedd…) or -ullah (Zabihull…)
_ABD_CONNECTOR: Final = re.compile(r"^c?abd(?:[aeiou]l|[aeiou])?")
_DIN_TYPED: Final = re.compile(r"^([a-z]{3,}?)[aeiu](?:dd|ld)(?:i|ee?)?$")
_ULLAH_TYPED: Final = re.compile(r"^([a-z]{3,}?)[aou]ll$")
_DOUBLES: Final = re.compile(r"(.)\1+")
# Abdullah, Abdallah, Abdulla: abd + allah (as عبد الله)
_ALLAH_TAILS: Final = frozenset({"lah", "la", "llah", "lla", "allah", "alla", "ullah", "ulla"})
_ARABIC_ALLAH: Final = re.compile(r"ا?لله(?![\u0600-\u06ff])")
ABBREVIATIONS: Final[dict[str, tuple[str, ...]]] = {
    "mhd": ("mohammed", "muhammad"),
    "mohd": ("mohammed", "muhammad"),
    "muhd": ("muhammad", "mohammed"),
    "md": ("mohammed", "muhammad"),
    "g/": ("gebre",),
    "w/": ("wolde",),
    "h/": ("habte", "haile"),
}
# Orthographies that read c and x differently (applied before the common folding).
_READINGS: Final[tuple[dict[str, str], ...]] = (
    {"c": "", "x": "h"},  # Somali
    {"c": "j", "x": "kh"},  # Kurmanji, Turkish
    {"c": "k", "x": "ks"},  # English, Swedish
)
# Two passes, so that the rules compose as written (Swedish aj → ay → ai): consonants first,
# then vowels. Order matters within a pass: longer patterns first.
_CONSONANT_RULES: Final[tuple[tuple[str, str], ...]] = (
    ("chael", "kael"),
    ("sch", "sh"),
    ("tch", "sh"),
    ("dj", "j"),
    ("ch", "sh"),
    ("sj", "sh"),
    ("tj", "sh"),
    ("kh", "k"),
    ("gh", "g"),
    ("ph", "f"),
    ("th", "t"),
    ("dh", "d"),
    ("ck", "k"),
    ("q", "k"),
    ("j", "y"),
    ("v", "w"),
)
_VOWEL_RULES: Final[tuple[tuple[str, str], ...]] = (
    ("ou", "u"),
    ("oo", "u"),
    ("ee", "i"),
    ("ey", "ai"),
    ("ay", "ai"),
    ("ei", "ai"),
    ("o", "u"),
    ("e", "i"),
)
_CONSONANT_TABLE: Final = re.compile("|".join(re.escape(src) for src, _ in _CONSONANT_RULES))
_CONSONANT_MAP: Final = dict(_CONSONANT_RULES)
_VOWEL_TABLE: Final = re.compile("|".join(re.escape(src) for src, _ in _VOWEL_RULES))
_VOWEL_MAP: Final = dict(_VOWEL_RULES)
_VOWELS_AND_WEAK: Final = str.maketrans("", "", "aeiouyw")
_SKELETON_CLASSES: Final = str.maketrans({"z": "d", "q": "k", "g": "k"})
# Tigrinya ኸ (khe) is written k in Latin (Tekle), but anyascii gives h: read it as ከ.
_ETHIOPIC_KHE: Final = str.maketrans({chr(0x12B8 + i): chr(0x12A8 + i) for i in range(7)})


def _prepare(text: str) -> str:
    text = unicodedata.normalize("NFC", text).translate(TURKISH_KURDISH)
    if _ARABIC.search(text):
        text = _ARABIC_ALLAH.sub(" allah", text)
        text = _ARABIC_ABD.sub("عبد ", text)
        text = _ARABIC_ARTICLE.sub("", text)
    return text.translate(_ETHIOPIC_KHE)


def _fold(text: str) -> str:
    folded = anyascii(text).lower()
    folded = _HYPHENATED_ARTICLE.sub(" ", folded)
    return _QUOTES.sub("", folded)


def plain_text(text: str) -> str:
    """The whole text folded to plain Latin lower case (articles and compounds untouched)."""
    return _fold(_prepare(text))


def _tokens_of(folded: str) -> list[str]:
    raw = [re.sub(r"\s+", "", t) for t in _TOKEN.findall(folded)]
    words: list[str] = []
    for index, word in enumerate(raw):
        if word in _STANDALONE_ARTICLES and index + 1 < len(raw):
            continue
        if word in _ABD_STANDALONE and index + 1 < len(raw):
            words.append("abd")
            continue
        match = _ABD_JOINED.match(word)
        if match:
            rest = word[match.end() :]
            words.extend(("abd", "allah" if rest in _ALLAH_TAILS else rest))
            continue
        tail = _DIN_TAIL.match(word) if len(word) >= 6 else None
        if tail:
            words.extend((tail.group(1), "din"))
            continue
        tail = _ULLAH_TAIL.match(word) if len(word) >= 7 else None
        if tail:
            words.extend((tail.group(1), "ullah"))
            continue
        words.append(word)
    return words


def plain_words(text: str) -> list[str]:
    """Tokens of a name in its first (anyascii) reading."""
    return _tokens_of(plain_text(text))


@personal
@lru_cache(maxsize=8192)
def name_readings(text: str) -> tuple[tuple[str, ...], ...]:
    """Token lists of ``text``, one per romanisation (anyascii's first), without repeats."""
    prepared = _prepare(text)
    found = [tuple(_tokens_of(_fold(prepared)))]
    found.extend(tuple(_tokens_of(_fold(extra))) for extra in readings(prepared))
    if _TURKISH_LETTERS.search(text):  # also as typed without them: Ayşe as Ayse
        found.append(tuple(_tokens_of(_fold(unicodedata.normalize("NFC", text)))))
    return tuple(r for r in dict.fromkeys(found) if r)


def _common_fold(word: str, *, keep_final_h: bool) -> str:
    folded = _CONSONANT_TABLE.sub(lambda m: _CONSONANT_MAP[m.group(0)], word)
    folded = _VOWEL_TABLE.sub(lambda m: _VOWEL_MAP[m.group(0)], folded)
    folded = _DOUBLES.sub(r"\1", folded)
    if not keep_final_h and len(folded) > 2 and folded.endswith("h") and folded[-2] in "aeiou":
        folded = folded[:-1]
    return folded


_FRENCH_SOFT_C: Final = re.compile(r"c(?=[eiy])")
_Y_AS_I: Final = re.compile(r"(?<=[^aeiou])y(?=[^aeiou]|$)|^y(?=i)")


def _readings_of(word: str) -> list[str]:
    """The word under each orthography's reading of c and x (ch stays a digraph)."""
    if "c" not in word.replace("ch", "") and "x" not in word:
        return [word]
    found = []
    for reading in _READINGS:
        parts = [
            part if part == "ch" else "".join(reading.get(c, c) for c in part)
            for part in re.split(r"(ch)", word)
            if part
        ]
        found.append("".join(parts))
    if _FRENCH_SOFT_C.search(word.replace("ch", "")):  # French: c before e, i, y is s
        french = re.split(r"(ch)", word)
        found.append(
            "".join(
                p if p == "ch" else _FRENCH_SOFT_C.sub("s", p).replace("c", "k") for p in french
            )
        )
    return found


@personal
@lru_cache(maxsize=16384)
def variants(word: str, *, keep_final_h: bool = False) -> tuple[str, ...]:
    """The spelling-variant forms of one plain word: one per reading of c and x, and for th
    also as s (ث: Othman = Osman), a Somali final -o also as -a, an initial ia/iu/ie also as
    ya/yu/ye; y between consonants read as i (Ukrainian -ych = -ich)."""
    sources = _readings_of(word)
    sources += [w.replace("th", "s") for w in sources if "th" in w]
    # Cyrillic Я, Ю, Є at a word's start written ia, iu, ie (Iaroslav = Yaroslav)
    sources += ["y" + w[1:] for w in sources if len(w) > 3 and w[0] == "i" and w[1] in "aeou"]
    # Somali writes a final -o where Arabic has -a (Sahro = Sahra, Faadumo = Fatuma)
    sources += [
        w[:-1] + "a" for w in sources if len(w) > 3 and w[-1] == "o" and w[-2] not in "aeiou"
    ]
    found = []
    for source in sources:
        folded = _common_fold(source, keep_final_h=keep_final_h)
        found.append(_DOUBLES.sub(r"\1", _Y_AS_I.sub("i", folded)))
    return tuple(dict.fromkeys(f for f in found if f))


def variant(word: str, *, keep_final_h: bool = False) -> str:
    """The first (Somali-reading) variant form of one plain word."""
    return variants(word, keep_final_h=keep_final_h)[0]


def _skeleton_of(folded: str, *, keep_final_h: bool) -> str:
    consonants = folded.translate(_VOWELS_AND_WEAK)
    bare = _DOUBLES.sub(r"\1", consonants.translate(_SKELETON_CLASSES))
    if not keep_final_h and len(bare) > 1 and bare.endswith("h"):
        bare = bare[:-1]
    return bare


@personal
@lru_cache(maxsize=16384)
def skeletons(word: str, *, keep_final_h: bool = False) -> tuple[str, ...]:
    forms = list(variants(word, keep_final_h=keep_final_h))
    # z is d in Arabic-derived spellings (ذ ض ظ: Ramazan = Ramadan) and s in Somali (ز:
    # Sakariye = Zakariye): both skeletons
    forms += [f.replace("z", "s") for f in forms if "z" in f]
    found = (_skeleton_of(f, keep_final_h=keep_final_h) for f in forms)
    return tuple(dict.fromkeys(s for s in found if len(s) >= 2))


def skeleton(word: str, *, keep_final_h: bool = False) -> str:
    """The consonant skeleton of one plain word (from its first variant form)."""
    return _skeleton_of(variant(word, keep_final_h=keep_final_h), keep_final_h=keep_final_h)


def article_free(word: str) -> str | None:
    """``alobaidi`` → ``obaidi`` (a word that may carry the article joined to it)."""
    if word[:2] in ("al", "el") and len(word) >= 5:
        return word[2:]
    return None


@dataclass(frozen=True)
class Forms:
    """One token and the forms it may meet (each tuple without repeats)."""

    plain: str
    variants: tuple[str, ...]
    skeletons: tuple[str, ...]
    expansions: tuple[str, ...] = ()

    @property
    def spelled(self) -> str:
        """The spelled-out word (an abbreviation's first expansion)."""
        return self.expansions[0] if self.expansions else self.plain


def not_latin(text: str) -> bool:
    """Whether the text is written (partly) in a script other than Latin."""
    # most names are plain ASCII: answered without a step per letter (scored names ask it
    # for every reading)
    return not text.isascii() and any(ord(c) > 0x24F and c.isalpha() for c in text)


def _unique(items: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(item for item in items if item))


@personal
@lru_cache(maxsize=16384)
def word_forms(token: str, *, typing: bool = False) -> Forms:
    """The forms of one token (``typing``: the word may be unfinished, so a final h stays)."""
    expansions = ABBREVIATIONS.get(token, ())
    sources = [token.rstrip("/")] if not expansions else list(expansions)
    bare = article_free(token)
    if bare:
        sources.append(bare)
    found_v: list[str] = []
    found_s: list[str] = []
    for source in sources:
        found_v.extend(variants(source))
        found_s.extend(skeletons(source))
        if typing:
            found_v.extend(variants(source, keep_final_h=True))
            found_s.extend(skeletons(source, keep_final_h=True))
    return Forms(token, _unique(found_v), _unique(found_s), expansions)


@personal
@lru_cache(maxsize=16384)
def join_forms(left: str, right: str) -> tuple[str, ...]:
    """Variant and skeleton forms of two adjacent tokens written as one word (each side
    folded on its own, so no digraph forms across the join: mhmd + hdd is not mhmd)."""
    a, b = word_forms(left), word_forms(right)
    found = [_DOUBLES.sub(r"\1", x + y) for x in a.variants[:2] for y in b.variants[:2]]
    found += [_DOUBLES.sub(r"\1", x + y) for x in a.skeletons[:2] for y in b.skeletons[:2]]
    return _unique([f for f in found if len(f) >= 4])


@dataclass(frozen=True)
class NameKeys:
    """Everything the index keeps of one person's names."""

    plain: tuple[str, ...]  # tokens (every reading), in name order
    variants: tuple[str, ...]
    skeletons: tuple[str, ...]
    joins: tuple[str, ...] = ()  # adjacent tokens written together (variant and skeleton)
    slavic: tuple[str, ...] = ()  # East Slavic folded forms (names that show the origin)

    def index_forms(self) -> tuple[str, ...]:
        """The vocabulary words of the index, each with its kind as first letter: ``p``
        plain, ``v`` variant (or join), ``s`` skeleton, ``u`` East Slavic fold
        (:mod:`entryhub_desk.search.slavic`); a variant equal to a plain word and a skeleton
        equal to either are kept once, under the stronger kind."""
        plain = set(self.plain)
        spelled = plain | set(self.variants)
        found = [f"p{w}" for w in self.plain]
        found += [f"v{w}" for w in self.variants if w not in plain]
        found += [f"s{w}" for w in self.skeletons if w not in spelled]
        found += [f"v{w}" for w in self.joins if w not in spelled]
        found += [f"u{w}" for w in self.slavic]
        return _unique(found)


def word_count(*names: str | None) -> int:
    """Latin name words of the given and family names (all words when those are empty)."""
    latin = sum(len(name_readings(n)[0]) for n in names[:2] if n and name_readings(n))
    if latin:
        return latin
    return max((len(name_readings(n)[0]) for n in names if n and name_readings(n)), default=0)


def name_keys(*names: str | None) -> NameKeys:
    """Keys of a person from every name field (given, family, original script …)."""
    plain: list[str] = []
    found_v: list[str] = []
    found_s: list[str] = []
    joins: list[str] = []
    for name in names:
        if not name:
            continue
        for reading in name_readings(name):
            plain.extend(reading)
            for token in reading:
                forms = word_forms(token)
                found_v.extend(forms.variants)
                found_s.extend(forms.skeletons)
                found_v.extend(forms.expansions)
            for left, right in itertools.pairwise(reading):
                joins.extend(join_forms(left, right))
    firsts = [name_readings(n)[0] for n in names[:2] if n and name_readings(n)]
    if len(firsts) == 2:
        joins.extend(join_forms(firsts[0][-1], firsts[1][0]))
    variants_t = _unique(found_v)
    skeletons_t = _unique(found_s)
    taken = set(variants_t) | set(skeletons_t)
    slavic: list[str] = []
    if has_evidence(names, plain):
        slavic = [form for token in dict.fromkeys(plain) for form in slavic_forms(token)]
    return NameKeys(
        plain=_unique(plain),
        variants=variants_t,
        skeletons=skeletons_t,
        joins=tuple(j for j in _unique(joins) if j not in taken),
        slavic=_unique(slavic),
    )


def _unfinished(query: str, first: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The query's tokens with its last word read as unfinished, and the forms that word may
    start (a completed word would be split where its start cannot show yet: "Abdish" is
    Abdi|shakur, not Abd|ish; "Abdulla" may go on to Abdul|lahi; "Saifedd" to Saif|eddin)."""
    raw = [re.sub(r"\s+", "", t) for t in _TOKEN.findall(_fold(_prepare(query)))]
    if not raw or not first:
        return first, ()
    last = raw[-1]
    connector = _ABD_CONNECTOR.match(last)
    rest = last[connector.end() :] if connector else ""
    if connector and 0 < len(rest) < 3 and len(last) > 4:
        split = _tokens_of(last)
        head = first[: len(first) - len(split)]
        if split[-1] == "allah":  # complete as Abdulla(h); the rest may still go on
            return first, (rest,)
        return (*head, "abd", rest), ()
    din = _DIN_TYPED.match(last)
    ullah = _ULLAH_TYPED.match(last)
    if first[-1] == last and (din or ullah):
        stem, tail = (din, "din") if din else (ullah, "ullah")
        assert stem is not None
        return first, join_forms(stem.group(1), tail)
    return first, ()


@dataclass(frozen=True)
class QueryWord:
    """One typed word and the forms it may match (``position``: its place in the query)."""

    plain: str
    variants: tuple[str, ...]
    skeletons: tuple[str, ...]
    expansions: tuple[str, ...] = ()
    position: int = 0
    foreign: bool = False  # typed in another script than Latin
    slavic: tuple[str, ...] = ()  # East Slavic folded forms (every query word has them)
    slavic_evidence: bool = False  # the query shows East Slavic origin
    typed: tuple[str, ...] = ()  # the last word: forms it may start once typed on


def query_words(query: str) -> list[QueryWord]:
    """The words of a typed query with their alternative forms (every reading of a word typed
    in another script adds forms to the same word when the readings have as many words)."""
    all_readings = name_readings(query) if query.strip() else ()
    if not all_readings:
        return []
    first = all_readings[0]
    foreign = not_latin(query)
    same_length = [r for r in all_readings if len(r) == len(first)]
    typed: tuple[str, ...] = ()
    if not foreign:
        read, typed = _unfinished(query, first)
        if read != first:
            first, same_length = read, [read]
    evidence = has_evidence([query], [t for r in all_readings for t in r])
    result: list[QueryWord] = []
    for position, token in enumerate(first):
        v: list[str] = []
        s: list[str] = []
        e: list[str] = []
        u: list[str] = []
        for reading in same_length:
            forms = word_forms(reading[position], typing=True)
            v.extend(forms.variants)
            s.extend(forms.skeletons)
            e.extend(forms.expansions)
            u.extend(slavic_forms(reading[position]))
        result.append(
            QueryWord(
                token, _unique(v), _unique(s), _unique(e), position, foreign, _unique(u), evidence
            )
        )
    if typed:
        result[-1] = dataclasses.replace(result[-1], typed=typed)
    return result
