"""Introductions of visitors to openings, and what happened next (issue 15).

Get one with ``IntroductionsService(session)``; writing needs the staff action ``introduce``,
reading ``view_person`` (an introduction is about a person). An introduction with a *named*
card needs the person's consent ``share_with_employers`` in force at that moment
(``introduction.needs_consent``); without it the card is anonymous. Each state an introduction
reaches (``sent`` first) is also an append-only :class:`IntroductionStep`, so the history keeps
every step even when two desks move the same introduction at once.
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from entryhub_desk.domain.consent import ConsentPurpose
from entryhub_desk.domain.employers import (
    CardKind,
    Introduction,
    IntroductionState,
    IntroductionStep,
    OpeningState,
)
from entryhub_desk.domain.employers.introduction import FINAL_STATES
from entryhub_desk.domain.staff import Action
from entryhub_desk.errors import DeskError
from entryhub_desk.ids import normalise_short_code
from entryhub_desk.services.changes import Changes
from entryhub_desk.store.connection import transaction
from entryhub_desk.store.repositories import ConsentRepository, PersonRepository
from entryhub_desk.store.repositories.base import StoreContext
from entryhub_desk.store.repositories.introductions import (
    IntroductionRepository,
    IntroductionStepRepository,
)
from entryhub_desk.store.repositories.openings import OpeningRepository

if TYPE_CHECKING:
    from entryhub_desk.services.session import Session


def may_name(ctx: StoreContext, person_id: str) -> bool:
    """Is the person's consent to share the profile with employers in force now?"""
    return ConsentRepository(ctx).is_given(person_id, ConsentPurpose.SHARE_WITH_EMPLOYERS)


class IntroductionsService:
    """Introductions to openings, as the logged-in staff member records them."""

    def __init__(self, session: Session) -> None:
        self._session = session

    @property
    def _ctx(self) -> StoreContext:
        return self._session.context  # read at each use (see Session.context)

    def _introductions(self) -> IntroductionRepository:
        return IntroductionRepository(self._ctx)

    def _steps(self) -> IntroductionStepRepository:
        return IntroductionStepRepository(self._ctx)

    def _person_id(self, person_id: str) -> str:
        """The person's id after merge redirects (``store.not_found``)."""
        return PersonRepository(self._ctx).current(person_id).id

    def _changed(self, introduction: Introduction) -> Introduction:
        self._session.publish(Changes.of(introductions=[introduction.person_id]))
        return introduction

    def introduce(self, person_id: str, opening_id: str, *, card: CardKind) -> Introduction:
        """Introduce the person to an open opening now (state ``sent``, with its first step).

        ``introduction.needs_consent`` for a named card without the person's consent to share
        with employers; ``opening.not_open`` for a filled or closed opening;
        ``introduction.exists`` while the person's earlier introduction to it is still going.
        """
        self._session.require(Action.INTRODUCE)
        card = CardKind(card)
        now = datetime.fromtimestamp(self._ctx.clock(), UTC)
        staff_id = self._session.staff.id
        with transaction(self._ctx.conn):
            person_id = self._person_id(person_id)
            opening = OpeningRepository(self._ctx).get(opening_id)
            if opening.state is not OpeningState.OPEN:
                raise DeskError("opening.not_open", title=opening.title)
            if card is CardKind.NAMED and not may_name(self._ctx, person_id):
                raise DeskError("introduction.needs_consent")
            for earlier in self._introductions().for_person(person_id):
                if earlier.opening_id == opening.id and earlier.state not in FINAL_STATES:
                    raise DeskError("introduction.exists", title=opening.title)
            introduction = self._introductions().create(
                Introduction(
                    person_id=person_id,
                    opening_id=opening.id,
                    hub_id=self._session.identity.hub_id,
                    introduced_by=staff_id,
                    introduced_at=now,
                    card=card,
                    state=IntroductionState.SENT,
                    state_at=now,
                )
            )
            self._steps().create(
                IntroductionStep(
                    introduction_id=introduction.id,
                    person_id=person_id,
                    state=IntroductionState.SENT,
                    at=now,
                    staff_id=staff_id,
                )
            )
            self._session.audit(
                "introduce",
                subject_id=person_id,
                details={"opening": opening.id, "card": card.value},
            )
        return self._changed(introduction)

    def set_state(
        self, introduction_id: str, state: IntroductionState, *, at: datetime | None = None
    ) -> Introduction:
        """Move the introduction on (interview, trial, hired, not selected, withdrawn) at
        ``at`` (aware; now when None), appending a step. The same state again changes
        nothing; ``sent`` is only the first step (``validation.invalid``)."""
        self._session.require(Action.INTRODUCE)
        state = IntroductionState(state)
        if state is IntroductionState.SENT:
            raise DeskError("validation.invalid", field="state")
        when = at if at is not None else datetime.fromtimestamp(self._ctx.clock(), UTC)
        with transaction(self._ctx.conn):
            introduction = self._introductions().get(introduction_id)
            if introduction.state is state:
                return introduction
            moved = self._introductions().update(
                dataclasses.replace(introduction, state=state, state_at=when)
            )
            self._steps().create(
                IntroductionStep(
                    introduction_id=moved.id,
                    person_id=moved.person_id,
                    state=state,
                    at=when,
                    staff_id=self._session.staff.id,
                )
            )
        return self._changed(moved)

    def resolve(self, id_or_short_code: str) -> Introduction:
        """The introduction with this id, or with this short code (``XXXX-XXXX`` as typed):
        ``store.not_found`` when none, ``introduction.ambiguous_code`` when two share it."""
        self._session.require(Action.VIEW_PERSON)
        repo = self._introductions()
        found = repo.find(id_or_short_code.strip().lower())
        if found is not None:
            return found
        code = normalise_short_code(id_or_short_code)
        matches = [] if code is None else repo.ids_with_code(code)
        if len(matches) > 1:
            raise DeskError("introduction.ambiguous_code", short_code=code)
        if not matches:
            raise DeskError("store.not_found", entity="introduction", id=id_or_short_code)
        return repo.get(matches[0])

    def get(self, introduction_id: str) -> Introduction:
        self._session.require(Action.VIEW_PERSON)
        return self._introductions().get(introduction_id)

    def for_person(self, person_id: str) -> list[Introduction]:
        """The person's introductions, newest first."""
        self._session.require(Action.VIEW_PERSON)
        return self._introductions().for_person(self._person_id(person_id))

    def for_opening(self, opening_id: str) -> list[Introduction]:
        """An opening's candidates, oldest introduction first."""
        self._session.require(Action.VIEW_PERSON)
        return self._introductions().for_opening(opening_id)

    def steps(self, introduction_id: str) -> list[IntroductionStep]:
        """The states the introduction reached, oldest first."""
        self._session.require(Action.VIEW_PERSON)
        return self._steps().for_introduction(introduction_id)
