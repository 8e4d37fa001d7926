"""A validated JSON Resume document as a person and profile entries, plus what had no home.

Nothing is stored here: :func:`plan_import` returns an :class:`ImportPlan` that the service
writes in one transaction. Values of JSON Resume keys win over ``x-entryhub`` extras where both
could say something (a person may have edited the file), the extras fill in the rest.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from entryhub_desk.domain import validate
from entryhub_desk.domain.person import Person
from entryhub_desk.domain.profile import (
    CEFR_SKILLS,
    ENTRY_TYPES,
    Entry,
    EntryKind,
    Goals,
    PartialDate,
    WorkType,
)
from entryhub_desk.errors import DeskError
from entryhub_desk.resume import mapping
from entryhub_desk.resume.sections import (
    EXTRA_KEY,
    EXTRA_KINDS,
    LANGUAGES,
    PERSON_FIELDS,
    SECTIONS,
    SKILLS,
    UNMAPPED_SECTIONS,
    VOLUNTEER,
    Section,
)

# basics keys with a home (the rest is reported); location.city is the municipality.
_BASICS_HOMED = frozenset({"name", "email", "phone", "summary", "location"})
# x-entryhub.person fields read as they are (the names, id and phone are handled above).
_PERSON_EXTRAS = tuple(
    name
    for name in PERSON_FIELDS
    if name not in {"id", "given_name", "family_name", "phone_as_written"}
)
_DATE_FIELDS = frozenset({"start", "end", "issued", "decision_date", "due", "available_from"})


@dataclass
class ImportPlan:
    person: Person
    entries: list[Entry] = field(default_factory=list)  # positions in file order per kind
    unmapped: list[str] = field(default_factory=list)  # JSON paths with no home


def plan_import(
    document: Mapping[str, Any],
    *,
    hub_id: str,
    existing: Callable[[str], Person | None],
) -> ImportPlan:
    """Map ``document`` (already validated). ``existing(person_id)`` finds a stored person
    named by the file's ``x-entryhub.person.id`` (updated rather than created)."""
    unmapped: list[str] = []
    extras = _object(document.get(EXTRA_KEY))
    person = _person(document, _object(extras.get("person")), hub_id, existing, unmapped)
    plan = ImportPlan(person=person, unmapped=unmapped)
    for section in SECTIONS:
        items = document.get(section.key) or []
        for i, item in enumerate(items):
            path = f"{section.key}[{i}]"
            plan.entries.append(_entry(section, item, person.id, path, unmapped))
    _number_positions(plan.entries)
    for kind, key in EXTRA_KINDS.items():
        values = extras.get(key)
        if values is not None and not isinstance(values, dict | list):
            raise DeskError(
                "resume.invalid", reason="not an object or a list", where=f"$.{EXTRA_KEY}.{key}"
            )
        items = [values] if isinstance(values, dict) else values or []
        for i, values in enumerate(items):
            if isinstance(values, dict):
                plan.entries.append(
                    _build(kind, {**values, "position": i}, person.id, f"{EXTRA_KEY}.{key}")
                )
    _summary(plan, _object(document.get("basics")).get("summary"))
    for key in UNMAPPED_SECTIONS:
        for i, _item in enumerate(document.get(key) or []):
            unmapped.append(f"{key}[{i}]")
    return plan


def _object(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _person(
    document: Mapping[str, Any],
    extra: Mapping[str, Any],
    hub_id: str,
    existing: Callable[[str], Person | None],
    unmapped: list[str],
) -> Person:
    basics = _object(document.get("basics"))
    for key, value in basics.items():
        if key not in _BASICS_HOMED and value not in (None, "", [], {}):
            unmapped.append(f"basics.{key}")
    location = _object(basics.get("location"))
    for key, value in location.items():
        if key != "city" and value:
            unmapped.append(f"basics.location.{key}")

    given, family = mapping.split_name(str(basics.get("name") or ""))
    if extra.get("given_name"):
        given, family = str(extra["given_name"]), str(extra.get("family_name") or "")
    old = None
    person_id = extra.get("id")
    if isinstance(person_id, str):
        try:
            old = existing(validate.record_id("person.id", person_id))
        except DeskError:
            person_id = None
    values: dict[str, Any] = {} if old is None else dataclasses.asdict(old)
    values.update(given_name=given, family_name=family, hub_id=old.hub_id if old else hub_id)
    if old is None and isinstance(person_id, str):
        values["id"] = person_id
    if basics.get("email"):
        try:
            Person(given_name="x", hub_id=hub_id, email=str(basics["email"]))
            values["email"] = str(basics["email"])
        except DeskError:
            unmapped.append("basics.email")
    if "phone" in basics:
        region = location.get("countryCode")
        phone, as_written = mapping.read_phone(str(basics.get("phone") or ""), region)
        values["phone"], values["phone_as_written"] = phone, as_written
    if extra.get("phone_as_written") and not values.get("phone"):
        values["phone_as_written"] = str(extra["phone_as_written"])
    if location.get("city"):
        values["municipality"] = str(location["city"])
    for name in _PERSON_EXTRAS:
        if name in extra:
            value = extra[name]
            values[name] = tuple(value) if isinstance(value, list) else value
    try:
        return Person(**values)
    except (TypeError, ValueError, AttributeError):  # a value of the wrong type in x-entryhub
        raise DeskError(
            "resume.invalid", reason="a value has the wrong type", where=f"{EXTRA_KEY}.person"
        ) from None


def _entry(
    section: Section, item: Mapping[str, Any], person_id: str, path: str, unmapped: list[str]
) -> Entry:
    extra = _object(item.get(EXTRA_KEY))
    values: dict[str, Any] = {name: extra[name] for name in section.extras() if name in extra}
    for name, key in section.fields.items():
        if key in item:
            values[name] = item[key]
    known = set(section.fields.values()) | {EXTRA_KEY}
    if section is SKILLS:
        known |= {"name", "level"}
        level = mapping.skill_level(item.get("level"))
        values["level"] = level
        if item.get("level") and level is None:
            unmapped.append(f"{path}.level")
        if not values.get("skill"):
            values["free_text"] = item.get("name") or ""
    elif section is LANGUAGES:
        known |= {"language", "fluency"}
        _language(item, extra, values, path, unmapped)
    elif section is VOLUNTEER:
        values["work_type"] = WorkType.VOLUNTEER
    elif section.kind is EntryKind.WORK and values.get("work_type") == WorkType.VOLUNTEER.value:
        values["work_type"] = WorkType.FORMAL  # the volunteer section says so, not "work"
    for key, value in item.items():
        if key not in known and value not in (None, "", [], {}):
            unmapped.append(f"{path}.{key}")
    return _build(section.kind, values, person_id, path)


def _language(
    item: Mapping[str, Any],
    extra: Mapping[str, Any],
    values: dict[str, Any],
    path: str,
    unmapped: list[str],
) -> None:
    name = str(item.get("language") or "")
    code = mapping.language_code(name) if name else None
    extra_code = extra.get("language")
    if extra_code is not None and not isinstance(extra_code, str):
        raise DeskError("validation.invalid", field=f"{path}.{EXTRA_KEY}.language")
    if code is None or (extra_code and mapping.language_code(extra_code)):
        code = extra_code or code
    if code is None:
        raise DeskError("validation.unknown_code", field=f"{path}.language", value=name)
    values["language"] = code
    fluency = str(item.get("fluency") or "")
    if not fluency or "mother_tongue" in extra:
        return
    if mapping.is_native(fluency):
        values["mother_tongue"] = True
    elif (level := mapping.cefr_in(fluency)) is not None:
        for part in CEFR_SKILLS:
            values.setdefault(part, level)
    else:
        unmapped.append(f"{path}.fluency")


def _build(kind: EntryKind, values: Mapping[str, Any], person_id: str, path: str) -> Entry:
    cls = ENTRY_TYPES[kind]
    names = {f.name for f in dataclasses.fields(cls)}
    kwargs = {k: v for k, v in values.items() if k in names and k != "person_id"}
    kwargs["person_id"] = person_id
    if "id" in kwargs:
        try:
            validate.record_id("id", kwargs["id"])
        except DeskError:
            del kwargs["id"]
    for name in _DATE_FIELDS & kwargs.keys():
        kwargs[name] = PartialDate.coerce(f"{path}.{name}", kwargs[name])
    for name in ("tasks", "keywords", "wants", "desired_occupations", "categories"):
        if name in kwargs and isinstance(kwargs[name], list):
            kwargs[name] = tuple(kwargs[name])
    try:
        return cls(**kwargs)
    except TypeError:
        raise DeskError(
            "resume.invalid", reason="an entry lacks a required value", where=path
        ) from None
    except (ValueError, AttributeError):  # a value of the wrong type in x-entryhub
        raise DeskError("resume.invalid", reason="a value has the wrong type", where=path) from None
    except DeskError as error:
        field_name = error.params.get("field")
        if isinstance(field_name, str) and not field_name.startswith(path):
            error.params["field"] = f"{path}.{field_name}"
        raise


def _summary(plan: ImportPlan, summary: object) -> None:
    """``basics.summary`` is the person's statement in the goals entry."""
    if not isinstance(summary, str) or not summary.strip():
        return
    for i, entry in enumerate(plan.entries):
        if isinstance(entry, Goals):
            plan.entries[i] = dataclasses.replace(entry, summary=summary)
            return
    plan.entries.append(Goals(person_id=plan.person.id, position=0, summary=summary))


def _number_positions(entries: list[Entry]) -> None:
    counters: dict[EntryKind, int] = {}
    for i, entry in enumerate(entries):
        n = counters.get(entry.KIND, 0)
        counters[entry.KIND] = n + 1
        entries[i] = dataclasses.replace(entry, position=n)


def split_name(name: str) -> tuple[str, str]:
    return mapping.split_name(name)
