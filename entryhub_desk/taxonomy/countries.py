"""Countries: ISO 3166-1 alpha-2 codes with names in any CLDR display language.

The code list is ISO 3166-1 as shipped by ``pycountry`` (read from the generated
:mod:`entryhub_desk.domain.iso_codes`) plus ``XK`` (Kosovo), the user-assigned
code that Swedish authorities and the EU use (:data:`entryhub_desk.domain.codes.EXTRA_COUNTRIES`,
the list the domain's check accepts). Names come from CLDR (``babel``; for the CV languages
its generated copy :mod:`.cldr_names`), falling back to
``pycountry``'s English name.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

from entryhub_desk.domain.codes import EXTRA_COUNTRIES
from entryhub_desk.domain.iso_codes import COUNTRIES
from entryhub_desk.errors import DeskError
from entryhub_desk.taxonomy._names import display_locale, sort_key
from entryhub_desk.taxonomy.cldr_names import TERRITORIES


@lru_cache(maxsize=1)
def _english() -> dict[str, str]:
    names = dict(COUNTRIES)
    names.update(EXTRA_COUNTRIES)
    return names


def is_country(code: str) -> bool:
    """True for a known alpha-2 country code in upper case (``"SE"``)."""
    return code in _english()


@lru_cache(maxsize=16)
def _names(lang: str) -> dict[str, str]:
    territories: Mapping[str, str] | None = TERRITORIES.get(lang)  # the CV languages: no babel
    if territories is None:
        territories = display_locale(lang).territories
    return {code: territories.get(code) or english for code, english in _english().items()}


def country_name(code: str, lang: str) -> str:
    """The name of country ``code`` in display language ``lang`` (``"sv"``, ``"en"``, ``"ar"``)."""
    name = _names(lang).get(code)
    if name is None:
        raise DeskError("validation.unknown_code", field="country", value=code)
    return name


@lru_cache(maxsize=16)
def _sorted(lang: str) -> tuple[tuple[str, str], ...]:
    return tuple(sorted(_names(lang).items(), key=lambda item: sort_key(item[1], lang)))


def all_countries(lang: str) -> list[tuple[str, str]]:
    """Every country as ``(code, name)``, sorted by name the way ``lang`` sorts."""
    return list(_sorted(lang))
