"""Openings of employers (issue 15): entered by keyboard, imported, opened and closed.

Get one with ``OpeningsService(session)``; every method checks the staff action first
(``view_openings`` to read, ``manage_employers`` to write). Openings are network records, like
their employers. ESCO codes are checked against the taxonomy the desk carries
(``validation.unknown_occupation`` / ``validation.unknown_skill``), as in the profile.
"""

from __future__ import annotations

import builtins
import dataclasses
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from entryhub_desk import ids
from entryhub_desk.domain.employers import Opening, OpeningState
from entryhub_desk.domain.staff import Action
from entryhub_desk.errors import DeskError
from entryhub_desk.services.changes import Changes
from entryhub_desk.store.connection import transaction
from entryhub_desk.store.repositories.base import StoreContext
from entryhub_desk.store.repositories.employers import EmployerRepository
from entryhub_desk.store.repositories.openings import OpeningRepository
from entryhub_desk.taxonomy import esco

if TYPE_CHECKING:
    from entryhub_desk.services.session import Session

#: fields :meth:`OpeningsService.add` fills itself
_FILLED = frozenset({"id", "added_by_hub", "added_by", "added_at"})


def check_taxonomy(opening: Opening) -> None:
    """``validation.unknown_occupation`` / ``validation.unknown_skill`` for ESCO codes the
    desk's taxonomy does not know."""
    if opening.occupation is not None and not esco.is_occupation(opening.occupation):
        raise DeskError(
            "validation.unknown_occupation", field="occupation", value=opening.occupation
        )
    for name in ("must_skills", "nice_skills"):
        for code in getattr(opening, name):
            if not esco.is_skill(code):
                raise DeskError("validation.unknown_skill", field=name, value=code)


class OpeningsService:
    """The network's openings, as the logged-in staff member keeps them."""

    def __init__(self, session: Session) -> None:
        self._session = session

    @property
    def _ctx(self) -> StoreContext:
        return self._session.context  # read at each use (see Session.context)

    def _openings(self) -> OpeningRepository:
        return OpeningRepository(self._ctx)

    def _changed(self, opening: Opening) -> Opening:
        self._session.publish(Changes.of(openings=True))
        return opening

    def add(self, *, employer_id: str, title: str, **fields: Any) -> Opening:
        """A new opening of ``employer_id`` added by this hub now; ``fields`` are the other
        fields of :class:`~entryhub_desk.domain.employers.Opening` (not id or ``added_*``)."""
        self._session.require(Action.MANAGE_EMPLOYERS)
        for name in fields:
            if name in _FILLED:
                raise DeskError("validation.invalid", field=name)
        try:
            opening = Opening(
                employer_id=employer_id,
                title=title,
                added_by_hub=self._session.identity.hub_id,
                added_by=self._session.staff.id,
                added_at=datetime.fromtimestamp(self._ctx.clock(), UTC),
                **fields,
            )
        except TypeError:
            raise DeskError("validation.invalid", field="opening") from None
        return self._save(opening)

    def save(self, opening: Opening) -> Opening:
        """Create the opening, or store its changed fields (who added it and when stay)."""
        self._session.require(Action.MANAGE_EMPLOYERS)
        return self._save(opening)

    def _save(self, opening: Opening) -> Opening:
        check_taxonomy(opening)
        repo = self._openings()
        with transaction(self._ctx.conn):
            EmployerRepository(self._ctx).get(opening.employer_id)
            old = repo.find(opening.id)
            if old is None:
                saved = repo.create(opening)
            else:
                saved = repo.update(
                    dataclasses.replace(
                        opening,
                        added_by_hub=old.added_by_hub,
                        added_by=old.added_by,
                        added_at=old.added_at,
                    )
                )
        return self._changed(saved)

    def get(self, opening_id: str) -> Opening:
        self._session.require(Action.VIEW_OPENINGS)
        return self._openings().get(opening_id)

    def resolve(self, id_or_short_code: str) -> Opening:
        """The opening with this id, or with this short code (``XXXX-XXXX`` as typed):
        ``store.not_found`` when none, ``opening.ambiguous_code`` when two share the code."""
        self._session.require(Action.VIEW_OPENINGS)
        text = id_or_short_code.strip().lower()
        repo = self._openings()
        found = repo.find(text) if text else None
        if found is not None:
            return found
        code = ids.normalise_short_code(id_or_short_code)
        matches = [] if code is None else repo.ids_with_code(code)
        if len(matches) > 1:
            raise DeskError("opening.ambiguous_code", short_code=code)
        if not matches:
            raise DeskError("store.not_found", entity="opening", id=id_or_short_code)
        return repo.get(matches[0])

    def list(
        self, *, state: OpeningState | None = None, employer_id: str | None = None
    ) -> builtins.list[Opening]:
        """Openings of the network (of one state, of one employer), newest first."""
        self._session.require(Action.VIEW_OPENINGS)
        return self._openings().list(state=state, employer_id=employer_id)

    def set_state(self, opening_id: str, state: OpeningState) -> Opening:
        """Open, filled or closed."""
        self._session.require(Action.MANAGE_EMPLOYERS)
        with transaction(self._ctx.conn):
            opening = self._openings().get(opening_id)
            saved = self._openings().update(dataclasses.replace(opening, state=OpeningState(state)))
        return self._changed(saved)

    def by_source(self, source: str) -> Opening | None:
        """The opening imported from ``source`` (``jobsearch:<ad id>``), for a re-import."""
        self._session.require(Action.VIEW_OPENINGS)
        return self._openings().by_source(source)
