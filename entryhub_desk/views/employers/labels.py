"""Translatable names of opening kinds and states, hard requirements, introduction states and
card kinds (issue 15), in the interface language."""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QCoreApplication

from entryhub_desk.domain.employers import (
    CardKind,
    HardRequirement,
    IntroductionState,
    OpeningKind,
    OpeningState,
)
from entryhub_desk.views.labels import QT_TRANSLATE_NOOP

CONTEXT: Final = "EmployerLabels"

KIND_LABELS: Final[dict[str, str]] = {
    "job": QT_TRANSLATE_NOOP("EmployerLabels", "Job"),
    "internship": QT_TRANSLATE_NOOP("EmployerLabels", "Internship (praktik)"),
    "trainee": QT_TRANSLATE_NOOP("EmployerLabels", "Trainee"),
    "apprenticeship": QT_TRANSLATE_NOOP("EmployerLabels", "Apprenticeship"),
    "mentoring": QT_TRANSLATE_NOOP("EmployerLabels", "Mentoring"),
    "entrepreneurship": QT_TRANSLATE_NOOP("EmployerLabels", "Entrepreneurship support"),
}

OPENING_STATE_LABELS: Final[dict[str, str]] = {
    "open": QT_TRANSLATE_NOOP("EmployerLabels", "Open"),
    "filled": QT_TRANSLATE_NOOP("EmployerLabels", "Filled"),
    "closed": QT_TRANSLATE_NOOP("EmployerLabels", "Closed"),
}

HARD_LABELS: Final[dict[str, str]] = {
    "occupation": QT_TRANSLATE_NOOP("EmployerLabels", "Occupation"),
    "must_skills": QT_TRANSLATE_NOOP("EmployerLabels", "Must-have skills"),
    "languages": QT_TRANSLATE_NOOP("EmployerLabels", "Languages"),
    "licences": QT_TRANSLATE_NOOP("EmployerLabels", "Driving licence"),
    "education": QT_TRANSLATE_NOOP("EmployerLabels", "Education"),
    "place": QT_TRANSLATE_NOOP("EmployerLabels", "Place"),
}

INTRODUCTION_STATE_LABELS: Final[dict[str, str]] = {
    "sent": QT_TRANSLATE_NOOP("EmployerLabels", "Sent"),
    "interview": QT_TRANSLATE_NOOP("EmployerLabels", "Interview"),
    "trial": QT_TRANSLATE_NOOP("EmployerLabels", "Trial or internship"),
    "hired": QT_TRANSLATE_NOOP("EmployerLabels", "Hired"),
    "not_selected": QT_TRANSLATE_NOOP("EmployerLabels", "Not selected"),
    "withdrawn": QT_TRANSLATE_NOOP("EmployerLabels", "Withdrawn"),
}

CARD_LABELS: Final[dict[str, str]] = {
    "named": QT_TRANSLATE_NOOP("EmployerLabels", "Named"),
    "anonymous": QT_TRANSLATE_NOOP("EmployerLabels", "Anonymised"),
}


def _label(table: dict[str, str], code: object) -> str:
    key = str(getattr(code, "value", code))
    source = table.get(key)
    return QCoreApplication.translate(CONTEXT, source) if source else key


def kind_label(code: OpeningKind | str) -> str:
    return _label(KIND_LABELS, code)


def opening_state_label(code: OpeningState | str) -> str:
    return _label(OPENING_STATE_LABELS, code)


def hard_label(code: HardRequirement | str) -> str:
    return _label(HARD_LABELS, code)


def introduction_state_label(code: IntroductionState | str) -> str:
    return _label(INTRODUCTION_STATE_LABELS, code)


def card_label(code: CardKind | str) -> str:
    return _label(CARD_LABELS, code)
