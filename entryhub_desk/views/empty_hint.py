"""Empty states that say what to do next (issue 14): a muted line of text drawn in an item
view's viewport while its model has no rows."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QAbstractItemView

from entryhub_desk.views import theme


class EmptyHint(QObject):
    """Draws ``text()`` centred in ``view`` while it shows no rows. ``text`` is called at
    every paint, so it follows the language and the state (translate it there)."""

    def __init__(self, view: QAbstractItemView, text: Callable[[], str]) -> None:
        super().__init__(view)
        self._view = view
        self._text = text
        view.viewport().installEventFilter(self)

    def current_text(self) -> str:
        """What the view says now ("" while it has rows)."""
        model = self._view.model()
        if model is not None and model.rowCount() > 0:
            return ""
        return self._text()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and watched is self._view.viewport():
            text = self.current_text()
            if text:
                painter = QPainter(self._view.viewport())
                painter.setPen(theme.colours().muted)
                rect = self._view.viewport().rect().adjusted(16, 8, -16, -8)
                flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
                painter.drawText(rect, int(flags), text)
                painter.end()
        return False
