"""The coordinator's conflicts screen: fields two desks changed apart; pick either value.

The pick is written as a new edit, so it syncs to every desk like any other change.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from entryhub_desk.ids import short_code
from entryhub_desk.services.sync import Conflict, SyncService
from entryhub_desk.views.common import InlineError, is_language_change
from entryhub_desk.views.labels import field_label

_Index = QModelIndex | QPersistentModelIndex


def _shown(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


class ConflictsModel(QAbstractTableModel):
    RECORD, FIELD, KEPT, OTHER = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Conflict] = []

    def set_conflicts(self, rows: list[Conflict]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def conflict(self, row: int) -> Conflict:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        c = self._rows[index.row()]
        column = index.column()
        if column == self.RECORD:
            code = short_code(c.person_id) if c.person_id else c.entity_id[:8]
            return f"{c.entity} {code}"
        if column == self.FIELD:
            return field_label(c.field)
        if column == self.KEPT:
            return _shown(c.kept_value)
        return _shown(c.lost_value)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Record"),
            self.tr("Field"),
            self.tr("Current value"),
            self.tr("Other value"),
        )[section]


class ConflictsDialog(QDialog):
    """Emits :attr:`resolved` after each pick."""

    resolved = Signal()

    def __init__(self, service: SyncService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictsDialog")
        self._service = service
        self.model = ConflictsModel(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = QTableView(self)
        self.table.setObjectName("conflictsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.keep_button = QPushButton(self)
        self.keep_button.setObjectName("keepCurrent")
        self.other_button = QPushButton(self)
        self.other_button.setObjectName("useOther")
        self.error_label = QLabel(self)
        self.error = InlineError(self.error_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        row = QHBoxLayout()
        row.addWidget(self.keep_button)
        row.addWidget(self.other_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.buttons.rejected.connect(self.reject)
        self.keep_button.clicked.connect(lambda: self._pick(keep_lost=False))
        self.other_button.clicked.connect(lambda: self._pick(keep_lost=True))
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.resize(760, 420)
        self._retranslate()
        self.reload()

    def reload(self) -> None:
        self.model.set_conflicts(self._service.conflicts())
        if self.model.rowCount():
            self.table.selectRow(0)
        self._update_buttons()

    def _selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _update_buttons(self) -> None:
        chosen = self._selected_row() is not None
        self.keep_button.setEnabled(chosen)
        self.other_button.setEnabled(chosen)

    def _pick(self, *, keep_lost: bool) -> None:
        row = self._selected_row()
        if row is None:
            return
        try:
            self._service.resolve(self.model.conflict(row).id, keep_lost=keep_lost)
        except Exception as error:  # noqa: BLE001 - shown to the person, details in the log
            self.error.show(error)
            return
        self.error.show(None)
        self.reload()
        self.resolved.emit()

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Conflicts to review"))
        self.intro.setText(
            self.tr(
                "These fields were changed on two desks before they synced. The current value "
                "won by time; the other value was kept here. Pick the right one: it reaches "
                "every desk at the next sync."
            )
        )
        self.keep_button.setText(self.tr("&Keep current value"))
        self.other_button.setText(self.tr("&Use other value"))
        self.error.retranslate()
