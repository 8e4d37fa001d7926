"""Code sets of the competence profile (labels live in ``entryhub_desk.taxonomy``)."""

from __future__ import annotations

from enum import StrEnum
from typing import Final


class EntryKind(StrEnum):
    """The kinds of profile entries; each kind is its own synced table."""

    GOALS = "goals"  # one per person
    NEXT_STEP = "next_step"
    LANGUAGE = "language"
    EDUCATION = "education"
    CREDENTIAL = "credential"
    WORK = "work"
    SKILL = "skill"
    DIGITAL = "digital"
    DRIVING = "driving"
    INTEREST = "interest"
    BUSINESS = "business"  # entrepreneurship; one per person


SINGLE_ENTRY_KINDS: Final = frozenset({EntryKind.GOALS, EntryKind.BUSINESS})


class GoalType(StrEnum):
    JOB = "job"
    EDUCATION = "education"
    SWEDISH_COURSE = "swedish_course"
    VALIDATION = "validation"  # validation of skills
    BUSINESS = "business"  # start a business


class CefrLevel(StrEnum):
    """Common European Framework of Reference for Languages, A1 (lowest) to C2."""

    A1 = "A1"
    A2 = "A2"
    B1 = "B1"
    B2 = "B2"
    C1 = "C1"
    C2 = "C2"


# The five parts of the Europass self-assessment grid, in the grid's order.
CEFR_SKILLS: Final = (
    "listening",
    "reading",
    "spoken_interaction",
    "spoken_production",
    "writing",
)


class RecognitionStatus(StrEnum):
    NOT_STARTED = "not_started"
    APPLIED = "applied"
    RECOGNISED = "recognised"
    PARTLY_RECOGNISED = "partly_recognised"
    NOT_RECOGNISED = "not_recognised"


class BridgingState(StrEnum):
    """A bridging course (kompletterande utbildning) for a foreign credential."""

    NONE = "none"
    SUGGESTED = "suggested"
    STARTED = "started"
    COMPLETED = "completed"


class WorkType(StrEnum):
    FORMAL = "formal"
    INFORMAL = "informal"
    VOLUNTEER = "volunteer"


class SkillLevel(StrEnum):
    """The levels JSON Resume users write most; shown translated."""

    BEGINNER = "beginner"
    INTERMEDIATE = "intermediate"
    ADVANCED = "advanced"
    MASTER = "master"


class Evidence(StrEnum):
    """How a skill was shown."""

    TOLD = "told"
    DOCUMENTED = "documented"
    TRIED_AT_HUB = "tried_at_hub"


class DigCompArea(StrEnum):
    """The five competence areas of DigComp 2.2."""

    INFORMATION = "information"  # 1 Information and data literacy
    COMMUNICATION = "communication"  # 2 Communication and collaboration
    CONTENT = "content"  # 3 Digital content creation
    SAFETY = "safety"  # 4 Safety
    PROBLEM_SOLVING = "problem_solving"  # 5 Problem solving


class DigitalLevel(StrEnum):
    """The Europass digital-skills grid levels (DigComp foundation / intermediate / advanced)."""

    BASIC = "basic"
    INDEPENDENT = "independent"
    PROFICIENT = "proficient"


class DrivingCategory(StrEnum):
    """Categories of directive 2006/126/EC (the EU driving licence)."""

    AM = "AM"
    A1 = "A1"
    A2 = "A2"
    A = "A"
    B1 = "B1"
    B = "B"
    BE = "BE"
    C1 = "C1"
    C1E = "C1E"
    C = "C"
    CE = "CE"
    D1 = "D1"
    D1E = "D1E"
    D = "D"
    DE = "DE"


class BusinessSector(StrEnum):
    CIRCULAR_ECONOMY = "circular_economy"
    DIGITAL = "digital"
    CREATIVE = "creative"
    HANDCRAFT = "handcraft"
    FOOD = "food"
    CARE = "care"
    TRADE = "trade"
    OTHER = "other"
