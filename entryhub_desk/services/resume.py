"""JSON Resume import and export through the session (roles, one transaction, audit)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from entryhub_desk.domain.profile import SINGLE_ENTRY_KINDS, Entry, EntryKind
from entryhub_desk.domain.staff import Action
from entryhub_desk.ids import short_code
from entryhub_desk.resume import export_document, load_document, plan_import, validate_document
from entryhub_desk.services.changes import Changes
from entryhub_desk.services.profile import Profiles
from entryhub_desk.store.connection import transaction
from entryhub_desk.store.erasure import refuse_if_erased
from entryhub_desk.store.repositories.persons import PersonRepository

if TYPE_CHECKING:
    from entryhub_desk.services.session import Session


@dataclass(frozen=True)
class ImportResult:
    person_id: str
    short_code: str
    created: bool  # a new person (False: the file named a person already here)
    entries: int  # profile entries created or updated
    unmapped: tuple[str, ...]  # JSON paths of what had no home in the profile


def import_resume(session: Session, path: Path) -> ImportResult:
    """Validate and import a JSON Resume file (all or nothing)."""
    return import_document(session, load_document(path))


def import_document(session: Session, document: dict[str, Any]) -> ImportResult:
    session.require(Action.REGISTER_PERSON)
    session.require(Action.EDIT_PROFILE)
    validate_document(document)
    ctx = session.opened.context
    persons = PersonRepository(ctx)
    profiles = Profiles(session)
    # The entries are saved one by one; the screens hear of them once, after the commit.
    with session.hold_changes():
        with transaction(ctx.conn):
            plan = plan_import(document, hub_id=session.identity.hub_id, existing=persons.find)
            # A file exported before the person's erasure names the erased id: refused.
            refuse_if_erased(ctx.conn, plan.person.id)
            created = persons.find(plan.person.id) is None
            if created:
                persons.create(plan.person)
            else:
                persons.update(plan.person)
            for entry in plan.entries:
                profiles.save(_onto_stored(profiles, entry, created))
            session.audit(
                "import",
                subject_id=plan.person.id,
                details={"format": "json_resume", "new": created},
            )
        session.publish(Changes.of(persons=[plan.person.id], profiles=[plan.person.id]))
    return ImportResult(
        person_id=plan.person.id,
        short_code=short_code(plan.person.id),
        created=created,
        entries=len(plan.entries),
        unmapped=tuple(plan.unmapped),
    )


def _onto_stored(profiles: Profiles, entry: Entry, created: bool) -> Entry:
    """An entry the person already has under another id (the goals, a language, a DigComp
    area) is updated rather than added twice."""
    if created:
        return entry
    stored = profiles.entries(entry.person_id, entry.KIND)
    if any(other.id == entry.id for other in stored):
        return entry
    same = _SAME.get(entry.KIND)
    for other in stored:
        if entry.KIND in SINGLE_ENTRY_KINDS or (
            same is not None and getattr(other, same) == getattr(entry, same)
        ):
            return dataclasses.replace(entry, id=other.id)
    return entry


_SAME = {EntryKind.LANGUAGE: "language", EntryKind.DIGITAL: "area"}


def export_resume(
    session: Session, person_id: str, *, lang: str = "en", internal: bool = True
) -> dict[str, Any]:
    """The person's profile as a JSON Resume document (valid against the schema)."""
    session.require(Action.PRINT_CV)
    profiles = Profiles(session)
    person = profiles.person(person_id)
    document = export_document(
        person, profiles.all_entries(person_id), lang=lang, internal=internal
    )
    validate_document(document)
    session.audit("export", subject_id=person_id, details={"format": "json_resume"})
    return document
