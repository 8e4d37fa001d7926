"""How persons, dates and countries are shown on the reception screens, and what tells
namesakes apart (phone tail, birth year, gender, country, last visit, original-script name)."""

from __future__ import annotations

from datetime import datetime
from typing import Final

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QTime

from entryhub_desk.domain.person import Gender, Person
from entryhub_desk.services.reception_types import SearchHit
from entryhub_desk.views.labels import QT_TRANSLATE_NOOP
from entryhub_desk.views.locale_text import country_text as country_text  # (re-exported)
from entryhub_desk.views.locale_text import ui_language as ui_language  # (re-exported)
from entryhub_desk.views.reception.labels import gender_label

CONTEXT: Final = "Namesakes"
#: Why a person is a likely duplicate (codes of services.duplicates.REASONS).
REASON_LABELS: Final[dict[str, str]] = {
    "same_phone": QT_TRANSLATE_NOOP("Namesakes", "same phone"),
    "same_name": QT_TRANSLATE_NOOP("Namesakes", "same name"),
    "similar_name": QT_TRANSLATE_NOOP("Namesakes", "similar name"),
    "same_birth_year": QT_TRANSLATE_NOOP("Namesakes", "born {year}"),
    "near_birth_year": QT_TRANSLATE_NOOP("Namesakes", "born {year}"),
    "same_country": QT_TRANSLATE_NOOP("Namesakes", "same country of birth"),
}
TAIL_DIGITS: Final = 3


def latin_name(person: Person) -> str:
    return " ".join(part for part in (person.given_name, person.family_name) if part)


def full_name(person: Person) -> str:
    """Latin name, and the name in its original script in brackets when there is one."""
    name = latin_name(person)
    if person.original_script_name:
        return f"{name} ({person.original_script_name})"
    return name


def _local(moment: datetime) -> QDateTime:
    local = moment.astimezone()
    return QDateTime(
        QDate(local.year, local.month, local.day),
        QTime(local.hour, local.minute, local.second),
    )


# Dates and times follow Swedish conventions in every interface language (the desk is in
# Sweden): ISO dates and the 24-hour clock, never "12/6/26" or "9:14 PM".
DATE_FORMAT: Final = "yyyy-MM-dd"
TIME_FORMAT: Final = "HH:mm"


def date_text(moment: datetime | None) -> str:
    if moment is None:
        return ""
    return _local(moment).date().toString(DATE_FORMAT)


def time_text(moment: datetime | None) -> str:
    if moment is None:
        return ""
    return _local(moment).time().toString(TIME_FORMAT)


def date_time_text(moment: datetime | None) -> str:
    if moment is None:
        return ""
    return _local(moment).toString(f"{DATE_FORMAT} {TIME_FORMAT}")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def phone_tail(person: Person) -> str:
    """The phone number's last three digits ("…567"), enough to tell namesakes apart."""
    number = person.phone or person.phone_as_written or ""
    digits = [c for c in number if c.isdigit()]
    return "…" + "".join(digits[-TAIL_DIGITS:]) if len(digits) >= TAIL_DIGITS else ""


def gender_text(person: Person) -> str:
    return "" if person.gender is Gender.NOT_STATED else gender_label(person.gender)


def reasons_text(hit: SearchHit) -> str:
    """Why a likely duplicate was shown: "same name, born 1990" (translated)."""
    return reason_labels(hit.reasons, hit.person.birth_year)


def reason_labels(reasons: tuple[str, ...], year: int | None) -> str:
    """Reason codes translated; ``year``: the existing person's birth year."""
    return ", ".join(_tr(REASON_LABELS[r]).format(year=year) for r in reasons if r in REASON_LABELS)


def namesake_details(hit: SearchHit) -> str:
    """ "born 1990 · Female · Syria · phone …567 · last visit 1 Dec 2026"; what is unknown is
    left out."""
    person = hit.person
    parts = []
    if person.birth_year is not None:
        parts.append(
            _tr(QT_TRANSLATE_NOOP("Namesakes", "born {year}")).format(year=person.birth_year)
        )
    parts += [gender_text(person), country_text(person.country_of_birth)]
    tail = phone_tail(person)
    if tail:
        parts.append(_tr(QT_TRANSLATE_NOOP("Namesakes", "phone {tail}")).format(tail=tail))
    if hit.last_visit is not None:
        parts.append(
            _tr(QT_TRANSLATE_NOOP("Namesakes", "last visit {date}")).format(
                date=date_text(hit.last_visit)
            )
        )
    return " · ".join(part for part in parts if part)


def describe_duplicate(hit: SearchHit) -> str:
    """Three lines for the duplicate panel: name and code; what tells namesakes apart; why."""
    lines = [f"{full_name(hit.person)} · {hit.code}", namesake_details(hit)]
    if hit.reasons:
        lines.append(
            _tr(QT_TRANSLATE_NOOP("Namesakes", "Why: {reasons}")).format(reasons=reasons_text(hit))
        )
    return "\n".join(line for line in lines if line)
