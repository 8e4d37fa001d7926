"""A coordinator adds a staff member: name, role and an initial password."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from entryhub_desk.domain.staff import Role, StaffMember
from entryhub_desk.errors import DeskError
from entryhub_desk.services import Session
from entryhub_desk.services.staff import StaffService
from entryhub_desk.views.forms.ui_add_staff_dialog import Ui_AddStaffDialog
from entryhub_desk.views.labels import role_label
from entryhub_desk.views.password_dialog import PasswordDialog


class AddStaffDialog(PasswordDialog):
    """Emits :attr:`staffAdded` with the new :class:`StaffMember`."""

    staffAdded = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.ui = Ui_AddStaffDialog()
        self.ui.setupUi(self)
        for role in (Role.RECEPTIONIST, Role.VOLUNTEER, Role.COORDINATOR):
            self.ui.roleCombo.addItem(role_label(role), role.value)
        self._wire(self.ui.nameEdit)

    def _submit(self) -> None:
        if self.running:
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
        session = self._session
        self._start(lambda: StaffService(session).add_staff(name, role, password), self._done)

    def _done(self, member: StaffMember) -> None:
        self.staffAdded.emit(member)
        self.accept()

    def _after_error(self, code: str) -> None:
        if code.startswith("password."):
            self.ui.passwordEdit.setFocus()
        else:
            self.ui.nameEdit.setFocus()

    def _inputs(self) -> tuple[QWidget, ...]:
        return (self.ui.nameEdit, self.ui.roleCombo, self.ui.passwordEdit, self.ui.repeatEdit)

    def _retranslate(self) -> None:
        for index in range(self.ui.roleCombo.count()):
            self.ui.roleCombo.setItemText(index, role_label(self.ui.roleCombo.itemData(index)))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Add"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        super()._retranslate()
