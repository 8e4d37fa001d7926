"""Romanisations of non-Latin names, one per standard a registrar or a passport may have used.

``anyascii`` gives one reading of every script. Some scripts are romanised differently by
different offices, so a name in its original script yields several Latin readings, each a
table per script (general rules, no per-name entries):

- **Cyrillic**: Ukrainian national romanisation (passports: Г → h, Ґ → g, Є → ye, Ї → yi,
  Й → y, Х → kh, И → y, І → i), Russian passport style (anyascii: Г → g, Х → kh, Е → e/ie),
  and Swedish by ear (Ж → zj, Х → ch, Ч → tj, Ш → sj, Й/Ю/Я → j, ju, ja);
- **Arabic and Persian**: anyascii (consonants only, ``محمد`` → ``mhmd``) and a reading that
  keeps the long vowels the script writes (ا → a, و → u, ي/ی → i, ة → a), which is the evidence
  that tells Usama (أسامة → ``asama``) from Asma (أسماء → ``asma``) and Hussein (حسين → ``hsin``)
  from Hassan (حسن → ``hsn``);
- **Latin letters of Turkish and Kurdish (Kurmanji)** are spelled out before anything else:
  ç → ch, ş → sh, ğ → g, ı → i (anyascii would give c and s, which mean other sounds).
"""

from __future__ import annotations

import re
from typing import Final

_CYRILLIC: Final = re.compile(r"[\u0400-\u04ff]")
_ARABIC: Final = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")

TURKISH_KURDISH: Final = str.maketrans(
    {"ç": "ch", "Ç": "Ch", "ş": "sh", "Ş": "Sh", "ğ": "g", "Ğ": "G", "ı": "i", "İ": "I"}
)

_UKRAINIAN: Final = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ye",
    "ж": "zh", "з": "z", "и": "y", "і": "i", "ї": "yi", "й": "y", "к": "k", "л": "l",
    "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "yu",
    "я": "ya", "ъ": "", "ы": "y", "э": "e", "ё": "yo", "'": "", "’": "",
}  # fmt: skip
_SWEDISH: Final = {
    **_UKRAINIAN,
    "г": "g", "е": "e", "є": "je", "ж": "zj", "и": "i", "ї": "ji", "й": "j", "х": "ch",
    "ц": "ts", "ч": "tj", "ш": "sj", "щ": "sjtj", "ю": "ju", "я": "ja", "ы": "y", "ё": "jo",
}  # fmt: skip
_RUSSIAN: Final = {**_UKRAINIAN, "г": "g", "и": "i", "й": "y", "е": "e", "ё": "e"}

_ARABIC_VOWELLED: Final = {
    "ا": "a", "آ": "a", "أ": "a", "إ": "i", "ء": "", "ئ": "", "ؤ": "u", "ى": "a",
    "ة": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d",
    "ذ": "dh", "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t",
    "ظ": "z", "ع": "", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ک": "k", "ل": "l",
    "م": "m", "ن": "n", "ه": "h", "ۀ": "h", "پ": "p", "چ": "ch", "ژ": "zh", "گ": "g",
    "ي": "i", "ی": "i", "و": "u", "ّ": "", "َ": "a", "ُ": "u", "ِ": "i", "ْ": "",
}  # fmt: skip
_WORD_START_Y: Final = re.compile(r"(^|\s)[يی]")
_WORD_START_W: Final = re.compile(r"(^|\s)و")
_WORD_START_AIN: Final = re.compile(r"(^|\s)ع")  # ʿAli, ʿAbbas: a vowel in Latin
# ʿayn before a long ī or ū is that vowel in Latin: عيسى Issa/Isa, عيد Eid, عودة Odeh/Ouda
_WORD_START_AIN_LONG: Final = re.compile(r"(^|\s)ع(?=[يیو])")


def _table(text: str, table: dict[str, str]) -> str:
    out = []
    for char in text:
        lower = char.lower()
        out.append(table.get(lower, char))
    return "".join(out)


def readings(text: str) -> tuple[str, ...]:
    """Extra Latin readings of ``text`` besides anyascii's (empty for Latin text)."""
    found: list[str] = []
    if _CYRILLIC.search(text):
        lowered = text.lower()
        found.extend(_table(lowered, t) for t in (_UKRAINIAN, _RUSSIAN, _SWEDISH))
    if _ARABIC.search(text):
        marked = _WORD_START_W.sub(r"\1w", _WORD_START_Y.sub(r"\1y", text))
        found.append(_table(_WORD_START_AIN.sub(r"\1a", marked), _ARABIC_VOWELLED))
        if _WORD_START_AIN_LONG.search(marked):
            long_vowel = _WORD_START_AIN.sub(r"\1a", _WORD_START_AIN_LONG.sub(r"\1", marked))
            found.append(_table(long_vowel, _ARABIC_VOWELLED))
    return tuple(dict.fromkeys(found))


def is_arabic(text: str) -> bool:
    return _ARABIC.search(text) is not None
