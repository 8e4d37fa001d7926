"""Notices when nobody has touched the keyboard or mouse for a while."""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

ACTIVITY: Final = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


class IdleWatcher(QObject):
    """An application event filter that restarts a timer on any key or mouse input.

    Emits :attr:`idle` once the timer runs out; :meth:`start` arms it again (after unlock).
    """

    idle = Signal()

    def __init__(self, interval_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.idle)
        self._installed = False

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    def set_interval(self, interval_ms: int) -> None:
        self._timer.setInterval(interval_ms)
        if self._timer.isActive():
            self._timer.start()

    def is_active(self) -> bool:
        return self._timer.isActive()

    def start(self) -> None:
        app = QCoreApplication.instance()
        if not self._installed and app is not None:
            app.installEventFilter(self)
            self._installed = True
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def remove(self) -> None:
        self._timer.stop()
        app = QCoreApplication.instance()
        if self._installed and app is not None:
            app.removeEventFilter(self)
        self._installed = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY and self._timer.isActive():
            self._timer.start()
        return False
