"""The completeness indicator: score and codes of what is missing."""

from __future__ import annotations

from entryhub_desk.domain.person import Person
from entryhub_desk.domain.profile import (
    DigitalSkill,
    Education,
    EntryKind,
    Goals,
    LanguageSkill,
    Skill,
    Work,
    assess,
)
from entryhub_desk.ids import new_id

NURSE = "8d3e8aaa-791b-4c75-a465-f3f827028f50"


def _person(**kw: object) -> Person:
    return Person(given_name="Amal", family_name="Haddad", hub_id=new_id(), **kw)  # type: ignore[arg-type]


def test_an_empty_profile_lists_whole_sections_only() -> None:
    result = assess(_person(), {})
    assert result.score == 0
    assert result.missing[:4] == ("contact", "education", "work", "skills")
    assert "mother_tongue" not in result.missing  # part of "languages"
    assert "work_occupation" not in result.missing


def test_a_full_profile_scores_100() -> None:
    person = _person(email="amal@example.org")
    pid = person.id
    entries = {
        EntryKind.GOALS: [
            Goals(person_id=pid, wants=("job",), desired_occupations=(NURSE,), summary="Nurse.")
        ],
        EntryKind.LANGUAGE: [
            LanguageSkill(person_id=pid, language="ar", mother_tongue=True),
            LanguageSkill(
                person_id=pid,
                language="sv",
                listening="B1",
                reading="B1",
                spoken_interaction="A2",
                spoken_production="A2",
                writing="A2",
            ),
        ],
        EntryKind.EDUCATION: [Education(person_id=pid, institution="Damascus U", isced_level=6)],
        EntryKind.WORK: [Work(person_id=pid, occupation=NURSE, start="2012")],
        EntryKind.SKILL: [Skill(person_id=pid, free_text=f"s{i}") for i in range(3)],
        EntryKind.DIGITAL: [DigitalSkill(person_id=pid, area="safety", level="basic")],
    }
    result = assess(person, entries)
    assert result == type(result)(score=100, missing=())


def test_details_are_reported() -> None:
    person = _person(phone="070-123 45 67")
    pid = person.id
    entries = {
        EntryKind.GOALS: [Goals(person_id=pid, wants=("job",))],
        EntryKind.LANGUAGE: [LanguageSkill(person_id=pid, language="en", reading="B2")],
        EntryKind.WORK: [Work(person_id=pid, title="Cook")],
    }
    missing = assess(person, entries).missing
    for code in (
        "desired_occupation",
        "mother_tongue",
        "swedish",
        "language_levels",
        "work_occupation",
        "work_dates",
        "education",
    ):
        assert code in missing
    assert "contact" not in missing and "goals" not in missing
