"""The competence profile: one frozen dataclass per kind of entry, each its own synced record.

Every entry has ``id``, ``person_id`` and ``position`` (its place in the list; ``None`` on a
new entry means "at the end"). Codes are stored, never labels: ESCO concepts by the UUID of
their URI, ISO countries and languages, CEFR, ISCED/EQF, DigComp and driving-licence codes.
Validation raises ``DeskError("validation.*", field=…)``; whether an ESCO code exists in the
bundled taxonomy is checked by the service (the domain checks only its form).
"""

from entryhub_desk.domain.profile.codes import (
    CEFR_SKILLS,
    SINGLE_ENTRY_KINDS,
    BridgingState,
    BusinessSector,
    CefrLevel,
    DigCompArea,
    DigitalLevel,
    DrivingCategory,
    EntryKind,
    Evidence,
    GoalType,
    RecognitionStatus,
    SkillLevel,
    WorkType,
)
from entryhub_desk.domain.profile.completeness import Completeness, Missing, assess
from entryhub_desk.domain.profile.dates import PartialDate, check_order
from entryhub_desk.domain.profile.education import EQF_FOR_ISCED, Credential, Education
from entryhub_desk.domain.profile.goals import Goals, NextStep
from entryhub_desk.domain.profile.kinds import ENTRY_TYPES, Entry, kind_of
from entryhub_desk.domain.profile.languages import LanguageSkill, cefr
from entryhub_desk.domain.profile.personal import Business, DrivingLicence, Interest
from entryhub_desk.domain.profile.skills import DigitalSkill, Skill
from entryhub_desk.domain.profile.work import Work

__all__ = [
    "CEFR_SKILLS",
    "ENTRY_TYPES",
    "EQF_FOR_ISCED",
    "SINGLE_ENTRY_KINDS",
    "BridgingState",
    "Business",
    "BusinessSector",
    "CefrLevel",
    "Completeness",
    "Credential",
    "DigCompArea",
    "DigitalLevel",
    "DigitalSkill",
    "DrivingCategory",
    "DrivingLicence",
    "Education",
    "Entry",
    "EntryKind",
    "Evidence",
    "GoalType",
    "Goals",
    "Interest",
    "LanguageSkill",
    "Missing",
    "NextStep",
    "PartialDate",
    "RecognitionStatus",
    "Skill",
    "SkillLevel",
    "Work",
    "WorkType",
    "assess",
    "cefr",
    "check_order",
    "kind_of",
]
