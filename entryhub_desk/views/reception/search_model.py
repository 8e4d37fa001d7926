"""Search results as a table model: name, original script, birth year, country, last visit."""

from __future__ import annotations

from typing import Any, Final

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from entryhub_desk.services.reception import SearchHit
from entryhub_desk.views.reception.display import country_text, date_text, latin_name

NAME, ORIGINAL, BIRTH_YEAR, COUNTRY, LAST_VISIT, CODE = range(6)
COLUMNS: Final = 6

HIT_ROLE: Final = Qt.ItemDataRole.UserRole + 1

ModelIndex = QModelIndex | QPersistentModelIndex


class SearchResultsModel(QAbstractTableModel):
    """The hits of the latest search, best first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def clear(self) -> None:
        self.set_hits([])

    def hit(self, row: int) -> SearchHit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def hits(self) -> list[SearchHit]:
        return list(self._hits)

    def row_of(self, person_id: str) -> int:
        for row, hit in enumerate(self._hits):
            if hit.person.id == person_id:
                return row
        return -1

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMNS - 1)
        if self._hits:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._hits) - 1, COLUMNS - 1))

    # -- QAbstractTableModel --------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

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
            self.tr("Name"),
            self.tr("Original script"),
            self.tr("Born"),
            self.tr("Country of birth"),
            self.tr("Last visit"),
            self.tr("Code"),
        )[section]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        hit = self.hit(index.row()) if index.isValid() else None
        if hit is None:
            return None
        if role == HIT_ROLE:
            return hit
        column = index.column()
        person = hit.person
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == NAME:
                return latin_name(person)
            if column == ORIGINAL:
                return person.original_script_name or ""
            if column == BIRTH_YEAR:
                return "" if person.birth_year is None else str(person.birth_year)
            if column == COUNTRY:
                return country_text(person.country_of_birth)
            if column == LAST_VISIT:
                return date_text(hit.last_visit)
            return hit.code
        return None
