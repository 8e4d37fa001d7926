"""Dates as people remember them: a year, a year and month, or a full date."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from entryhub_desk.errors import DeskError

EARLIEST_YEAR = 1900
LATEST_YEAR = 2100
_PATTERN = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


@dataclass(frozen=True, order=False)
class PartialDate:
    """``2014``, ``2014-05`` or ``2014-05-03``; text form is ISO 8601 (as JSON Resume uses)."""

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        for part in (self.year, self.month, self.day):
            if part is not None and (isinstance(part, bool) or not isinstance(part, int)):
                raise DeskError("validation.bad_date", field="date", value=str(self))
        if not EARLIEST_YEAR <= self.year <= LATEST_YEAR:
            raise DeskError("validation.bad_date", field="date", value=str(self))
        if self.month is None and self.day is not None:
            raise DeskError("validation.bad_date", field="date", value=str(self))
        if self.month is not None and not 1 <= self.month <= 12:
            raise DeskError("validation.bad_date", field="date", value=str(self))
        if self.day is not None:
            assert self.month is not None
            if not 1 <= self.day <= calendar.monthrange(self.year, self.month)[1]:
                raise DeskError("validation.bad_date", field="date", value=str(self))

    @classmethod
    def parse(cls, text: str, *, field: str = "date") -> PartialDate:
        """Read ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; anything else → ``validation.bad_date``."""
        match = _PATTERN.fullmatch(text.strip()) if isinstance(text, str) else None
        if match is None:
            raise DeskError("validation.bad_date", field=field, value=str(text))
        year, month, day = (int(g) if g is not None else None for g in match.groups())
        assert year is not None
        try:
            return cls(year, month, day)
        except DeskError:
            raise DeskError("validation.bad_date", field=field, value=str(text)) from None

    @classmethod
    def coerce(cls, field: str, value: PartialDate | str | None) -> PartialDate | None:
        """A PartialDate from itself, its text form or an empty value."""
        if value is None or isinstance(value, PartialDate):
            return value
        if isinstance(value, str):
            return cls.parse(value, field=field) if value.strip() else None
        raise DeskError("validation.bad_date", field=field, value=str(value))

    @property
    def precision(self) -> str:
        """``"year"``, ``"month"`` or ``"day"``."""
        if self.month is None:
            return "year"
        return "month" if self.day is None else "day"

    def earliest(self) -> date:
        return date(self.year, self.month or 1, self.day or 1)

    def latest(self) -> date:
        month = self.month or 12
        return date(self.year, month, self.day or calendar.monthrange(self.year, month)[1])

    def __str__(self) -> str:
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
            if self.day is not None:
                text += f"-{self.day:02d}"
        return text


def check_order(start: PartialDate | None, end: PartialDate | None, *, field: str = "end") -> None:
    """``validation.end_before_start`` when ``end`` surely lies before ``start``.

    Partial dates compare by what they could mean: ``2014`` may end in December, so a start
    of ``2014-05`` and an end of ``2014`` are fine; an end of ``2013`` is not.
    """
    if start is not None and end is not None and end.latest() < start.earliest():
        raise DeskError("validation.end_before_start", field=field, start=str(start), end=str(end))
