"""The thin Qt adapter around the sync engine: a timer, a worker, back-off, network changes.

Rounds run on a worker thread (:class:`~entryhub_desk.views.tasks.Op`) over a connection of
their own, so the screens keep working on theirs; the GUI never waits for the network. The
timer keeps running while the screen is locked. After a failure the next attempt follows the
engine's back-off (exponential with jitter); when the network comes back an attempt starts at
once.
"""

from __future__ import annotations

import contextlib
import logging
from enum import Enum
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from entryhub_desk.errors import DeskError
from entryhub_desk.services.sync import SyncService
from entryhub_desk.store.connection import DeskConnection
from entryhub_desk.sync.engine import Backoff, RoundResult, SyncStatus
from entryhub_desk.views.tasks import Op

log = logging.getLogger(__name__)

# Errors after which trying again by itself is pointless until someone acts.
_STOPPING = frozenset(
    {"sync.not_enrolled", "sync.revoked", "sync.update_needed", "sync.server_key_changed"}
)


class Phase(Enum):
    IDLE = "idle"
    SYNCING = "syncing"
    OFFLINE = "offline"
    STOPPED = "stopped"  # not enrolled, revoked or update needed


class SyncRunner(QObject):
    """Emits :attr:`changed` whenever the phase or the stored status may have changed."""

    changed = Signal()
    finished = Signal(object)  # RoundResult
    failed = Signal(object)  # Exception

    def __init__(
        self,
        service: SyncService,
        parent: QObject | None = None,
        *,
        backoff: Backoff | None = None,
        watch_network: bool = True,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self.backoff = backoff or Backoff()
        self.phase = Phase.IDLE
        self.last_error: Exception | None = None
        self._op: Op[RoundResult] | None = None
        self._conn: DeskConnection | None = None
        self._stopped = False
        self._last_status: SyncStatus | None = None
        self._network: Any = None  # the QNetworkInformation watched, if any
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.sync_now)
        if watch_network:
            self._watch_network()

    # -- control --------------------------------------------------------------------------

    def start(self, first_delay_ms: int = 2000) -> None:
        self._stopped = False
        if self.status().enrolled:
            self._timer.start(first_delay_ms)

    def stop(self) -> None:
        """Stop scheduling; a round under way finishes on its own connection."""
        self.status()
        self._stopped = True
        self._timer.stop()
        self._unwatch_network()
        if self._op is None or not self._op.running:
            self._close_connection()

    @property
    def running(self) -> bool:
        return self._op is not None and self._op.running

    def status(self) -> SyncStatus:
        """The stored state; after :meth:`stop` (the session may be closed) the last one read."""
        if self._stopped and self._last_status is not None:
            return self._last_status
        self._last_status = self._service.status()
        return self._last_status

    def sync_now(self) -> None:
        if self.running or self._stopped:
            return
        if not self.status().enrolled:
            if self.phase is not Phase.STOPPED:
                self.phase = Phase.STOPPED
                self.changed.emit()
            return
        self._timer.stop()
        if self._conn is None:
            self._conn = self._service.open_background_connection()
        engine = self._service.engine(self._conn)
        self.phase = Phase.SYNCING
        self.changed.emit()
        self._op = (
            Op(engine.run_round, parent=self)
            .success(self._succeeded)
            .failure(self._failed)
            .finally_(self._after)
            .run_in_background()
        )

    # -- outcome --------------------------------------------------------------------------

    def _succeeded(self, result: RoundResult) -> None:
        self.backoff.success()
        self.last_error = None
        self.phase = Phase.IDLE
        self.finished.emit(result)

    def _failed(self, error: Exception) -> None:
        self.last_error = error
        code = error.code if isinstance(error, DeskError) else "internal"
        if code in _STOPPING:
            self.phase = Phase.STOPPED
        else:
            self.backoff.failure()
            self.phase = Phase.OFFLINE if code == "sync.unreachable" else Phase.IDLE
        log.info("sync round failed: %s", code)
        self.failed.emit(error)

    def _after(self) -> None:
        self._op = None
        if not self._stopped:
            self._service.refresh_identity()
        if self._stopped:
            self._close_connection()
        elif self.phase is not Phase.STOPPED:
            self._timer.start(int(self.backoff.next_delay() * 1000))
        self.changed.emit()

    def next_attempt_ms(self) -> int:
        return self._timer.remainingTime() if self._timer.isActive() else -1

    def _close_connection(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    # -- network ---------------------------------------------------------------------------

    def _watch_network(self) -> None:
        try:
            from PySide6.QtNetwork import QNetworkInformation
        except ImportError:  # pragma: no cover - QtNetwork ships with PySide6-Essentials
            return
        if QNetworkInformation.instance() is None and not QNetworkInformation.loadDefaultBackend():
            return
        info = QNetworkInformation.instance()
        if info is not None:
            # a slot of this object, queued: Qt drops the connection when the runner goes
            info.reachabilityChanged.connect(
                self._reachability_changed, Qt.ConnectionType.QueuedConnection
            )
            self._network = info

    def _unwatch_network(self) -> None:
        info, self._network = self._network, None
        if info is not None:
            with contextlib.suppress(RuntimeError, TypeError):  # already gone
                info.reachabilityChanged.disconnect(self._reachability_changed)

    @Slot(object)
    def _reachability_changed(self, reachability: object) -> None:
        from PySide6.QtNetwork import QNetworkInformation

        online = reachability == QNetworkInformation.Reachability.Online
        if online and not self._stopped and not self.running and self.status().enrolled:
            self.backoff.success()  # the network is back: try at once
            self.sync_now()
