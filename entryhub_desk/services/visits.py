"""Visits: check-in, today's visits, their state, and corrections by the author or a
coordinator. Get one with ``VisitsService(session)``; every method checks the role first.

- :data:`PURPOSES` — visit purpose codes, in display order (the GUI translates them);
  ``"other"`` goes with a free text (``other_text``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any, Final

from entryhub_desk.domain.staff import Action
from entryhub_desk.domain.visit import Visit, VisitState
from entryhub_desk.errors import DeskError
from entryhub_desk.services.changes import Changes
from entryhub_desk.services.reception_types import UNSET, VisitRow, _Unset
from entryhub_desk.services.staff import StaffService
from entryhub_desk.store.repositories import PersonRepository, StaffRepository, VisitRepository
from entryhub_desk.store.repositories.base import StoreContext

if TYPE_CHECKING:
    from entryhub_desk.services.session import Session

PURPOSES: Final[tuple[str, ...]] = (
    "job_search",
    "cv_help",
    "meet_employer",
    "meet_mentor_network",
    "entrepreneurship",
    "credential_recognition",
    "swedish_practice",
    "other",
)
OTHER_PURPOSE: Final = "other"


class VisitsService:
    """The visit log, as the logged-in staff member keeps it."""

    def __init__(self, session: Session) -> None:
        self._session = session

    @property
    def _ctx(self) -> StoreContext:
        return self._session.context  # read at each use (see Session.context)

    def _visits(self) -> VisitRepository:
        return VisitRepository(self._ctx)

    def _person_id(self, person_id: str) -> str:
        """The person's id after merge redirects (``store.not_found``)."""
        return PersonRepository(self._ctx).current(person_id).id

    def _check_purposes(self, purposes: Sequence[str], other_text: str) -> tuple[str, ...]:
        if isinstance(purposes, str) or not purposes:
            raise DeskError("validation.required", field="purposes")
        for purpose in purposes:
            if purpose not in PURPOSES:
                raise DeskError("validation.unknown_code", field="purposes", value=purpose)
        if OTHER_PURPOSE in purposes and not other_text.strip():
            raise DeskError("validation.required", field="other_purpose")
        return tuple(purposes)

    def _check_staff(self, staff_id: str) -> None:
        member = StaffRepository(self._ctx).find(staff_id)
        if member is None or not member.active:
            raise DeskError("validation.invalid", field="handled_by")

    def check_in(
        self,
        person_id: str,
        *,
        purposes: Sequence[str],
        other_text: str = "",
        note: str = "",
        referral: str = "",
        handled_by: str | None = None,
        again: bool = False,
    ) -> Visit:
        """Log a visit now; ``handled_by`` (staff id) defaults to the logged-in member.

        Purposes are codes of :data:`PURPOSES`; ``"other"`` needs ``other_text``. A person
        already checked in today is refused (``reception.checked_in_today`` with the local
        time ``HH:MM`` of that visit; :meth:`visit_today` gives it) unless ``again``.
        """
        self._session.require(Action.LOG_VISIT)
        checked = self._check_purposes(purposes, other_text)
        person_id = self._person_id(person_id)
        earlier = None if again else self._visit_today(person_id)
        if earlier is not None:
            moment = earlier.visited_at.astimezone()
            raise DeskError("reception.checked_in_today", time=f"{moment:%H:%M}")
        staff_id = self._session.staff.id
        if handled_by is not None and handled_by != staff_id:
            self._check_staff(handled_by)
        visit = Visit(
            person_id=person_id,
            hub_id=self._session.identity.hub_id,
            visited_at=datetime.fromtimestamp(self._ctx.clock(), UTC),
            purposes=checked,
            other_purpose=other_text if OTHER_PURPOSE in checked else "",
            note=note,
            referral=referral,
            handled_by=handled_by or staff_id,
            recorded_by=staff_id,
        )
        return self._changed(self._visits().create(visit))

    def _changed(self, visit: Visit) -> Visit:
        self._session.publish(Changes.of(visits=[visit.person_id]))
        return visit

    def _today(self, person_id: str | None = None) -> list[Visit]:
        """Today's visits (local day), or only ``person_id``'s (selected in SQL)."""
        local = datetime.fromtimestamp(self._ctx.clock()).astimezone()
        start = local.replace(hour=0, minute=0, second=0, microsecond=0)
        end = start + timedelta(days=1)
        return self._visits().list_between(start, end, person_id=person_id)

    def _visit_today(self, person_id: str) -> Visit | None:
        mine = self._today(person_id)
        return mine[-1] if mine else None

    def visit_today(self, person_id: str) -> Visit | None:
        """The person's latest visit of today (local day), or None: the check-in warns."""
        self._session.require(Action.VIEW_PERSON)
        return self._visit_today(self._person_id(person_id))

    def visits_today(self) -> list[VisitRow]:
        """Today's visits (local day of this machine), oldest first."""
        self._session.require(Action.VIEW_PERSON)
        return self._rows(self._today())

    def _rows(self, visits: Sequence[Visit]) -> list[VisitRow]:
        names = {m.id: m.name for m in StaffService(self._session).list_staff()}
        persons = PersonRepository(self._ctx).get_many(sorted({v.person_id for v in visits}))
        return [
            VisitRow(v, persons[v.person_id], names.get(v.handled_by or "", ""))
            for v in visits
            if v.person_id in persons
        ]

    def visits_of(self, person_id: str) -> list[Visit]:
        """A person's visits, newest first."""
        self._session.require(Action.VIEW_PERSON)
        return list(reversed(self._visits().list_for_person(self._person_id(person_id))))

    def set_visit_state(self, visit_id: str, state: VisitState) -> Visit:
        """Waiting → in a meeting → done (any staff at the desk)."""
        self._session.require(Action.LOG_VISIT)
        return self._changed(self._visits().set_state(visit_id, VisitState(state)))

    def may_correct(self, visit: Visit) -> bool:
        """Whether the logged-in member may correct this visit (to enable the button)."""
        staff = self._session.staff
        if staff.may(Action.CORRECT_ANY_VISIT):
            return True
        author = visit.recorded_by or visit.handled_by
        return staff.may(Action.LOG_VISIT) and author == staff.id

    def correct_visit(
        self,
        visit_id: str,
        *,
        purposes: Sequence[str] | _Unset = UNSET,
        other_text: str | _Unset = UNSET,
        note: str | _Unset = UNSET,
        referral: str | _Unset = UNSET,
        handled_by: str | _Unset | None = UNSET,
    ) -> Visit:
        """Correct a visit: only its author or a coordinator (``auth.role_not_allowed``)."""
        self._session.require(Action.LOG_VISIT)  # an open session, at the desk
        visit = self._visits().get(visit_id)
        if not self.may_correct(visit):
            raise DeskError(
                "auth.role_not_allowed",
                role=self._session.staff.role.value,
                action=Action.CORRECT_ANY_VISIT.value,
            )
        if (visit.recorded_by or visit.handled_by) != self._session.staff.id:
            self._session.require(Action.CORRECT_ANY_VISIT)  # her signed grant must allow it
        changes: dict[str, Any] = {}
        new_purposes = visit.purposes if isinstance(purposes, _Unset) else tuple(purposes)
        new_other = visit.other_purpose if isinstance(other_text, _Unset) else other_text
        checked = self._check_purposes(new_purposes, new_other)
        changes["purposes"] = checked
        changes["other_purpose"] = new_other if OTHER_PURPOSE in checked else ""
        if not isinstance(note, _Unset):
            changes["note"] = note
        if not isinstance(referral, _Unset):
            changes["referral"] = referral
        if not isinstance(handled_by, _Unset):
            if handled_by is not None:
                self._check_staff(handled_by)
            changes["handled_by"] = handled_by
        return self._changed(self._visits().update(dataclasses.replace(visit, **changes)))

    def staff_choices(self) -> list[tuple[str, str]]:
        """Active staff as ``(id, name)`` for the handled-by picker."""
        return StaffService(self._session).choices()
