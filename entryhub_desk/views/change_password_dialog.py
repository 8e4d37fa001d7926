"""Any staff member changes their own password."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from entryhub_desk.errors import DeskError
from entryhub_desk.services import Session
from entryhub_desk.services.staff import StaffService
from entryhub_desk.views.forms.ui_change_password_dialog import Ui_ChangePasswordDialog
from entryhub_desk.views.password_dialog import PasswordDialog


class ChangePasswordDialog(PasswordDialog):
    """Emits :attr:`passwordChanged` once the new password is in place."""

    passwordChanged = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.ui = Ui_ChangePasswordDialog()
        self.ui.setupUi(self)
        self._wire(self.ui.currentEdit)

    def _submit(self) -> None:
        if self.running:
            return
        current = self.ui.currentEdit.text()
        try:
            if not current:
                raise DeskError("validation.required", field="password")
            password = self._fields.validate(name=self._session.staff.name)
        except DeskError as error:
            self._show_error(error)
            return
        session = self._session
        self._start(
            lambda: StaffService(session).change_own_password(current, password), self._done
        )

    def _done(self, _none: None) -> None:
        self.ui.currentEdit.clear()
        self.passwordChanged.emit()
        self.accept()

    def _after_error(self, code: str) -> None:
        if code.startswith("password."):
            self.ui.passwordEdit.setFocus()
        else:
            self.ui.currentEdit.clear()
            self.ui.currentEdit.setFocus()

    def _inputs(self) -> tuple[QWidget, ...]:
        return (self.ui.currentEdit, self.ui.passwordEdit, self.ui.repeatEdit)

    def _retranslate(self) -> None:
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("&Save new password")
        )
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        super()._retranslate()
