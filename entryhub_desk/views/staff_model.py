"""The staff list as a table model: name, role, active."""

from __future__ import annotations

from typing import Any, Final

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from entryhub_desk.domain.staff import StaffMember
from entryhub_desk.views.labels import role_label

NAME, ROLE, ACTIVE = 0, 1, 2
COLUMNS: Final = 3

SORT_ROLE: Final = Qt.ItemDataRole.UserRole + 1
MEMBER_ROLE: Final = Qt.ItemDataRole.UserRole + 2

ModelIndex = QModelIndex | QPersistentModelIndex


class StaffTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._members: list[StaffMember] = []

    def set_members(self, members: list[StaffMember]) -> None:
        self.beginResetModel()
        self._members = sorted(members, key=lambda m: m.name.casefold())
        self.endResetModel()

    def clear(self) -> None:
        self.set_members([])

    def member(self, row: int) -> StaffMember | None:
        return self._members[row] if 0 <= row < len(self._members) else None

    def row_of(self, name: str) -> int:
        for row, member in enumerate(self._members):
            if member.name == name:
                return row
        return -1

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMNS - 1)
        if self._members:
            self.dataChanged.emit(self.index(0, ROLE), self.index(len(self._members) - 1, ACTIVE))

    # -- QAbstractTableModel --------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._members)

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
        return (self.tr("Name"), self.tr("Role"), self.tr("Active"))[section]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        member = self.member(index.row()) if index.isValid() else None
        if member is None:
            return None
        column = index.column()
        if role == MEMBER_ROLE:
            return member
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NAME:
                return member.name
            if column == ROLE:
                return role_label(member.role)
            return self.tr("Yes") if member.active else self.tr("No (disabled)")
        if role == SORT_ROLE:
            if column == NAME:
                return member.name.casefold()
            if column == ROLE:
                return role_label(member.role).casefold()
            return int(member.active)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        return None
