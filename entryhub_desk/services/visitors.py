"""Visitors: find returning ones, register new ones, merge two records of one person, import.

The reception screen codes against this (Qt-free), with :mod:`.visits` and :mod:`.consents`.
Get one with ``VisitorsService(session)``; every method checks the logged-in staff member's
role first (``auth.role_not_allowed``).

- :meth:`VisitorsService.search` — one search box: a name (any part, any order, any script), a
  phone number in any notation, or a short code ``XXXX-XXXX``. Fast enough to run on every
  keystroke.
- :meth:`VisitorsService.likely_duplicates` — the warning while a new visitor is typed in.
- :meth:`VisitorsService.register` — a new visitor and their consent choices, in one
  transaction.
- :meth:`VisitorsService.merge` — coordinator only: two records of one person become one (the
  other record redirects to the kept one; :meth:`VisitorsService.person` follows redirects).
- :meth:`VisitorsService.import_visitors` — a spreadsheet (``.xlsx`` / ``.csv``) with progress
  and cancel.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from entryhub_desk.domain.consent import Consent, notice_version
from entryhub_desk.domain.person import Person
from entryhub_desk.domain.profile import EntryKind, LanguageSkill
from entryhub_desk.domain.staff import Action
from entryhub_desk.errors import DeskError
from entryhub_desk.ids import short_code
from entryhub_desk.services.changes import Changes
from entryhub_desk.services.duplicates import Typed, likely_duplicates
from entryhub_desk.services.hits import duplicate_hits, search_hits
from entryhub_desk.services.reception_types import ConsentChoice, SearchHit
from entryhub_desk.store.connection import transaction
from entryhub_desk.store.erasure import refuse_if_erased
from entryhub_desk.store.repositories import ConsentRepository, PersonRepository
from entryhub_desk.store.repositories.base import StoreContext
from entryhub_desk.store.repositories.profile import ProfileRepository
from entryhub_desk.store.search_index import SearchIndex
from entryhub_desk.store.search_warm import warmer_of

if TYPE_CHECKING:
    from entryhub_desk.importing.visitors import ImportReport
    from entryhub_desk.services.merging import MergePreview
    from entryhub_desk.services.session import Session

#: Progress of long work: ``(done, total)``; cancellation: a callable that returns True to stop.
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class VisitorsService:
    """The visitors (persons) as the logged-in staff member finds, registers and merges them."""

    def __init__(self, session: Session) -> None:
        self._session = session

    @property
    def _ctx(self) -> StoreContext:
        return self._session.context  # read at each use (see Session.context)

    def _persons(self) -> PersonRepository:
        return PersonRepository(self._ctx)

    # -- finding ---------------------------------------------------------------------------

    def search(self, query: str, *, limit: int = 20) -> list[SearchHit]:
        """Persons matching ``query``, best first (an empty query gives an empty list).

        Name words match in any order, any part of a name, across scripts and common
        spelling variants; digits are read as a phone number (E.164, with or without the
        country code, ``0046…``); ``XXXX-XXXX`` is a short code. Merged persons never appear.
        """
        self._session.require(Action.VIEW_PERSON)
        return search_hits(self._ctx, SearchIndex(self._ctx.conn).search(query, limit=limit))

    def warm_search(self, *, slices: int = 4) -> bool:
        """Read up to ``slices`` more slices of the search index into the page cache (about a
        millisecond each; :mod:`entryhub_desk.store.search_warm`), so that the searches to
        come decrypt no page of it. True when there is nothing to read now: all is read, the
        store is being changed by another connection (a first sync: ask again a while later)
        or the desk is locked (nothing is read while locked). The reception screen calls it
        while no search waits, and again after a sync round emptied the cache."""
        self._session.require(Action.VIEW_PERSON)
        warmer = warmer_of(self._ctx.conn)
        for _ in range(slices):
            if self._session.is_locked:  # (a lock while this runs on a worker thread)
                return True
            if warmer.step():
                return True
        return warmer.done

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
        person = self._persons().current(person_id)
        self._session.audit("view_person", subject_id=person.id)
        return person

    def find_by_code(self, code: str) -> Person | None:
        """The person with this short code (``XXXX-XXXX``, as typed), or None: nobody has it,
        or two persons share it (neither is guessed). Read by
        :meth:`PersonRepository.resolve_id`, the one place that turns what was typed into a
        person."""
        self._session.require(Action.VIEW_PERSON)
        try:
            return self._persons().resolve(code)
        except DeskError as error:
            if error.code in ("store.not_found", "person.ambiguous_code"):
                return None
            raise

    @staticmethod
    def code_of(person_id: str) -> str:
        """The short code ``XXXX-XXXX`` shown for a person."""
        return short_code(person_id)

    # -- registering ------------------------------------------------------------------------

    def _record_languages(self, person: Person) -> None:
        """The languages asked at registration start the profile's Languages tab (entries
        without levels, which a volunteer completes later)."""
        repo = ProfileRepository.for_kind(self._ctx, EntryKind.LANGUAGE)
        for position, code in enumerate(person.languages):
            try:
                entry = LanguageSkill(person_id=person.id, position=position, language=code)
            except DeskError:
                continue  # a code the profile does not know stays on the person only
            repo.create(entry)

    def usual_origins(self, limit: int = 5) -> tuple[list[str], list[str]]:
        """The country and language codes most common among this hub's visits, most common
        first (the registration pickers list them first)."""
        return self._persons().usual_origins(self._session.identity.hub_id, limit=limit)

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
        ctx = self._ctx
        now = datetime.fromtimestamp(ctx.clock(), UTC)
        with transaction(ctx.conn):
            refuse_if_erased(ctx.conn, person.id)  # an erased id never comes back
            found = likely_duplicates(ctx, Typed.of(person), exclude=[person.id])
            if found and not new_person_confirmed:
                raise DeskError("reception.likely_duplicate", match=found[0].code)
            self._persons().create(person)
            self._record_languages(person)
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
                ConsentRepository(ctx).add(
                    Consent(
                        person_id=person.id,
                        purpose=choice.purpose,
                        notice_version=choice.notice_version or notice_version(choice.purpose),
                        given=choice.given,
                        recorded_at=now,
                        staff_id=self._session.staff.id,
                    )
                )
        consented = [person.id] if consents else []
        self._session.publish(Changes.of(persons=[person.id], consents=consented))
        return person

    # -- merging and importing -------------------------------------------------------------

    def merge(self, keep_id: str, merge_id: str) -> Person:
        """Coordinator only: move visits, consents and profile of ``merge_id`` to ``keep_id``.

        Empty fields of the kept person are filled from the other; the other becomes a
        redirect. Audited (``merge``) and written to the outbox. Returns the kept person.
        """
        from entryhub_desk.services.merging import merge_persons

        self._session.require(Action.MERGE_PERSONS)
        kept = merge_persons(self._session, self._ctx, keep_id, merge_id)
        both = [kept.id]
        self._session.publish(
            Changes.of(
                persons=both,
                visits=both,
                consents=both,
                profiles=both,
                gone=[merge_id],
                merged=[(merge_id, kept.id)],
            )
        )
        return kept

    def merge_preview(self, first_id: str, second_id: str) -> MergePreview:
        """Coordinator only: both records side by side, and which one to keep by default
        (the richer: more visits, then a profile, then the older registration)."""
        from entryhub_desk.services.merging import merge_preview

        self._session.require(Action.MERGE_PERSONS)
        persons = self._persons()
        return merge_preview(self._ctx, persons.current(first_id).id, persons.current(second_id).id)

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
        if report.created or report.updated or report.accepted:
            self._session.publish(Changes(everything=True))  # rows of a sheet: reload all
        return report
