from __future__ import annotations

import pytest

from entryhub_desk.errors import ENGLISH, DeskError
from entryhub_desk.taxonomy.countries import all_countries, country_name, is_country


@pytest.mark.parametrize(
    ("code", "lang", "name"),
    [
        ("SE", "sv", "Sverige"),
        ("SE", "en", "Sweden"),
        ("SE", "ar", "السويد"),
        ("ER", "sv", "Eritrea"),
        ("ER", "en", "Eritrea"),
        ("SO", "sv", "Somalia"),
        ("SY", "sv", "Syrien"),
        ("AF", "en", "Afghanistan"),
        ("XK", "sv", "Kosovo"),
    ],
)
def test_country_names(code: str, lang: str, name: str) -> None:
    assert country_name(code, lang) == name


def test_every_iso_country_has_a_name_in_each_language() -> None:
    for lang in ("sv", "en", "ar"):
        countries = all_countries(lang)
        assert len(countries) == 250  # 249 ISO 3166-1 codes and XK
        assert all(name for _, name in countries)
        assert len({code for code, _ in countries}) == 250


def test_is_country_is_exact() -> None:
    assert is_country("SE")
    assert is_country("XK")
    assert not is_country("se")
    assert not is_country("SWE")
    assert not is_country("")
    assert not is_country("150")


@pytest.mark.parametrize("code", ["ZZ", "se", "SWE", ""])
def test_unknown_code_raises(code: str) -> None:
    with pytest.raises(DeskError) as info:
        country_name(code, "sv")
    assert info.value.code == "validation.unknown_code"
    assert info.value.params == {"field": "country", "value": code}
    assert "validation.unknown_code" in ENGLISH


def test_unknown_display_language_raises() -> None:
    with pytest.raises(DeskError) as info:
        country_name("SE", "xx-nonsense")
    assert info.value.params["field"] == "display_language"


def test_swedish_order_puts_a_ring_a_umlaut_o_umlaut_after_z() -> None:
    codes = [code for code, _ in all_countries("sv")]
    assert codes.index("ZW") < codes.index("AX") < codes.index("AT")  # Zimbabwe, Åland, Österrike
    assert codes[-1] == "TL"  # Östtimor
    assert codes.index("AF") == 0
    names = [name for _, name in all_countries("sv")]
    assert names.index("Vietnam") < names.index("Västsahara") < names.index("Zambia")


def test_english_order_folds_accents_and_case() -> None:
    names = [name for _, name in all_countries("en")]
    assert names.index("Afghanistan") < names.index("Åland Islands") < names.index("Albania")
    assert names.index("Côte d’Ivoire") < names.index("Croatia")
    assert names[-1] == "Zimbabwe"


def test_arabic_order_ignores_hamza_on_alif() -> None:
    names = [name for _, name in all_countries("ar")]
    # إثيوبيا (Ethiopia) and أذربيجان (Azerbaijan) both sort under plain alif: ث before ذ.
    assert names.index("إثيوبيا") < names.index("أذربيجان")


def test_results_are_copies() -> None:
    first = all_countries("sv")
    first.clear()
    assert all_countries("sv")


def test_every_listed_country_passes_the_domain_check() -> None:
    """A pick list offers only codes a person or a profile can be saved with (Kosovo, XK,
    was offered by the list and refused by the domain's check)."""
    from entryhub_desk.domain import codes
    from entryhub_desk.domain.person import Person
    from entryhub_desk.ids import new_id

    refused = [code for code, _ in all_countries("sv") if not codes.is_country(code)]
    assert refused == []
    kosovar = Person(
        given_name="Arta", family_name="Krasniqi", hub_id=new_id(), country_of_birth="xk"
    )
    assert kosovar.country_of_birth == "XK"
