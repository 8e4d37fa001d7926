"""Correcting a visitor's details at the desk (receptionist and up, no coordinator needed).

``PersonDetails(session).correct(person_id, phone=…, given_name=…)`` changes the fields named
and leaves the others as they are. The new values are checked as at registration (the
:class:`~entryhub_desk.domain.person.Person` rules: names trimmed and required, the phone read
as E.164 with Sweden for local numbers, the birth year between 1900 and this year, ISO country
and language codes, a gender of :class:`~entryhub_desk.domain.person.Gender`), so a bad value
is a ``validation.*`` error naming the field. In one transaction the repository stores the
changed fields (each with a new clock of its own in the outbox, so sync merges them field by
field), rebuilds the person's search keys, and the audit log gets ``correct_person`` with the
*names* of the fields changed (never their values). A merged record (``person.merged``: correct
the record it was merged into) and an erased person (``person.erased``) are refused.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from entryhub_desk.domain.person import Gender, Person
from entryhub_desk.domain.staff import Action
from entryhub_desk.errors import DeskError
from entryhub_desk.ids import short_code
from entryhub_desk.services.changes import Changes
from entryhub_desk.services.reception_types import UNSET, _Unset
from entryhub_desk.store.connection import transaction
from entryhub_desk.store.erasure import refuse_if_erased
from entryhub_desk.store.repositories.base import StoreContext
from entryhub_desk.store.repositories.persons import PersonRepository

if TYPE_CHECKING:
    from entryhub_desk.services.session import Session

#: The fields a correction may change, in the order a form shows them.
EDITABLE: Final[tuple[str, ...]] = (
    "given_name",
    "family_name",
    "original_script_name",
    "phone",
    "birth_year",
    "gender",
    "country_of_birth",
    "languages",
    "preferred_language",
)


@dataclass(frozen=True)
class Correction:
    """The person as stored after a correction and the names of the fields that changed
    (empty when every value was the same as before: then nothing was written)."""

    person: Person
    changed: tuple[str, ...]


def _optional(value: str | None) -> str | None:
    """Blank text means "not known" (None), as in the registration form."""
    if value is None:
        return None
    return value if value.strip() else None


class PersonDetails:
    """Corrections of the logged-in member (``auth.role_not_allowed`` for roles without
    :attr:`Action.CORRECT_PERSON`)."""

    def __init__(self, session: Session) -> None:
        self._session = session

    @property
    def _ctx(self) -> StoreContext:
        return self._session.opened.context  # read at each use (see Reception._ctx)

    def may_correct(self) -> bool:
        """Whether the logged-in member may correct details (to show the button)."""
        return self._session.staff.may(Action.CORRECT_PERSON)

    def resolve(self, text: str) -> Person:
        """A person by UUID or short code ``XXXX-XXXX`` (as the other commands take them)."""
        from entryhub_desk.services.profile import Profiles

        cleaned = text.strip().lower()
        refuse_if_erased(self._ctx.conn, cleaned)
        return Profiles(self._session).resolve_person(text)

    def current(self, person_id: str) -> Person:
        """The person as stored now, for the correction form (refused as :meth:`correct`
        refuses: ``person.erased``, ``person.merged``, ``store.not_found``)."""
        self._session.require(Action.CORRECT_PERSON)
        return self._editable(PersonRepository(self._ctx), person_id)

    def _editable(self, persons: PersonRepository, person_id: str) -> Person:
        refuse_if_erased(persons.conn, person_id)
        stored = persons.get(person_id)
        if stored.merged_into is not None:
            raise DeskError("person.merged", short_code=short_code(stored.merged_into))
        return stored

    def correct(
        self,
        person_id: str,
        *,
        given_name: str | _Unset = UNSET,
        family_name: str | _Unset = UNSET,
        original_script_name: str | _Unset | None = UNSET,
        phone: str | _Unset | None = UNSET,
        birth_year: int | _Unset | None = UNSET,
        gender: Gender | str | _Unset = UNSET,
        country_of_birth: str | _Unset | None = UNSET,
        languages: Sequence[str] | _Unset = UNSET,
        preferred_language: str | _Unset | None = UNSET,
    ) -> Correction:
        """Change the fields given (others stay); blank optional text clears a field."""
        self._session.require(Action.CORRECT_PERSON)
        values: dict[str, object] = {}
        if not isinstance(given_name, _Unset):
            values["given_name"] = given_name
        if not isinstance(family_name, _Unset):
            values["family_name"] = family_name
        if not isinstance(original_script_name, _Unset):
            values["original_script_name"] = _optional(original_script_name)
        if not isinstance(phone, _Unset):
            values["phone"] = _optional(phone)
        if not isinstance(birth_year, _Unset):
            values["birth_year"] = birth_year
        if not isinstance(gender, _Unset):
            values["gender"] = gender
        if not isinstance(country_of_birth, _Unset):
            values["country_of_birth"] = _optional(country_of_birth)
        if not isinstance(languages, _Unset):
            if isinstance(languages, str):
                raise DeskError("validation.invalid", field="languages")
            values["languages"] = tuple(languages)
        if not isinstance(preferred_language, _Unset):
            values["preferred_language"] = _optional(preferred_language)
        ctx = self._ctx
        persons = PersonRepository(ctx)
        with transaction(ctx.conn):
            stored = self._editable(persons, person_id)
            updated = dataclasses.replace(stored, **values)  # type: ignore[arg-type]
            if updated.phone != stored.phone:
                # A number kept as typed (not valid when imported) is replaced by the new one.
                updated = dataclasses.replace(updated, phone_as_written=None)
            changed = tuple(
                name
                for name in (*EDITABLE, "phone_as_written")
                if getattr(updated, name) != getattr(stored, name)
            )
            if not changed:
                return Correction(stored, ())
            person = persons.update(updated)  # per-field outbox entries and search keys
            self._session.audit(
                "correct_person", subject_id=person.id, details={"fields": ",".join(changed)}
            )
        self._session.publish(Changes.of(persons=[person.id]))
        return Correction(person, changed)


__all__ = ["EDITABLE", "Correction", "PersonDetails"]
