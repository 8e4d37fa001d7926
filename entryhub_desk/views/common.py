"""Small helpers shared by the views (no widgets of their own)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QLabel, QMessageBox, QProgressBar, QWidget

from entryhub_desk.views.error_text import error_text


def is_language_change(event: QEvent) -> bool:
    return event.type() == QEvent.Type.LanguageChange


class InlineError:
    """An error label under a form; keeps the error so a language switch re-renders it."""

    def __init__(self, label: QLabel) -> None:
        self._label = label
        self._error: BaseException | None = None
        label.setObjectName(label.objectName() or "errorLabel")
        label.setProperty("role", "error")
        self.show(None)

    @property
    def error(self) -> BaseException | None:
        return self._error

    def show(self, error: BaseException | None) -> None:
        self._error = error
        self.retranslate()

    def retranslate(self) -> None:
        text = error_text(self._error) if self._error is not None else ""
        self._label.setText(text)
        self._label.setVisible(bool(text))


def warn(parent: QWidget, title: str, text: str) -> QMessageBox:
    """A warning that does not run its own loop (window-modal, ``open()``): what a background
    job reports with. The lock guard hides it while the desk is locked and shows it at unlock
    (an exec'd box would be answered Cancel unseen)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def set_busy(bar: QProgressBar, busy: bool, widgets: Iterable[QWidget] = ()) -> None:
    """Show an indefinite progress bar and disable ``widgets`` while work runs."""
    bar.setVisible(busy)
    for widget in widgets:
        widget.setEnabled(not busy)


def monospace_font(point_size_factor: float = 1.0) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setFixedPitch(True)
    if point_size_factor != 1.0 and font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * point_size_factor)
    return font
