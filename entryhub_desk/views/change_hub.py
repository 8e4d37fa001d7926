"""One signal that tells every open page what changed in the store.

The services report each mutation's :class:`~entryhub_desk.services.changes.Changes` through
the session (``Session.publish``), from whichever thread did the work (the background sync,
an import). The hub hears them and emits :attr:`ChangeHub.changed`; a page connects its
``on_changes(changes)`` and reloads what it shows of the persons named (or everything). The
signal reaches the pages in the GUI thread (a queued connection when emitted from a worker).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal

from entryhub_desk.services import Session


class ChangeHub(QObject):
    """Hears the session's changes and tells the pages (one per main window)."""

    changed = Signal(object)  # Changes
    _heard = Signal(object)  # from any thread; re-emitted as `changed` in the GUI thread

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Always queued, also from the GUI thread: a page reloads once the mutation is over
        # (its transaction committed), never in the middle of it.
        self._heard.connect(self.changed, Qt.ConnectionType.QueuedConnection)
        self._stop = session.listen(self._heard.emit)
        self.destroyed.connect(self._stop)

    def stop(self) -> None:
        """Hear no more (the window closes); safe to call twice."""
        self._stop()
