"""CV labels per language, dates by babel, recognition worded for an employer."""

from __future__ import annotations

from entryhub_desk.cv import labels as L
from entryhub_desk.domain.profile import PartialDate


def test_every_label_exists_in_both_languages() -> None:
    for table in (L.SECTION_TITLES, L.WORDS, L.SKILL_LEVELS, L.RECOGNITION):
        for key, texts in table.items():
            assert set(texts) == {"sv", "en"}, key
            assert all(texts.values()), key


def test_dates_are_formatted_for_the_cvs_language() -> None:
    may = PartialDate(2014, 5)
    december = PartialDate(2015, 12, 3)
    assert L.format_partial(may, "sv") == "maj 2014"
    assert L.format_partial(december, "en") == "Dec 2015"
    assert L.format_partial(PartialDate(2014), "sv") == "2014"
    assert L.date_range(may, december, "sv", ongoing=True) == "maj 2014 – dec 2015"
    assert L.date_range(may, None, "en", ongoing=True) == "May 2014 – present"
    assert L.date_range(may, None, "sv", ongoing=True) == "maj 2014 – nu"
    assert L.date_range(may, None, "sv", ongoing=False) == "maj 2014"
    assert L.date_range(None, None, "sv", ongoing=True) == ""


def test_recognition_reads_as_an_employer_expects() -> None:
    text = L.recognition(
        "recognised", "en", authority="UHR", recognised_as="a Swedish bachelor's degree"
    )
    assert text == "Recognised by UHR as equivalent to a Swedish bachelor's degree"
    assert L.section_title("work", "sv") == "Arbetslivserfarenhet"
    assert L.word("page", "en", page=1, pages=2) == "Page 1 of 2"


def test_month_abbreviations_are_of_one_form() -> None:
    for lang in L.CV_LANGUAGES:
        months = [L.format_partial(PartialDate(2020, m), lang).split()[0] for m in range(1, 13)]
        assert len(set(months)) == 12, lang
        assert all(len(m) == 3 and m.isalpha() for m in months), (lang, months)
    assert L.format_partial(PartialDate(2021, 6), "sv") == "jun 2021"
    assert L.format_partial(PartialDate(2021, 9), "en") == "Sep 2021"
