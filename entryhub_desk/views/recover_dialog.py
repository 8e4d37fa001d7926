"""Recover access with the recovery key: a new password for a coordinator."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from entryhub_desk.errors import DeskError
from entryhub_desk.services import Desk
from entryhub_desk.views.common import monospace_font
from entryhub_desk.views.forms.ui_recover_dialog import Ui_RecoverDialog
from entryhub_desk.views.password_dialog import PasswordDialog


class RecoverDialog(PasswordDialog):
    """Emits :attr:`recovered` with the coordinator's name once the new password is set."""

    recovered = Signal(str)

    def __init__(self, desk: Desk, name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self.ui = Ui_RecoverDialog()
        self.ui.setupUi(self)
        self.ui.keyEdit.setFont(monospace_font())
        self.ui.nameEdit.setText(name)
        self._wire(self.ui.keyEdit)

    def _submit(self) -> None:
        if self.running:
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
        desk = self._desk
        self._start(
            lambda: desk.recover(recovery_key=key, coordinator_name=name, new_password=password),
            lambda _none: self._done(name),
        )

    def _done(self, name: str) -> None:
        self.ui.keyEdit.clear()
        self.recovered.emit(name)
        self.accept()

    def _after_error(self, code: str) -> None:
        if code.startswith("recovery."):
            self.ui.keyEdit.setFocus()
        elif code.startswith("password."):
            self.ui.passwordEdit.setFocus()
        else:
            self.ui.nameEdit.setFocus()

    def _inputs(self) -> tuple[QWidget, ...]:
        return (self.ui.keyEdit, self.ui.nameEdit, self.ui.passwordEdit, self.ui.repeatEdit)

    def _retranslate(self) -> None:
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("&Set new password")
        )
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        super()._retranslate()
