"""One visit of a person to the hub."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from entryhub_desk.domain import validate
from entryhub_desk.errors import DeskError
from entryhub_desk.ids import new_id

NOTE_MAX = 2000
REFERRAL_MAX = 200
OTHER_PURPOSE_MAX = 200
PURPOSES_MAX = 20


class VisitState(StrEnum):
    WAITING = "waiting"
    IN_MEETING = "in_meeting"
    DONE = "done"


@dataclass(frozen=True, kw_only=True)
class Visit:
    id: str = field(default_factory=new_id)
    person_id: str
    hub_id: str
    visited_at: datetime  # aware; stored in UTC
    purposes: tuple[str, ...] = ()  # codes, e.g. "cv", "mentor", "job_match"
    note: str = ""
    referral: str = ""
    handled_by: str | None = None  # staff id
    state: VisitState = VisitState.WAITING
    other_purpose: str = ""  # the text that goes with the purpose "other"
    recorded_by: str | None = None  # staff id of the member who logged the visit

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        validate.record_id("id", self.id)
        validate.record_id("person_id", self.person_id)
        validate.record_id("hub_id", self.hub_id)
        if self.handled_by is not None:
            validate.record_id("handled_by", self.handled_by)
        set_(self, "visited_at", validate.utc("visited_at", self.visited_at))
        if isinstance(self.purposes, str) or len(self.purposes) > PURPOSES_MAX:
            raise DeskError("validation.invalid", field="purposes")
        purposes: list[str] = []
        for purpose in self.purposes:
            if validate.code("purposes", purpose) not in purposes:
                purposes.append(purpose)
        set_(self, "purposes", tuple(purposes))
        set_(self, "note", validate.multiline("note", self.note, maximum=NOTE_MAX))
        set_(self, "referral", validate.text("referral", self.referral, maximum=REFERRAL_MAX))
        set_(
            self,
            "other_purpose",
            validate.text("other_purpose", self.other_purpose, maximum=OTHER_PURPOSE_MAX),
        )
        if self.recorded_by is not None:
            validate.record_id("recorded_by", self.recorded_by)
        try:
            set_(self, "state", VisitState(self.state))
        except ValueError:
            raise DeskError("validation.unknown_code", field="state", value=self.state) from None
