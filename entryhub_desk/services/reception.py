"""Reception: find returning visitors, register new ones, log visits, record consent, merge.

This is the API the reception screen codes against (Qt-free). Get one with
``Reception(session)`` (or ``session.reception()``); every method checks the logged-in staff
member's role first (``auth.role_not_allowed``).

- :data:`PURPOSES` — visit purpose codes, in display order (the GUI translates them);
  ``"other"`` goes with a free text (``other_text``).
- :data:`CONSENT_NOTICE_VERSION` — the version of the privacy notice this program shows.
- :meth:`Reception.search` — one search box: a name (any part, any order, any script), a phone
  number in any notation, or a short code ``XXXX-XXXX``. Fast enough to run on every keystroke.
- :meth:`Reception.likely_duplicates` — the warning while a new visitor is typed in.
- :meth:`Reception.register` — a new visitor and their consent choices, in one transaction.
- :meth:`Reception.check_in`, :meth:`visits_today`, :meth:`set_visit_state`,
  :meth:`correct_visit` — the visit log (a visit is corrected by its author or a coordinator).
- :meth:`record_consent`, :meth:`withdraw_consent`, :meth:`consent_history`,
  :meth:`current_consents` — consent per purpose; a withdrawal is a new record, never an edit.
- :meth:`merge` — coordinator only: two records of one person become one (the other record
  redirects to the kept one; :meth:`person` follows redirects).
- :meth:`import_visitors` — a spreadsheet (``.xlsx`` / ``.csv``) with progress and cancel.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from entryhub_desk.domain.consent import Consent, ConsentPurpose
from entryhub_desk.domain.person import Person
from entryhub_desk.domain.staff import Action
from entryhub_desk.domain.visit import Visit, VisitState
from entryhub_desk.errors import DeskError
from entryhub_desk.ids import normalise_short_code, short_code
from entryhub_desk.services.duplicates import Typed, likely_duplicates
from entryhub_desk.services.hits import duplicate_hits, search_hits
from entryhub_desk.services.reception_types import (
    CONSENT_NOTICE_VERSION,
    UNSET,
    ConsentChoice,
    SearchHit,
    VisitRow,
    _Unset,
)
from entryhub_desk.store.connection import transaction
from entryhub_desk.store.erasure import refuse_if_erased
from entryhub_desk.store.repositories import (
    ConsentRepository,
    PersonRepository,
    StaffRepository,
    VisitRepository,
)
from entryhub_desk.store.repositories.base import StoreContext
from entryhub_desk.store.search_index import SearchIndex

if TYPE_CHECKING:
    from entryhub_desk.importing.visitors import ImportReport
    from entryhub_desk.services.merging import MergePreview
    from entryhub_desk.services.session import Session

MAX_REDIRECTS: Final = 16

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

#: Progress of long work: ``(done, total)``; cancellation: a callable that returns True to stop.
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class Reception:
    """Reception work of the logged-in staff member."""

    def __init__(self, session: Session) -> None:
        self._session = session

    @property
    def _ctx(self) -> StoreContext:
        """The session's store context, read at each use: after a re-key cut short the
        session opens the file again (:meth:`Session.reopen_store`), and this object goes on
        with the new connection."""
        return self._session.opened.context

    # -- helpers ---------------------------------------------------------------------------

    @property
    def _conn(self) -> Any:
        return self._ctx.conn

    def _persons(self) -> PersonRepository:
        return PersonRepository(self._ctx)

    def _visits(self) -> VisitRepository:
        return VisitRepository(self._ctx)

    def _consents(self) -> ConsentRepository:
        return ConsentRepository(self._ctx)

    def _now(self) -> datetime:
        return datetime.fromtimestamp(self._ctx.clock(), UTC)

    def _resolve(self, person_id: str) -> Person:
        """The person, following merge redirects."""
        repo = self._persons()
        person = repo.get(person_id)
        for _ in range(MAX_REDIRECTS):
            if person.merged_into is None:
                return person
            person = repo.get(person.merged_into)
        raise DeskError("store.not_found", entity="person", id=person_id)

    # -- finding ---------------------------------------------------------------------------

    def search(self, query: str, *, limit: int = 20) -> list[SearchHit]:
        """Persons matching ``query``, best first (an empty query gives an empty list).

        Name words match in any order, any part of a name, across scripts and common
        spelling variants; digits are read as a phone number (E.164, with or without the
        country code, ``0046…``); ``XXXX-XXXX`` is a short code. Merged persons never appear.
        """
        self._session.require(Action.VIEW_PERSON)
        return search_hits(self._ctx, SearchIndex(self._conn).search(query, limit=limit))

    def likely_duplicates(
        self,
        *,
        given_name: str,
        family_name: str = "",
        original_script_name: str | None = None,
        phone: str | None = None,
        birth_year: int | None = None,
        country: str | None = None,
        limit: int = 5,
    ) -> list[SearchHit]:
        """Existing persons who are probably the one being typed in, the most likely first,
        each with its ``reasons`` (see :mod:`entryhub_desk.services.duplicates`)."""
        self._session.require(Action.VIEW_PERSON)
        typed = Typed(
            given_name=given_name,
            family_name=family_name,
            original_script_name=original_script_name,
            phone=phone,
            birth_year=birth_year,
            country=country,
        )
        return duplicate_hits(self._ctx, likely_duplicates(self._ctx, typed, limit=limit))

    def person(self, person_id: str) -> Person:
        """The person (following merge redirects); audited as ``view_person``."""
        self._session.require(Action.VIEW_PERSON)
        person = self._resolve(person_id)
        self._session.audit("view_person", subject_id=person.id)
        return person

    def find_by_code(self, code: str) -> Person | None:
        """The person with this short code (``XXXX-XXXX``, as typed), or None."""
        self._session.require(Action.VIEW_PERSON)
        if normalise_short_code(code) is None:
            return None
        found = [h for h in SearchIndex(self._conn).search(code, limit=5) if h.kind == "code"]
        hits = search_hits(self._ctx, found)
        return hits[0].person if hits else None

    @staticmethod
    def code_of(person_id: str) -> str:
        """The short code ``XXXX-XXXX`` shown for a person."""
        return short_code(person_id)

    # -- registering ------------------------------------------------------------------------

    def new_person(self, **fields: Any) -> Person:
        """A (not yet stored) Person of this hub from the form's fields (validates them)."""
        fields.setdefault("hub_id", self._session.identity.hub_id)
        return Person(**fields)

    def register(
        self,
        person: Person,
        consents: Sequence[ConsentChoice] = (),
        *,
        new_person_confirmed: bool = False,
    ) -> Person:
        """Store a new visitor and their consent choices in one transaction.

        A likely duplicate (:meth:`likely_duplicates`) is refused
        (``reception.likely_duplicate``, naming the most likely person's code) unless the
        caller says it is a new person (``new_person_confirmed``, after showing the
        candidates); that confirmation is audited (``register_confirmed_new``: the candidates'
        codes and reason codes, no personal values).
        """
        self._session.require(Action.REGISTER_PERSON)
        purposes = [c.purpose for c in consents]
        if len(set(purposes)) != len(purposes):
            raise DeskError("validation.invalid", field="consents")
        now = self._now()
        with transaction(self._conn):
            refuse_if_erased(self._conn, person.id)  # an erased id never comes back
            found = likely_duplicates(self._ctx, Typed.of(person), exclude=[person.id])
            if found and not new_person_confirmed:
                raise DeskError("reception.likely_duplicate", match=found[0].code)
            self._persons().create(person)
            if found:
                self._session.audit(
                    "register_confirmed_new",
                    subject_id=person.id,
                    details={
                        "candidates": ",".join(d.code for d in found),
                        "reasons": ",".join(sorted({r for d in found for r in d.reasons})),
                    },
                )
            for choice in consents:
                self._consents().add(
                    Consent(
                        person_id=person.id,
                        purpose=choice.purpose,
                        notice_version=choice.notice_version,
                        given=choice.given,
                        recorded_at=now,
                        staff_id=self._session.staff.id,
                    )
                )
        return person

    # -- visits ----------------------------------------------------------------------------

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
        person = self._resolve(person_id)
        earlier = None if again else self._visit_today(person.id)
        if earlier is not None:
            moment = earlier.visited_at.astimezone()
            raise DeskError("reception.checked_in_today", time=f"{moment:%H:%M}")
        staff_id = self._session.staff.id
        if handled_by is not None and handled_by != staff_id:
            self._check_staff(handled_by)
        visit = Visit(
            person_id=person.id,
            hub_id=self._session.identity.hub_id,
            visited_at=self._now(),
            purposes=checked,
            other_purpose=other_text if OTHER_PURPOSE in checked else "",
            note=note,
            referral=referral,
            handled_by=handled_by or staff_id,
            recorded_by=staff_id,
        )
        return self._visits().create(visit)

    def _today(self) -> list[Visit]:
        local = datetime.fromtimestamp(self._ctx.clock()).astimezone()
        start = local.replace(hour=0, minute=0, second=0, microsecond=0)
        return self._visits().list_between(start, start + timedelta(days=1))

    def _visit_today(self, person_id: str) -> Visit | None:
        mine = [v for v in self._today() if v.person_id == person_id]
        return mine[-1] if mine else None

    def visit_today(self, person_id: str) -> Visit | None:
        """The person's latest visit of today (local day), or None: the check-in warns."""
        self._session.require(Action.VIEW_PERSON)
        return self._visit_today(self._resolve(person_id).id)

    def visits_today(self) -> list[VisitRow]:
        """Today's visits (local day of this machine), oldest first."""
        self._session.require(Action.VIEW_PERSON)
        return self._rows(self._today())

    def _rows(self, visits: Sequence[Visit]) -> list[VisitRow]:
        names = {m.id: m.name for m in self._session.list_staff()}
        persons = self._persons().get_many(sorted({v.person_id for v in visits}))
        return [
            VisitRow(v, persons[v.person_id], names.get(v.handled_by or "", ""))
            for v in visits
            if v.person_id in persons
        ]

    def visits_of(self, person_id: str) -> list[Visit]:
        """A person's visits, newest first."""
        self._session.require(Action.VIEW_PERSON)
        person = self._resolve(person_id)
        return list(reversed(self._visits().list_for_person(person.id)))

    def set_visit_state(self, visit_id: str, state: VisitState) -> Visit:
        """Waiting → in a meeting → done (any staff at the desk)."""
        self._session.require(Action.LOG_VISIT)
        return self._visits().set_state(visit_id, VisitState(state))

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
        visit = self._visits().get(visit_id)
        if not self.may_correct(visit):
            raise DeskError(
                "auth.role_not_allowed",
                role=self._session.staff.role.value,
                action=Action.CORRECT_ANY_VISIT.value,
            )
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
        return self._visits().update(dataclasses.replace(visit, **changes))

    def staff_choices(self) -> list[tuple[str, str]]:
        """Active staff as ``(id, name)`` for the handled-by picker."""
        return [(m.id, m.name) for m in self._session.list_staff() if m.active]

    # -- consent ---------------------------------------------------------------------------

    def record_consent(
        self,
        person_id: str,
        purpose: ConsentPurpose,
        *,
        given: bool,
        notice_version: str = CONSENT_NOTICE_VERSION,
    ) -> Consent:
        """Record consent given or refused explicitly."""
        self._session.require(Action.REGISTER_PERSON)
        person = self._resolve(person_id)
        return self._consents().add(
            Consent(
                person_id=person.id,
                purpose=ConsentPurpose(purpose),
                notice_version=notice_version,
                given=given,
                recorded_at=self._now(),
                staff_id=self._session.staff.id,
            )
        )

    def withdraw_consent(self, consent_id: str) -> Consent:
        """Withdraw a consent in force: a new record; the earlier one is kept."""
        self._session.require(Action.REGISTER_PERSON)
        consent = self._consents().get(consent_id)
        current = self._consents().current(consent.person_id).get(consent.purpose)
        if current is None or current.id != consent.id:
            raise DeskError("consent.not_in_force")
        return self._consents().withdraw(
            consent_id, staff_id=self._session.staff.id, recorded_at=self._now()
        )

    def consent_history(self, person_id: str) -> list[Consent]:
        """Every consent record of the person, oldest first."""
        self._session.require(Action.VIEW_PERSON)
        return self._consents().list_for_person(self._resolve(person_id).id)

    def current_consents(self, person_id: str) -> dict[ConsentPurpose, Consent]:
        """Per purpose, the consent in force (purposes without one are absent)."""
        self._session.require(Action.VIEW_PERSON)
        return self._consents().current(self._resolve(person_id).id)

    # -- merging and importing -------------------------------------------------------------

    def merge(self, keep_id: str, merge_id: str) -> Person:
        """Coordinator only: move visits, consents and profile of ``merge_id`` to ``keep_id``.

        Empty fields of the kept person are filled from the other; the other becomes a
        redirect. Audited (``merge``) and written to the outbox. Returns the kept person.
        """
        from entryhub_desk.services.merging import merge_persons

        self._session.require(Action.MERGE_PERSONS)
        return merge_persons(self._session, self._ctx, keep_id, merge_id)

    def merge_preview(self, first_id: str, second_id: str) -> MergePreview:
        """Coordinator only: both records side by side, and which one to keep by default
        (the richer: more visits, then a profile, then the older registration)."""
        from entryhub_desk.services.merging import merge_preview

        self._session.require(Action.MERGE_PERSONS)
        return merge_preview(self._ctx, self._resolve(first_id).id, self._resolve(second_id).id)

    def import_visitors(
        self,
        path: Path,
        *,
        accept_duplicates: bool = False,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ImportReport:
        """Import visitors from ``.xlsx`` or ``.csv`` (see :mod:`entryhub_desk.importing`).

        Likely duplicates are reported and left out, unless ``accept_duplicates``."""
        from entryhub_desk.importing.visitors import import_file

        self._session.require(Action.IMPORT_VISITORS)
        ctx = self._ctx
        # the audit entry commits with the visitors: a process killed in between must not
        # leave an import that the audit log does not show
        with transaction(ctx.conn):
            report = import_file(
                ctx,
                path,
                hub_id=self._session.identity.hub_id,
                accept_duplicates=accept_duplicates,
                progress=progress,
                cancelled=cancelled,
            )
            self._session.audit(
                "import",
                details={
                    "created": report.created,
                    "updated": report.updated,
                    "rejected": len(report.rejected),
                    "likely_duplicates": len(report.duplicates),
                    "accepted_duplicates": len(report.accepted),
                    "cancelled": report.cancelled,
                },
            )
        return report


__all__ = [
    "CONSENT_NOTICE_VERSION",
    "PURPOSES",
    "UNSET",
    "ConsentChoice",
    "Reception",
    "SearchHit",
    "VisitRow",
]
