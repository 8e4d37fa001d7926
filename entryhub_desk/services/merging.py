"""Merging two records of the same person (coordinator only).

Visits, consents and the competence profile of the merged record move to the kept one through
their repositories (so the outbox carries every move), drafts of the merged record are dropped
(they name the old person), and the merged record becomes a redirect (``merged_into``).
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any, Final

from entryhub_desk.domain.person import Person
from entryhub_desk.errors import DeskError
from entryhub_desk.store.connection import transaction
from entryhub_desk.store.repositories.base import StoreContext
from entryhub_desk.store.repositories.consents import ConsentRepository
from entryhub_desk.store.repositories.drafts import DraftRepository
from entryhub_desk.store.repositories.persons import PersonRepository
from entryhub_desk.store.repositories.profile import move_profile
from entryhub_desk.store.repositories.visits import VisitRepository

if TYPE_CHECKING:
    from entryhub_desk.services.session import Session


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
