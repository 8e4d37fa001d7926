"""How the search results table reads: every column as wide as its content (a short code or a
phone's last digits never clipped), the name column taking the rest and eliding a long name in
the middle (the full name is the cell's tooltip), one or several rows selectable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from entryhub_desk.views.reception.search_model import NAME


def set_up_results_table(table: QTableView, *, multi: bool) -> None:
    table.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if multi
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionsClickable(False)
    header.setMinimumSectionSize(40)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
    header.setStretchLastSection(False)
