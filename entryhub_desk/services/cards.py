"""Profile cards for employers: a visitor's profile as a one-page PDF, named or anonymised.

What the introduce command and the Matching view call::

    from entryhub_desk.services.cards import CardService

    service = CardService(session)
    kind = service.default_kind(person_id)            # named with consent, else anonymous
    pdf = service.card_pdf(person_id, opening_id=opening_id, kind=kind, language="sv")
    service.save(person_id, path, opening_id=..., kind=kind, language="en")  # audit "export"
    service.record_print(person_id, kind=kind, opening_id=..., language="sv")  # audit "print"

``person_id`` is a UUID or the short code; ``opening_id`` an opening's id or short code (its
title and employer head the card as "Introduced for"). Every call needs ``Action.INTRODUCE``.
A named card needs the person's ``share_with_employers`` consent in force
(``introduction.needs_consent``: the rule and code IntroductionsService applies when the
introduction is recorded). Other errors: ``cv.bad_language``, ``store.not_found``,
``card.write_failed``. The card itself is built and drawn by :mod:`entryhub_desk.cv.card`
(Qt-free).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from entryhub_desk.catalogue import CV_LANGUAGES
from entryhub_desk.domain.employers.introduction import CardKind
from entryhub_desk.domain.staff import Action
from entryhub_desk.errors import DeskError
from entryhub_desk.ids import short_code

if TYPE_CHECKING:
    from entryhub_desk.cv.card import CardContext
    from entryhub_desk.cv.model import CvDocument
    from entryhub_desk.domain.person import Person
    from entryhub_desk.services.profile import Profiles
    from entryhub_desk.services.session import Session

log = logging.getLogger(__name__)


def _details(kind: CardKind, opening_id: str | None, language: str) -> dict[str, str | int | bool]:
    """What the audit log keeps of a card leaving the desk: ids and kind, nothing personal."""
    details: dict[str, str | int | bool] = {
        "what": "card",
        "card": CardKind(kind).value,
        "language": language,
    }
    if opening_id is not None:
        details["opening"] = opening_id
    return details


def card_file_name(person_id: str, kind: CardKind, language: str) -> str:
    """A file name with no personal data: ``card-<short code>-<kind>-<language>.pdf``."""
    return f"card-{short_code(person_id)}-{CardKind(kind).value}-{language}.pdf"


class CardService:
    """Profile cards of the session's store, with the session's role and audit log."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def may_name(self, person_id: str) -> bool:
        """Whether the person's consent to share their profile with employers is in force."""
        self._session.require(Action.INTRODUCE)
        return self._consented(self._person(person_id).id)

    def default_kind(self, person_id: str) -> CardKind:
        """Named when the person has consented to sharing with employers, else anonymous."""
        return CardKind.NAMED if self.may_name(person_id) else CardKind.ANONYMOUS

    def document(
        self,
        person_id: str,
        *,
        opening_id: str | None = None,
        kind: CardKind | None = None,
        language: str = "sv",
    ) -> CvDocument:
        """The card's document model (what it says, in ``language``)."""
        from entryhub_desk.cv.card import build_card

        self._session.require(Action.INTRODUCE)
        if language not in CV_LANGUAGES:
            raise DeskError("cv.bad_language", language=language)
        person = self._person(person_id)
        chosen = self._kind(person, kind)
        entries = self._profiles().all_entries(person.id)
        return build_card(
            person, entries, kind=chosen, language=language, context=self._context(opening_id)
        )

    def card_pdf(
        self,
        person_id: str,
        *,
        opening_id: str | None = None,
        kind: CardKind | None = None,
        language: str = "sv",
    ) -> bytes:
        """The card as PDF bytes (a preview: nothing is audited). ``kind`` None: the default
        (:meth:`default_kind`); named without consent raises
        ``introduction.needs_consent``."""
        from entryhub_desk.cv.card import render_card

        document = self.document(person_id, opening_id=opening_id, kind=kind, language=language)
        return render_card(document)

    def save(
        self,
        person_id: str,
        path: Path,
        *,
        opening_id: str | None = None,
        kind: CardKind | None = None,
        language: str = "sv",
    ) -> CardKind:
        """Write the card to ``path`` atomically (owner-only), audit an "export"; returns the
        kind written."""
        self._session.require(Action.INTRODUCE)
        person = self._person(person_id)
        chosen = self._kind(person, kind)
        if opening_id is not None:
            from entryhub_desk.services.openings import OpeningsService

            opening_id = OpeningsService(self._session).resolve(opening_id).id
        pdf = self.card_pdf(person.id, opening_id=opening_id, kind=chosen, language=language)
        self.write(person.id, path, pdf, kind=chosen, opening_id=opening_id, language=language)
        return chosen

    def write(
        self,
        person_id: str,
        path: Path,
        pdf: bytes,
        *,
        kind: CardKind,
        opening_id: str | None,
        language: str,
    ) -> None:
        """Write a card made by :meth:`card_pdf` (the introduce command renders it before the
        introduction is recorded, and writes it after) and audit an "export" with the ids and
        the kind only."""
        from entryhub_desk.security.atomic import atomic_write_bytes

        self._session.require(Action.INTRODUCE)
        try:
            atomic_write_bytes(Path(path), pdf)
        except OSError as error:
            log.warning("writing a profile card failed: %s", type(error).__name__)
            raise DeskError("card.write_failed", path=str(path)) from None
        self._session.audit(
            "export", subject_id=person_id, details=_details(kind, opening_id, language)
        )

    def record_print(
        self,
        person_id: str,
        *,
        kind: CardKind,
        opening_id: str | None = None,
        language: str = "sv",
    ) -> None:
        """Audit a "print" of the card (the GUI calls this after QPrinter has taken the page);
        a named card is checked against the consent again."""
        self._session.require(Action.INTRODUCE)
        person = self._person(person_id)
        chosen = self._kind(person, kind)
        self._session.audit(
            "print", subject_id=person.id, details=_details(chosen, opening_id, language)
        )

    def person(self, person_id: str) -> Person:
        """The person named by UUID or short code (``store.not_found``)."""
        self._session.require(Action.INTRODUCE)
        return self._person(person_id)

    # -- helpers ------------------------------------------------------------------------

    def _kind(self, person: Person, kind: CardKind | None) -> CardKind:
        consented = self._consented(person.id)
        if kind is None:
            return CardKind.NAMED if consented else CardKind.ANONYMOUS
        chosen = CardKind(kind)
        if chosen is CardKind.NAMED and not consented:
            raise DeskError("introduction.needs_consent")
        return chosen

    def _consented(self, person_id: str) -> bool:
        from entryhub_desk.services.introductions import may_name

        return may_name(self._session.context, person_id)

    def _context(self, opening_id: str | None) -> CardContext:
        from entryhub_desk.cv.card import CardContext

        hub = self._session.identity.hub_name
        if opening_id is None:
            return CardContext(hub_name=hub)
        from entryhub_desk.services.employers import EmployersService
        from entryhub_desk.services.openings import OpeningsService

        opening = OpeningsService(self._session).resolve(opening_id)
        employer = EmployersService(self._session).get(opening.employer_id)
        return CardContext(hub_name=hub, opening_title=opening.title, employer_name=employer.name)

    def _profiles(self) -> Profiles:
        from entryhub_desk.services.profile import Profiles

        return Profiles(self._session)

    def _person(self, person_id: str) -> Person:
        return self._profiles().resolve_person(person_id)
