"""Reading a typed query: short code (whole or its start), phone number, birth year, names.

- A short code is read as typed: any case, with a dash, an en dash or spaces, O for 0, I/L
  for 1 (``7k3f–2m9q``). Its first 4 to 7 characters alone are a *code prefix*.
- A query of digits and phone punctuation is a phone query (:mod:`.phone`).
- A 4-digit year from 1900 to 2030 next to name words is the birth year: the search keeps
  persons born that year ±1 (the exact year first, ±1 next) and persons whose birth year is
  not known, ranked below them (they may be the person; nobody is lost for a missing year).
- Digits of other scripts are read as 0–9 first: a phone shown in Arabic-Indic or Persian
  digits (٠٧٠…, ۰۷۰…) is stored in ASCII when registered, and the same text typed into the
  search must find it; so are a year and a code.
- "Osman, Mohamed": a family name written first and set off by a comma, as Swedish registers
  and spreadsheets write it, is read in the record's order (Mohamed Osman), so the search's
  penalty for words in another order does not fall on the right person. One comma with letters
  on both sides once a year is taken out ("Maryam Ahmadi, 1995" is a name and a year; "Osman,
  Mohamed, 1987" is Mohamed Osman born 1987).
- Pictographs (emoji, flags, ★, ©) are no part of a name: a name pasted from a messaging
  profile ("Amina Hassan 🌸") would otherwise read them as words ("cherry blossom") that no
  record has, and find nobody.
- Everything else is name words (:func:`entryhub_desk.search.keys.query_words`): the first
  :data:`MAX_CHARS` characters, at most :data:`MAX_WORDS` words (a name chain is shorter; a
  long paste would otherwise cost seconds per keystroke).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Final

from entryhub_desk.ids import normalise_short_code
from entryhub_desk.search.keys import QueryWord, query_words
from entryhub_desk.search.phone import is_phone_query, phone_readings

MAX_CHARS: Final = 256  # a given and a family name of 100 characters each fit
MAX_WORDS: Final = 8
FIRST_YEAR: Final = 1900
LAST_YEAR: Final = 2030
_DASHES: Final = re.compile(r"[\u2010-\u2015\u2212]")
_YEAR: Final = re.compile(r"(?<!\d)(\d{4})(?!\d)")
_CROCKFORD: Final = frozenset("0123456789ABCDEFGHJKMNPQRSTVWXYZ")
_CODE_PREFIX: Final = re.compile(r"^[0-9A-Za-z]{4}(?:[-\s]?[0-9A-Za-z]{1,3})?$")


@dataclass(frozen=True)
class ParsedQuery:
    words: list[QueryWord] = field(default_factory=list)
    year: int | None = None
    code: str | None = None
    code_prefix: str | None = None  # "XXXX" or "XXXX-X…" (the stored form's start)
    phone: tuple[tuple[str, str], ...] = ()


def code_prefix(text: str) -> str | None:
    """The start of a short code (4 to 7 characters), in the stored form, or None."""
    if not _CODE_PREFIX.match(text):
        return None
    cleaned = text.upper().replace("-", "").replace(" ", "")
    cleaned = cleaned.replace("O", "0").replace("I", "1").replace("L", "1")
    if any(c not in _CROCKFORD for c in cleaned) or not 4 <= len(cleaned) <= 7:
        return None
    return cleaned if len(cleaned) == 4 else cleaned[:4] + "-" + cleaned[4:]


def ascii_digits(text: str) -> str:
    """``text`` with every decimal digit of another script (Arabic-Indic, Persian, Devanagari,
    Bengali, fullwidth…) as its ASCII digit; letters untouched."""
    if text.isascii():
        return text
    return "".join(
        str(unicodedata.decimal(c)) if c.isdecimal() and not c.isascii() else c for c in text
    )


def without_pictographs(text: str) -> str:
    """``text`` with every pictograph (Unicode "other symbol": emoji, flags, ★, ©) and emoji
    skin-tone modifier as a space."""
    if text.isascii():
        return text
    return "".join(
        " " if unicodedata.category(c) == "So" or "\U0001f3fb" <= c <= "\U0001f3ff" else c
        for c in text
    )


def given_name_first(text: str) -> str:
    """The text read as "Given Family" when typed "Family, Given" (one comma, letters on both
    sides); else as typed."""
    if text.count(",") != 1:
        return text
    family, given = (part.strip() for part in text.split(","))
    if not any(c.isalpha() for c in family) or not any(c.isalpha() for c in given):
        return text
    return f"{given} {family}"


def parse(query: str) -> ParsedQuery:
    text = without_pictographs(ascii_digits(_DASHES.sub("-", query.strip()))).strip()
    if not text:
        return ParsedQuery()
    code = normalise_short_code(text)
    prefix = None if code else code_prefix(text)
    if is_phone_query(text):
        return ParsedQuery(code=code, code_prefix=prefix, phone=phone_readings(text))
    year = None
    for match in _YEAR.finditer(text):
        value = int(match.group(1))
        if FIRST_YEAR <= value <= LAST_YEAR:
            year = value
            text = (text[: match.start()] + " " + text[match.end() :]).strip()
            break
    text = given_name_first(text.strip(" ,"))
    return ParsedQuery(query_words(text[:MAX_CHARS])[:MAX_WORDS], year, code, prefix)
