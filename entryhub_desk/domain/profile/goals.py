"""What the newcomer wants, and the next steps agreed with the volunteer."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import ClassVar

from entryhub_desk.domain.profile import _check as check
from entryhub_desk.domain.profile.codes import EntryKind, GoalType
from entryhub_desk.domain.profile.dates import PartialDate
from entryhub_desk.errors import DeskError
from entryhub_desk.ids import new_id

HOURS_MAX = 80
OCCUPATIONS_MAX = 10


class WorkPermit(StrEnum):
    """The right to work in Sweden, in Migrationsverket's terms (arbetstillstånd)."""

    NOT_NEEDED = "not_needed"  # EU/EEA or Nordic citizen, permanent residence, AT-UND
    HAS_PERMIT = "has_permit"  # a residence permit that includes work, or a work permit
    APPLIED = "applied"  # applied for, no decision yet
    NO_PERMIT = "no_permit"


@dataclass(frozen=True, kw_only=True)
class Goals:
    """One per person: aims, desired occupations (ESCO), availability, appraisal."""

    KIND: ClassVar[EntryKind] = EntryKind.GOALS

    id: str = field(default_factory=new_id)
    person_id: str
    position: int | None = None
    wants: tuple[GoalType, ...] = ()
    desired_occupations: tuple[str, ...] = ()  # ESCO occupation ids
    available_from: PartialDate | None = None
    hours_per_week: int | None = None
    summary: str = ""  # the person's own short statement for the CV
    appraisal: str = ""  # the adviser's short appraisal (not printed on the CV)
    # Printed on the CV only as "entitled to work in Sweden" (not needed / has a permit).
    work_permit: WorkPermit | None = field(default=None, metadata={"labels": "work_permit"})

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        check.common(self)
        set_(self, "wants", check.enums("wants", GoalType, self.wants))
        occupations = check.escos("desired_occupations", self.desired_occupations)
        if len(occupations) > OCCUPATIONS_MAX:
            raise DeskError(
                "validation.too_long", field="desired_occupations", maximum=OCCUPATIONS_MAX
            )
        set_(self, "desired_occupations", occupations)
        set_(self, "available_from", PartialDate.coerce("available_from", self.available_from))
        set_(
            self,
            "hours_per_week",
            check.small_int("hours_per_week", self.hours_per_week, minimum=1, maximum=HOURS_MAX),
        )
        set_(self, "summary", check.long_text("summary", self.summary, maximum=2000))
        set_(self, "appraisal", check.long_text("appraisal", self.appraisal, maximum=2000))
        set_(self, "work_permit", check.optional_enum("work_permit", WorkPermit, self.work_permit))


@dataclass(frozen=True, kw_only=True)
class NextStep:
    """A next step agreed with the volunteer, with its date."""

    KIND: ClassVar[EntryKind] = EntryKind.NEXT_STEP

    id: str = field(default_factory=new_id)
    person_id: str
    position: int | None = None
    text: str
    due: PartialDate | None = None
    done: bool = False

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        check.common(self)
        set_(self, "text", check.text("text", self.text, maximum=300, required=True))
        set_(self, "due", PartialDate.coerce("due", self.due))
        set_(self, "done", check.flag("done", self.done))
