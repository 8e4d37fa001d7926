"""A coordinator adds a staff member: name, role and an initial password."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from entryhub_desk.domain.staff import Role, StaffMember
from entryhub_desk.errors import DeskError
from entryhub_desk.services import Session
from entryhub_desk.views.common import InlineError, is_language_change, set_busy
from entryhub_desk.views.forms.ui_add_staff_dialog import Ui_AddStaffDialog
from entryhub_desk.views.labels import role_label
from entryhub_desk.views.password_fields import NewPasswordFields
from entryhub_desk.views.tasks import Op


class AddStaffDialog(QDialog):
    """Emits :attr:`staffAdded` with the new :class:`StaffMember`."""

    staffAdded = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._op: Op[StaffMember] | None = None
        self.ui = Ui_AddStaffDialog()
        self.ui.setupUi(self)
        for role in (Role.RECEPTIONIST, Role.VOLUNTEER, Role.COORDINATOR):
            self.ui.roleCombo.addItem(role_label(role), role.value)
        self._fields = NewPasswordFields(
            self.ui.passwordEdit,
            self.ui.repeatEdit,
            self.ui.strengthBar,
            self.ui.strengthHint,
            self,
        )
        self._error = InlineError(self.ui.errorLabel)
        self.ui.buttonBox.accepted.connect(self._submit)
        self.ui.buttonBox.rejected.connect(self.reject)
        set_busy(self.ui.busyBar, False)
        self._retranslate()
        self.ui.nameEdit.setFocus()

    def _submit(self) -> None:
        if self._op is not None and self._op.running:
            return
        name = " ".join(self.ui.nameEdit.text().split())
        role = Role(self.ui.roleCombo.currentData())
        try:
            if not name:
                raise DeskError("validation.required", field="name")
            password = self._fields.validate(name=name)
        except DeskError as error:
            self._show_error(error)
            return
        self._error.show(None)
        self._set_busy(True)
        session = self._session
        self._op = (
            Op(lambda: session.add_staff(name, role, password), parent=self)
            .success(self._done)
            .failure(self._show_error)
            .run_in_background()
        )

    def _done(self, member: StaffMember) -> None:
        self._set_busy(False)
        self._fields.clear()
        self.staffAdded.emit(member)
        self.accept()

    def _show_error(self, error: Exception) -> None:
        self._set_busy(False)
        self._error.show(error)
        code = getattr(error, "code", "")
        if code.startswith("password."):
            self.ui.passwordEdit.setFocus()
        else:
            self.ui.nameEdit.setFocus()

    def reject(self) -> None:
        if self._op is not None and self._op.running:
            return
        super().reject()

    def _set_busy(self, busy: bool) -> None:
        set_busy(
            self.ui.busyBar,
            busy,
            (
                self.ui.nameEdit,
                self.ui.roleCombo,
                self.ui.passwordEdit,
                self.ui.repeatEdit,
                self.ui.buttonBox,
            ),
        )

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        for index in range(self.ui.roleCombo.count()):
            self.ui.roleCombo.setItemText(index, role_label(self.ui.roleCombo.itemData(index)))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Add"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._fields.retranslate()
        self._error.retranslate()
