"""Admin › Audit log (coordinators, issue 14): who did what and when, filtered by member,
action and days, and exported as CSV. The log holds codes, never names of visitors."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from entryhub_desk.errors import DeskError
from entryhub_desk.services import Session
from entryhub_desk.services.audit_log import AuditFilter, AuditRow, AuditService
from entryhub_desk.views.common import InlineError, is_language_change
from entryhub_desk.views.reception.display import date_time_text

AskPath = Callable[[QWidget, str], "Path | None"]
TIME, MEMBER, ACTION, SUBJECT, DETAILS = range(5)
DATE_FORMAT = "yyyy-MM-dd"


def _day(edit: QDateEdit) -> date:
    chosen = edit.date()
    return date(chosen.year(), chosen.month(), chosen.day())


def _ask_csv_path(parent: QWidget, suggested: str) -> Path | None:
    name, _filter = QFileDialog.getSaveFileName(parent, "", suggested, "CSV (*.csv)")
    return Path(name) if name else None


class AuditLogDialog(QDialog):
    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        *,
        choose_path: AskPath = _ask_csv_path,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("auditLogDialog")
        self._service = AuditService(session)
        self._choose_path = choose_path
        self.rows: list[AuditRow] = []
        self.memberCombo = QComboBox(self)
        self.memberCombo.setObjectName("memberCombo")
        self.actionCombo = QComboBox(self)
        self.actionCombo.setObjectName("actionCombo")
        self.fromCheck = QCheckBox(self)
        self.fromEdit = QDateEdit(self)
        self.toCheck = QCheckBox(self)
        self.toEdit = QDateEdit(self)
        today = QDate.currentDate()
        for edit, day in ((self.fromEdit, today.addDays(-30)), (self.toEdit, today)):
            edit.setDisplayFormat(DATE_FORMAT)  # the Swedish way in both languages
            edit.setCalendarPopup(True)
            edit.setDate(day)
            edit.setEnabled(False)
        self.fromCheck.toggled.connect(self.fromEdit.setEnabled)
        self.toCheck.toggled.connect(self.toEdit.setEnabled)
        self.memberLabel = QLabel(self)
        self.memberLabel.setBuddy(self.memberCombo)
        self.actionLabel = QLabel(self)
        self.actionLabel.setBuddy(self.actionCombo)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("auditTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DETAILS, QHeaderView.ResizeMode.Stretch)
        self.countLabel = QLabel(self)
        self.errorLabel = QLabel(self)
        self.errorLabel.setProperty("role", "error")
        self._error = InlineError(self.errorLabel)
        self.exportButton = QPushButton(self)
        self.exportButton.setObjectName("exportAuditButton")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.exportButton, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        grid = QGridLayout()
        grid.addWidget(self.memberLabel, 0, 0)
        grid.addWidget(self.memberCombo, 0, 1)
        grid.addWidget(self.actionLabel, 0, 2)
        grid.addWidget(self.actionCombo, 0, 3)
        grid.addWidget(self.fromCheck, 1, 0)
        grid.addWidget(self.fromEdit, 1, 1)
        grid.addWidget(self.toCheck, 1, 2)
        grid.addWidget(self.toEdit, 1, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.countLabel)
        layout.addWidget(self.errorLabel)
        layout.addWidget(buttons)
        self.resize(860, 520)
        self.exportButton.clicked.connect(self.export)
        self._retranslate()
        for signal in (
            self.memberCombo.currentIndexChanged,
            self.actionCombo.currentIndexChanged,
            self.fromCheck.toggled,
            self.toCheck.toggled,
            self.fromEdit.dateChanged,
            self.toEdit.dateChanged,
        ):
            signal.connect(lambda *_args: self.reload())
        self.reload()
        self.memberCombo.setFocus()

    def chosen(self) -> AuditFilter:
        member = self.memberCombo.currentData()
        action = self.actionCombo.currentData()
        return AuditFilter(
            staff_id=member if isinstance(member, str) else None,
            action=action if isinstance(action, str) else None,
            first_day=_day(self.fromEdit) if self.fromCheck.isChecked() else None,
            last_day=_day(self.toEdit) if self.toCheck.isChecked() else None,
        )

    def reload(self) -> None:
        try:
            self.rows = self._service.entries(self.chosen())
        except DeskError as error:
            self._error.show(error)
            return
        self._error.show(None)
        self.table.setRowCount(len(self.rows))
        for number, row in enumerate(self.rows):
            cells = (date_time_text(row.at), row.staff_name, row.action, row.subject, row.details)
            for column, text in enumerate(cells):
                self.table.setItem(number, column, QTableWidgetItem(text))
        self.countLabel.setText(self.tr("Entries shown: {count}").format(count=len(self.rows)))
        self.exportButton.setEnabled(bool(self.rows))

    def export(self) -> None:
        path = self._choose_path(self, "audit-log.csv")
        if path is None:
            return
        try:
            self._service.export_csv(self.rows, path)
        except DeskError as error:
            self._error.show(error)
            return
        self.countLabel.setText(
            self.tr("Exported to {name} (entries: {count}).").format(
                name=path.name, count=len(self.rows)
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Audit log"))
        self.memberLabel.setText(self.tr("&Member:"))
        self.actionLabel.setText(self.tr("&Action:"))
        self.fromCheck.setText(self.tr("&From:"))
        self.toCheck.setText(self.tr("&To:"))
        self.exportButton.setText(self.tr("&Export as CSV…"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Time"),
                self.tr("Member"),
                self.tr("Action"),
                self.tr("Subject"),
                self.tr("Details"),
            ]
        )
        member = self.memberCombo.currentData()
        action = self.actionCombo.currentData()
        for combo in (self.memberCombo, self.actionCombo):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(all)"), None)
        try:
            for staff_id, name in self._service.members():
                self.memberCombo.addItem(name, staff_id)
            for code in self._service.actions():
                self.actionCombo.addItem(code, code)
        except DeskError as error:
            self._error.show(error)
        for combo, data in ((self.memberCombo, member), (self.actionCombo, action)):
            index = combo.findData(data)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
        self._error.retranslate()
