"""Answer the "Discard what was typed?" question of a form by keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from tests.views.mnemonics import mnemonic


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
    """Escape in ``dialog`` (it asks), then Discard's letter or Escape (keep editing)."""
    focus = QApplication.focusWidget()
    assert isinstance(focus, QWidget)
    qtbot.keyClick(focus, Qt.Key.Key_Escape)
    box = question_of(qtbot, dialog)
    assert dialog.isVisible()
    if discard:  # the Discard button's mnemonic letter ("&Discard", "&Släng")
        button = next(
            b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole
        )
        letter = mnemonic(button.text())
        assert letter is not None
        key = Qt.Key(ord(letter.upper()))
    else:
        key = Qt.Key.Key_Escape
    with qtbot.waitSignal(box.finished):
        qtbot.keyClick(box, key)
    return box
