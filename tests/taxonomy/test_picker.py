"""The occupation and skill picker's search: every language whatever the interface language,
matched labels as written, one typo forgiven, an acronym's skill first."""

from __future__ import annotations

import pytest

from entryhub_desk.taxonomy.picker import search_occupations, search_skills


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_arabic_finds_welders_in_the_swedish_and_english_interface(lang: str) -> None:
    hits = search_occupations("لحام", lang, 10)
    labels = {hit.label for hit in hits}
    assert ("Svetsare" if lang == "sv" else "Welder") in labels
    welder = next(h for h in hits if h.label in ("Svetsare", "Welder"))
    assert welder.matched is not None and "لحام" in welder.matched  # the Arabic label shown


def test_ukrainian_is_searched_too() -> None:
    assert search_occupations("зварник", "sv", 5)  # welder in Ukrainian


def test_a_matched_synonym_keeps_its_letters() -> None:
    hits = search_occupations("rorsvetsare", "en", 5)  # typed without ö
    assert hits and hits[0].matched == "rörsvetsare"
    hits = search_occupations("underskoterska hemtjanst", "en", 5)
    assert hits[0].matched is not None and "undersköterska" in hits[0].matched.casefold()
    assert "hemtjänst" in hits[0].matched


@pytest.mark.parametrize("typo", ["svetsre", "svetsaer", "svetsarr", "svetssare"])
def test_one_typo_is_forgiven(typo: str) -> None:
    assert "Svetsare" in [hit.label for hit in search_occupations(typo, "sv", 5)]


def test_two_typos_are_not() -> None:
    assert search_occupations("svtsre", "sv", 5) == []


def test_an_exact_acronym_ranks_its_skill_first() -> None:
    hits = search_skills("MIG", "sv", 5)
    assert hits[0].label == "Utföra MIG-svetsning"
    assert search_skills("MIG", "en", 5)[0].label == "Perform metal inert gas welding"
    assert search_skills("mig", "sv", 5)[0].label != "Utföra MIG-svetsning"  # lower case: a prefix


def test_nothing_is_nothing() -> None:
    assert search_occupations("qqqqzzzz", "sv", 5) == []


def test_a_keystroke_folds_the_query_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """What does not depend on the query is not folded again at each keystroke: the labels
    shown for the hits (they were folded three times per hit, each keystroke)."""
    from entryhub_desk.taxonomy import picker

    first = search_occupations("svetsare", "sv", 15)  # typed, erased, typed again
    folded: list[str] = []
    real = picker.fold

    def counted(text: str) -> str:
        folded.append(text)
        return real(text)

    monkeypatch.setattr(picker, "fold", counted)
    assert search_occupations("svetsare", "sv", 15) == first and len(first) >= 3
    assert folded == ["svetsare"]
