"""Employers, their contacts and the log of contacts with them (issue 15).

Get one with ``EmployersService(session)``; every method checks the staff action first
(``view_openings`` to read, ``manage_employers`` to write). Employers are network records: every
hub of the network holds them and may change them (``added_by_hub`` says which hub added one).
A contact is a person: :meth:`EmployersService.erase_contact` empties the personal fields and
marks the record erased (it stays so the employer's history holds together);
:meth:`EmployersService.export_contact` gives what is held about a contact.
"""

from __future__ import annotations

import builtins
import dataclasses
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from entryhub_desk.domain.employers import Employer, EmployerContact, EmployerLogEntry
from entryhub_desk.domain.employers.employer import normalise_org_number
from entryhub_desk.domain.staff import Action
from entryhub_desk.errors import DeskError
from entryhub_desk.services.changes import Changes
from entryhub_desk.store.connection import transaction
from entryhub_desk.store.repositories.base import StoreContext
from entryhub_desk.store.repositories.employers import (
    EmployerContactRepository,
    EmployerLogRepository,
    EmployerRepository,
)

if TYPE_CHECKING:
    from entryhub_desk.services.session import Session


class EmployersService:
    """The network's employers, as the logged-in staff member keeps them."""

    def __init__(self, session: Session) -> None:
        self._session = session

    @property
    def _ctx(self) -> StoreContext:
        return self._session.context  # read at each use (see Session.context)

    def _employers(self) -> EmployerRepository:
        return EmployerRepository(self._ctx)

    def _contacts(self) -> EmployerContactRepository:
        return EmployerContactRepository(self._ctx)

    def _now(self) -> datetime:
        return datetime.fromtimestamp(self._ctx.clock(), UTC)

    def _changed(self) -> None:
        self._session.publish(Changes.of(employers=True))

    # -- employers ----------------------------------------------------------------------

    def _check_unique(self, employer: Employer) -> None:
        """One record per organisation number (two hubs must not keep two copies)."""
        if employer.org_number is None:
            return
        for other in self._employers().by_org_number(employer.org_number):
            if other.id != employer.id:
                raise DeskError("employer.exists", org_number=employer.org_number, name=other.name)

    def add(
        self,
        name: str,
        *,
        org_number: str | None = None,
        sector: str = "",
        municipality: str | None = None,
        notes: str = "",
    ) -> Employer:
        """A new employer added by this hub (``employer.exists`` when the organisation number
        is already the network's)."""
        self._session.require(Action.MANAGE_EMPLOYERS)
        employer = Employer(
            name=name,
            org_number=org_number,
            sector=sector,
            municipality=municipality,
            notes=notes,
            added_by_hub=self._session.identity.hub_id,
            added_by=self._session.staff.id,
            added_at=self._now(),
        )
        with transaction(self._ctx.conn):
            self._check_unique(employer)
            self._employers().create(employer)
        self._changed()
        return employer

    def update(self, employer: Employer) -> Employer:
        """Store changed fields of an employer (who added it and when stay as they were)."""
        self._session.require(Action.MANAGE_EMPLOYERS)
        with transaction(self._ctx.conn):
            old = self._employers().get(employer.id)
            kept = dataclasses.replace(
                employer,
                added_by_hub=old.added_by_hub,
                added_by=old.added_by,
                added_at=old.added_at,
            )
            self._check_unique(kept)
            saved = self._employers().update(kept)
        self._changed()
        return saved

    def get(self, employer_id: str) -> Employer:
        self._session.require(Action.VIEW_OPENINGS)
        return self._employers().get(employer_id)

    def list(self) -> builtins.list[Employer]:
        """Every employer of the network, by name."""
        self._session.require(Action.VIEW_OPENINGS)
        return self._employers().list()

    def find(self, text: str) -> builtins.list[Employer]:
        """Employers whose name, organisation number, sector or municipality contains
        ``text`` (case-insensitive), by name."""
        self._session.require(Action.VIEW_OPENINGS)
        return self._employers().search(text)

    def resolve(self, id_or_name: str) -> Employer:
        """The employer with this id, else the one whose name (case-insensitive) or
        organisation number it is: ``store.not_found`` when none, ``employer.ambiguous`` when
        several."""
        self._session.require(Action.VIEW_OPENINGS)
        text = id_or_name.strip()
        repo = self._employers()
        found = repo.find(text) if text else None
        if found is not None:
            return found
        matches = repo.by_name(text)
        if not matches:
            try:
                org_number = normalise_org_number("employer", text)
            except DeskError:
                org_number = None
            matches = repo.by_org_number(org_number) if org_number else []
        if len(matches) > 1:
            raise DeskError("employer.ambiguous", name=text)
        if not matches:
            raise DeskError("store.not_found", entity="employer", id=text)
        return matches[0]

    # -- contacts -----------------------------------------------------------------------

    def add_contact(
        self, employer_id: str, name: str, *, role: str = "", phone: str = "", email: str = ""
    ) -> EmployerContact:
        self._session.require(Action.MANAGE_EMPLOYERS)
        with transaction(self._ctx.conn):
            employer = self._employers().get(employer_id)
            contact = self._contacts().create(
                EmployerContact(
                    employer_id=employer.id, name=name, role=role, phone=phone, email=email
                )
            )
        self._changed()
        return contact

    def update_contact(self, contact: EmployerContact) -> EmployerContact:
        """Store a contact's changed fields (an erased contact stays erased)."""
        self._session.require(Action.MANAGE_EMPLOYERS)
        with transaction(self._ctx.conn):
            old = self._contacts().get(contact.id)
            if old.erased or contact.employer_id != old.employer_id:
                raise DeskError("validation.invalid", field="contact")
            saved = self._contacts().update(contact)
        self._changed()
        return saved

    def erase_contact(self, contact_id: str) -> EmployerContact:
        """Empty the contact's name, role, phone and e-mail and mark it erased."""
        self._session.require(Action.MANAGE_EMPLOYERS)
        erased = self._contacts().erase(contact_id)
        self._session.audit("erase", subject_id=contact_id, details={"record": "contact"})
        self._changed()
        return erased

    def contacts(self, employer_id: str) -> builtins.list[EmployerContact]:
        """The employer's contacts in the order they were added (erased ones too)."""
        self._session.require(Action.VIEW_OPENINGS)
        return self._contacts().for_employer(employer_id)

    def export_contact(self, contact_id: str) -> dict[str, object]:
        """Everything held about a contact (for the person's request to see it)."""
        self._session.require(Action.MANAGE_EMPLOYERS)
        contact = self._contacts().get(contact_id)
        employer = self._employers().find(contact.employer_id)
        self._session.audit("export", subject_id=contact_id, details={"record": "contact"})
        return {
            "id": contact.id,
            "employer": {
                "id": contact.employer_id,
                "name": employer.name if employer is not None else "",
            },
            "name": contact.name,
            "role": contact.role,
            "phone": contact.phone,
            "email": contact.email,
            "erased": contact.erased,
        }

    # -- log ----------------------------------------------------------------------------

    def log(self, employer_id: str, text: str) -> EmployerLogEntry:
        """Note a contact with the employer (a call, a visit, a fair), now, by this member."""
        self._session.require(Action.MANAGE_EMPLOYERS)
        with transaction(self._ctx.conn):
            employer = self._employers().get(employer_id)
            entry = EmployerLogRepository(self._ctx).create(
                EmployerLogEntry(
                    employer_id=employer.id,
                    at=self._now(),
                    text=text,
                    hub_id=self._session.identity.hub_id,
                    staff_id=self._session.staff.id,
                )
            )
        self._changed()
        return entry

    def history(self, employer_id: str) -> builtins.list[EmployerLogEntry]:
        """The employer's log, oldest first."""
        self._session.require(Action.VIEW_OPENINGS)
        return EmployerLogRepository(self._ctx).for_employer(employer_id)
