"""Today's visits as a table model: time, name, purposes, handled by, state."""

from __future__ import annotations

import dataclasses
from typing import Any, Final

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from entryhub_desk.domain.visit import Visit
from entryhub_desk.services.reception import OTHER_PURPOSE, VisitRow
from entryhub_desk.views.reception.display import full_name, time_text
from entryhub_desk.views.reception.labels import purpose_label, state_label

TIME, NAME, PURPOSES, HANDLED_BY, STATE = range(5)
COLUMNS: Final = 5

ROW_ROLE: Final = Qt.ItemDataRole.UserRole + 1

ModelIndex = QModelIndex | QPersistentModelIndex


class VisitsTableModel(QAbstractTableModel):
    """The visits of today, oldest first (as the service gives them)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[VisitRow] = []

    def set_rows(self, rows: list[VisitRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def row(self, row: int) -> VisitRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, visit_id: str) -> int:
        for number, row in enumerate(self._rows):
            if row.visit.id == visit_id:
                return number
        return -1

    def update_visit(self, visit: Visit, handled_by_name: str | None = None) -> None:
        """Show a changed visit (new state or a correction) in its row."""
        number = self.row_of(visit.id)
        if number < 0:
            return
        old = self._rows[number]
        name = old.handled_by_name if handled_by_name is None else handled_by_name
        self._rows[number] = dataclasses.replace(old, visit=visit, handled_by_name=name)
        self.dataChanged.emit(self.index(number, 0), self.index(number, COLUMNS - 1))

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMNS - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, COLUMNS - 1))

    # -- QAbstractTableModel --------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Time"),
            self.tr("Name"),
            self.tr("Purposes"),
            self.tr("Handled by"),
            self.tr("State"),
        )[section]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row(index.row()) if index.isValid() else None
        if row is None:
            return None
        if role == ROW_ROLE:
            return row
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        column = index.column()
        visit = row.visit
        if column == TIME:
            return time_text(visit.visited_at)
        if column == NAME:
            return full_name(row.person)
        if column == PURPOSES:
            return ", ".join(
                f"{purpose_label(code)}: {visit.other_purpose}"
                if code == OTHER_PURPOSE and visit.other_purpose
                else purpose_label(code)
                for code in visit.purposes
            )
        if column == HANDLED_BY:
            return row.handled_by_name
        return state_label(visit.state)
