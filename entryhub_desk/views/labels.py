"""Names of roles and fields as a person reads them, in the interface language."""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QCoreApplication

from entryhub_desk import catalogue
from entryhub_desk.views.locale_text import ui_language


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks ``source`` for lupdate (which looks for this name) and returns it unchanged.

    Qt's own version is typed as returning ``object``; this one keeps tables ``dict[str, str]``.
    """
    return source


ROLE_LABELS: Final[dict[str, str]] = {
    "receptionist": QT_TRANSLATE_NOOP("Roles", "Receptionist"),
    "volunteer": QT_TRANSLATE_NOOP("Roles", "Volunteer"),
    "coordinator": QT_TRANSLATE_NOOP("Roles", "Coordinator"),
}

FIELD_LABELS: Final[dict[str, str]] = {
    "name": QT_TRANSLATE_NOOP("Fields", "Name"),
    "hub_name": QT_TRANSLATE_NOOP("Fields", "Hub name"),
    "role": QT_TRANSLATE_NOOP("Fields", "Role"),
    "password": QT_TRANSLATE_NOOP("Fields", "Password"),
    "recovery_key": QT_TRANSLATE_NOOP("Fields", "Recovery key"),
    "phone": QT_TRANSLATE_NOOP("Fields", "Phone number"),
    "email": QT_TRANSLATE_NOOP("Fields", "E-mail address"),
    # profile entries (names of the fields the domain puts in its errors)
    "start": QT_TRANSLATE_NOOP("Fields", "Start"),
    "end": QT_TRANSLATE_NOOP("Fields", "End"),
    "date": QT_TRANSLATE_NOOP("Fields", "Date"),
    "due": QT_TRANSLATE_NOOP("Fields", "Date"),
    "available_from": QT_TRANSLATE_NOOP("Fields", "Available from"),
    "hours_per_week": QT_TRANSLATE_NOOP("Fields", "Hours per week"),
    "issued": QT_TRANSLATE_NOOP("Fields", "Issued"),
    "decision_date": QT_TRANSLATE_NOOP("Fields", "Decision date"),
    "language": QT_TRANSLATE_NOOP("Fields", "Language"),
    "listening": QT_TRANSLATE_NOOP("Fields", "Listening"),
    "reading": QT_TRANSLATE_NOOP("Fields", "Reading"),
    "spoken_interaction": QT_TRANSLATE_NOOP("Fields", "Spoken interaction"),
    "spoken_production": QT_TRANSLATE_NOOP("Fields", "Spoken production"),
    "writing": QT_TRANSLATE_NOOP("Fields", "Writing"),
    "institution": QT_TRANSLATE_NOOP("Fields", "Institution"),
    "title": QT_TRANSLATE_NOOP("Fields", "Title"),
    "occupation": QT_TRANSLATE_NOOP("Fields", "Occupation"),
    "desired_occupations": QT_TRANSLATE_NOOP("Fields", "Desired occupations"),
    "skill": QT_TRANSLATE_NOOP("Fields", "Skill"),
    "categories": QT_TRANSLATE_NOOP("Fields", "Categories"),
    "text": QT_TRANSLATE_NOOP("Fields", "Next step"),
    "keywords": QT_TRANSLATE_NOOP("Fields", "Keywords"),
    "tasks": QT_TRANSLATE_NOOP("Fields", "Tasks"),
    # reception (visitors and visits)
    "given_name": QT_TRANSLATE_NOOP("Fields", "Given names"),
    "family_name": QT_TRANSLATE_NOOP("Fields", "Family name"),
    "original_script_name": QT_TRANSLATE_NOOP("Fields", "Name in original script"),
    "birth_year": QT_TRANSLATE_NOOP("Fields", "Birth year"),
    "gender": QT_TRANSLATE_NOOP("Fields", "Gender"),
    "country_of_birth": QT_TRANSLATE_NOOP("Fields", "Country of birth"),
    "languages": QT_TRANSLATE_NOOP("Fields", "Languages spoken"),
    "preferred_language": QT_TRANSLATE_NOOP("Fields", "Preferred language"),
    "purposes": QT_TRANSLATE_NOOP("Fields", "Purpose of the visit"),
    "other_purpose": QT_TRANSLATE_NOOP("Fields", "Other purpose"),
    "note": QT_TRANSLATE_NOOP("Fields", "Note"),
    "referral": QT_TRANSLATE_NOOP("Fields", "Referral"),
    "handled_by": QT_TRANSLATE_NOOP("Fields", "Handled by"),
}

OUTCOME_LABELS: Final[dict[str, str]] = {
    "finished": QT_TRANSLATE_NOOP("Outcomes", "finished"),
    "rolled back": QT_TRANSLATE_NOOP("Outcomes", "rolled back"),
}


def role_label(role: object) -> str:
    """``Role.coordinator`` or ``"coordinator"`` → "Coordinator" (translated)."""
    key = str(getattr(role, "value", role))
    source = ROLE_LABELS.get(key)
    return QCoreApplication.translate("Roles", source) if source else key


def field_label(field: str) -> str:
    """A field's name in the interface language (the catalogue's "field" table, then Qt's)."""
    source = FIELD_LABELS.get(field)
    if source is None:
        return catalogue.text("field", field, ui_language())
    return QCoreApplication.translate("Fields", source)


def outcome_label(outcome: str) -> str:
    source = OUTCOME_LABELS.get(outcome)
    return QCoreApplication.translate("Outcomes", source) if source else outcome
