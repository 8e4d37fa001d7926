"""Employers, their contacts and the employer log (network records: no person column)."""

from __future__ import annotations

import builtins
import dataclasses
from typing import ClassVar

from entryhub_desk.domain.employers import Employer, EmployerContact, EmployerLogEntry
from entryhub_desk.store.repositories.typed import TypedRepository


def _name_key(employer: Employer) -> tuple[str, str]:
    return (employer.name.casefold(), employer.id)


class EmployerRepository(TypedRepository[Employer]):
    table = "employer"
    record_type: ClassVar[type[Employer]] = Employer

    def list(self) -> builtins.list[Employer]:
        """Every employer, by name (case-insensitive)."""
        return sorted(self._select(), key=_name_key)

    def by_name(self, name: str) -> builtins.list[Employer]:
        """The employers with exactly this name, case-insensitive."""
        wanted = name.strip().casefold()
        return [e for e in self.list() if e.name.casefold() == wanted]

    def by_org_number(self, org_number: str) -> builtins.list[Employer]:
        return self._select("org_number = ?", [org_number], order_by="name, id")

    def search(self, text: str) -> builtins.list[Employer]:
        """Employers whose name, organisation number, sector or municipality contains
        ``text`` (case-insensitive), by name."""
        wanted = text.strip().casefold()
        if not wanted:
            return self.list()
        return [
            e
            for e in self.list()
            if any(
                wanted in (value or "").casefold()
                for value in (e.name, e.org_number, e.sector, e.municipality)
            )
        ]


class EmployerContactRepository(TypedRepository[EmployerContact]):
    table = "employer_contact"
    record_type: ClassVar[type[EmployerContact]] = EmployerContact

    def for_employer(self, employer_id: str) -> builtins.list[EmployerContact]:
        """The employer's contacts in the order they were added (erased ones too)."""
        return self._select("employer_id = ?", [employer_id], order_by="created_at, id")

    def erase(self, contact_id: str) -> EmployerContact:
        """Empty the contact's personal fields and mark it erased (the record stays so the
        employer's history holds together)."""
        contact = self.get(contact_id)
        erased = dataclasses.replace(contact, name="", role="", phone="", email="", erased=True)
        return self.update(erased)


class EmployerLogRepository(TypedRepository[EmployerLogEntry]):
    table = "employer_log"
    record_type: ClassVar[type[EmployerLogEntry]] = EmployerLogEntry

    def for_employer(self, employer_id: str) -> builtins.list[EmployerLogEntry]:
        """The employer's log, oldest first."""
        return self._select("employer_id = ?", [employer_id], order_by="at, id")
