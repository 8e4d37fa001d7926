"""Any staff member changes their own password."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from entryhub_desk.errors import DeskError
from entryhub_desk.services import Session
from entryhub_desk.views.common import InlineError, is_language_change, set_busy
from entryhub_desk.views.forms.ui_change_password_dialog import Ui_ChangePasswordDialog
from entryhub_desk.views.password_fields import NewPasswordFields
from entryhub_desk.views.tasks import Op


class ChangePasswordDialog(QDialog):
    """Emits :attr:`passwordChanged` once the new password is in place."""

    passwordChanged = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._op: Op[None] | None = None
        self.ui = Ui_ChangePasswordDialog()
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
        self.ui.currentEdit.setFocus()

    def _submit(self) -> None:
        if self._op is not None and self._op.running:
            return
        current = self.ui.currentEdit.text()
        try:
            if not current:
                raise DeskError("validation.required", field="password")
            password = self._fields.validate(name=self._session.staff.name)
        except DeskError as error:
            self._show_error(error)
            return
        self._error.show(None)
        self._set_busy(True)
        session = self._session
        self._op = (
            Op(lambda: session.change_own_password(current, password), parent=self)
            .success(lambda _none: self._done())
            .failure(self._show_error)
            .run_in_background()
        )

    def _done(self) -> None:
        self._set_busy(False)
        self._fields.clear()
        self.ui.currentEdit.clear()
        self.passwordChanged.emit()
        self.accept()

    def _show_error(self, error: Exception) -> None:
        self._set_busy(False)
        self._error.show(error)
        code = getattr(error, "code", "")
        if code.startswith("password."):
            self.ui.passwordEdit.setFocus()
        else:
            self.ui.currentEdit.clear()
            self.ui.currentEdit.setFocus()

    def reject(self) -> None:
        if self._op is not None and self._op.running:
            return
        super().reject()

    def _set_busy(self, busy: bool) -> None:
        set_busy(
            self.ui.busyBar,
            busy,
            (self.ui.currentEdit, self.ui.passwordEdit, self.ui.repeatEdit, self.ui.buttonBox),
        )

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("&Save new password")
        )
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._fields.retranslate()
        self._error.retranslate()
