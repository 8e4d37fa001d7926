"""Translatable names of visit purposes, consent purposes, visit states and genders."""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QCoreApplication

from entryhub_desk.views.labels import QT_TRANSLATE_NOOP

PURPOSE_CONTEXT: Final = "VisitPurposes"
CONSENT_CONTEXT: Final = "ConsentPurposes"
STATE_CONTEXT: Final = "VisitStates"
GENDER_CONTEXT: Final = "Genders"

PURPOSE_LABELS: Final[dict[str, str]] = {
    "job_search": QT_TRANSLATE_NOOP("VisitPurposes", "Job search"),
    "cv_help": QT_TRANSLATE_NOOP("VisitPurposes", "CV help"),
    "meet_employer": QT_TRANSLATE_NOOP("VisitPurposes", "Meeting an employer"),
    "meet_mentor_network": QT_TRANSLATE_NOOP("VisitPurposes", "Meeting a mentor or network"),
    "entrepreneurship": QT_TRANSLATE_NOOP("VisitPurposes", "Entrepreneurship guidance"),
    "credential_recognition": QT_TRANSLATE_NOOP(
        "VisitPurposes", "Recognition of foreign credentials"
    ),
    "swedish_practice": QT_TRANSLATE_NOOP("VisitPurposes", "Swedish practice"),
    "other": QT_TRANSLATE_NOOP("VisitPurposes", "Other"),
}

CONSENT_LABELS: Final[dict[str, str]] = {
    "keep_profile": QT_TRANSLATE_NOOP("ConsentPurposes", "Keep a profile at the hub"),
    "contact_follow_up": QT_TRANSLATE_NOOP("ConsentPurposes", "Contact for follow-up"),
    "share_with_employers": QT_TRANSLATE_NOOP(
        "ConsentPurposes", "Share the profile with employers"
    ),
    "share_across_hubs": QT_TRANSLATE_NOOP("ConsentPurposes", "Share across hubs of the network"),
    "match_openings": QT_TRANSLATE_NOOP("ConsentPurposes", "Match with employers' openings"),
}

STATE_LABELS: Final[dict[str, str]] = {
    "waiting": QT_TRANSLATE_NOOP("VisitStates", "Waiting"),
    "in_meeting": QT_TRANSLATE_NOOP("VisitStates", "In a meeting"),
    "done": QT_TRANSLATE_NOOP("VisitStates", "Done"),
}

GENDER_LABELS: Final[dict[str, str]] = {
    "not_stated": QT_TRANSLATE_NOOP("Genders", "Not stated"),
    "female": QT_TRANSLATE_NOOP("Genders", "Female"),
    "male": QT_TRANSLATE_NOOP("Genders", "Male"),
    "other": QT_TRANSLATE_NOOP("Genders", "Other"),
}


def _label(context: str, table: dict[str, str], code: object) -> str:
    key = str(getattr(code, "value", code))
    source = table.get(key)
    return QCoreApplication.translate(context, source) if source else key


def purpose_label(code: object) -> str:
    """A visit purpose code ("cv_help") → "CV help" (translated); unknown codes as they are."""
    return _label(PURPOSE_CONTEXT, PURPOSE_LABELS, code)


def consent_label(code: object) -> str:
    return _label(CONSENT_CONTEXT, CONSENT_LABELS, code)


def state_label(code: object) -> str:
    return _label(STATE_CONTEXT, STATE_LABELS, code)


def gender_label(code: object) -> str:
    return _label(GENDER_CONTEXT, GENDER_LABELS, code)
