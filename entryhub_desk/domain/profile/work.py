"""Work experience, coded to ESCO and ISCO-08."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar

from entryhub_desk.domain.profile import _check as check
from entryhub_desk.domain.profile.codes import EntryKind, WorkType
from entryhub_desk.domain.profile.dates import PartialDate, check_order
from entryhub_desk.errors import DeskError
from entryhub_desk.ids import new_id


@dataclass(frozen=True, kw_only=True)
class Work:
    KIND: ClassVar[EntryKind] = EntryKind.WORK

    id: str = field(default_factory=new_id)
    person_id: str
    position: int | None = None
    title: str = ""  # job title as the person says it
    occupation: str | None = None  # ESCO occupation id
    isco_group: str | None = None  # ISCO-08 group (filled from the occupation by the service)
    employer: str = ""
    place: str = ""  # town or city
    country: str | None = None
    start: PartialDate | None = None
    end: PartialDate | None = None
    description: str = ""  # a short text about the job or workplace
    tasks: tuple[str, ...] = ()
    work_type: WorkType = field(default=WorkType.FORMAL, metadata={"labels": "work_type"})

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        check.common(self)
        set_(self, "title", check.text("title", self.title))
        set_(self, "occupation", check.esco("occupation", self.occupation))
        set_(self, "isco_group", check.isco("isco_group", self.isco_group))
        if not self.title and self.occupation is None:
            raise DeskError("validation.required", field="title")
        set_(self, "employer", check.text("employer", self.employer))
        set_(self, "place", check.text("place", self.place))
        set_(self, "country", check.country("country", self.country))
        set_(self, "start", PartialDate.coerce("start", self.start))
        set_(self, "end", PartialDate.coerce("end", self.end))
        check_order(self.start, self.end)
        set_(self, "description", check.long_text("description", self.description))
        set_(self, "tasks", check.texts("tasks", self.tasks, maximum=500))
        set_(self, "work_type", check.enum("work_type", WorkType, self.work_type))
