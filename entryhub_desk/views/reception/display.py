"""How persons, dates and countries are shown on the reception screens."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from entryhub_desk import taxonomy
from entryhub_desk.domain.person import Person
from entryhub_desk.errors import DeskError


def ui_language() -> str:
    """The interface language (``QLocale`` default, set by :class:`Translations`)."""
    return QLocale().name().split("_")[0] or "en"


def latin_name(person: Person) -> str:
    return " ".join(part for part in (person.given_name, person.family_name) if part)


def full_name(person: Person) -> str:
    """Latin name, and the name in its original script in brackets when there is one."""
    name = latin_name(person)
    if person.original_script_name:
        return f"{name} ({person.original_script_name})"
    return name


def country_text(code: str | None) -> str:
    if not code:
        return ""
    try:
        return taxonomy.country_name(code, ui_language())
    except DeskError:
        return code


def _local(moment: datetime) -> QDateTime:
    local = moment.astimezone()
    return QDateTime(
        QDate(local.year, local.month, local.day),
        QTime(local.hour, local.minute, local.second),
    )


def date_text(moment: datetime | None) -> str:
    if moment is None:
        return ""
    return QLocale().toString(_local(moment).date(), QLocale.FormatType.ShortFormat)


def time_text(moment: datetime | None) -> str:
    if moment is None:
        return ""
    return QLocale().toString(_local(moment).time(), QLocale.FormatType.ShortFormat)


def date_time_text(moment: datetime | None) -> str:
    if moment is None:
        return ""
    return QLocale().toString(_local(moment), QLocale.FormatType.ShortFormat)
