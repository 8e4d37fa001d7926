"""Today's visits as a table model: time, name, purposes, handled by, state."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from entryhub_desk.domain.visit import Visit
from entryhub_desk.services.reception_types import VisitRow
from entryhub_desk.services.visits import OTHER_PURPOSE
from entryhub_desk.views import theme
from entryhub_desk.views.reception.display import full_name, time_text
from entryhub_desk.views.reception.labels import purpose_label, state_label
from entryhub_desk.views.reception.rows_model import RowsModel

TIME, NAME, PURPOSES, HANDLED_BY, STATE = range(5)


class VisitsTableModel(RowsModel):
    """The visits of today, oldest first (as the service gives them)."""

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
        return state_label(visit.state)

    def decoration(self, item: VisitRow, column: int, role: int) -> Any:
        """The state's cell in the state's colours (the state's word is written in it too)."""
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
