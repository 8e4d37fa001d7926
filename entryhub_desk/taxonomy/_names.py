"""Shared helpers of the taxonomy lookups: display locales and a locale-aware sort key.

``babel`` gives CLDR names but does not collate, so :func:`sort_key` approximates the CLDR
collation closely enough for pick lists: case and accents are folded, and for Swedish (and
Finnish) Å, Ä, Ö come after Z (Æ sorts with Ä, Ø with Ö, Ü with Y).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING, Final

from entryhub_desk.errors import DeskError

if TYPE_CHECKING:  # imported on first use: the CV languages' names need no babel (cldr_names)
    from babel import Locale

# Letters after Z in Swedish and Finnish: one character each, above "z" in code point order.
_NORDIC: Final[dict[str, str]] = {
    "å": "\x7b",
    "ä": "\x7c",
    "æ": "\x7c",
    "ö": "\x7d",
    "ø": "\x7d",
    "ü": "y",
}
# Latin letters that do not decompose into a base letter and a combining mark.
_PLAIN: Final[dict[str, str]] = {
    "æ": "ae",
    "ø": "o",
    "œ": "oe",
    "ł": "l",
    "đ": "d",
    "ð": "d",
    "ı": "i",
    "þ": "th",
}
_NORDIC_LANGUAGES: Final[frozenset[str]] = frozenset({"sv", "fi"})


@lru_cache(maxsize=32)
def display_locale(lang: str) -> Locale:
    """The babel locale for a display language such as ``"sv"``; unknown → DeskError."""
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(lang.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError) as exc:
        raise DeskError("validation.unknown_code", field="display_language", value=lang) from exc


def sort_key(text: str, lang: str) -> tuple[str, str, str]:
    """A key that sorts names the way a reader of ``lang`` expects them in a list."""
    nordic = lang.replace("-", "_").split("_", 1)[0].lower() in _NORDIC_LANGUAGES
    folded: list[str] = []
    for char in unicodedata.normalize("NFC", text.casefold()):
        if nordic and char in _NORDIC:
            folded.append(_NORDIC[char])
        elif char in _PLAIN:
            folded.append(_PLAIN[char])
        else:
            base = unicodedata.normalize("NFD", char)
            folded.append("".join(c for c in base if not unicodedata.combining(c)))
    return "".join(folded), text.casefold(), text.swapcase()  # lower case first, as CLDR
