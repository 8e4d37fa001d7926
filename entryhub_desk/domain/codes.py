"""Checks of ISO codes (countries, languages) against pycountry's lists (as the generated
:mod:`.iso_codes`, which loads in a millisecond); names come from taxonomy."""

from __future__ import annotations

import functools
from typing import Final

from entryhub_desk.domain.iso_codes import (
    COUNTRIES,
    LANGUAGE_NAMES,
    LANGUAGES_ALPHA_3,
    LANGUAGES_BIBLIOGRAPHIC,
)
from entryhub_desk.errors import DeskError

#: Country codes outside ISO 3166-1 that a desk needs, with an English name: ``XK`` (Kosovo),
#: the user-assigned code that Swedish authorities and the EU use. The one list both the check
#: here and the pick lists of :mod:`entryhub_desk.taxonomy.countries` read.
EXTRA_COUNTRIES: Final[dict[str, str]] = {"XK": "Kosovo"}


@functools.lru_cache(maxsize=512)
def is_country(code: str) -> bool:
    """An ISO 3166-1 alpha-2 code (upper case), or one of :data:`EXTRA_COUNTRIES`."""
    if code in EXTRA_COUNTRIES:
        return True
    return len(code) == 2 and code.isupper() and code in COUNTRIES


@functools.cache
def _alpha_3() -> frozenset[str]:
    return frozenset(LANGUAGES_ALPHA_3.split())


@functools.lru_cache(maxsize=1024)
def is_language(code: str) -> bool:
    """An ISO 639-1 (two letters) or ISO 639-3/639-2 (three letters) code, lower case."""
    if not code.isascii() or not code.isalpha() or not code.islower():
        return False
    if len(code) == 2:
        return code in LANGUAGE_NAMES
    if len(code) == 3:
        return code in _alpha_3() or code in LANGUAGES_BIBLIOGRAPHIC
    return False


def country(field: str, value: str) -> str:
    """The normalised (upper-case) country code, or ``validation.unknown_code``."""
    code = value.strip().upper()
    if not is_country(code):
        raise DeskError("validation.unknown_code", field=field, value=value)
    return code


def language(field: str, value: str) -> str:
    """The normalised (lower-case) language code, or ``validation.unknown_code``."""
    code = value.strip().lower()
    if not is_language(code):
        raise DeskError("validation.unknown_code", field=field, value=value)
    return code
