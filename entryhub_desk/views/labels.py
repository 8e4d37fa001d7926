"""Names of roles and fields as a person reads them, in the interface language."""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QCoreApplication


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
    source = FIELD_LABELS.get(field)
    if source is None:
        return field
    return QCoreApplication.translate("Fields", source)


def outcome_label(outcome: str) -> str:
    source = OUTCOME_LABELS.get(outcome)
    return QCoreApplication.translate("Outcomes", source) if source else outcome
