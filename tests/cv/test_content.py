"""What a CV says, read as an employer would: the person's own titles, newest first, Swedish
courses apart from foreign credentials, the Europass grid in its own terms, plain wording."""

from __future__ import annotations

from pathlib import Path

import pytest

from entryhub_desk.cv.build import build_document
from entryhub_desk.cv.model import CvDocument
from entryhub_desk.cv.render import render_pdf
from entryhub_desk.domain.profile import Education, EntryKind, Work
from tests.cv import samples
from tests.cv.helpers import in_order, pdftotext


def _text(document: CvDocument, template: str, tmp_path: Path) -> str:
    pdf = tmp_path / f"{document.language}-{template}.pdf"
    pdf.write_bytes(render_pdf(document, template=template))
    return " ".join(pdftotext(pdf).split())


def _titles(document: CvDocument, key: str) -> list[str]:
    section = document.section(key)
    assert section is not None, key
    return [e.title.text for e in section.entries]


# -- the person's own words -----------------------------------------------------------------


def test_the_persons_own_job_title_is_the_heading() -> None:
    person, entries = samples.accountant()
    for lang in ("sv", "en"):
        document = build_document(person, entries, language=lang)
        work = document.section("work")
        assert work is not None
        assert [e.title.text for e in work.entries] == [
            "Ekonomiassistent (praktik)",
            "Chief accountant",
            "Accountant",
        ]
        # The coded occupation never replaces nor doubles what the person did.
        for entry in work.entries:
            assert all("bokförare" not in d and "revisor" not in d for d in entry.details)


@pytest.mark.parametrize("template", ["classic", "compact"])
@pytest.mark.parametrize("lang", ["sv", "en"])
def test_heading_order_title_before_employer(lang: str, template: str, tmp_path: Path) -> None:
    person, entries = samples.engineer()
    text = _text(build_document(person, entries, language=lang), template, tmp_path)
    in_order(
        text,
        [
            "Praktikant, platsingenjör",
            "Byggbolaget i Umeå AB",
            "Site engineer",
            "Kabul Construction Company",
        ],
    )
    assert "civil engineer Kabul" not in text and "vattenbyggnad Kabul" not in text


def test_no_wrong_or_protected_title_is_printed_for_a_coded_job(tmp_path: Path) -> None:
    person, entries = samples.accountant()
    text = _text(build_document(person, entries, language="sv"), "classic", tmp_path)
    assert "revisor" not in text.casefold()  # "accountant" is no auditor
    person, entries = samples.nurse_assistant()
    text = _text(build_document(person, entries, language="sv"), "classic", tmp_path)
    assert "sjuksköterska" not in text.casefold()  # a nurse assistant is no nurse
    assert "Undersköterska" in text


# -- order -----------------------------------------------------------------------------------


def test_work_and_education_newest_first_current_first() -> None:
    person, entries = samples.engineer()  # typed oldest first
    document = build_document(person, entries, language="en")
    assert _titles(document, "work") == ["Praktikant, platsingenjör", "Site engineer"]
    assert _titles(document, "education") == [
        "Svenska för invandrare",
        "Bachelor of Engineering, Civil Engineering",
    ]
    person, entries = samples.accountant()  # typed newest first
    assert _titles(build_document(person, entries, language="sv"), "work") == [
        "Ekonomiassistent (praktik)",
        "Chief accountant",
        "Accountant",
    ]


def test_a_manual_order_is_kept_and_undated_entries_follow() -> None:
    person, entries = samples.accountant()
    pid = person.id
    work = [e for e in entries[EntryKind.WORK] if isinstance(e, Work)]
    # The volunteer moved the chief accountant job to the top: neither date order.
    entries[EntryKind.WORK] = [work[1], work[0], work[2]]
    document = build_document(person, entries, language="en")
    assert _titles(document, "work") == [
        "Chief accountant",
        "Ekonomiassistent (praktik)",
        "Accountant",
    ]
    entries[EntryKind.EDUCATION] = [
        Education(person_id=pid, title="Undated course"),
        Education(person_id=pid, title="Old", start="2001", end="2003"),
        Education(person_id=pid, title="Ended", start="2020", end="2024"),
        Education(person_id=pid, title="Current", start="2024", completed=None),
    ]
    document = build_document(person, entries, language="en")
    assert _titles(document, "education") == ["Current", "Ended", "Old", "Undated course"]


# -- sections --------------------------------------------------------------------------------


def test_swedish_courses_go_under_courses_and_foreign_credentials_under_their_own() -> None:
    person, entries = samples.engineer()
    sv = build_document(person, entries, language="sv")
    assert _titles(sv, "credentials") == ["Bachelor of Engineering (Civil)"]
    assert _titles(sv, "courses") == ["ID06 och Säker byggarbetsplats"]
    courses = sv.section("courses")
    assert courses is not None and courses.title == "Kurser och certifikat"
    keys = [s.key for s in sv.sections]
    assert keys.index("education") < keys.index("courses") < keys.index("credentials")
    en = build_document(person, entries, language="en").section("courses")
    assert en is not None and en.title == "Courses and certificates"


# -- the language grid -----------------------------------------------------------------------


def test_grid_terms_of_the_swedish_europass_and_a_complete_legend(tmp_path: Path) -> None:
    person, entries = samples.engineer()
    for template in ("classic", "compact"):
        text = _text(build_document(person, entries, language="sv"), template, tmp_path)
        for term in (
            "Förståelse",
            "Tala",
            "Skriftlig färdighet",
            "Hörförståelse",
            "Läsförståelse",
            "Muntlig interaktion",
            "Muntlig produktion",
            "A1 och A2: användare på nybörjarnivå",
            "B1 och B2: självständig användare",
            "C1 och C2: avancerad användare",
        ):
            assert term in text, (template, term)
        for wrong in ("Samtal", "Muntlig framställning", "Skriftlig Nivåer"):
            assert wrong not in text, (template, wrong)
        # A part's name wider than its column takes two lines rather than run into the next.
        layout = pdftotext(tmp_path / f"sv-{template}.pdf", layout=True)
        assert "interaktionMuntlig" not in layout and "interaktion Muntlig" not in layout
        text = _text(build_document(person, entries, language="en"), template, tmp_path)
        assert text.count("Writing") == 1, template  # no "Writing" under "Writing"
        for term in ("Spoken interaction", "Spoken production", "B1 and B2: independent user"):
            assert term in text, (template, term)


def test_language_names_are_conventional_and_capitalised_as_row_labels() -> None:
    person, entries = samples.engineer()
    sv = build_document(person, entries, language="sv").section("languages")
    assert sv is not None
    assert sv.mother_tongues == ("Pashto",)
    assert [r.name for r in sv.languages] == ["Dari", "Svenska", "Engelska"]
    person, entries = samples.multiscript()
    sv = build_document(person, entries, language="sv").section("languages")
    assert sv is not None
    assert [r.name for r in sv.languages] == ["Svenska", "Tigrinska"]


# -- plain wording ---------------------------------------------------------------------------


def test_places_are_not_repeated_and_licences_say_what_matters() -> None:
    person, entries = samples.nurse_assistant()
    en = build_document(person, entries, language="en")
    work = en.section("work")
    assert work is not None
    assert [e.subtitle for e in work.entries] == [
        "Region Västerbotten, Umeå, Sweden",
        "Orotta Hospital, Eritrea",
    ]
    driving = en.section("driving")
    assert driving is not None and driving.entries[0].details == ("Issued in Eritrea",)
    person, entries = samples.accountant()  # a Swedish licence, marked valid in Sweden
    sv = build_document(person, entries, language="sv").section("driving")
    assert sv is not None and sv.entries[0].details == ()


def test_natural_words_for_current_and_for_levels() -> None:
    person, entries = samples.engineer()
    sv = build_document(person, entries, language="sv")
    work = sv.section("work")
    skills = sv.section("skills")
    assert work is not None and skills is not None
    assert work.entries[0].dates == "feb 2024 – nu"
    assert [e.subtitle for e in skills.entries] == ["mycket god", "god"]
    person, entries = samples.accountant()
    digital = build_document(person, entries, language="en").section("digital")
    assert digital is not None and digital.entries[0].subtitle == "proficient"


def test_swedish_numbers_in_national_format_others_international() -> None:
    person, entries = samples.engineer()
    assert build_document(person, entries, language="en").header.contact[0] == "070-123 45 67"
    person, entries = samples.accountant()
    assert build_document(person, entries, language="sv").header.contact[0] == "08-765 43 21"
    from dataclasses import replace

    foreign = replace(person, phone="+252634123456")
    assert build_document(foreign, entries, language="sv").header.contact[0] == "+252 63 412 3456"


def test_contact_links_for_email_and_phone() -> None:
    person, entries = samples.engineer()
    header = build_document(person, entries, language="sv").header
    assert header.links == ("tel:+46701234567", "mailto:ahmad.rahimi@example.org", "")


@pytest.mark.parametrize("template", ["classic", "compact"])
def test_email_and_phone_are_clickable_in_the_pdf(template: str) -> None:
    import io

    from pypdf import PdfReader

    person, entries = samples.engineer()
    pdf = render_pdf(build_document(person, entries, language="sv"), template=template)
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    links = {}
    for annotation in page.get("/Annots") or []:
        obj = annotation.get_object()
        if obj.get("/Subtype") == "/Link" and "/A" in obj:
            links[str(obj["/A"]["/URI"])] = [float(v) for v in obj["/Rect"]]
    assert set(links) == {"tel:+46701234567", "mailto:ahmad.rahimi@example.org"}
    tel, mail = links["tel:+46701234567"], links["mailto:ahmad.rahimi@example.org"]
    assert tel[2] < mail[0]  # side by side on the contact line, the phone first
    assert abs(tel[1] - mail[1]) < 1 and tel[3] > tel[1]
    assert 30 < mail[2] - mail[0] < 200  # the address's own width, not the whole line
