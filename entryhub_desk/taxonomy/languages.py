"""Languages: ISO 639 codes with names in any CLDR display language.

Every ISO 639-1 language by its alpha-2 code, plus a short curated list of ISO 639-3 languages
without an alpha-2 code that newcomers to Sweden (and Sweden's national minorities) speak.
A language with an alpha-2 code is only ever known by it (``"so"``, never ``"som"``). Names come
from CLDR (``babel``; for the CV languages its generated copy :mod:`.cldr_names`), then the
table below, then ``pycountry``'s English name (from :mod:`entryhub_desk.domain.iso_codes`).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import Final

from entryhub_desk.domain.iso_codes import EXTRA_ALPHA_3_NAMES, LANGUAGE_NAMES
from entryhub_desk.errors import DeskError
from entryhub_desk.taxonomy._names import display_locale, sort_key
from entryhub_desk.taxonomy.cldr_names import LANGUAGES

# Alpha-3 languages without an alpha-2 code, kept on purpose (all are in ISO 639-3).
EXTRA_ALPHA3: Final[tuple[str, ...]] = (
    "prs",  # Dari (Afghanistan)
    "haz",  # Hazaragi (Afghanistan, Iran)
    "ckb",  # Central Kurdish, Sorani (Iraq, Iran)
    "kmr",  # Northern Kurdish, Kurmanji (Turkey, Syria, Iraq)
    "sdh",  # Southern Kurdish (Iraq, Iran)
    "zza",  # Zaza (Turkey)
    "apc",  # Levantine Arabic (Syria, Lebanon, Palestine, Jordan)
    "arz",  # Egyptian Arabic
    "ary",  # Moroccan Arabic
    "syr",  # Syriac
    "aii",  # Assyrian Neo-Aramaic
    "tig",  # Tigre (Eritrea)
    "byn",  # Blin (Eritrea)
    "bal",  # Baluchi (Pakistan, Iran, Afghanistan)
    "kab",  # Kabyle (Algeria)
    "tzm",  # Central Atlas Tamazight (Morocco)
    "fil",  # Filipino
    "yue",  # Cantonese
    "rom",  # Romani (national minority)
    "fit",  # Meänkieli (national minority)
    "sma",  # Southern Sami (national minority)
    "smj",  # Lule Sami (national minority)
)

# CLDR lists some of these under another identifier.
_CLDR_ALIAS: Final[dict[str, str]] = {"prs": "fa_AF", "kmr": "ku"}

# Names CLDR lacks, by display language; checked against common usage in each language. In
# Swedish, two CLDR names are replaced by the conventional ones (Språktidningen, Skolverket):
# pashto, not "afghanska"; tigrinska, not "tigrinja".
_MISSING: Final[dict[str, dict[str, str]]] = {
    "sv": {
        "ps": "pashto",
        "ti": "tigrinska",
        "apc": "levantinsk arabiska",
        "aii": "assyriska (nyarameiska)",
        "haz": "hazaragi",
        "kmr": "nordkurdiska (kurmanji)",
    },
    "en": {
        "apc": "Levantine Arabic",
        "aii": "Assyrian Neo-Aramaic",
        "haz": "Hazaragi",
        "kmr": "Northern Kurdish (Kurmanji)",
    },
    "ar": {
        "apc": "العربية الشامية",
        "arz": "العربية المصرية",
        "ary": "العربية المغربية",
        "aii": "الآشورية الحديثة",
        "haz": "الهزارجية",
        "kmr": "الكرمانجية",
    },
}


@lru_cache(maxsize=1)
def _english() -> dict[str, str]:
    names: dict[str, str] = dict(LANGUAGE_NAMES)
    for code in EXTRA_ALPHA3:
        names[code] = EXTRA_ALPHA_3_NAMES.get(code, code)
    return names


def is_language(code: str) -> bool:
    """True for a known language code in lower case (``"sv"``, ``"ti"``, ``"prs"``)."""
    return code in _english()


@lru_cache(maxsize=16)
def _names(lang: str) -> dict[str, str]:
    cldr: Mapping[str, str] | None = LANGUAGES.get(lang)  # the CV languages: no babel
    language = lang
    if cldr is None:
        locale = display_locale(lang)
        cldr, language = locale.languages, locale.language
    missing = _MISSING.get(language, {})
    names: dict[str, str] = {}
    for code, english in _english().items():
        if code in missing:
            names[code] = missing[code]
        else:
            names[code] = cldr.get(_CLDR_ALIAS.get(code, code)) or english
    return names


def language_name(code: str, lang: str) -> str:
    """The name of language ``code`` in display language ``lang`` (``"sv"``, ``"en"``, ``"ar"``)."""
    name = _names(lang).get(code)
    if name is None:
        raise DeskError("validation.unknown_code", field="language", value=code)
    return name


@lru_cache(maxsize=16)
def _sorted(lang: str) -> tuple[tuple[str, str], ...]:
    return tuple(sorted(_names(lang).items(), key=lambda item: sort_key(item[1], lang)))


def all_languages(lang: str) -> list[tuple[str, str]]:
    """Every language as ``(code, name)``, sorted by name the way ``lang`` sorts."""
    return list(_sorted(lang))
