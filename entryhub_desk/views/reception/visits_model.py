"""Today's visits as a table model: time, name, purposes, handled by, state, time waited."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor

from entryhub_desk.domain.visit import Visit, VisitState
from entryhub_desk.services.reception_types import VisitRow
from entryhub_desk.services.visits import OTHER_PURPOSE
from entryhub_desk.views import theme
from entryhub_desk.views.reception.display import full_name, time_text
from entryhub_desk.views.reception.labels import purpose_label, state_label
from entryhub_desk.views.reception.rows_model import RowsModel

TIME, NAME, PURPOSES, HANDLED_BY, STATE, WAITED = range(6)


def _utc_now() -> datetime:
    return datetime.now(UTC)


class VisitsTableModel(RowsModel):
    """The visits of today, oldest first (as the service gives them). A waiting visitor's
    row says how long she has waited since checking in (:meth:`tick` moves the clock on)."""

    def __init__(
        self, parent: QObject | None = None, *, clock: Callable[[], datetime] = _utc_now
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._now = clock()

    def tick(self) -> None:
        """Read the clock again and repaint the waiting times."""
        self._now = self._clock()
        if self._items:
            self.dataChanged.emit(self.index(0, WAITED), self.index(len(self._items) - 1, WAITED))

    def visit_ids(self) -> list[str]:
        return [row.visit.id for row in self._items]

    def counts(self) -> dict[VisitState, int]:
        """How many of today's visits are in each state."""
        counts = dict.fromkeys(VisitState, 0)
        for row in self._items:
            counts[row.visit.state] += 1
        return counts

    def set_rows(self, rows: list[VisitRow]) -> None:
        self._set_items(rows)

    def clear(self) -> None:
        self.set_rows([])

    def row(self, row: int) -> VisitRow | None:
        found: VisitRow | None = self._item(row)
        return found

    def row_of(self, visit_id: str) -> int:
        for number, row in enumerate(self._items):
            if row.visit.id == visit_id:
                return number
        return -1

    def update_visit(self, visit: Visit, handled_by_name: str | None = None) -> None:
        """Show a changed visit (new state or a correction) in its row."""
        number = self.row_of(visit.id)
        if number < 0:
            return
        old = self._items[number]
        name = old.handled_by_name if handled_by_name is None else handled_by_name
        self._replace(number, dataclasses.replace(old, visit=visit, handled_by_name=name))

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Time"),
            self.tr("Name"),
            self.tr("Purposes"),
            self.tr("Handled by"),
            self.tr("State"),
            self.tr("Waited"),
        )

    def cell(self, item: VisitRow, column: int) -> str:
        visit = item.visit
        if column == TIME:
            return time_text(visit.visited_at)
        if column == NAME:
            return full_name(item.person)
        if column == PURPOSES:
            return ", ".join(
                f"{purpose_label(code)}: {visit.other_purpose}"
                if code == OTHER_PURPOSE and visit.other_purpose
                else purpose_label(code)
                for code in visit.purposes
            )
        if column == HANDLED_BY:
            return item.handled_by_name
        if column == WAITED:
            return self._waited(visit)
        return state_label(visit.state)

    def _waited(self, visit: Visit) -> str:
        if visit.state != VisitState.WAITING:
            return ""
        minutes = max(0, int((self._now - visit.visited_at).total_seconds() // 60))
        if minutes < 60:
            return self.tr("{minutes} min").format(minutes=minutes)
        return self.tr("{hours} h {minutes} min").format(hours=minutes // 60, minutes=minutes % 60)

    def decoration(self, item: VisitRow, column: int, role: int) -> Any:
        """The state's cell in the state's colours (the state's word is written in it too);
        the full name as the name cell's tooltip (a long one is elided in the middle)."""
        if column == NAME and role == Qt.ItemDataRole.ToolTipRole:
            return full_name(item.person)
        if column != STATE:
            return None
        colours = theme.state_colours(item.visit.state.value)
        if colours is None:
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor(colours.background)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(colours.text)
        return None
