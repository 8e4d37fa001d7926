"""Passport romanisations of Cyrillic names, as printed in the documents visitors show.

- Ukrainian: the national system of 2010 (Cabinet resolution 55): Г → h, Ґ → g, Х → kh,
  Є → ye (word-initially, ie inside), Ї → yi (i inside), Й → y (i inside), Ю → yu/iu,
  Я → ya/ia, Щ → shch, зг → zgh, the soft sign and apostrophe dropped.
- Russian: ICAO Doc 9303 as used in Russian passports since 2013: Й → i, Х → kh, Ц → ts,
  Ъ → ie, Ы → y, Ю → iu, Я → ia, Е/Ё/Э → e.
"""

from __future__ import annotations

_UK = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "ж": "zh", "з": "z",
    "и": "y", "і": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ь": "", "'": "", "ʼ": "", "’": "",
}  # fmt: skip
_UK_START = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
_UK_INSIDE = {"є": "ie", "ї": "i", "й": "i", "ю": "iu", "я": "ia"}
_RU = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch",
    "ш": "sh", "щ": "shch", "ъ": "ie", "ы": "y", "ь": "", "э": "e", "ю": "iu", "я": "ia",
}  # fmt: skip


def _word(word: str, table: dict[str, str], start: dict[str, str], inside: dict[str, str]) -> str:
    out = []
    lower = word.lower()
    for i, char in enumerate(lower):
        if char == "г" and table is _UK and i > 0 and lower[i - 1] == "з":
            out.append("gh")
        elif char in start:
            out.append(start[char] if i == 0 else inside[char])
        else:
            out.append(table.get(char, char))
    text = "".join(out)
    return text[:1].upper() + text[1:]


def ukrainian(text: str) -> str:
    return " ".join(_word(w, _UK, _UK_START, _UK_INSIDE) for w in text.split())


def russian(text: str) -> str:
    return " ".join(_word(w, _RU, {}, {}) for w in text.split())


def feminine_ru(family: str) -> str:
    """Иванов → Иванова (the family names in our pools that change with gender)."""
    return family + "а" if family.endswith(("ов", "ев", "ин")) else family
