"""Answer the "Discard what was typed?" question of a form by keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot


def question_of(qtbot: QtBot, dialog: QDialog) -> QMessageBox:
    found: list[QMessageBox] = []

    def shown() -> bool:
        found[:] = [b for b in dialog.findChildren(QMessageBox) if b.isVisible()]
        return bool(found)

    qtbot.waitUntil(shown)
    box = found[-1]
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is box)
    return box


def escape_and_answer(qtbot: QtBot, dialog: QDialog, *, discard: bool) -> QMessageBox:
    """Escape in ``dialog`` (it asks), then D (discard) or Escape (keep editing)."""
    focus = QApplication.focusWidget()
    assert isinstance(focus, QWidget)
    qtbot.keyClick(focus, Qt.Key.Key_Escape)
    box = question_of(qtbot, dialog)
    assert dialog.isVisible()
    with qtbot.waitSignal(box.finished):
        qtbot.keyClick(box, Qt.Key.Key_D if discard else Qt.Key.Key_Escape)
    return box
