"""Search results as a table model: what tells namesakes apart side by side — name, original
script, birth year, gender, country, the phone's last digits, last visit, code."""

from __future__ import annotations

from typing import Any, Final

from PySide6.QtCore import Qt

from entryhub_desk.services.reception_types import SearchHit
from entryhub_desk.views.reception.display import (
    country_text,
    date_text,
    gender_text,
    latin_name,
    phone_tail,
)
from entryhub_desk.views.reception.rows_model import ROW_ROLE, ModelIndex, RowsModel

NAME, ORIGINAL, BIRTH_YEAR, GENDER, COUNTRY, PHONE, LAST_VISIT, CODE = range(8)

HIT_ROLE: Final = ROW_ROLE


class SearchResultsModel(RowsModel):
    """The hits of the latest search, best first."""

    def set_hits(self, hits: list[SearchHit]) -> None:
        self._set_items(hits)

    def clear(self) -> None:
        self.set_hits([])

    def hit(self, row: int) -> SearchHit | None:
        found: SearchHit | None = self._item(row)
        return found

    def hits(self) -> list[SearchHit]:
        return list(self._items)

    def row_of(self, person_id: str) -> int:
        for row, hit in enumerate(self._items):
            if hit.person.id == person_id:
                return row
        return -1

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """A long name or original-script name is elided in the middle on screen: its
        tooltip holds it in full."""
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (NAME, ORIGINAL):
            text = super().data(index, Qt.ItemDataRole.DisplayRole)
            return text or None
        return super().data(index, role)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Name"),
            self.tr("Original script"),
            self.tr("Born"),
            self.tr("Gender"),
            self.tr("Country of birth"),
            self.tr("Phone"),
            self.tr("Last visit"),
            self.tr("Code"),
        )

    def cell(self, item: SearchHit, column: int) -> str:
        person = item.person
        if column == NAME:
            return latin_name(person)
        if column == ORIGINAL:
            return person.original_script_name or ""
        if column == BIRTH_YEAR:
            return "" if person.birth_year is None else str(person.birth_year)
        if column == GENDER:
            return gender_text(person)
        if column == COUNTRY:
            return country_text(person.country_of_birth)
        if column == PHONE:
            return phone_tail(person)
        if column == LAST_VISIT:
            return date_text(item.last_visit)
        return item.code
