"""Profile → CV document model."""

from __future__ import annotations

import pytest

from entryhub_desk.cv.build import build_document
from entryhub_desk.domain.profile import Credential, EntryKind, Goals, Skill, Work
from entryhub_desk.errors import DeskError
from tests.cv import samples

NURSE = "8d3e8aaa-791b-4c75-a465-f3f827028f50"
NO_SWEDISH_SKILL = "02058de6-4b98-449f-8a45-8588b0eb2446"  # "network engineering": no sv label


def test_sections_follow_the_profile_in_the_cvs_order() -> None:
    person, entries = samples.multiscript()
    document = build_document(person, entries, language="en")
    assert [s.key for s in document.sections] == [
        "summary",
        "work",
        "education",
        "credentials",
        "languages",
        "skills",
        "digital",
        "driving",
        "interests",
    ]
    assert document.header.original_name == samples.ARABIC_NAME
    languages = document.section("languages")
    assert languages is not None
    assert languages.mother_tongues == ("Arabic",)
    assert [r.name for r in languages.languages] == ["Swedish", "Tigrinya"]
    assert languages.languages[0].listening == "B1"


def test_taxonomy_names_come_in_the_cvs_language_and_fall_back_visibly() -> None:
    person, entries = samples.multiscript()
    pid = person.id
    entries[EntryKind.WORK] = [
        Work(person_id=pid, title="Ward nurse", occupation=NURSE, start="2019"),
        Work(person_id=pid, occupation=NURSE, start="2015", end="2018"),
    ]
    entries[EntryKind.SKILL] = [Skill(person_id=pid, skill=NO_SWEDISH_SKILL)]
    entries[EntryKind.GOALS] = [Goals(person_id=pid, desired_occupations=(NURSE,))]
    sv = build_document(person, entries, language="sv")
    work = sv.section("work")
    skills = sv.section("skills")
    assert work is not None and skills is not None
    assert work.entries[0].title.text == "Ward nurse"  # the person's own title
    assert work.entries[0].details == ()
    # Without a title of their own, the occupation stands in, as prose.
    assert work.entries[1].title.text == "Sjuksköterska"
    assert not work.entries[1].title.fallback
    assert skills.entries[0].title.text == "Network engineering"
    assert skills.entries[0].title.fallback
    assert sv.header.headline[0].text == "Sjuksköterska"
    en = build_document(person, entries, language="en")
    en_skills = en.section("skills")
    assert en_skills is not None and not en_skills.entries[0].title.fallback


def test_recognition_of_foreign_credentials() -> None:
    person, entries = samples.multiscript()
    document = build_document(person, entries, language="en")
    credentials = document.section("credentials")
    assert credentials is not None
    assert credentials.entries[0].details == (
        "Recognised by UHR as equivalent to a Swedish bachelor's degree.",
    )
    entries[EntryKind.CREDENTIAL] = [
        Credential(
            person_id=person.id, name="Nursing licence", status="applied", bridging="started"
        )
    ]
    credentials = build_document(person, entries, language="sv").section("credentials")
    assert credentials is not None
    assert credentials.entries[0].details == (
        "Ansökan om bedömning inlämnad till svensk myndighet.",
        "Kompletterande utbildning pågår.",
    )


def test_an_empty_profile_has_only_the_header() -> None:
    person, _ = samples.multiscript()
    document = build_document(person, {}, language="sv")
    assert document.sections == ()
    assert document.header.name == "Mohammed Al-Obeidi"


def test_only_swedish_and_english_cvs() -> None:
    person, entries = samples.multiscript()
    with pytest.raises(DeskError) as error:
        build_document(person, entries, language="ar")
    assert error.value.code == "cv.bad_language"
