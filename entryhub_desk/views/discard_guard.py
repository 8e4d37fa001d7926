"""Escape or Cancel in a form with typed data asks before discarding it.

The guard remembers what the form held when it opened (:meth:`DiscardGuard.reset` after a
prefill); when Escape or Cancel comes and something changed, a question offers "Keep editing"
(the default, also Escape) or "Discard". A dialog closed by its window (lock, log-out, quit)
is not asked: that path calls ``reject()``/``close()`` directly.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QMessageBox

from entryhub_desk.views.profile import form_state


def snapshot(form: QDialog) -> dict[str, Any]:
    """What a person can have typed or ticked in ``form``: its :func:`form_state.capture`
    (the one way a form's state is read; drafts are made of it too)."""
    return form_state.capture(form)


class DiscardGuard(QObject):
    """Installed on ``dialog``: Escape asks first; connect Cancel to :meth:`cancel`."""

    def __init__(self, dialog: QDialog, *, dirty: bool = False) -> None:
        """``dirty``: the form opened with unsaved data (a draft given back), so even an
        untouched form asks."""
        super().__init__(dialog)
        self._dialog = dialog
        self._dirty = dirty
        self._initial = snapshot(dialog)
        self.question: QMessageBox | None = None
        dialog.installEventFilter(self)

    def reset(self) -> None:
        """What the form holds now counts as unchanged (after loading or a prefill)."""
        self._initial = snapshot(self._dialog)
        self._dirty = False

    def changed(self) -> bool:
        return self._dirty or snapshot(self._dialog) != self._initial

    def cancel(self) -> None:
        if not self.changed():
            self._dialog.reject()
            return
        box = QMessageBox(self._dialog)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Discard what was typed?"))
        box.setText(self.tr("This form holds what you typed. Discard it?"))
        discard = box.addButton(self.tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("&Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        self.question = box

        def done(_result: int) -> None:
            self.question = None
            box.deleteLater()
            if box.clickedButton() is discard:
                self._dialog.reject()

        box.finished.connect(done)
        box.open()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Qt may still deliver the dialog's last events while the guard is torn down with it
        # (its Python attributes already gone): let them pass.
        if getattr(self, "_dialog", None) is None:
            return False
        if (
            watched is self._dialog
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            self.cancel()
            return True
        return super().eventFilter(watched, event)
