"""Reads the search index into the page cache while the reception screen waits for typing.

On the encrypted store each page a search reads for the first time is decrypted; read ahead
(:mod:`entryhub_desk.store.search_warm`), the searches that follow decrypt none. The reading
runs on the page's worker thread, a few slices at a time between searches, never while a
search waits; when all is read it looks again now and then whether a sync round emptied the
cache (SQLite does that on another connection's commit) and reads it again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Final

from PySide6.QtCore import QObject, QThreadPool, QTimer

from entryhub_desk.errors import DeskError
from entryhub_desk.views.tasks import Op

log = logging.getLogger(__name__)

NEXT_MS: Final = 0  # the next few slices at once, after the events waiting
BUSY_MS: Final = 300  # a search is waiting or running: after it
RECHECK_MS: Final = 5000  # all read: whether the cache was emptied since


class SearchWarmup(QObject):
    """Calls ``warm()`` (True when all is read) in ``pool`` whenever ``busy()`` is False,
    from :meth:`start` until :meth:`stop`."""

    def __init__(
        self,
        warm: Callable[[], bool],
        busy: Callable[[], bool],
        pool: QThreadPool,
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self._warm = warm
        self._busy = busy
        self._pool = pool
        self._running = False  # a call in the pool (counted until its last callback)
        self._on = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._next)

    @property
    def active(self) -> bool:
        return self._on

    def start(self) -> None:
        """Read what is not yet read (after unlocking, on showing the screen)."""
        self._on = True
        self._timer.start(NEXT_MS)

    def stop(self) -> None:
        """Read nothing more (the lock): a call already running ends unseen."""
        self._on = False
        self._timer.stop()

    def _next(self) -> None:
        if not self._on or self._running:
            return
        if self._busy():
            self._timer.start(BUSY_MS)
            return
        self._running = True
        warm = self._warm
        (
            Op(warm, parent=self)
            .success(self._read)
            .failure(self._failed)
            .finally_(self._finished)
            .run_in_background(self._pool)
        )

    def _read(self, all_read: bool) -> None:
        if self._on:
            self._timer.start(RECHECK_MS if all_read else NEXT_MS)

    def _failed(self, error: Exception) -> None:
        # reading ahead is no work anyone waits for: try again later, the searches will say
        # what is wrong with the store
        code = error.code if isinstance(error, DeskError) else type(error).__name__
        log.warning("reading the search index ahead failed (%s)", code)
        if self._on:
            self._timer.start(RECHECK_MS)

    def _finished(self) -> None:
        self._running = False
