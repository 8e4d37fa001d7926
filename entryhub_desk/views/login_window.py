"""The login window: a staff name, a password, and the way back with the recovery key."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QDialog, QWidget

from entryhub_desk.errors import DeskError
from entryhub_desk.services import Desk, Session
from entryhub_desk.views.common import InlineError, is_language_change, set_busy
from entryhub_desk.views.forms.ui_login_window import Ui_LoginWindow
from entryhub_desk.views.recover_dialog import RecoverDialog
from entryhub_desk.views.tasks import Op

log = logging.getLogger(__name__)


class LoginWindow(QDialog):
    """Emits :attr:`loggedIn` with the new :class:`Session`; the caller takes it from there."""

    loggedIn = Signal(object)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._op: Op[Session] | None = None
        self._recovered_name: str | None = None
        self.ui = Ui_LoginWindow()
        self.ui.setupUi(self)
        self.ui.titleLabel.setProperty("role", "title")
        self.ui.infoLabel.setProperty("role", "info")
        self.ui.forgotButton.setProperty("role", "link")
        self._error = InlineError(self.ui.errorLabel)
        self.ui.loginButton.clicked.connect(self.log_in)
        self.ui.forgotButton.clicked.connect(self.open_recovery)
        set_busy(self.ui.busyBar, False)
        self.refresh_names()
        self._retranslate()

    def refresh_names(self, select: str | None = None) -> None:
        """Fill the name list from the key slots; focus the field that needs typing next."""
        names = self._desk.staff_names()
        combo = self.ui.nameCombo
        combo.clear()
        combo.addItems(names)
        if select is not None:
            combo.setEditText(select)
        elif len(names) == 1:
            combo.setCurrentIndex(0)
        else:
            combo.setCurrentIndex(-1)
            combo.setEditText("")
        self.ui.passwordEdit.clear()
        self.focus_first_field()

    def focus_first_field(self) -> None:
        if self.ui.nameCombo.currentText().strip():
            self.ui.passwordEdit.setFocus()
        else:
            self.ui.nameCombo.setFocus()

    def log_in(self) -> None:
        if self._op is not None and self._op.running:
            return
        name = self.ui.nameCombo.currentText().strip()
        password = self.ui.passwordEdit.text()
        if not name:
            self._error.show(DeskError("validation.required", field="name"))
            self.ui.nameCombo.setFocus()
            return
        if not password:
            self._error.show(DeskError("validation.required", field="password"))
            self.ui.passwordEdit.setFocus()
            return
        self._error.show(None)
        self._set_info(None)
        self._set_busy(True)
        desk = self._desk
        self._op = (
            Op(lambda: desk.unlock(name, password), parent=self)
            .success(self._unlocked)
            .failure(self._failed)
            .run_in_background()
        )

    def open_recovery(self) -> None:
        dialog = RecoverDialog(self._desk, self.ui.nameCombo.currentText().strip(), self)
        dialog.recovered.connect(self._recovered)
        dialog.open()

    # -- outcomes -------------------------------------------------------------------------

    def _unlocked(self, session: Session) -> None:
        self._set_busy(False)
        self.ui.passwordEdit.clear()
        self.loggedIn.emit(session)

    def _failed(self, error: Exception) -> None:
        self._set_busy(False)
        self._error.show(error)
        self.ui.passwordEdit.clear()
        self.ui.passwordEdit.setFocus()

    def _recovered(self, name: str) -> None:
        self.refresh_names(select=name)
        self._error.show(None)
        self._set_info(name)

    def _set_info(self, recovered_name: str | None) -> None:
        self._recovered_name = recovered_name
        text = (
            self.tr("The password of {name} was changed. Log in with the new password.").format(
                name=recovered_name
            )
            if recovered_name
            else ""
        )
        self.ui.infoLabel.setText(text)
        self.ui.infoLabel.setVisible(bool(text))

    def _set_busy(self, busy: bool) -> None:
        set_busy(
            self.ui.busyBar,
            busy,
            (self.ui.nameCombo, self.ui.passwordEdit, self.ui.loginButton, self.ui.forgotButton),
        )

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self._error.retranslate()
        self._set_info(self._recovered_name)
