"""A person and their profile as a JSON Resume document (with ``x-entryhub`` extras)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from entryhub_desk.domain.person import Person
from entryhub_desk.domain.profile import (
    CEFR_SKILLS,
    CefrLevel,
    Credential,
    Education,
    Entry,
    EntryKind,
    Goals,
    Interest,
    LanguageSkill,
    Skill,
    Work,
    WorkType,
)
from entryhub_desk.resume import mapping
from entryhub_desk.resume.sections import (
    CERTIFICATES,
    EDUCATION,
    EXTRA_KEY,
    EXTRA_KINDS,
    FORMAT,
    INTERESTS,
    INTERNAL,
    INTERNAL_KINDS,
    LANGUAGES,
    PERSON_FIELDS,
    PRIVATE_PERSON_FIELDS,
    SCHEMA_URL,
    SINGLE_EXTRA,
    SKILLS,
    VOLUNTEER,
    WORK,
    Section,
    entry_json,
    is_empty,
    json_value,
)
from entryhub_desk.taxonomy import display


def export_document(
    person: Person,
    entries: Mapping[EntryKind, Sequence[Entry]],
    *,
    lang: str = "en",
    internal: bool = True,
) -> dict[str, Any]:
    """The JSON Resume document. ``lang`` is the language of ESCO labels written for people;
    ``internal=False`` leaves out the hub's own notes (appraisal, next steps)."""
    goals = next((e for e in entries.get(EntryKind.GOALS, ()) if isinstance(e, Goals)), None)
    doc: dict[str, Any] = {"$schema": SCHEMA_URL, "basics": _basics(person, goals)}
    work = [e for e in entries.get(EntryKind.WORK, ()) if isinstance(e, Work)]
    doc["work"] = [_item(WORK, e) for e in work if e.work_type is not WorkType.VOLUNTEER]
    doc["volunteer"] = [_item(VOLUNTEER, e) for e in work if e.work_type is WorkType.VOLUNTEER]
    doc["education"] = [
        _item(EDUCATION, e)
        for e in entries.get(EntryKind.EDUCATION, ())
        if isinstance(e, Education)
    ]
    doc["certificates"] = [
        _item(CERTIFICATES, e)
        for e in entries.get(EntryKind.CREDENTIAL, ())
        if isinstance(e, Credential)
    ]
    doc["skills"] = [
        _skill(e, lang) for e in entries.get(EntryKind.SKILL, ()) if isinstance(e, Skill)
    ]
    doc["languages"] = [
        _language(e) for e in entries.get(EntryKind.LANGUAGE, ()) if isinstance(e, LanguageSkill)
    ]
    doc["interests"] = [
        _item(INTERESTS, e) for e in entries.get(EntryKind.INTEREST, ()) if isinstance(e, Interest)
    ]
    doc = {key: value for key, value in doc.items() if value}
    doc[EXTRA_KEY] = _extras(person, entries, internal=internal)
    return doc


def _basics(person: Person, goals: Goals | None) -> dict[str, Any]:
    basics: dict[str, Any] = {"name": mapping.join_name(person.given_name, person.family_name)}
    if person.email:
        basics["email"] = person.email
    phone = person.phone or person.phone_as_written
    if phone:
        basics["phone"] = phone
    if goals is not None and goals.summary:
        basics["summary"] = goals.summary
    if person.municipality:
        basics["location"] = {"city": person.municipality}
    return basics


def _item(section: Section, entry: Entry) -> dict[str, Any]:
    item: dict[str, Any] = {}
    for field, key in section.fields.items():
        value = getattr(entry, field)
        if not is_empty(value):
            item[key] = json_value(value)
    extras = entry_json(entry, ("id", *section.extras()))
    item[EXTRA_KEY] = extras
    return item


def _skill(entry: Skill, lang: str) -> dict[str, Any]:
    item = _item(SKILLS, entry)
    name = entry.free_text
    if entry.skill is not None:
        name = display.skill_display(entry.skill, lang).text  # as prose, like the CV
    level = mapping.skill_level_text(entry.level)
    head: dict[str, Any] = {"name": name} if not level else {"name": name, "level": level}
    return {**head, **item}


def _language(entry: LanguageSkill) -> dict[str, Any]:
    item: dict[str, Any] = {"language": mapping.language_text(entry.language)}
    if entry.mother_tongue:
        item["fluency"] = mapping.NATIVE_TEXT
    else:
        levels = {level for part in CEFR_SKILLS if (level := entry.levels()[part]) is not None}
        overall = entry.overall()
        if overall is not None:
            # One level when the grid is even, else the lowest and highest ("B1–C1").
            highest = max(levels, key=list(CefrLevel).index)
            item["fluency"] = overall.value if len(levels) == 1 else f"{overall}–{highest}"
    item[EXTRA_KEY] = entry_json(entry, ("id", *LANGUAGES.extras()))
    return item


def _person(person: Person, *, internal: bool) -> dict[str, Any]:
    """Every person field that ``basics`` cannot say (or says lossily), so that an import
    restores the person whole. The public export leaves out the registration details."""
    values: dict[str, Any] = {}
    for name in PERSON_FIELDS:
        if not internal and name in PRIVATE_PERSON_FIELDS:
            continue
        value = json_value(getattr(person, name))
        if not is_empty(value):
            values[name] = value
    return values


def _extras(
    person: Person, entries: Mapping[EntryKind, Sequence[Entry]], *, internal: bool
) -> dict[str, Any]:
    extras: dict[str, Any] = {"format": FORMAT, "person": _person(person, internal=internal)}
    for kind, key in EXTRA_KINDS.items():
        if not internal and kind in INTERNAL_KINDS:
            continue
        hidden = INTERNAL.get(kind, frozenset()) if not internal else frozenset()
        items = []
        for entry in entries.get(kind, ()):
            values = entry_json(entry)
            items.append({k: v for k, v in values.items() if k not in hidden})
        if items:
            extras[key] = items[0] if key in SINGLE_EXTRA else items
    return extras
