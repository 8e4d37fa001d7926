"""Search while the user types: debounced, off the GUI thread, latest query only."""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from entryhub_desk.services.reception_types import SearchHit
from entryhub_desk.views.tasks import Op

SEARCH_DELAY_MS: Final = 150


class LiveSearch(QObject):
    """Runs ``search(query)`` in ``pool`` once typing pauses; one search at a time.

    Emits :attr:`found` (query, hits) and :attr:`failed` (error). While a search runs, newer
    text waits and is searched next; the receiver still compares the query with what is typed
    now, so a late answer to an old query is never shown.
    """

    found = Signal(str, list)
    failed = Signal(object)

    def __init__(
        self,
        search: Callable[[str], list[SearchHit]],
        pool: QThreadPool,
        parent: QObject,
        *,
        delay_ms: int = SEARCH_DELAY_MS,
    ) -> None:
        super().__init__(parent)
        self._search = search
        self._pool = pool
        self._query = ""  # the latest text asked for
        self._delivered = ""  # the query of the latest results
        self._op: Op[list[SearchHit]] | None = None
        self._busy = False  # the Op itself counts as running until after its last callback
        self._again = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._start)

    def set_query(self, text: str) -> None:
        """The typed text changed: search after the pause (an empty text clears at once)."""
        self._query = text.strip()
        if not self._query:
            self._timer.stop()
            self._delivered = ""
            self.found.emit("", [])
            return
        self._timer.start()

    def search_now(self) -> None:
        self._timer.stop()
        self._start()

    def running(self) -> bool:
        return self._busy

    def pending(self) -> bool:
        """Results for the latest text are still to come."""
        return self._timer.isActive() or self.running() or self._query != self._delivered

    def hold(self) -> None:
        """Do not start the search waiting for the typing pause (a dialog opens)."""
        self._timer.stop()

    def stop(self) -> None:
        """Forget the pending text (on lock); a running search is left to finish unseen."""
        self._timer.stop()
        self._again = False
        self._query = self._delivered = ""

    def _start(self) -> None:
        query = self._query
        if not query:
            return
        if self.running():
            self._again = True
            return
        search = self._search
        self._busy = True
        self._op = (
            Op(lambda: search(query), parent=self)
            .success(lambda hits: self._deliver(query, hits))
            .failure(self.failed.emit)
            .finally_(self._finished)
            .run_in_background(self._pool)
        )

    def _deliver(self, query: str, hits: list[SearchHit]) -> None:
        if query == self._query:
            self._delivered = query
        self.found.emit(query, hits)

    def _finished(self) -> None:
        self._busy = False
        if self._again:
            self._again = False
            if self._query and self._query != self._delivered:
                self._start()
