"""Consents: per purpose, given or refused, withdrawn by a new record (never an edit).
Get one with ``ConsentsService(session)``; every method checks the role first.

- the notice version recorded is the purpose's (``domain.consent.NOTICE_VERSIONS``).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from entryhub_desk.domain.consent import Consent, ConsentPurpose
from entryhub_desk.domain.consent import notice_version as notice_version_for
from entryhub_desk.domain.staff import Action
from entryhub_desk.errors import DeskError
from entryhub_desk.services.changes import Changes
from entryhub_desk.services.staff import StaffService
from entryhub_desk.store.repositories import ConsentRepository, PersonRepository
from entryhub_desk.store.repositories.base import StoreContext

if TYPE_CHECKING:
    from entryhub_desk.services.session import Session


class ConsentsService:
    """The consent records of persons, as the logged-in staff member keeps them."""

    def __init__(self, session: Session) -> None:
        self._session = session

    @property
    def _ctx(self) -> StoreContext:
        return self._session.context  # read at each use (see Session.context)

    def _consents(self) -> ConsentRepository:
        return ConsentRepository(self._ctx)

    def _person_id(self, person_id: str) -> str:
        """The person's id after merge redirects (``store.not_found``)."""
        return PersonRepository(self._ctx).current(person_id).id

    def _now(self) -> datetime:
        return datetime.fromtimestamp(self._ctx.clock(), UTC)

    def staff_choices(self) -> list[tuple[str, str]]:
        """Active staff as ``(id, name)``, to name who recorded a consent."""
        return StaffService(self._session).choices()

    def record_consent(
        self,
        person_id: str,
        purpose: ConsentPurpose,
        *,
        given: bool,
        notice_version: str | None = None,
    ) -> Consent:
        """Record consent given or refused explicitly, under the notice version shown for
        the purpose unless ``notice_version`` names another."""
        self._session.require(Action.REGISTER_PERSON)
        return self._changed(
            self._consents().add(
                Consent(
                    person_id=self._person_id(person_id),
                    purpose=ConsentPurpose(purpose),
                    notice_version=notice_version or notice_version_for(purpose),
                    given=given,
                    recorded_at=self._now(),
                    staff_id=self._session.staff.id,
                )
            )
        )

    def _changed(self, consent: Consent) -> Consent:
        self._session.publish(Changes.of(consents=[consent.person_id]))
        return consent

    def withdraw_consent(self, consent_id: str) -> Consent:
        """Withdraw a consent in force: a new record; the earlier one is kept."""
        self._session.require(Action.REGISTER_PERSON)
        consent = self._consents().get(consent_id)
        current = self._consents().current(consent.person_id).get(consent.purpose)
        if current is None or current.id != consent.id:
            raise DeskError("consent.not_in_force")
        return self._changed(
            self._consents().withdraw(
                consent_id, staff_id=self._session.staff.id, recorded_at=self._now()
            )
        )

    def consent_history(self, person_id: str) -> list[Consent]:
        """Every consent record of the person, oldest first."""
        self._session.require(Action.VIEW_PERSON)
        return self._consents().list_for_person(self._person_id(person_id))

    def current_consents(self, person_id: str) -> dict[ConsentPurpose, Consent]:
        """Per purpose, the consent in force (purposes without one are absent)."""
        self._session.require(Action.VIEW_PERSON)
        return self._consents().current(self._person_id(person_id))
