"""A visitor introduced to an opening, and what happened next.

The current state is a field of the introduction (the later change wins between desks); each
state change is also an append-only :class:`IntroductionStep`, so the history keeps every step
even when two desks move the same introduction at once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from entryhub_desk.domain import validate
from entryhub_desk.domain.profile import _check as check
from entryhub_desk.ids import new_id

NOTE_MAX = 2000


class IntroductionState(StrEnum):
    SENT = "sent"
    INTERVIEW = "interview"
    TRIAL = "trial"  # trial or internship
    HIRED = "hired"
    NOT_SELECTED = "not_selected"
    WITHDRAWN = "withdrawn"


#: the states after which nothing more happens
FINAL_STATES = frozenset(
    {IntroductionState.HIRED, IntroductionState.NOT_SELECTED, IntroductionState.WITHDRAWN}
)


class CardKind(StrEnum):
    NAMED = "named"  # only with the person's share_with_employers consent
    ANONYMOUS = "anonymous"  # initials, short code, occupation, skills, languages, availability


@dataclass(frozen=True, kw_only=True)
class Introduction:
    id: str = field(default_factory=new_id)
    person_id: str
    opening_id: str
    hub_id: str
    introduced_by: str | None = None  # staff id
    introduced_at: datetime  # aware; stored in UTC
    card: CardKind = CardKind.ANONYMOUS
    state: IntroductionState = IntroductionState.SENT
    state_at: datetime  # when the current state was reached
    note: str = ""

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        validate.record_id("id", self.id)
        validate.record_id("person_id", self.person_id)
        validate.record_id("opening_id", self.opening_id)
        validate.record_id("hub_id", self.hub_id)
        if self.introduced_by is not None:
            validate.record_id("introduced_by", self.introduced_by)
        set_(self, "introduced_at", validate.utc("introduced_at", self.introduced_at))
        set_(self, "card", check.enum("card", CardKind, self.card))
        set_(self, "state", check.enum("state", IntroductionState, self.state))
        set_(self, "state_at", validate.utc("state_at", self.state_at))
        set_(self, "note", validate.multiline("note", self.note, maximum=NOTE_MAX))


@dataclass(frozen=True, kw_only=True)
class IntroductionStep:
    """One state an introduction reached (append-only; never edited)."""

    id: str = field(default_factory=new_id)
    introduction_id: str
    person_id: str
    state: IntroductionState
    at: datetime  # aware; stored in UTC
    staff_id: str | None = None

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        validate.record_id("id", self.id)
        validate.record_id("introduction_id", self.introduction_id)
        validate.record_id("person_id", self.person_id)
        set_(self, "state", check.enum("state", IntroductionState, self.state))
        set_(self, "at", validate.utc("at", self.at))
        if self.staff_id is not None:
            validate.record_id("staff_id", self.staff_id)
