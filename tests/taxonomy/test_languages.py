from __future__ import annotations

import pytest

from entryhub_desk.errors import DeskError
from entryhub_desk.taxonomy.languages import (
    EXTRA_ALPHA3,
    all_languages,
    is_language,
    language_name,
)


@pytest.mark.parametrize(
    ("code", "lang", "name"),
    [
        ("so", "sv", "somaliska"),
        ("so", "en", "Somali"),
        ("so", "ar", "الصومالية"),
        ("ar", "sv", "arabiska"),
        ("ar", "en", "Arabic"),
        ("ar", "ar", "العربية"),
        ("ti", "sv", "tigrinska"),
        ("ps", "sv", "pashto"),
        ("ti", "en", "Tigrinya"),
        ("fa", "sv", "persiska"),
        ("fa", "en", "Persian"),
        ("sv", "sv", "svenska"),
        ("prs", "sv", "dari"),
        ("prs", "en", "Dari"),
        ("ckb", "sv", "centralkurdiska"),
        ("kmr", "en", "Northern Kurdish (Kurmanji)"),
        ("am", "en", "Amharic"),
    ],
)
def test_language_names(code: str, lang: str, name: str) -> None:
    assert language_name(code, lang) == name


def test_alpha2_languages_and_extras_are_known() -> None:
    for code in ("sv", "en", "ar", "so", "ti", "am", "fa", "ku", "ps", *EXTRA_ALPHA3):
        assert is_language(code), code


def test_alpha3_of_an_alpha2_language_is_not_a_code() -> None:
    for code in ("som", "swe", "ara", "SO", "", "fa_AF"):
        assert not is_language(code), code
    with pytest.raises(DeskError) as info:
        language_name("som", "sv")
    assert info.value.code == "validation.unknown_code"
    assert info.value.params == {"field": "language", "value": "som"}


def test_every_language_has_a_name_and_extras_are_alpha3() -> None:
    assert all(len(code) == 3 for code in EXTRA_ALPHA3)
    for lang in ("sv", "en", "ar"):
        languages = all_languages(lang)
        assert len(languages) == 184 + len(EXTRA_ALPHA3)
        assert all(name and name != code for code, name in languages)


def test_swedish_order() -> None:
    names = [name for _, name in all_languages("sv")]
    assert names.index("arabiska") < names.index("somaliska") < names.index("zulu")
    # "vä" sorts after "vo" in Swedish: Ä is a letter after Z.
    assert names.index("volapük") < names.index("västfrisiska")


def test_english_order_folds_accents() -> None:
    names = [name for _, name in all_languages("en")]
    assert names[0] == "Abkhazian"
    assert names.index("Manx") < names.index("Māori") < names.index("Marathi")
    assert names.index("Volapük") < names.index("Walloon")
