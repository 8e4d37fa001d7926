"""A read-only table over a list of rows: the plumbing shared by the reception tables.

Subclasses give their column headers (``headers``, translated in their own ``tr`` context),
the text of a cell (``cell``) and, if they like, its colours (``decoration``); ``ROW_ROLE``
returns the row itself.
"""

from __future__ import annotations

from typing import Any, Final

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

ModelIndex = QModelIndex | QPersistentModelIndex

ROW_ROLE: Final = Qt.ItemDataRole.UserRole + 1
_TEXT_ROLES: Final = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)


class RowsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[Any] = []

    # -- for subclasses -----------------------------------------------------------------

    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def cell(self, item: Any, column: int) -> str:
        raise NotImplementedError

    # -- rows ---------------------------------------------------------------------------

    def _set_items(self, items: list[Any]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def _item(self, row: int) -> Any:
        return self._items[row] if 0 <= row < len(self._items) else None

    def _replace(self, row: int, item: Any) -> None:
        self._items[row] = item
        self.dataChanged.emit(self.index(row, 0), self.index(row, self._columns() - 1))

    def _columns(self) -> int:
        return len(self.headers())

    def retranslate(self) -> None:
        columns = self._columns()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
        if self._items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._items) - 1, columns - 1))

    # -- QAbstractTableModel --------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._columns()

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.headers()[section]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self._item(index.row()) if index.isValid() else None
        if item is None:
            return None
        if role == ROW_ROLE:
            return item
        if role in _TEXT_ROLES:
            return self.cell(item, index.column())
        return self.decoration(item, index.column(), role)

    def decoration(self, item: Any, column: int, role: int) -> Any:
        """Colours and the like of a cell (none unless a subclass says)."""
        return None
