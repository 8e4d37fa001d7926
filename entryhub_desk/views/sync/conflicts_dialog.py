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
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from entryhub_desk.ids import short_code
from entryhub_desk.services.sync import Conflict, SyncService
from entryhub_desk.views.common import InlineError, is_language_change
from entryhub_desk.views.forms.ui_conflicts_dialog import Ui_ConflictsDialog
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
        # The name the dialog had before it became a form; setupUi keeps a name already set.
        self.setObjectName("conflictsDialog")
        self._service = service
        self.model = ConflictsModel(self)
        self.ui = Ui_ConflictsDialog()
        self.ui.setupUi(self)
        self.error = InlineError(self.ui.errorLabel)
        table = self.ui.conflictsTable
        table.setModel(self.model)
        # Designer has no setting for the resize mode of every section, only of the last one.
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.keepCurrent.clicked.connect(lambda: self._pick(keep_lost=False))
        self.ui.useOther.clicked.connect(lambda: self._pick(keep_lost=True))
        table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.reload()

    def reload(self) -> None:
        self.model.set_conflicts(self._service.conflicts())
        if self.model.rowCount():
            self.ui.conflictsTable.selectRow(0)
        self._update_buttons()

    def _selected_row(self) -> int | None:
        rows = self.ui.conflictsTable.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _update_buttons(self) -> None:
        chosen = self._selected_row() is not None
        self.ui.keepCurrent.setEnabled(chosen)
        self.ui.useOther.setEnabled(chosen)

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
            self.ui.retranslateUi(self)
            self.error.retranslate()
        super().changeEvent(event)
