"""A (nearly) empty profile is noticed, and what it lacks is named, before a CV is printed."""

from __future__ import annotations

from entryhub_desk.cv.gaps import cv_gaps
from entryhub_desk.domain.profile import EntryKind, Goals, LanguageSkill, Skill
from tests.cv import samples


def test_an_empty_profile_is_thin_and_says_what_is_missing() -> None:
    person, _ = samples.multiscript()
    gaps = cv_gaps(person, {})
    assert gaps.thin
    assert gaps.missing == ("work", "education", "skills", "languages", "summary")
    assert (
        gaps.english() == "work experience, education, skills, languages, a short summary (Goals)"
    )


def test_languages_and_a_summary_alone_are_still_thin() -> None:
    person, _ = samples.multiscript()
    pid = person.id
    entries = {
        EntryKind.GOALS: [Goals(person_id=pid, summary="Vill arbeta.")],
        EntryKind.LANGUAGE: [LanguageSkill(person_id=pid, language="ar", mother_tongue=True)],
    }
    gaps = cv_gaps(person, entries)
    assert gaps.thin and gaps.missing == ("work", "education", "skills")


def test_a_profile_with_substance_is_not_thin() -> None:
    person, entries = samples.multiscript()
    assert cv_gaps(person, entries).thin is False
    assert cv_gaps(person, entries).missing == ()
    one_skill = {EntryKind.SKILL: [Skill(person_id=person.id, free_text="Svetsning")]}
    gaps = cv_gaps(person, one_skill)
    assert not gaps.thin and "skills" not in gaps.missing


def test_emoji_the_cv_leaves_out_are_named() -> None:
    person, entries = samples.multiscript()
    assert cv_gaps(person, entries).left_out == ()
    pid = person.id
    entries[EntryKind.GOALS] = [Goals(person_id=pid, summary="Jag lagar mat 🍳 och bakar ©")]
    entries[EntryKind.SKILL] = [Skill(person_id=pid, free_text="Kaffe ☕ och 🍳 👍🏽")]
    assert cv_gaps(person, entries).left_out == ("🍳", "☕", "👍")
