"""Admin: staff accounts, desk settings, backups and the audit log (coordinators), and one's
own password (everyone)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QItemSelection, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QProgressDialog, QPushButton, QWidget

from entryhub_desk.domain.staff import Action, StaffMember
from entryhub_desk.services import Session
from entryhub_desk.services.changes import Changes
from entryhub_desk.services.rekey import RekeyService
from entryhub_desk.services.staff import StaffService
from entryhub_desk.views.add_staff_dialog import AddStaffDialog
from entryhub_desk.views.admin_audit import AuditLogDialog
from entryhub_desk.views.admin_backups import BackupsDialog
from entryhub_desk.views.change_password_dialog import ChangePasswordDialog
from entryhub_desk.views.common import InlineError, is_language_change, set_busy
from entryhub_desk.views.forms.ui_admin_page import Ui_AdminPage
from entryhub_desk.views.labels import role_label
from entryhub_desk.views.reset_password_dialog import ResetPasswordDialog
from entryhub_desk.views.settings import DeskSettings
from entryhub_desk.views.staff_model import MEMBER_ROLE, NAME, SORT_ROLE, StaffTableModel
from entryhub_desk.views.tasks import Op, TaskContext

log = logging.getLogger(__name__)


class AdminPage(QWidget):
    """Emits :attr:`message` with a short confirmation for the status bar, and
    :attr:`idleMinutesChanged` when a coordinator changes the auto-lock time."""

    message = Signal(str)
    idleMinutesChanged = Signal(int)

    def __init__(
        self, session: Session, settings: DeskSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._settings = settings
        self._op: Op[None] | None = None
        self.ui = Ui_AdminPage()
        self.ui.setupUi(self)
        self.ui.titleLabel.setProperty("role", "title")
        self._error = InlineError(self.ui.staffError)
        set_busy(self.ui.busyBar, False)

        self.manages_staff = session.staff.role.may(Action.MANAGE_STAFF)
        self.may_rekey = session.staff.role.may(Action.REKEY)
        self.ui.staffGroup.setVisible(self.manages_staff)
        self.ui.deskGroup.setVisible(self.manages_staff or self.may_rekey)
        self.ui.rekeyButton.setVisible(self.may_rekey)
        self.ui.rekeyLabel.setVisible(self.may_rekey)

        self.model = StaffTableModel(self)
        self._proxy = QSortFilterProxyModel(self)
        self._proxy.setSourceModel(self.model)
        self._proxy.setSortRole(SORT_ROLE)
        table = self.ui.staffTable
        table.setModel(self._proxy)
        table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.ui.idleSpin.setValue(settings.idle_minutes())
        self.ui.idleSpin.valueChanged.connect(self._idle_changed)
        self.ui.addStaffButton.clicked.connect(self.add_staff)
        self.ui.disableButton.clicked.connect(self.disable_selected)
        self.ui.resetButton.clicked.connect(self.reset_selected)
        self.ui.rekeyButton.clicked.connect(self.rekey)
        self.ui.changePasswordButton.clicked.connect(self.change_own_password)
        # Backups and the audit log (coordinators): rows of "This desk" that open dialogs.
        self.may_backup = session.staff.role.may(Action.BACKUP)
        self.may_audit = session.staff.role.may(Action.CHECK)
        self.backupsLabel, self.backupsButton = self._desk_row("backupsButton", self.may_backup)
        self.auditLabel, self.auditButton = self._desk_row("auditButton", self.may_audit)
        self.backupsButton.clicked.connect(self.open_backups)
        self.auditButton.clicked.connect(self.open_audit_log)
        self.ui.deskGroup.setVisible(
            self.manages_staff or self.may_rekey or self.may_backup or self.may_audit
        )
        self.reload()
        self._retranslate()

    # -- data -----------------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        if not self.manages_staff:
            return
        self.model.set_members(StaffService(self._session).list_staff())
        if select is not None:
            self.select(select)
        self._selection_changed()

    def on_changes(self, changes: Changes) -> None:
        """Staff accounts changed through this session: the list is read again."""
        if (changes.staff or changes.everything) and not self._session.is_locked:
            selected = self.selected_member()
            self.reload(select=selected.name if selected is not None else None)

    def drop_data(self) -> None:
        """Forget decrypted data (on lock)."""
        self.model.clear()

    def select(self, name: str) -> None:
        row = self.model.row_of(name)
        if row < 0:
            return
        index = self._proxy.mapFromSource(self.model.index(row, NAME))
        self.ui.staffTable.selectRow(index.row())
        self.ui.staffTable.setCurrentIndex(index)

    def selected_member(self) -> StaffMember | None:
        rows = self.ui.staffTable.selectionModel().selectedRows()
        if not rows:
            return None
        member = rows[0].data(MEMBER_ROLE)
        return member if isinstance(member, StaffMember) else None

    def _selection_changed(
        self, _selected: QItemSelection | None = None, _deselected: QItemSelection | None = None
    ) -> None:
        member = self.selected_member()
        usable = member is not None and member.active
        is_self = member is not None and member.id == self._session.staff.id
        self.ui.resetButton.setEnabled(usable)
        self.ui.disableButton.setEnabled(usable and not is_self)

    # -- actions --------------------------------------------------------------------------

    def add_staff(self) -> None:
        dialog = AddStaffDialog(self._session, self)
        dialog.staffAdded.connect(self._staff_added)
        dialog.open()

    def _staff_added(self, member: StaffMember) -> None:
        self._error.show(None)
        self.reload(select=member.name)
        self.message.emit(self.tr("{name} was added.").format(name=member.name))

    def disable_selected(self) -> None:
        member = self.selected_member()
        if member is None or self._busy():
            return
        answer = QMessageBox.question(
            self,
            self.tr("Disable staff member"),
            self.tr(
                "Disable {name}? They can no longer log in. Change the data key afterwards so "
                "that older copies cannot be opened with their password."
            ).format(name=member.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        session, name = self._session, member.name
        self._set_busy(True)
        self._op = (
            Op(lambda: StaffService(session).disable_staff(name), parent=self)
            .success(lambda _none: self._disabled(name))
            .failure(self._failed)
            .run_in_background()
        )

    def _disabled(self, name: str) -> None:
        self._set_busy(False)
        self._error.show(None)
        self.reload(select=name)
        self.message.emit(self.tr("{name} was disabled.").format(name=name))

    def reset_selected(self) -> None:
        member = self.selected_member()
        if member is None:
            return
        dialog = ResetPasswordDialog(self._session, member.name, self)
        dialog.passwordReset.connect(
            lambda name: self.message.emit(
                self.tr("The password of {name} was reset.").format(name=name)
            )
        )
        dialog.open()

    def change_own_password(self) -> None:
        dialog = ChangePasswordDialog(self._session, self)
        dialog.passwordChanged.connect(
            lambda: self.message.emit(self.tr("Your password was changed."))
        )
        dialog.open()

    def rekey(self) -> None:
        if self._busy():
            return
        answer = QMessageBox.question(
            self,
            self.tr("Change the data key"),
            self.tr(
                "Give the data file a new key now? This takes a moment; keep the program open "
                "until it has finished."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        progress = QProgressDialog(self.tr("Changing the data key…"), "", 0, 0, self)
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.show()
        session = self._session

        def work(context: TaskContext) -> None:
            RekeyService(session).rekey(context.report)

        def report(done: int, total: int) -> None:
            progress.setMaximum(max(total, 0))
            progress.setValue(done)

        def finished() -> None:
            progress.close()
            progress.deleteLater()
            self._set_busy(False)

        self._set_busy(True)
        self._op = (
            Op.with_context(work, parent=self)
            .progress(report)
            .success(lambda _none: self.message.emit(self.tr("The data key was changed.")))
            .failure(self._error.show)
            .finally_(finished)
            .run_in_background()
        )

    def _desk_row(self, name: str, shown: bool) -> tuple[QLabel, QPushButton]:
        label = QLabel(self.ui.deskGroup)
        label.setWordWrap(True)
        button = QPushButton(self.ui.deskGroup)
        button.setObjectName(name)
        self.ui.deskLayout.addRow(label, button)
        label.setVisible(shown)
        button.setVisible(shown)
        return label, button

    def open_backups(self) -> None:
        if self.may_backup and not self._session.is_locked:
            BackupsDialog(self._session, self._settings, self).open()

    def open_audit_log(self) -> None:
        if self.may_audit and not self._session.is_locked:
            AuditLogDialog(self._session, self).open()

    def _failed(self, error: Exception) -> None:
        self._set_busy(False)
        self._error.show(error)

    def _idle_changed(self, minutes: int) -> None:
        self._settings.set_idle_minutes(minutes)
        self.idleMinutesChanged.emit(minutes)

    def _busy(self) -> bool:
        return self._op is not None and self._op.running

    def _set_busy(self, busy: bool) -> None:
        set_busy(
            self.ui.busyBar,
            busy,
            (self.ui.staffTable, self.ui.addStaffButton, self.ui.rekeyButton),
        )
        if busy:
            self.ui.disableButton.setEnabled(False)
            self.ui.resetButton.setEnabled(False)
        else:
            self._selection_changed()

    # -- language -------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        staff = self._session.staff
        self.ui.accountLabel.setText(
            self.tr("Logged in as {name} ({role}).").format(
                name=staff.name, role=role_label(staff.role)
            )
        )
        self.ui.idleSpin.setSuffix(self.tr(" min"))
        self.backupsLabel.setText(self.tr("Copies of this desk's data, and how to restore one."))
        self.backupsButton.setText(self.tr("&Backups…"))
        self.auditLabel.setText(self.tr("Who did what on this desk, and when."))
        self.auditButton.setText(self.tr("A&udit log…"))
        self.model.retranslate()
        self._error.retranslate()
