"""East Slavic romanisations folded to one key, for names that show they are East Slavic.

One Cyrillic name reaches a Swedish desk in several Latin spellings: the Ukrainian national
romanisation of passports (Г → h, Х → kh, Є → ye/ie, Ї → yi/i, Й → y/i, Ю → yu/iu,
Я → ya/ia, И → y: Yevhen Hnatiuk, Hanna), the Russian style (Г → g, И → i, Е → e: Evgen
Gnatyuk, Ganna) and Swedish by ear (j for the glide, ch for Х, tj for Ч, sj for Ш, zj for Ж:
Jevgen Gnatjuk, Kovaltjuk). :func:`slavic_forms` folds them to one form:

- the glide before a vowel (``i``, ``y``, ``j``, ``ii``, ``iy`` before a, e, o, u) is ``j``;
  Ye/Je/E and Yi/Ji/I at a word's start are ``e`` and ``i``; any other y or j is ``i``, and
  ``ii`` is ``i`` (Serhii = Sergiy = Sergij, Nataliia = Natalya = Natalija);
- Ш sh/sj, Щ shch/sch/sjtj, Ж zh/zj, Ч ch/tch/tj, Ц ts/tz/c, Х kh are one letter each; ch is
  also read as Х (Swedish and German: Chomenko = Khomenko), a second form;
- **h and g are one letter** (Г: Hanna = Ganna, Hnatiuk = Gnatyuk); w is v.

Folding h with g is wrong for other languages (Arabic Hadi is not Gadi), so the index keeps
these forms only for a person whose names show they are East Slavic (:func:`has_evidence`: a
name in Cyrillic, or a word ending as East Slavic surnames and patronymics do: -enko, -uk,
-chuk, -ych, -ko, -ov, -sky …), and ranking scores the bridge high only when the typed words
show it too (:mod:`entryhub_desk.search.ranking`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Final

from entryhub_desk.memo import personal

_CYRILLIC: Final = re.compile(r"[\u0400-\u04ff]")
# surnames and patronymics: Kravchenko, Hnatiuk/Gnatyuk/Gnatjuk, Tkachuk, Kovaltjuk,
# Yizhakevych/Izjakevitj, Boiko, Ivanov(a), Kovaliov, Hnatyshyn, Kravets, Shevchyk,
# Zhuravskyi/Zjuravskij, Petrivna/Petrovna, Dmytrovych
_ENDINGS: Final = re.compile(
    r"(?:enko|[iyj]uk|chuk|tjuk|nyk|nik|[iy]ch|[iy]tj|vych|vich|vitj|[^aeiou]ko|[iy]ko|"
    r"[ou]v|[ou]va|ev|eva|yshyn|ishin|ets|[iy]ak|jak|"
    r"sk[iy]i?|skij|ska|skaya|skaja|[oi]vna|evna)$"
)
_MIN_LENGTH: Final = 5
_START: Final = re.compile(r"^[yj](?=[ei])")
_GLIDE: Final = re.compile(r"[iyj]+(?=[aeou])")
_SWEDISH_J: Final = re.compile(r"sjtj|zj|sj|tj")
_DIGRAPHS: Final = re.compile(r"shch|sch|zh|sh|tch|ch|kh|ts|tz|c|w|h")
_DIGRAPH_MAP: Final = {
    "shch": "Q", "sjtj": "Q", "sch": "Q", "zh": "Z", "zj": "Z", "sh": "S", "sj": "S",
    "tch": "C", "tj": "C", "kh": "X", "ts": "T", "tz": "T", "c": "T", "w": "v", "h": "g",
}  # fmt: skip
_LONE_GLIDE: Final = re.compile(r"[yj]")
_DOUBLES: Final = re.compile(r"(.)\1+")


@personal
@lru_cache(maxsize=32768)
def is_slavic_word(word: str) -> bool:
    """Whether one plain word ends as East Slavic surnames and patronymics do."""
    return len(word) >= _MIN_LENGTH and _ENDINGS.search(word) is not None


def has_evidence(names: Iterable[str | None], words: Iterable[str]) -> bool:
    """Whether a person's (or a query's) names show East Slavic origin: any in Cyrillic, or
    any plain word with an East Slavic ending."""
    if any(name and _CYRILLIC.search(name) for name in names):
        return True
    return any(is_slavic_word(word) for word in words)


def _fold(word: str, ch: str, *, swedish_j: bool) -> str:
    """One reading: ``ch`` is how ch is read (Ч or Х); ``swedish_j``: a written zj, sj, tj is
    Ж, Ш, Ч (Swedish), else the consonant and the glide (Gnatjuk)."""
    text = _START.sub("", word)
    if swedish_j:
        text = _SWEDISH_J.sub(lambda m: _DIGRAPH_MAP[m.group(0)], text)
    text = _GLIDE.sub("J", text)
    mapping = {**_DIGRAPH_MAP, "ch": ch}
    text = _DIGRAPHS.sub(lambda m: mapping[m.group(0)], text)
    text = _LONE_GLIDE.sub("i", text).replace("J", "j")
    return _DOUBLES.sub(r"\1", text)


@personal
@lru_cache(maxsize=16384)
def slavic_forms(word: str) -> tuple[str, ...]:
    """The folded forms of one plain word (ch read as Ч and as Х; zj, sj, tj as one
    letter and as a consonant and the glide)."""
    if len(word) < 2 or not word.isalpha():
        return ()
    ch_readings = ("C", "X") if "ch" in word.replace("shch", "").replace("tch", "") else ("C",)
    j_readings = (True, False) if _SWEDISH_J.search(word) else (False,)
    return tuple(
        dict.fromkeys(_fold(word, ch, swedish_j=j) for ch in ch_readings for j in j_readings)
    )
