"""Arrow keys on the consent choices of a form: each purpose is a row of two radio buttons
(given, refused). Left/Right choose within the row; Up/Down move to the row above or below,
to its chosen button or the same column (choosing nothing)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton


class ConsentKeys(QObject):
    def __init__(self, rows: Sequence[tuple[QAbstractButton, QAbstractButton]]) -> None:
        super().__init__(rows[0][0])
        self._rows = [tuple(row) for row in rows]
        for row in self._rows:
            for button in row:
                button.installEventFilter(self)

    def _where(self, button: QObject) -> tuple[int, int] | None:
        for r, row in enumerate(self._rows):
            if button in row:
                return r, row.index(button)
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        where = self._where(watched)
        key = event.key()
        if where is None or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        r, c = where
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            target = self._rows[r][0 if key == Qt.Key.Key_Left else 1]
            target.setChecked(True)
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            r2 = r - 1 if key == Qt.Key.Key_Up else r + 1
            if 0 <= r2 < len(self._rows):
                row = self._rows[r2]
                chosen = [b for b in row if b.isChecked()]
                (chosen[0] if chosen else row[c]).setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return False
