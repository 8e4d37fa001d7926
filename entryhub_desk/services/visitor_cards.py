"""Visitor cards (issue 14): the card a returning visitor shows at the desk.

    pdf = VisitorCardService(session).card_pdf(person_id, sheet="a4", language="sv")  # a preview
    VisitorCardService(session).save(person_id, path, sheet="label", language="en")  # "export"
    VisitorCardService(session).record_print(person_id, sheet="a4", language="sv")  # "print"

Every member may make one (it is desk work, like checking a visitor in): the card carries the
name and the short code the desk already shows, and the code opens nothing without the desk.
"""

from __future__ import annotations

import logging
from pathlib import Path

from entryhub_desk.cv.visitor_card import CardSheet, visitor_card_pdf
from entryhub_desk.domain.person import Person
from entryhub_desk.domain.staff import Action
from entryhub_desk.errors import DeskError
from entryhub_desk.ids import short_code
from entryhub_desk.services.session import Session

log = logging.getLogger(__name__)

SHEETS = tuple(sheet.value for sheet in CardSheet)


class VisitorCardService:
    def __init__(self, session: Session) -> None:
        self._session = session

    def person(self, person_id: str) -> Person:
        """The person named by UUID or short code (``store.not_found``)."""
        from entryhub_desk.services.profile import Profiles

        self._session.require(Action.VIEW_PERSON)
        return Profiles(self._session).resolve_person(person_id)

    def card_pdf(self, person_id: str, *, sheet: str = "a4", language: str = "sv") -> bytes:
        """The card as PDF bytes (nothing is audited: a preview)."""
        person = self.person(person_id)
        if sheet not in SHEETS:
            raise DeskError("validation.unknown_code", field="sheet", value=sheet)
        name = " ".join(part for part in (person.given_name, person.family_name) if part)
        return visitor_card_pdf(
            name=name,
            original_script_name=person.original_script_name,
            code=short_code(person.id),
            hub_name=self._session.identity.hub_name,
            sheet=sheet,
            language=language,
        )

    def file_name(self, person_id: str, *, sheet: str = "a4") -> str:
        """A file name that names the card by its code only (it may be left on a printer)."""
        return f"visitor-card-{short_code(self.person(person_id).id)}-{sheet}.pdf"

    def save(self, person_id: str, path: Path, *, sheet: str = "a4", language: str = "sv") -> None:
        """Write the card to ``path`` (owner-only, atomically) and audit an "export"."""
        from entryhub_desk.security.atomic import atomic_write_bytes

        data = self.card_pdf(person_id, sheet=sheet, language=language)
        try:
            atomic_write_bytes(path, data)
        except OSError as error:
            log.warning("writing a visitor card failed: %s", type(error).__name__)
            raise DeskError("file.write_failed", path=str(path)) from None
        self._audit("export", person_id, sheet, language)

    def record_print(self, person_id: str, *, sheet: str = "a4", language: str = "sv") -> None:
        """Audit that the card was sent to a printer."""
        self._audit("print", person_id, sheet, language)

    def _audit(self, action: str, person_id: str, sheet: str, language: str) -> None:
        self._session.audit(
            action,
            subject_id=self.person(person_id).id,
            details={"what": "visitor_card", "sheet": sheet, "language": language},
        )
