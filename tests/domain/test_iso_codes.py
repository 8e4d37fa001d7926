"""``entryhub_desk/domain/iso_codes.py`` is pycountry's data, generated: this test makes the file
again from the installed pycountry and compares. A pycountry upgrade, or a new language in
``taxonomy.languages.EXTRA_ALPHA3``, fails it; then write the file again with
``.venv/bin/python -m tests.domain.test_iso_codes --write``.

(The program reads the table instead of pycountry: loading pycountry's databases costs more
than drawing a CV, and every command and CV checks codes.)
"""

from __future__ import annotations

import sys
from pathlib import Path

import pycountry

from entryhub_desk.domain import codes, iso_codes
from entryhub_desk.taxonomy import countries, languages
from tests.support.generated_tables import mapping, packed, quoted

TARGET = Path(iso_codes.__file__)


def _lines(name: str, kind: str, items: list[tuple[str, str]] | list[str]) -> list[str]:
    if kind == "words":  # one string, the codes separated by spaces, 23 to a line
        rows = [" ".join(items[i : i + 23]) for i in range(0, len(items), 23)]  # type: ignore[arg-type]
        inner = [f"    {quoted(row + ' ')}" for row in rows]
        return [f"{name}: Final[str] = (", *inner, ")"]
    if kind == "frozenset":
        inner = packed([f"{quoted(code)}," for code in items], "        ")  # type: ignore[misc]
        return [f"{name}: Final[frozenset[str]] = frozenset(", "    {", *inner, "    }", ")"]
    inner = mapping(items, "    ")  # type: ignore[arg-type]
    return [f"{name}: Final[dict[str, str]] = {{", *inner, "}"]


def generated() -> str:
    """The table module's text, from the installed pycountry."""
    country_names = [(c.alpha_2, c.name) for c in pycountry.countries]
    alpha_2 = [(x.alpha_2, x.name) for x in pycountry.languages if hasattr(x, "alpha_2")]
    alpha_3 = sorted(x.alpha_3 for x in pycountry.languages)
    bibliographic = sorted(
        x.bibliographic for x in pycountry.languages if hasattr(x, "bibliographic")
    )
    extra = []
    for code in languages.EXTRA_ALPHA3:
        found = pycountry.languages.get(alpha_3=code)
        if found is not None:
            extra.append((code, found.name))
    head = [
        '"""ISO 3166-1 countries and ISO 639 languages as pycountry '
        f"{pycountry.__version__} ships them (generated: do",
        "not edit; ``tests/domain/test_iso_codes.py`` says how to write it again).",
        "",
        "Read by :mod:`entryhub_desk.domain.codes` and the taxonomy's country and language lists",
        'instead of pycountry, whose databases take longer to load than a CV takes to draw."""',
        "",
        "from __future__ import annotations",
        "",
        "from typing import Final",
        "",
        f"PYCOUNTRY_VERSION: Final = {quoted(pycountry.__version__)}",
        "",
        "# fmt: off",
        "#: Country code (alpha-2) → English name, in pycountry's order.",
    ]
    body = [
        *_lines("COUNTRIES", "dict", country_names),
        "",
        "#: Language code (alpha-2) → English name, in pycountry's order.",
        *_lines("LANGUAGE_NAMES", "dict", alpha_2),
        "",
        "#: Every ISO 639-3 code (lower case), separated by spaces (one string constant loads",
        "#: at once; a set of 7,923 strings is built on first use, see ``codes.is_language``).",
        *_lines("LANGUAGES_ALPHA_3", "words", alpha_3),
        "",
        "#: ISO 639-2/B codes (``per``, ``ger``, …).",
        *_lines("LANGUAGES_BIBLIOGRAPHIC", "frozenset", bibliographic),
        "",
        "#: English names of the alpha-3 languages the taxonomy lists (``EXTRA_ALPHA3``).",
        *_lines("EXTRA_ALPHA_3_NAMES", "dict", extra),
        "# fmt: on",
    ]
    return "\n".join([*head, *body]) + "\n"


def test_the_table_is_the_installed_pycountry() -> None:
    assert TARGET.read_text(encoding="utf-8") == generated()


def test_the_checks_and_lists_agree_with_pycountry() -> None:
    for country in pycountry.countries:
        assert codes.is_country(country.alpha_2)
        assert countries.is_country(country.alpha_2)
    for language in list(pycountry.languages)[::37]:  # a spread of them
        assert codes.is_language(language.alpha_3)
    assert codes.is_language("per") and codes.is_language("fas") and codes.is_language("fa")
    assert not codes.is_language("xxa") or pycountry.languages.get(alpha_3="xxa") is not None
    english = {x.alpha_2: x.name for x in pycountry.languages if hasattr(x, "alpha_2")}
    for code, name in english.items():
        assert languages.language_name(code, "en") is not None and languages.is_language(code)
        assert iso_codes.LANGUAGE_NAMES[code] == name


if __name__ == "__main__" and sys.argv[1:] == ["--write"]:
    TARGET.write_text(generated(), encoding="utf-8")
    print(f"wrote {TARGET}")
