"""Consents: records are never edited; a withdrawal is a new record naming the one withdrawn."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

from entryhub_desk.domain.consent import Consent, ConsentPurpose
from entryhub_desk.errors import DeskError
from entryhub_desk.store.connection import transaction
from entryhub_desk.store.repositories.base import (
    Repository,
    Row,
    decode_time,
    optional_str,
)
from entryhub_desk.store.repositories.persons import PersonRepository


class ConsentRepository(Repository[Consent]):
    table = "consent"

    def _decode(self, row: Row) -> Consent:
        return Consent(
            id=str(row["id"]),
            person_id=str(row["person_id"]),
            purpose=ConsentPurpose(row["purpose"]),
            notice_version=str(row["notice_version"]),
            given=bool(row["given"]),
            recorded_at=decode_time(str(row["recorded_at"])),
            staff_id=str(row["staff_id"]),
            withdraws=optional_str(row["withdraws"]),
        )

    def _check(self, obj: Consent, old: Consent | None) -> None:
        PersonRepository(self.ctx).get(obj.person_id)
        if old is not None:  # only a merge moves a record (reassign); nothing else edits one
            if dataclasses.replace(old, person_id=obj.person_id) != obj:
                raise DeskError("validation.invalid", field="consent")
            return
        if obj.withdraws is None:
            return
        withdrawn = self.get(obj.withdraws)
        if (
            not withdrawn.given
            or withdrawn.person_id != obj.person_id
            or withdrawn.purpose is not obj.purpose
            or self._rows("withdraws = ?", [withdrawn.id])
        ):
            raise DeskError("validation.invalid", field="withdraws")

    def add(self, consent: Consent) -> Consent:
        """Record a consent given (or refused) by the person."""
        return self._create(consent)

    create = add

    def withdraw(
        self, consent_id: str, *, staff_id: str, recorded_at: datetime | None = None
    ) -> Consent:
        """Record the withdrawal of ``consent_id``; returns the new (``given=False``) record."""
        with transaction(self.conn):
            original = self.get(consent_id)
            withdrawal = Consent(
                person_id=original.person_id,
                purpose=original.purpose,
                notice_version=original.notice_version,
                given=False,
                recorded_at=recorded_at or datetime.fromtimestamp(self.ctx.clock(), UTC),
                staff_id=staff_id,
                withdraws=original.id,
            )
            return self._create(withdrawal)

    def reassign(self, consent_id: str, person_id: str) -> Consent:
        """Move a record to another person (a merge); its content stays as it was."""
        return self._update(dataclasses.replace(self.get(consent_id), person_id=person_id))

    def list_for_person(self, person_id: str) -> list[Consent]:
        """Every record for the person, oldest first."""
        return self._select("person_id = ?", [person_id], order_by="recorded_at, id")

    def current(self, person_id: str) -> dict[ConsentPurpose, Consent]:
        """Per purpose, the consent in force (given and not withdrawn), if any."""
        records = self.list_for_person(person_id)
        withdrawn = {r.withdraws for r in records if r.withdraws is not None}
        in_force: dict[ConsentPurpose, Consent] = {}
        for record in records:  # oldest first: a later consent replaces an earlier one
            if record.given and record.id not in withdrawn:
                in_force[record.purpose] = record
            elif not record.given and record.withdraws is None:
                in_force.pop(record.purpose, None)  # a later refusal
        return in_force

    def is_given(self, person_id: str, purpose: ConsentPurpose) -> bool:
        return purpose in self.current(person_id)
