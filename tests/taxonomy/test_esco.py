"""ESCO lookups from the bundled files, and the picker search."""

from __future__ import annotations

import pytest

from entryhub_desk.errors import DeskError
from entryhub_desk.taxonomy import esco
from entryhub_desk.taxonomy.picker import fold, search_occupations, search_skills

NURSE = "8d3e8aaa-791b-4c75-a465-f3f827028f50"  # nurse responsible for general care
SV_NURSE = "sjuksköterska, grundutbildad"


def test_bundled_files_hold_every_concept() -> None:
    assert len(esco.occupations().codes) == 3039
    assert len(esco.skills().codes) == 14028
    assert sum(1 for label in esco.occupations().pref["sv"] if not label) == 35
    assert sum(1 for label in esco.skills().pref["sv"] if not label) == 132


def test_labels_and_isco_group() -> None:
    assert esco.occupation_label(NURSE, "en").text == "nurse responsible for general care"
    assert esco.occupation_label(NURSE, "sv") == esco.Label(SV_NURSE, "sv")
    assert esco.occupation_label(NURSE, "ar").text.startswith("ممرض")
    assert esco.occupation_isco(NURSE) == "2221"
    assert esco.isco_label("2221", "en").text == "Nursing professionals"
    assert esco.isco_label("2221", "ar").fallback
    assert esco.is_isco_group("2221") and not esco.is_isco_group("9999")


def test_full_uri_is_accepted() -> None:
    assert esco.is_occupation(esco.uri("occupation", NURSE))
    assert esco.uri("skill", "ABC") == "http://data.europa.eu/esco/skill/abc"


def test_missing_language_falls_back_to_english_visibly() -> None:
    scheme = esco.occupations()
    i = scheme.pref["sv"].index("")
    label = esco.occupation_label(scheme.codes[i], "sv")
    assert label.lang == "en" and label.fallback and label.text
    # Most skills have no Arabic label (only the ESCO collections were translated).
    skills = esco.skills()
    j = skills.pref["ar"].index("")
    assert esco.skill_label(skills.codes[j], "ar").fallback
    assert not esco.skill_label(skills.codes[j], "en").fallback


def test_unknown_codes() -> None:
    with pytest.raises(DeskError) as caught:
        esco.occupation_label("00000000-0000-0000-0000-000000000000", "sv")
    assert caught.value.code == "validation.unknown_code"
    with pytest.raises(DeskError) as caught:
        esco.occupation_isco("00000000-0000-0000-0000-000000000000")
    assert caught.value.code == "validation.unknown_occupation"


def test_picker_finds_the_nurse_in_english() -> None:
    hits = search_occupations("nurse", lang="en", limit=10)
    nurse = next(hit for hit in hits if hit.code == NURSE)
    assert nurse.label == "Nurse"  # the display form (taxonomy.display)
    assert nurse.isco_group == "2221"
    assert nurse.label_lang == "en" and not nurse.fallback


def test_picker_finds_the_nurse_in_swedish_and_shows_the_swedish_label() -> None:
    hits = search_occupations("sjuksköterska", lang="sv", limit=10)
    nurse = next(hit for hit in hits if hit.code == NURSE)
    assert (nurse.label, nurse.label_lang, nurse.isco_group) == ("Sjuksköterska", "sv", "2221")
    # Typed without the ö, or in English while working in Swedish: same concept, Swedish label.
    assert NURSE in {h.code for h in search_occupations("sjukskoterska", lang="sv")}
    english = search_occupations("nurse responsible", lang="sv")
    assert english[0].code == NURSE and english[0].label == "Sjuksköterska"


def test_swedish_user_finds_through_english_alternative_labels() -> None:
    hits = search_occupations("district nurse", lang="sv")
    assert hits[0].code == NURSE
    assert hits[0].label == "Sjuksköterska"
    assert hits[0].matched == "district nurse"


def test_arabic_query() -> None:
    hits = search_occupations("ممرضة", lang="ar", limit=20)
    assert NURSE in {hit.code for hit in hits}
    assert all(hit.label_lang == "ar" for hit in hits)


def test_words_in_any_order_and_short_queries() -> None:
    assert NURSE in {h.code for h in search_occupations("care nurse general", lang="en")}
    assert search_occupations("", lang="sv") == []
    # One letter: labels (in any searched language) that begin with it.
    assert all(fold(h.matched or h.label).startswith("a") for h in search_skills("a", lang="en"))
    assert len(search_skills("py", lang="en", limit=5)) <= 5


def test_fold_removes_case_accents_and_arabic_marks() -> None:
    assert fold("Sjuksköterska, Grund-utbildad") == "sjukskoterska grund utbildad"
    assert fold("مُمَرِّضة") == fold("ممرضه")
    assert fold("إدارة") == "اداره"
