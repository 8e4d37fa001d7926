"""Recover access with the recovery key: a new password for a coordinator."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from entryhub_desk.errors import DeskError
from entryhub_desk.services import Desk
from entryhub_desk.views.common import InlineError, is_language_change, monospace_font, set_busy
from entryhub_desk.views.forms.ui_recover_dialog import Ui_RecoverDialog
from entryhub_desk.views.password_fields import NewPasswordFields
from entryhub_desk.views.tasks import Op


class RecoverDialog(QDialog):
    """Emits :attr:`recovered` with the coordinator's name once the new password is set."""

    recovered = Signal(str)

    def __init__(self, desk: Desk, name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._op: Op[None] | None = None
        self.ui = Ui_RecoverDialog()
        self.ui.setupUi(self)
        self.ui.keyEdit.setFont(monospace_font())
        self.ui.nameEdit.setText(name)
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
        self.ui.keyEdit.setFocus()

    def _submit(self) -> None:
        if self._op is not None and self._op.running:
            return
        key = self.ui.keyEdit.text().strip()
        name = self.ui.nameEdit.text().strip()
        try:
            if not key:
                raise DeskError("validation.required", field="recovery_key")
            if not name:
                raise DeskError("validation.required", field="name")
            password = self._fields.validate(name=name)
        except DeskError as error:
            self._error.show(error)
            return
        self._error.show(None)
        self._set_busy(True)
        desk = self._desk
        self._op = (
            Op(
                lambda: desk.recover(
                    recovery_key=key, coordinator_name=name, new_password=password
                ),
                parent=self,
            )
            .success(lambda _none: self._done(name))
            .failure(self._failed)
            .run_in_background()
        )

    def _done(self, name: str) -> None:
        self._set_busy(False)
        self._fields.clear()
        self.ui.keyEdit.clear()
        self.recovered.emit(name)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self._set_busy(False)
        self._error.show(error)
        code = getattr(error, "code", "")
        if code.startswith("recovery."):
            self.ui.keyEdit.setFocus()
        elif code.startswith("password."):
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
                self.ui.keyEdit,
                self.ui.nameEdit,
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
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("&Set new password")
        )
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._fields.retranslate()
        self._error.retranslate()
