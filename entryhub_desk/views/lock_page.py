"""The lock screen that covers the main window after idle time or Ctrl+L."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWidget

from entryhub_desk.domain.staff import StaffMember
from entryhub_desk.errors import DeskError
from entryhub_desk.services import Session
from entryhub_desk.views.common import InlineError, is_language_change
from entryhub_desk.views.forms.ui_lock_page import Ui_LockPage
from entryhub_desk.views.tasks import Op


class LockPage(QWidget):
    """Asks the password of the member who locked the desk, or a coordinator's name and
    password; emits :attr:`unlocked` (the name of who unlocked) when it is right.

    :attr:`logOutRequested` lets someone else take the desk.
    """

    unlocked = Signal(str)
    logOutRequested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._op: Op[StaffMember] | None = None
        self.ui = Ui_LockPage()
        self.ui.setupUi(self)
        self.ui.titleLabel.setProperty("role", "title")
        self._error = InlineError(self.ui.errorLabel)
        self.ui.passwordEdit.returnPressed.connect(self.unlock)
        self.ui.unlockButton.clicked.connect(self.unlock)
        self.ui.logOutButton.clicked.connect(self.logOutRequested)
        self._retranslate()

    def prepare(self) -> None:
        """Reset for a new lock: the member's name, empty password, no old error, focus on
        the password."""
        combo = self.ui.nameCombo
        combo.clear()
        combo.addItems(self._session.desk.staff_names())
        combo.setEditText(self._session.staff.name)
        self.ui.passwordEdit.clear()
        self._error.show(None)
        self._set_busy(False)
        self.ui.passwordEdit.setFocus()

    def unlock(self) -> None:
        if self._op is not None and self._op.running:
            return
        password = self.ui.passwordEdit.text()
        name = self.ui.nameCombo.currentText().strip() or self._session.staff.name
        if not password:
            self._error.show(DeskError("validation.required", field="password"))
            return
        self._set_busy(True)
        session = self._session
        self._op = (
            Op(lambda: session.unlock_as(name, password), parent=self)
            .success(lambda member: self._unlocked(member.name))
            .failure(self._failed)
            .run_in_background()
        )

    def _unlocked(self, name: str) -> None:
        self._set_busy(False)
        self.ui.passwordEdit.clear()
        self._error.show(None)
        self.unlocked.emit(name)

    def _failed(self, error: Exception) -> None:
        self._set_busy(False)
        name = self.ui.nameCombo.currentText().strip()
        code = getattr(error, "code", None)
        if code in ("auth.wrong_password", "auth.unknown_staff") and name in (
            "",
            self._session.staff.name,
        ):
            error = DeskError("auth.lock_wrong_password")  # only the password was typed
        self._error.show(error)
        self.ui.passwordEdit.clear()
        self.ui.passwordEdit.setFocus()

    def _set_busy(self, busy: bool) -> None:
        for widget in (
            self.ui.nameCombo,
            self.ui.passwordEdit,
            self.ui.unlockButton,
            self.ui.logOutButton,
        ):
            widget.setEnabled(not busy)

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.ui.messageLabel.setText(
            self.tr(
                "Locked by {name}. Type your password to continue where you were. "
                "A coordinator can unlock with their own name and password."
            ).format(name=self._session.staff.name)
        )
        self._error.retranslate()
