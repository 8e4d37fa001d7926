"""Which tab holds which kinds of entry, the dialog of each kind, and their titles."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from PySide6.QtCore import QCoreApplication

from entryhub_desk.domain.profile import SINGLE_ENTRY_KINDS, EntryKind
from entryhub_desk.views.labels import QT_TRANSLATE_NOOP
from entryhub_desk.views.profile.credential_dialog import CredentialDialog
from entryhub_desk.views.profile.digital_dialog import DigitalDialog
from entryhub_desk.views.profile.driving_dialog import DrivingDialog
from entryhub_desk.views.profile.education_dialog import EducationDialog
from entryhub_desk.views.profile.entry_dialog import EntryDialog
from entryhub_desk.views.profile.goals_dialog import GoalsDialog, NextStepDialog
from entryhub_desk.views.profile.interest_dialog import BusinessDialog, InterestDialog
from entryhub_desk.views.profile.language_dialog import LanguageDialog
from entryhub_desk.views.profile.skill_dialog import SkillDialog
from entryhub_desk.views.profile.work_dialog import WorkDialog

CONTEXT: Final = "ProfileKinds"

DIALOGS: Final[dict[EntryKind, type[EntryDialog]]] = {
    EntryKind.GOALS: GoalsDialog,
    EntryKind.NEXT_STEP: NextStepDialog,
    EntryKind.LANGUAGE: LanguageDialog,
    EntryKind.EDUCATION: EducationDialog,
    EntryKind.CREDENTIAL: CredentialDialog,
    EntryKind.WORK: WorkDialog,
    EntryKind.SKILL: SkillDialog,
    EntryKind.DIGITAL: DigitalDialog,
    EntryKind.DRIVING: DrivingDialog,
    EntryKind.INTEREST: InterestDialog,
    EntryKind.BUSINESS: BusinessDialog,
}

KIND_TITLES: Final[dict[EntryKind, str]] = {
    EntryKind.GOALS: QT_TRANSLATE_NOOP("ProfileKinds", "Goals"),
    EntryKind.NEXT_STEP: QT_TRANSLATE_NOOP("ProfileKinds", "Next steps"),
    EntryKind.LANGUAGE: QT_TRANSLATE_NOOP("ProfileKinds", "Languages"),
    EntryKind.EDUCATION: QT_TRANSLATE_NOOP("ProfileKinds", "Education"),
    EntryKind.CREDENTIAL: QT_TRANSLATE_NOOP("ProfileKinds", "Credentials"),
    EntryKind.WORK: QT_TRANSLATE_NOOP("ProfileKinds", "Work"),
    EntryKind.SKILL: QT_TRANSLATE_NOOP("ProfileKinds", "Skills"),
    EntryKind.DIGITAL: QT_TRANSLATE_NOOP("ProfileKinds", "Digital skills"),
    EntryKind.DRIVING: QT_TRANSLATE_NOOP("ProfileKinds", "Driving licence"),
    EntryKind.INTEREST: QT_TRANSLATE_NOOP("ProfileKinds", "Interests"),
    EntryKind.BUSINESS: QT_TRANSLATE_NOOP("ProfileKinds", "Business idea"),
}


@dataclass(frozen=True)
class Tab:
    key: str
    title: str  # source text with a mnemonic, translated in context "ProfileKinds"
    kinds: tuple[EntryKind, ...]


TABS: Final[tuple[Tab, ...]] = (
    Tab(
        "goals",
        QT_TRANSLATE_NOOP("ProfileKinds", "&Goals"),
        (EntryKind.GOALS, EntryKind.NEXT_STEP),
    ),
    Tab("languages", QT_TRANSLATE_NOOP("ProfileKinds", "&Languages"), (EntryKind.LANGUAGE,)),
    Tab("education", QT_TRANSLATE_NOOP("ProfileKinds", "Educati&on"), (EntryKind.EDUCATION,)),
    Tab(
        "credentials",
        QT_TRANSLATE_NOOP("ProfileKinds", "&Credentials"),
        (EntryKind.CREDENTIAL,),
    ),
    Tab("work", QT_TRANSLATE_NOOP("ProfileKinds", "Wor&k"), (EntryKind.WORK,)),
    Tab("skills", QT_TRANSLATE_NOOP("ProfileKinds", "&Skills"), (EntryKind.SKILL,)),
    Tab("digital", QT_TRANSLATE_NOOP("ProfileKinds", "Dig&ital"), (EntryKind.DIGITAL,)),
    Tab("driving", QT_TRANSLATE_NOOP("ProfileKinds", "Drivi&ng"), (EntryKind.DRIVING,)),
    Tab(
        "interests",
        QT_TRANSLATE_NOOP("ProfileKinds", "In&terests"),
        (EntryKind.INTEREST, EntryKind.BUSINESS),
    ),
)


def kind_title(kind: EntryKind) -> str:
    return QCoreApplication.translate(CONTEXT, KIND_TITLES[kind])


def tab_title(tab: Tab) -> str:
    return QCoreApplication.translate(CONTEXT, tab.title)


def is_single(kind: EntryKind) -> bool:
    return kind in SINGLE_ENTRY_KINDS
