"""The first start, log-in, main window and log-out, driven by keyboard like a person."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget, QWizard
from pytestqt.qtbot import QtBot

from entryhub_desk.services import Desk
from entryhub_desk.views.flow import DeskFlow
from entryhub_desk.views.recover_dialog import RecoverDialog
from entryhub_desk.views.setup_wizard import PASSWORD_PAGE, RECOVERY_PAGE
from tests.conftest import COORDINATOR, COORDINATOR_PASSWORD, HUB_NAME, FakeClock

RECOVERY_KEY = re.compile(r"^([0-9A-Z]{5}[0-9A-Z*~$=U]-){5}[0-9A-Z]{5}[0-9A-Z*~$=U]$")


def _type(qtbot: QtBot, text: str) -> None:
    """Type into whatever has the keyboard focus."""
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    qtbot.keyClicks(widget, text)


def _activate(qtbot: QtBot, window: QWidget) -> None:
    """Bring ``window`` to the front and wait until it has the keyboard."""
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def _key(qtbot: QtBot, key: Qt.Key) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    qtbot.keyClick(widget, key)


def test_first_start_to_main_window(qtbot: QtBot, flow: DeskFlow, desk: Desk) -> None:
    flow.start()
    wizard = flow.wizard
    assert wizard is not None
    _activate(qtbot, wizard)
    wizard.ui.hubNameEdit.setFocus()
    _type(qtbot, HUB_NAME)
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, COORDINATOR)
    _key(qtbot, Qt.Key.Key_Return)
    assert wizard.currentId() == PASSWORD_PAGE

    wizard.ui.passwordEdit.setFocus()
    _type(qtbot, "short")
    assert wizard.ui.strengthHint.text() != ""
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "short")
    _key(qtbot, Qt.Key.Key_Return)
    assert wizard.ui.passwordError.text() == "The password must have at least 10 characters."
    assert wizard.currentId() == PASSWORD_PAGE

    wizard.ui.passwordEdit.clear()
    wizard.ui.repeatEdit.clear()
    wizard.ui.passwordEdit.setFocus()
    _type(qtbot, COORDINATOR_PASSWORD)
    assert wizard.ui.strengthBar.value() >= 2
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, COORDINATOR_PASSWORD)
    _key(qtbot, Qt.Key.Key_Return)  # set-up runs in the background
    qtbot.waitUntil(lambda: wizard.currentId() == RECOVERY_PAGE, timeout=10_000)

    key_label = wizard.ui.recoveryKeyLabel
    assert RECOVERY_KEY.match(key_label.text()), key_label.text()
    assert (
        key_label.font().fixedPitch()
        or key_label.font().styleHint() == key_label.font().StyleHint.Monospace
    )
    assert key_label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert desk.is_set_up()
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    wizard.reject()  # the key must be confirmed: closing is refused
    assert wizard.isVisible()
    wizard.ui.writtenDownCheck.setFocus()
    _key(qtbot, Qt.Key.Key_Space)
    assert finish.isEnabled()
    _key(qtbot, Qt.Key.Key_Return)

    login = flow.login_window
    assert login is not None
    _activate(qtbot, login)
    assert flow.wizard is None
    assert login.ui.nameCombo.currentText() == COORDINATOR
    assert QApplication.focusWidget() is login.ui.passwordEdit
    _type(qtbot, COORDINATOR_PASSWORD)
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: flow.main_window is not None, timeout=10_000)

    window = flow.main_window
    assert window is not None
    qtbot.waitExposed(window)
    assert not login.isVisible()
    assert HUB_NAME in window.windowTitle()
    assert window.current_section() is window.reception_page
    assert [m.name for m in window.admin_page.model._members] == [COORDINATOR]


def test_wrong_password_shows_an_inline_error(
    qtbot: QtBot, flow: DeskFlow, set_up_desk: Desk
) -> None:
    flow.start()
    login = flow.login_window
    assert login is not None
    _activate(qtbot, login)
    login.ui.nameCombo.setEditText(COORDINATOR)
    login.ui.passwordEdit.setFocus()
    _type(qtbot, "not the password")
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: login.ui.errorLabel.text() != "", timeout=10_000)
    assert login.ui.errorLabel.text() == "Wrong name or password."
    assert login.ui.errorLabel.isVisible()
    assert login.ui.passwordEdit.text() == ""
    assert flow.main_window is None

    # Straight away again: the back-off says how long to wait.
    _type(qtbot, "still not it")
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Try again in" in login.ui.errorLabel.text(), timeout=10_000)
    assert re.search(r"\d+ seconds", login.ui.errorLabel.text())


def test_log_in_after_back_off_and_log_out(
    qtbot: QtBot, flow: DeskFlow, set_up_desk: Desk, clock: FakeClock
) -> None:
    flow.start()
    login = flow.login_window
    assert login is not None
    _activate(qtbot, login)
    login.ui.nameCombo.setEditText(COORDINATOR)
    login.ui.passwordEdit.setText("wrong password")
    login.log_in()
    qtbot.waitUntil(lambda: login.ui.errorLabel.text() != "", timeout=10_000)
    clock.advance(600)
    login.ui.passwordEdit.setFocus()
    _type(qtbot, COORDINATOR_PASSWORD)
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: flow.main_window is not None, timeout=10_000)
    window = flow.main_window
    assert window is not None
    window.ui.actionLogOut.trigger()
    assert flow.main_window is None
    assert login.isVisible()
    assert login.ui.errorLabel.text() == ""


def test_recover_with_the_recovery_key(qtbot: QtBot, flow: DeskFlow, desk: Desk) -> None:
    recovery_key = desk.set_up(
        hub_name=HUB_NAME, coordinator_name=COORDINATOR, password=COORDINATOR_PASSWORD
    )
    flow.start()
    login = flow.login_window
    assert login is not None
    _activate(qtbot, login)
    login.ui.forgotButton.click()
    dialog = login.findChild(RecoverDialog)
    assert dialog is not None
    _activate(qtbot, dialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.ui.keyEdit)
    _type(qtbot, recovery_key.lower())
    _key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.ui.nameEdit
    assert dialog.ui.nameEdit.text() == COORDINATOR
    _key(qtbot, Qt.Key.Key_Tab)
    new_password = "Lingonris-Fjallen-93"
    _type(qtbot, new_password)
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, new_password)
    with qtbot.waitSignal(dialog.recovered, timeout=10_000):
        _key(qtbot, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert COORDINATOR in login.ui.infoLabel.text()
    assert desk.unlock(COORDINATOR, new_password).staff.name == COORDINATOR


def test_recovery_key_typing_error_is_shown(
    qtbot: QtBot, flow: DeskFlow, set_up_desk: Desk
) -> None:
    flow.start()
    login = flow.login_window
    assert login is not None
    dialog = RecoverDialog(set_up_desk, COORDINATOR, login)
    dialog.open()
    _activate(qtbot, dialog)
    dialog.ui.keyEdit.setText("AAAAA")
    dialog.ui.passwordEdit.setText("Lingonris-Fjallen-93")
    dialog.ui.repeatEdit.setText("Lingonris-Fjallen-93")
    dialog.ui.keyEdit.setFocus()
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.ui.errorLabel.text() != "", timeout=10_000)
    assert "recovery key" in dialog.ui.errorLabel.text()
    assert dialog.isVisible()
