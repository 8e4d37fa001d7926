"""Employers, their openings, and the introductions of visitors to openings (issue 15).

Employers, their contacts and log, and openings are *network records*: shared by every hub of
the network (``added_by_hub`` says which hub added one). Introductions and their steps are
about a person and sync like visits, scoped by the person's hub and consent.
"""

from entryhub_desk.domain.employers.employer import (
    Employer,
    EmployerContact,
    EmployerLogEntry,
    normalise_org_number,
)
from entryhub_desk.domain.employers.introduction import (
    CardKind,
    Introduction,
    IntroductionState,
    IntroductionStep,
)
from entryhub_desk.domain.employers.opening import (
    HardRequirement,
    LanguageRequirement,
    Opening,
    OpeningKind,
    OpeningState,
)

__all__ = [
    "CardKind",
    "Employer",
    "EmployerContact",
    "EmployerLogEntry",
    "HardRequirement",
    "Introduction",
    "IntroductionState",
    "IntroductionStep",
    "LanguageRequirement",
    "Opening",
    "OpeningKind",
    "OpeningState",
    "normalise_org_number",
]
