"""Competence profiles: what the profile editor, the CV and the command line call.

``Profiles(session)`` reads and writes a person's profile entries (see
:mod:`entryhub_desk.domain.profile`), keeps the editor's drafts, scores completeness and gives
receptionists a read-only summary. Roles: reading needs ``Action.VIEW_PERSON`` (every role),
writing ``Action.EDIT_PROFILE`` (volunteers, coordinators).

The taxonomy picker is re-exported here so the GUI needs one import::

    from entryhub_desk.services.profile import Profiles, search_occupations, occupation_label
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from entryhub_desk.domain import validate
from entryhub_desk.domain.person import Person
from entryhub_desk.domain.profile import (
    SINGLE_ENTRY_KINDS,
    Completeness,
    Entry,
    EntryKind,
    Goals,
    Skill,
    Work,
    assess,
)
from entryhub_desk.domain.staff import Action
from entryhub_desk.errors import DeskError
from entryhub_desk.ids import short_code
from entryhub_desk.services.changes import Changes
from entryhub_desk.store.connection import transaction
from entryhub_desk.store.repositories.base import StoreContext
from entryhub_desk.store.repositories.drafts import DraftRepository
from entryhub_desk.store.repositories.persons import PersonRepository
from entryhub_desk.store.repositories.profile import ProfileRepository
from entryhub_desk.taxonomy.display import occupation_display as occupation_label
from entryhub_desk.taxonomy.display import skill_display as skill_label
from entryhub_desk.taxonomy.esco import isco_label, occupation_isco
from entryhub_desk.taxonomy.labels import Label, TaxonomyHit

if TYPE_CHECKING:
    from entryhub_desk.services.session import Session
    from entryhub_desk.taxonomy.picker import search_occupations, search_skills

log = logging.getLogger(__name__)

__all__ = [
    "Label",
    "ProfileSummary",
    "Profiles",
    "TaxonomyHit",
    "draft_key",
    "isco_label",
    "occupation_isco",
    "occupation_label",
    "parse_draft_key",
    "search_occupations",
    "search_skills",
    "skill_label",
]


def __getattr__(name: str) -> Any:
    """The picker's searches, loaded on first use (PEP 562): a CV reads profiles, it never
    searches the taxonomy."""
    if name in ("search_occupations", "search_skills"):
        from entryhub_desk.taxonomy import picker

        return getattr(picker, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# Kinds in the order a profile (and a CV) shows them.
KIND_ORDER: tuple[EntryKind, ...] = (
    EntryKind.GOALS,
    EntryKind.NEXT_STEP,
    EntryKind.LANGUAGE,
    EntryKind.EDUCATION,
    EntryKind.CREDENTIAL,
    EntryKind.WORK,
    EntryKind.SKILL,
    EntryKind.DIGITAL,
    EntryKind.DRIVING,
    EntryKind.INTEREST,
    EntryKind.BUSINESS,
)


def draft_key(kind: EntryKind, entry_id: str) -> str:
    """The key of a draft: ``"<kind>:<entry id>"`` (a new entry has its id from the start)."""
    return f"{EntryKind(kind).value}:{entry_id}"


def parse_draft_key(key: str) -> tuple[EntryKind, str]:
    """``"<kind>:<entry id>"`` → (kind, entry id); anything else → ``validation.invalid``."""
    kind, _, entry_id = key.partition(":")
    try:
        return EntryKind(kind), validate.record_id("draft_key", entry_id)
    except (ValueError, DeskError):
        raise DeskError("validation.invalid", field="draft_key") from None


@dataclass(frozen=True)
class ProfileSummary:
    """Everything a receptionist may see of a profile, read-only (codes; labels via taxonomy)."""

    person: Person
    short_code: str
    entries: Mapping[EntryKind, tuple[Entry, ...]]
    completeness: Completeness

    def of(self, kind: EntryKind) -> tuple[Entry, ...]:
        return self.entries.get(kind, ())


class Profiles:
    """A person's competence profile, through the session's store and role."""

    def __init__(self, session: Session) -> None:
        self._session = session

    @property
    def _ctx(self) -> StoreContext:
        """The session's store context, read at each use: after a re-key cut short the
        session opens the file again (:meth:`Session.reopen_store`), and this object goes on
        with the new connection."""
        return self._session.opened.context

    # -- reading ------------------------------------------------------------------------

    def entries(self, person_id: str, kind: EntryKind) -> list[Entry]:
        """The person's entries of ``kind`` in their order."""
        self._session.require(Action.VIEW_PERSON)
        return self._repo(kind).for_person(person_id)

    def all_entries(self, person_id: str) -> dict[EntryKind, list[Entry]]:
        """Every kind (in :data:`KIND_ORDER`) → the person's entries of it."""
        self._session.require(Action.VIEW_PERSON)
        return {kind: self._repo(kind).for_person(person_id) for kind in KIND_ORDER}

    def get(self, kind: EntryKind, entry_id: str) -> Entry:
        self._session.require(Action.VIEW_PERSON)
        entry: Entry = self._repo(kind).get(entry_id)
        return entry

    def person(self, person_id: str) -> Person:
        self._session.require(Action.VIEW_PERSON)
        return PersonRepository(self._ctx).get(person_id)

    def resolve_person(self, text: str) -> Person:
        """A person by UUID or by the short code ``XXXX-XXXX`` (``store.not_found``)."""
        self._session.require(Action.VIEW_PERSON)
        return PersonRepository(self._ctx).resolve(text)

    # -- writing ------------------------------------------------------------------------

    def save(self, entry: Entry) -> Entry:
        """Create or update ``entry`` (by id); codes are checked against the taxonomy.

        A new entry without a position goes to the end. Saving removes the entry's draft.
        Returns the entry as stored (position and ISCO group filled in).
        """
        self._session.require(Action.EDIT_PROFILE)
        kind = entry.KIND
        entry = self._checked(entry)
        repo = self._repo(kind)
        with transaction(self._ctx.conn):
            self._require_person(entry.person_id)
            old = repo.find(entry.id)
            if old is not None and old.person_id != entry.person_id:
                raise DeskError("validation.invalid", field="person_id")
            if old is None and kind in SINGLE_ENTRY_KINDS and repo.for_person(entry.person_id):
                raise DeskError("profile.duplicate", kind=kind.value)
            self._check_unique(repo, entry)
            if entry.position is None:
                position = old.position if old is not None else repo.next_position(entry.person_id)
                entry = dataclasses.replace(entry, position=position)
            stored: Entry = repo.update(entry) if old is not None else repo.create(entry)
            DraftRepository(self._ctx).discard(entry.person_id, draft_key(kind, entry.id))
        self._session.publish(Changes.of(profiles=[stored.person_id]))
        return stored

    def remove(self, kind: EntryKind, entry_id: str) -> None:
        """Remove an entry (a tombstone that syncs); its draft goes too."""
        self._session.require(Action.EDIT_PROFILE)
        repo = self._repo(kind)
        with transaction(self._ctx.conn):
            entry = repo.get(entry_id)
            repo.remove(entry_id)
            DraftRepository(self._ctx).discard(entry.person_id, draft_key(kind, entry_id))
        self._session.publish(Changes.of(profiles=[entry.person_id]))

    def reorder(self, person_id: str, kind: EntryKind, ids: Sequence[str]) -> None:
        """Put the person's entries of ``kind`` in the order of ``ids`` (all of them, once)."""
        self._session.require(Action.EDIT_PROFILE)
        self._repo(kind).reorder(person_id, list(ids))
        self._session.publish(Changes.of(profiles=[person_id]))

    # -- drafts (local only, never synced) ------------------------------------------------

    def save_draft(self, person_id: str, key: str, payload: Mapping[str, Any]) -> None:
        """Keep the editor's unsaved form (JSON-able ``payload``) under ``key``
        (see :func:`draft_key`). Called every few seconds and before an auto-lock."""
        self._session.require(Action.EDIT_PROFILE)
        kind, entry_id = parse_draft_key(key)
        DraftRepository(self._ctx).save(
            person_id, kind, entry_id, dict(payload), staff_id=self._session.staff.id
        )

    def drafts(self, person_id: str) -> dict[str, dict[str, Any]]:
        """The person's drafts (key → payload), to offer back when the profile is opened."""
        self._session.require(Action.EDIT_PROFILE)
        return DraftRepository(self._ctx).for_person(person_id)

    def discard_draft(self, person_id: str, key: str) -> None:
        self._session.require(Action.EDIT_PROFILE)
        parse_draft_key(key)
        DraftRepository(self._ctx).discard(person_id, key)

    # -- overview -------------------------------------------------------------------------

    def completeness(self, person_id: str) -> Completeness:
        """Score 0–100 and the codes of what is missing for a good CV (most important first)."""
        self._session.require(Action.VIEW_PERSON)
        person = PersonRepository(self._ctx).get(person_id)
        return assess(person, self._all(person_id))

    def summary(self, person_id: str) -> ProfileSummary:
        """The read-only profile for the reception desk (every role; audited as a view)."""
        self._session.require(Action.VIEW_PERSON)
        person = PersonRepository(self._ctx).get(person_id)
        entries = self._all(person_id)
        self._session.audit("view_person", subject_id=person_id, details={"what": "profile"})
        return ProfileSummary(
            person=person,
            short_code=short_code(person.id),
            entries={kind: tuple(items) for kind, items in entries.items()},
            completeness=assess(person, entries),
        )

    # -- helpers --------------------------------------------------------------------------

    def _repo(self, kind: EntryKind) -> ProfileRepository[Any]:
        return ProfileRepository.for_kind(self._ctx, EntryKind(kind))

    def _all(self, person_id: str) -> dict[EntryKind, list[Entry]]:
        return {kind: self._repo(kind).for_person(person_id) for kind in KIND_ORDER}

    def _require_person(self, person_id: str) -> None:
        if PersonRepository(self._ctx).find(person_id) is None:
            raise DeskError("store.not_found", entity="person", id=person_id)

    def _check_unique(self, repo: ProfileRepository[Any], entry: Entry) -> None:
        """One entry per language and per DigComp area."""
        attribute = {EntryKind.LANGUAGE: "language", EntryKind.DIGITAL: "area"}.get(entry.KIND)
        if attribute is None:
            return
        value = getattr(entry, attribute)
        for other in repo.for_person(entry.person_id):
            if other.id != entry.id and getattr(other, attribute) == value:
                raise DeskError("profile.duplicate", kind=entry.KIND.value)

    @staticmethod
    def _checked(entry: Entry) -> Entry:
        """Codes must exist in the bundled taxonomy; a work entry gets its ISCO group."""
        return check_codes(entry)


def check_codes(entry: Entry) -> Entry:
    """``validation.unknown_occupation`` / ``validation.unknown_skill`` for codes not in ESCO;
    fills a work entry's ISCO group from its occupation (a different group is refused)."""
    from entryhub_desk.taxonomy import esco

    if isinstance(entry, Work):
        if entry.occupation is not None:
            if not esco.is_occupation(entry.occupation):
                raise DeskError(
                    "validation.unknown_occupation", field="occupation", value=entry.occupation
                )
            group = occupation_isco(entry.occupation)
            if entry.isco_group is not None and entry.isco_group != group:
                raise DeskError("validation.invalid", field="isco_group")
            entry = dataclasses.replace(entry, isco_group=group)
        elif entry.isco_group is not None and not esco.is_isco_group(entry.isco_group):
            raise DeskError("validation.unknown_code", field="isco_group", value=entry.isco_group)
    elif isinstance(entry, Goals):
        for code in entry.desired_occupations:
            if not esco.is_occupation(code):
                raise DeskError(
                    "validation.unknown_occupation", field="desired_occupations", value=code
                )
    elif isinstance(entry, Skill) and entry.skill is not None and not esco.is_skill(entry.skill):
        raise DeskError("validation.unknown_skill", field="skill", value=entry.skill)
    return entry
