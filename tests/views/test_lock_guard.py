"""The lock guard and dialogs that show up while the desk is locked."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from entryhub_desk.services import Desk
from entryhub_desk.views.i18n import Translations
from entryhub_desk.views.settings import DeskSettings
from tests.conftest import COORDINATOR, COORDINATOR_PASSWORD
from tests.views.conftest import open_main_window


def test_a_dialog_in_its_own_loop_shown_while_locked_is_cancelled_and_leaves_qt_sound(
    qtbot: QtBot, set_up_desk: Desk, settings: DeskSettings, translations: Translations
) -> None:
    """A message box that runs exec() while locked (as a background job's message did) is
    answered Cancel; afterwards Qt's list of modal windows holds nothing of it. (Hidden with
    WA_DontShowOnScreen from its Show event, its window stayed in that list after the box was
    gone: the next look at it, by any click or key, crashed the program.)"""
    window = open_main_window(
        qtbot, set_up_desk, settings, translations, COORDINATOR, COORDINATOR_PASSWORD
    )
    window.lock()
    QMessageBox.warning(window, "Import visitors", "The file is too large.")  # returns: Cancel
    assert QApplication.activeModalWidget() is None
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [window]
    assert window.locked
    window.close()
