"""Text longer than a field allows is refused with a message, never cut silently (issue 14):
the referral and the other purpose at check-in, the phone at registration."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from entryhub_desk.services import Desk
from entryhub_desk.views.reception.checkin_dialog import CheckInDialog
from entryhub_desk.views.reception.new_visitor_dialog import NewVisitorDialog
from tests.views.reception.conftest import (
    MOHAMMED,
    OpenWindow,
    activate,
    focused,
    seed,
    type_search,
)

LONG = "Arbetsformedlingen Umea, handlaggare for etablering " * 5  # 260 ASCII characters


def test_a_long_referral_is_refused_with_a_message_and_kept_whole(
    qtbot: QtBot, set_up_desk: Desk, open_window: OpenWindow
) -> None:
    seed(set_up_desk, MOHAMMED)
    page = open_window("receptionist").reception_page
    type_search(qtbot, page, "mohammed")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    dialog = page.findChild(CheckInDialog)
    assert dialog is not None
    activate(qtbot, dialog)
    qtbot.keyClick(focused(), Qt.Key.Key_Space)  # a purpose
    dialog.ui.referralEdit.setFocus()
    qtbot.keyClicks(dialog.ui.referralEdit, LONG)
    assert dialog.ui.referralEdit.text() == LONG  # nothing dropped while typing
    qtbot.keyClick(dialog.ui.referralEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "too long" in dialog.ui.errorLabel.text())
    assert dialog.isVisible() and page.visits.rowCount() == 0


def test_a_long_phone_is_refused_with_a_message(
    qtbot: QtBot, set_up_desk: Desk, open_window: OpenWindow
) -> None:
    page = open_window("receptionist").reception_page
    page.new_visitor()
    dialog = page.findChild(NewVisitorDialog)
    assert dialog is not None
    activate(qtbot, dialog)
    qtbot.keyClicks(dialog.ui.givenEdit, "Amal")
    digits = "070 123 45 67 " * 5
    dialog.ui.phoneEdit.setFocus()
    qtbot.keyClicks(dialog.ui.phoneEdit, digits)
    assert dialog.ui.phoneEdit.text() == digits
    qtbot.keyClick(dialog.ui.phoneEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.ui.errorLabel.text() != "")
    assert "phone" in dialog.ui.errorLabel.text().lower() or "Phone" in dialog.ui.errorLabel.text()
    assert dialog.isVisible()
