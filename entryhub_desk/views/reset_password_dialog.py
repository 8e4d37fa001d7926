"""A coordinator sets a new password for a staff member who forgot theirs."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from entryhub_desk.errors import DeskError
from entryhub_desk.services import Session
from entryhub_desk.views.common import InlineError, is_language_change, set_busy
from entryhub_desk.views.forms.ui_reset_password_dialog import Ui_ResetPasswordDialog
from entryhub_desk.views.password_fields import NewPasswordFields
from entryhub_desk.views.tasks import Op


class ResetPasswordDialog(QDialog):
    """Emits :attr:`passwordReset` with the member's name once the new password is set."""

    passwordReset = Signal(str)

    def __init__(self, session: Session, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._name = name
        self._op: Op[None] | None = None
        self.ui = Ui_ResetPasswordDialog()
        self.ui.setupUi(self)
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
        self.ui.passwordEdit.setFocus()

    def _submit(self) -> None:
        if self._op is not None and self._op.running:
            return
        try:
            password = self._fields.validate(name=self._name)
        except DeskError as error:
            self._show_error(error)
            return
        self._error.show(None)
        self._set_busy(True)
        session, name = self._session, self._name
        self._op = (
            Op(lambda: session.reset_password(name, password), parent=self)
            .success(lambda _none: self._done())
            .failure(self._show_error)
            .run_in_background()
        )

    def _done(self) -> None:
        self._set_busy(False)
        self._fields.clear()
        self.passwordReset.emit(self._name)
        self.accept()

    def _show_error(self, error: Exception) -> None:
        self._set_busy(False)
        self._error.show(error)
        self.ui.passwordEdit.setFocus()

    def reject(self) -> None:
        if self._op is not None and self._op.running:
            return
        super().reject()

    def _set_busy(self, busy: bool) -> None:
        set_busy(
            self.ui.busyBar, busy, (self.ui.passwordEdit, self.ui.repeatEdit, self.ui.buttonBox)
        )

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

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
        self._fields.retranslate()
        self._error.retranslate()
