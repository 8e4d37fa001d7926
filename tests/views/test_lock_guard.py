"""The lock guard and dialogs that show up while the desk is locked."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from entryhub_desk.importing import tables
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
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.lock_page.ui.passwordEdit)
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [window]
    assert window.locked
    window.close()


def test_an_import_that_fails_behind_the_lock_says_so_after_unlock(
    qtbot: QtBot,
    set_up_desk: Desk,
    settings: DeskSettings,
    translations: Translations,
    tmp_path: Path,
) -> None:
    """The import's failure arrives while the desk is locked: nothing shows, and after unlock
    the message is there (it was an exec'd box, answered Cancel unseen by the lock)."""
    window = open_main_window(
        qtbot, set_up_desk, settings, translations, COORDINATOR, COORDINATOR_PASSWORD
    )
    big = tmp_path / "visitors.csv"
    with big.open("wb") as file:
        file.truncate(tables.MAX_FILE_BYTES + 1)
    importer = window.reception_page._importer
    with qtbot.waitSignal(importer.finished, timeout=10_000):
        window.reception_page.import_file(big)
        window.lock()  # before the worker's answer is handled
    qtbot.wait(50)  # the guard puts a window shown while locked away on the next turn
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [window]
    # nothing modal is left to block the lock page (a person's keys and clicks would not
    # reach it: the desk could not be unlocked)
    assert QApplication.activeModalWidget() is None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.lock_page.ui.passwordEdit)

    page = window.lock_page
    page.ui.passwordEdit.setText(COORDINATOR_PASSWORD)
    qtbot.keyClick(page.ui.passwordEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.locked, timeout=10_000)
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    assert [b.isVisible() for b in boxes] == [True]
    assert "too large" in boxes[0].text()
    boxes[0].accept()
    window.close()
