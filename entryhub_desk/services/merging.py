"""Merging two records of the same person (coordinator only).

Before: :func:`merge_preview` puts both records side by side (:class:`MergeSide`: visits, last
visit, profile yes/no, registration date) and proposes to keep the richer one (more visits,
then a profile, then the older registration); the coordinator may swap.

Visits, consents and the competence profile of the merged record move to the kept one through
their repositories (so the outbox carries every move), drafts of the merged record are dropped
(they name the old person), and the merged record becomes a redirect (``merged_into``).
"""

from __future__ import annotations

import dataclasses
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Final

from entryhub_desk.domain.person import Person
from entryhub_desk.domain.profile.codes import EntryKind
from entryhub_desk.errors import DeskError
from entryhub_desk.ids import short_code
from entryhub_desk.services.hits import last_visits
from entryhub_desk.store.connection import transaction
from entryhub_desk.store.repositories.base import StoreContext
from entryhub_desk.store.repositories.consents import ConsentRepository
from entryhub_desk.store.repositories.drafts import DraftRepository
from entryhub_desk.store.repositories.introductions import move_introductions
from entryhub_desk.store.repositories.persons import PersonRepository
from entryhub_desk.store.repositories.profile import ProfileRepository, move_profile
from entryhub_desk.store.repositories.visits import VisitRepository

if TYPE_CHECKING:
    from entryhub_desk.services.session import Session


@dataclass(frozen=True)
class MergeSide:
    """One of the two records, with what tells which one is richer."""

    person: Person
    code: str  # short code "XXXX-XXXX"
    visits: int
    last_visit: datetime | None
    has_profile: bool
    registered: datetime  # the time in the record's id (UUIDv7): the same on every desk


@dataclass(frozen=True)
class MergePreview:
    first: MergeSide
    second: MergeSide
    keep_first: bool  # the proposal: True when ``first`` is the richer record


def registered_at(person_id: str) -> datetime:
    """When the record was made: the milliseconds at the start of its UUIDv7."""
    return datetime.fromtimestamp((uuid.UUID(person_id).int >> 80) / 1000, UTC)


def _side(ctx: StoreContext, person: Person, last: datetime | None) -> MergeSide:
    profile = any(ProfileRepository.for_kind(ctx, kind).for_person(person.id) for kind in EntryKind)
    return MergeSide(
        person=person,
        code=short_code(person.id),
        visits=len(VisitRepository(ctx).list_for_person(person.id)),
        last_visit=last,
        has_profile=profile,
        registered=registered_at(person.id),
    )


def richer_first(first: MergeSide, second: MergeSide) -> bool:
    """Whether ``first`` is the record to keep: more visits, then a profile, then the older
    registration (an exact tie keeps ``first``)."""

    def rank(side: MergeSide) -> tuple[int, bool, float]:
        return (side.visits, side.has_profile, -side.registered.timestamp())

    return rank(first) >= rank(second)


def merge_preview(ctx: StoreContext, first_id: str, second_id: str) -> MergePreview:
    """Both records side by side and the proposal which one to keep."""
    persons = PersonRepository(ctx)
    first, second = persons.get(first_id), persons.get(second_id)
    if first.id == second.id:
        raise DeskError("reception.merge_same")
    last = last_visits(ctx, [first.id, second.id])
    a, b = _side(ctx, first, last.get(first.id)), _side(ctx, second, last.get(second.id))
    return MergePreview(a, b, richer_first(a, b))


def merge_persons(session: Session, ctx: StoreContext, keep_id: str, merge_id: str) -> Person:
    """Merge ``merge_id`` into ``keep_id`` in one transaction; returns the kept person."""
    persons = PersonRepository(ctx)
    with transaction(ctx.conn):
        keep, other = persons.get(keep_id), persons.get(merge_id)
        if keep.id == other.id:
            raise DeskError("reception.merge_same")
        if keep.merged_into is not None or other.merged_into is not None:
            raise DeskError("reception.already_merged")
        visits = VisitRepository(ctx)
        moved_visits = visits.list_for_person(other.id)
        for visit in moved_visits:
            visits.update(dataclasses.replace(visit, person_id=keep.id))
        consents = ConsentRepository(ctx)
        moved_consents = consents.list_for_person(other.id)
        for consent in moved_consents:
            consents.reassign(consent.id, keep.id)
        move_profile(ctx, keep.id, other.id)
        move_introductions(ctx, keep.id, other.id)
        DraftRepository(ctx).discard_all(other.id)
        persons.update(dataclasses.replace(other, merged_into=keep.id))
        # after the redirect, so that the kept person is also found by the other's names
        kept = persons.update(_filled(keep, other))
        session.audit(
            "merge",
            subject_id=keep.id,
            details={
                "merged": other.id,
                "visits": len(moved_visits),
                "consents": len(moved_consents),
            },
        )
    return kept


_FILLABLE: Final = (
    "family_name",
    "original_script_name",
    "birth_year",
    "country_of_birth",
    "phone",
    "email",
    "municipality",
    "arrival_year",
    "preferred_language",
)


def _filled(keep: Person, other: Person) -> Person:
    """``keep`` with its empty fields taken from ``other`` and their languages combined."""
    changes: dict[str, Any] = {
        name: getattr(other, name)
        for name in _FILLABLE
        if getattr(keep, name) in (None, "") and getattr(other, name) not in (None, "")
    }
    if keep.gender.value == "not_stated" and other.gender.value != "not_stated":
        changes["gender"] = other.gender
    languages = tuple(dict.fromkeys(keep.languages + other.languages))
    if languages != keep.languages:
        changes["languages"] = languages
    return dataclasses.replace(keep, **changes) if changes else keep
