"""``entryhub_desk/taxonomy/cldr_names.py`` is babel's CLDR data for the CV languages, generated:
this test makes the file again from the installed babel and compares. A babel upgrade, or a new
language or alias in ``taxonomy.languages``, fails it; then write the file again with
``.venv/bin/python -m tests.taxonomy.test_cldr_names --write``.

(A CV's language and country names are read from the table: loading babel and its locale data
costs a ``cv`` command more than drawing the CV. Other display languages still ask babel.)
"""

from __future__ import annotations

import sys
from pathlib import Path

import babel
from babel import Locale

from entryhub_desk.catalogue import CV_LANGUAGES
from entryhub_desk.domain.codes import EXTRA_COUNTRIES
from entryhub_desk.domain.iso_codes import COUNTRIES
from entryhub_desk.taxonomy import cldr_names, countries, languages
from tests.support.generated_tables import mapping, quoted

TARGET = Path(cldr_names.__file__)


def _table(name: str, by_lang: dict[str, dict[str, str]]) -> list[str]:
    lines = [f"{name}: Final[dict[str, dict[str, str]]] = {{"]
    for lang, names in by_lang.items():
        lines.append(f"    {quoted(lang)}: {{")
        lines += mapping(names, "        ")
        lines.append("    },")
    return [*lines, "}"]


def generated() -> str:
    """The table module's text, from the installed babel."""
    wanted_languages = sorted(
        {languages._CLDR_ALIAS.get(code, code) for code in languages._english()}
    )
    wanted_countries = sorted({*COUNTRIES, *EXTRA_COUNTRIES})
    language_names: dict[str, dict[str, str]] = {}
    country_names: dict[str, dict[str, str]] = {}
    for lang in CV_LANGUAGES:
        locale = Locale.parse(lang)
        known, territories = locale.languages, locale.territories
        language_names[lang] = {c: known[c] for c in wanted_languages if c in known}
        country_names[lang] = {c: territories[c] for c in wanted_countries if c in territories}
    head = [
        f'"""CLDR names (babel {babel.__version__}) of the languages and countries the taxonomy',
        "lists, in the CV languages (generated: do not edit; ``tests/taxonomy/test_cldr_names.py``",
        "says how to write it again). Read by :mod:`.languages` and :mod:`.countries` instead of",
        "babel for these display languages (babel and its locale data load slower than a CV",
        'draws)."""',
        "",
        "from __future__ import annotations",
        "",
        "from typing import Final",
        "",
        f"BABEL_VERSION: Final = {quoted(babel.__version__)}",
        "",
        "# fmt: off",
        "#: Display language → CLDR language id → name (``Locale(lang).languages``).",
    ]
    body = [
        *_table("LANGUAGES", language_names),
        "",
        "#: Display language → country code → name (``Locale(lang).territories``).",
        *_table("TERRITORIES", country_names),
        "# fmt: on",
    ]
    return "\n".join([*head, *body]) + "\n"


def test_the_table_is_the_installed_babel() -> None:
    assert TARGET.read_text(encoding="utf-8") == generated()


def test_the_names_are_what_babel_gives() -> None:
    for lang in CV_LANGUAGES:
        locale = Locale.parse(lang)
        for code in languages._english():
            cldr = locale.languages.get(languages._CLDR_ALIAS.get(code, code))
            name = languages.language_name(code, lang)
            assert name == languages._MISSING.get(lang, {}).get(code) or name == (
                cldr or languages._english()[code]
            )
        for code, name in countries.all_countries(lang):
            assert name == (locale.territories.get(code) or countries._english()[code])


if __name__ == "__main__" and sys.argv[1:] == ["--write"]:
    TARGET.write_text(generated(), encoding="utf-8")
    print(f"wrote {TARGET}")
