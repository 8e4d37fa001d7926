"""Which dataclass holds which kind of entry."""

from __future__ import annotations

from typing import Final

from entryhub_desk.domain.profile.codes import EntryKind
from entryhub_desk.domain.profile.education import Credential, Education
from entryhub_desk.domain.profile.goals import Goals, NextStep
from entryhub_desk.domain.profile.languages import LanguageSkill
from entryhub_desk.domain.profile.personal import Business, DrivingLicence, Interest
from entryhub_desk.domain.profile.skills import DigitalSkill, Skill
from entryhub_desk.domain.profile.work import Work

Entry = (
    Goals
    | NextStep
    | LanguageSkill
    | Education
    | Credential
    | Work
    | Skill
    | DigitalSkill
    | DrivingLicence
    | Interest
    | Business
)

ENTRY_TYPES: Final[dict[EntryKind, type[Entry]]] = {
    EntryKind.GOALS: Goals,
    EntryKind.NEXT_STEP: NextStep,
    EntryKind.LANGUAGE: LanguageSkill,
    EntryKind.EDUCATION: Education,
    EntryKind.CREDENTIAL: Credential,
    EntryKind.WORK: Work,
    EntryKind.SKILL: Skill,
    EntryKind.DIGITAL: DigitalSkill,
    EntryKind.DRIVING: DrivingLicence,
    EntryKind.INTEREST: Interest,
    EntryKind.BUSINESS: Business,
}


def kind_of(entry: Entry) -> EntryKind:
    return entry.KIND
