"""One line of title and one of details per entry, for the lists and the summary."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from entryhub_desk.domain.profile import (
    CEFR_SKILLS,
    Business,
    Credential,
    DigitalSkill,
    DrivingLicence,
    Education,
    EntryKind,
    Goals,
    Interest,
    LanguageSkill,
    NextStep,
    PartialDate,
    Skill,
    Work,
)
from entryhub_desk.errors import DeskError
from entryhub_desk.services.profile import Label, occupation_label, skill_label
from entryhub_desk.views.locale_text import country_text, language_text, ui_language
from entryhub_desk.views.profile.codes_text import code_text

CONTEXT = "ProfileDescribe"
SEP = " · "


def _label(label: Label) -> str:
    return (
        QCoreApplication.translate("ProfileDescribe", "{label} (EN)").format(label=label.text)
        if label.fallback
        else label.text
    )


def occupation_text(code: str) -> str:
    try:
        return _label(occupation_label(code, ui_language()))
    except DeskError:
        return code


def skill_text(code: str) -> str:
    try:
        return _label(skill_label(code, ui_language()))
    except DeskError:
        return code


def period(start: PartialDate | None, end: PartialDate | None) -> str:
    if start is None and end is None:
        return ""
    if end is None:
        return QCoreApplication.translate("ProfileDescribe", "from {start}").format(start=start)
    if start is None:
        return QCoreApplication.translate("ProfileDescribe", "until {end}").format(end=end)
    return f"{start} – {end}"


def _join(*parts: str) -> str:
    return SEP.join(part for part in parts if part)


def goals(entry: Goals) -> tuple[str, str]:
    wants = ", ".join(code_text("goal", goal) for goal in entry.wants)
    title = (
        QCoreApplication.translate("ProfileDescribe", "Wants: {wants}").format(wants=wants)
        if wants
        else QCoreApplication.translate("ProfileDescribe", "Goals")
    )
    occupations = ", ".join(occupation_text(code) for code in entry.desired_occupations)
    return title, _join(
        QCoreApplication.translate("ProfileDescribe", "Occupations: {names}").format(
            names=occupations
        )
        if occupations
        else "",
        QCoreApplication.translate("ProfileDescribe", "available from {date}").format(
            date=entry.available_from
        )
        if entry.available_from
        else "",
        QCoreApplication.translate("ProfileDescribe", "{hours} hours a week").format(
            hours=entry.hours_per_week
        )
        if entry.hours_per_week
        else "",
        code_text("work_permit", entry.work_permit) if entry.work_permit else "",
    )


def next_step(entry: NextStep) -> tuple[str, str]:
    return entry.text, _join(
        QCoreApplication.translate("ProfileDescribe", "by {date}").format(date=entry.due)
        if entry.due
        else "",
        QCoreApplication.translate("ProfileDescribe", "done") if entry.done else "",
    )


def language(entry: LanguageSkill) -> tuple[str, str]:
    name = language_text(entry.language)
    title = (
        QCoreApplication.translate("ProfileDescribe", "{language} (mother tongue)").format(
            language=name
        )
        if entry.mother_tongue
        else name
    )
    levels = [
        f"{code_text('cefr_skill', part)} {level.value}"
        for part in CEFR_SKILLS
        if (level := getattr(entry, part)) is not None
    ]
    return title, _join(", ".join(levels), entry.certificate)


def education(entry: Education) -> tuple[str, str]:
    title = ", ".join(part for part in (entry.title, entry.field, entry.institution) if part)
    level = ""
    if entry.isced_level is not None:
        name = code_text("isced", entry.isced_level)
        level = name[:1].upper() + name[1:]
        if entry.eqf_level is not None:
            level += " " + QCoreApplication.translate("ProfileDescribe", "(EQF/SeQF {eqf})").format(
                eqf=entry.eqf_level
            )
    return title, _join(
        level,
        period(entry.start, entry.end),
        country_text(entry.country),
        QCoreApplication.translate("ProfileDescribe", "completed") if entry.completed else "",
        QCoreApplication.translate("ProfileDescribe", "documents available")
        if entry.documents_available
        else "",
    )


def credential(entry: Credential) -> tuple[str, str]:
    return entry.name, _join(
        country_text(entry.issuing_country),
        code_text("recognition", entry.status),
        entry.authority,
        QCoreApplication.translate("ProfileDescribe", "recognised as {what}").format(
            what=entry.recognised_as
        )
        if entry.recognised_as
        else "",
        str(entry.decision_date or ""),
        QCoreApplication.translate("ProfileDescribe", "bridging course: {state}").format(
            state=code_text("bridging", entry.bridging)
        )
        if entry.bridging.value != "none"
        else "",
    )


def work(entry: Work) -> tuple[str, str]:
    occupation = occupation_text(entry.occupation) if entry.occupation else ""
    title = entry.title or occupation
    place = ", ".join(p for p in (entry.employer, entry.place, country_text(entry.country)) if p)
    return title, _join(
        occupation if occupation and occupation != title else "",
        QCoreApplication.translate("ProfileDescribe", "ISCO-08 {group}").format(
            group=entry.isco_group
        )
        if entry.isco_group
        else "",
        place,
        period(entry.start, entry.end),
        code_text("work_type", entry.work_type),
    )


def skill(entry: Skill) -> tuple[str, str]:
    if entry.skill is not None:
        title = skill_text(entry.skill)
    else:
        title = QCoreApplication.translate("ProfileDescribe", "{text} (free text)").format(
            text=entry.free_text
        )
    return title, _join(
        code_text("skill_level", entry.level) if entry.level else "",
        code_text("evidence", entry.shown_by),
        ", ".join(entry.keywords),
    )


def digital(entry: DigitalSkill) -> tuple[str, str]:
    return code_text("digcomp_area", entry.area), code_text("digital_level", entry.level)


def driving(entry: DrivingLicence) -> tuple[str, str]:
    codes = ", ".join(c.value for c in entry.categories)
    if len(entry.categories) == 1:
        title = QCoreApplication.translate("ProfileDescribe", "Category {list}").format(list=codes)
    else:
        title = QCoreApplication.translate("ProfileDescribe", "Categories {list}").format(
            list=codes
        )
    return title, _join(
        country_text(entry.issuing_country),
        QCoreApplication.translate("ProfileDescribe", "valid in Sweden")
        if entry.valid_in_sweden
        else "",
    )


def interest(entry: Interest) -> tuple[str, str]:
    return entry.name, ", ".join(entry.keywords)


def business(entry: Business) -> tuple[str, str]:
    idea = (
        entry.idea.splitlines()[0]
        if entry.idea
        else QCoreApplication.translate("ProfileDescribe", "Business idea")
    )
    return idea, _join(
        code_text("sector", entry.sector) if entry.sector else "",
        QCoreApplication.translate("ProfileDescribe", "support wanted: {text}").format(
            text=entry.support_wanted
        )
        if entry.support_wanted
        else "",
    )


DESCRIBE: dict[EntryKind, Callable[[Any], tuple[str, str]]] = {
    EntryKind.GOALS: goals,
    EntryKind.NEXT_STEP: next_step,
    EntryKind.LANGUAGE: language,
    EntryKind.EDUCATION: education,
    EntryKind.CREDENTIAL: credential,
    EntryKind.WORK: work,
    EntryKind.SKILL: skill,
    EntryKind.DIGITAL: digital,
    EntryKind.DRIVING: driving,
    EntryKind.INTEREST: interest,
    EntryKind.BUSINESS: business,
}


def describe(entry: Any) -> tuple[str, str]:
    return DESCRIBE[entry.KIND](entry)
