"""A coordinator sets a new password for a staff member who forgot theirs."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from entryhub_desk.errors import DeskError
from entryhub_desk.services import Session
from entryhub_desk.services.staff import StaffService
from entryhub_desk.views.forms.ui_reset_password_dialog import Ui_ResetPasswordDialog
from entryhub_desk.views.password_dialog import PasswordDialog


class ResetPasswordDialog(PasswordDialog):
    """Emits :attr:`passwordReset` with the member's name once the new password is set."""

    passwordReset = Signal(str)

    def __init__(self, session: Session, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._name = name
        self.ui = Ui_ResetPasswordDialog()
        self.ui.setupUi(self)
        self._wire(self.ui.passwordEdit)

    def _submit(self) -> None:
        if self.running:
            return
        try:
            password = self._fields.validate(name=self._name)
        except DeskError as error:
            self._show_error(error)
            return
        session, name = self._session, self._name
        self._start(lambda: StaffService(session).reset_password(name, password), self._done)

    def _done(self, _none: None) -> None:
        self.passwordReset.emit(self._name)
        self.accept()

    def _inputs(self) -> tuple[QWidget, ...]:
        return (self.ui.passwordEdit, self.ui.repeatEdit)

    def _retranslate(self) -> None:
        self.ui.introLabel.setText(
            self.tr(
                "Choose a new password for {name}. Give it to them in person; they can change "
                "it after logging in."
            ).format(name=self._name)
        )
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("&Set new password")
        )
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        super()._retranslate()
