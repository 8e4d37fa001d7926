"""Offline lookups: countries, languages (later: occupations, skills, education levels).

Qt-free. Names come from CLDR through ``babel`` in the display language asked for, falling back
to the English names of ``pycountry``; codes are canonical (countries upper case, languages lower
case) and compared exactly.
"""

from __future__ import annotations

from entryhub_desk.taxonomy.countries import all_countries, country_name, is_country
from entryhub_desk.taxonomy.languages import all_languages, is_language, language_name

__all__ = [
    "all_countries",
    "all_languages",
    "country_name",
    "is_country",
    "is_language",
    "language_name",
]
