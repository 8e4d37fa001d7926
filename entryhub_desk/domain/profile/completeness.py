"""How far a profile is from a good CV: a score and the codes of what is still missing."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from entryhub_desk.domain.person import Person
from entryhub_desk.domain.profile.codes import CEFR_SKILLS, EntryKind
from entryhub_desk.domain.profile.education import Education
from entryhub_desk.domain.profile.goals import Goals
from entryhub_desk.domain.profile.kinds import Entry
from entryhub_desk.domain.profile.languages import LanguageSkill
from entryhub_desk.domain.profile.skills import Skill
from entryhub_desk.domain.profile.work import Work

ENOUGH_SKILLS = 3


class Missing(StrEnum):
    """What the volunteer is told is still missing (the GUI translates each code)."""

    CONTACT = "contact"  # neither phone nor e-mail
    GOALS = "goals"  # no aims recorded
    DESIRED_OCCUPATION = "desired_occupation"  # wants a job, but no ESCO occupation chosen
    SUMMARY = "summary"  # no short statement for the CV
    LANGUAGES = "languages"  # no language at all
    MOTHER_TONGUE = "mother_tongue"
    SWEDISH = "swedish"  # no Swedish level (even "none yet" is worth noting as A1 or a goal)
    LANGUAGE_LEVELS = "language_levels"  # a foreign language without its CEFR grid
    EDUCATION = "education"
    EDUCATION_LEVEL = "education_level"  # an education without an ISCED level
    WORK = "work"
    WORK_OCCUPATION = "work_occupation"  # a job not coded to ESCO
    WORK_DATES = "work_dates"  # a job without a start date
    SKILLS = "skills"  # fewer than three skills
    DIGITAL = "digital"  # no DigComp self-assessment


# Weights add up to 100; a code costs its weight when missing.
WEIGHTS: Final[dict[Missing, int]] = {
    Missing.CONTACT: 10,
    Missing.GOALS: 8,
    Missing.DESIRED_OCCUPATION: 6,
    Missing.SUMMARY: 6,
    Missing.LANGUAGES: 6,
    Missing.MOTHER_TONGUE: 4,
    Missing.SWEDISH: 5,
    Missing.LANGUAGE_LEVELS: 5,
    Missing.EDUCATION: 10,
    Missing.EDUCATION_LEVEL: 4,
    Missing.WORK: 10,
    Missing.WORK_OCCUPATION: 5,
    Missing.WORK_DATES: 4,
    Missing.SKILLS: 10,
    Missing.DIGITAL: 7,
}
assert sum(WEIGHTS.values()) == 100


@dataclass(frozen=True)
class Completeness:
    score: int  # 0–100
    missing: tuple[str, ...]  # Missing codes, most important first


def assess(person: Person, entries: Mapping[EntryKind, Sequence[Entry]]) -> Completeness:
    """Score a profile. ``entries`` maps each kind to the person's entries (absent = none)."""
    missing: list[Missing] = []

    def lacks(code: Missing, condition: bool) -> None:
        if condition:
            missing.append(code)

    goals = [e for e in entries.get(EntryKind.GOALS, ()) if isinstance(e, Goals)]
    languages = [e for e in entries.get(EntryKind.LANGUAGE, ()) if isinstance(e, LanguageSkill)]
    education = [e for e in entries.get(EntryKind.EDUCATION, ()) if isinstance(e, Education)]
    work = [e for e in entries.get(EntryKind.WORK, ()) if isinstance(e, Work)]
    skills = [e for e in entries.get(EntryKind.SKILL, ()) if isinstance(e, Skill)]

    lacks(Missing.CONTACT, not (person.phone or person.email or person.phone_as_written))
    wants = goals[0].wants if goals else ()
    lacks(Missing.GOALS, not wants)
    lacks(
        Missing.DESIRED_OCCUPATION,
        bool(goals) and "job" in wants and not goals[0].desired_occupations,
    )
    lacks(Missing.SUMMARY, not (goals and goals[0].summary))
    lacks(Missing.LANGUAGES, not languages)
    if languages:
        lacks(Missing.MOTHER_TONGUE, not any(e.mother_tongue for e in languages))
        lacks(Missing.SWEDISH, not any(e.language == "sv" for e in languages))
        lacks(
            Missing.LANGUAGE_LEVELS,
            any(
                not e.mother_tongue and any(getattr(e, p) is None for p in CEFR_SKILLS)
                for e in languages
            ),
        )
    lacks(Missing.EDUCATION, not education)
    lacks(Missing.EDUCATION_LEVEL, any(e.isced_level is None for e in education))
    lacks(Missing.WORK, not work)
    lacks(Missing.WORK_OCCUPATION, any(e.occupation is None for e in work))
    lacks(Missing.WORK_DATES, any(e.start is None for e in work))
    lacks(Missing.SKILLS, len(skills) < ENOUGH_SKILLS)
    lacks(Missing.DIGITAL, not entries.get(EntryKind.DIGITAL))

    # A whole section that is missing also costs what its details would have cost.
    if Missing.LANGUAGES in missing:
        missing += [Missing.MOTHER_TONGUE, Missing.SWEDISH, Missing.LANGUAGE_LEVELS]
    if Missing.EDUCATION in missing:
        missing.append(Missing.EDUCATION_LEVEL)
    if Missing.WORK in missing:
        missing += [Missing.WORK_OCCUPATION, Missing.WORK_DATES]
    if Missing.GOALS in missing:
        missing.append(Missing.DESIRED_OCCUPATION)
    score = 100 - sum(WEIGHTS[code] for code in set(missing))
    order = list(WEIGHTS)
    reported = sorted(
        {code for code in missing if _reported(code, missing)},
        key=lambda c: (-WEIGHTS[c], order.index(c)),
    )
    return Completeness(score=max(0, score), missing=tuple(code.value for code in reported))


def _reported(code: Missing, missing: list[Missing]) -> bool:
    """Details of a missing section are not listed on their own (the section is)."""
    if Missing.LANGUAGES in missing and code in (
        Missing.MOTHER_TONGUE,
        Missing.SWEDISH,
        Missing.LANGUAGE_LEVELS,
    ):
        return False
    if Missing.EDUCATION in missing and code is Missing.EDUCATION_LEVEL:
        return False
    if Missing.GOALS in missing and code is Missing.DESIRED_OCCUPATION:
        return False
    return not (Missing.WORK in missing and code in (Missing.WORK_OCCUPATION, Missing.WORK_DATES))
