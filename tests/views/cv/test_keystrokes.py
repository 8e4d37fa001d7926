"""How many keys a volunteer needs from the reception to a visitor's first CV saved as PDF
(issue 14), measured by driving it by keyboard; printed and held as an upper bound."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from tests.views.cv.conftest import CvDesk, OpenWindow
from tests.views.keycount import KeyCounter

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def test_first_cv_from_the_reception(
    qtbot: QtBot, open_window: OpenWindow, cv_desk: CvDesk, tmp_path: Path
) -> None:
    window = open_window()
    page = window.reception_page
    target = tmp_path / "cv.pdf"
    window.cv_page.ask_save_path = lambda _parent, _suggested: target  # the file dialog
    with KeyCounter(qtbot) as keys:
        with qtbot.waitSignal(page.searchFinished, timeout=10_000):
            qtbot.keyClicks(page.ui.searchEdit, "yonas")
        qtbot.keyClick(_focused(), Qt.Key.Key_Down)
        qtbot.keyClick(_focused(), Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # profile
        qtbot.waitUntil(lambda: window.current_section() is window.profile_page)
        qtbot.keyClick(_focused(), Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # CV
        qtbot.waitUntil(lambda: window.current_section() is window.cv_page)
        qtbot.keyClick(_focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        thin = [b for b in window.cv_page.findChildren(QMessageBox) if b.isVisible()]
        if thin:  # a nearly empty profile: the CV is made only when the person says so
            qtbot.keyClick(thin[0], Qt.Key.Key_Return)
        keys.presses += 1  # Enter in the file dialog, which takes the suggested name
        qtbot.waitUntil(target.exists, timeout=30_000)
    print(f"\nfirst CV, from the reception to the saved PDF: {keys.presses} keys")
    assert keys.presses <= 5 + 5 + 1
