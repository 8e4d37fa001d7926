"""The thin Qt adapter around the sync engine: a timer, a worker, back-off, network changes.

Rounds run on a worker thread (:class:`~entryhub_desk.views.tasks.Op`) over a connection of
their own, opened inside the operation for each round (so a busy or full store is a failed
round, shown and tried again on the timer, and the connection follows a re-key), so the
screens keep working on theirs; the GUI never waits for the network. The timer keeps running
while the screen is locked. After a failure the next attempt follows the engine's back-off
(exponential with jitter); when the network comes back an attempt starts at once.

A round holds its own shared claim on the data folder while its connection is open
(:meth:`SyncService.background_connection`). Log-out (:meth:`SyncRunner.stop`) cancels a round
under way (it stops before its next request or write) and waits for it, at most
:attr:`SyncRunner.stop_timeout` seconds; a round that takes longer ends by itself later, and
until then its claim keeps other programs from restoring or re-keying the store.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from enum import Enum
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from entryhub_desk.errors import DeskError
from entryhub_desk.services.sync import SyncService
from entryhub_desk.services.sync_values import Backoff, RoundResult, SyncStatus
from entryhub_desk.views.tasks import Op, TaskContext

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
    progressed = Signal(object)  # SyncProgress, after each request of a round (queued)

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
        #: how long log-out waits for a round it cancelled (seconds)
        self.stop_timeout = 10.0
        # stop() cancels under it, so a round either claims the folder before or never
        self._gate = threading.Lock()
        self._round_done = threading.Event()
        self._round_done.set()
        self._stopped = False
        # asked for while a round ran: that round may have pulled before the change it was
        # asked for was on the server, so one more round follows it at once
        self._again = False
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
        """Stop scheduling, and stop a round under way: it is cancelled before its next
        request or write and waited for (at most :attr:`stop_timeout`), so the session can
        close after this returns. A round still running then ends by itself, writing nothing
        more, and holds its claim on the data folder until it has closed its connection."""
        with contextlib.suppress(DeskError):
            self.status()
        self._stopped = True
        self._again = False
        self._timer.stop()
        self._unwatch_network()
        op = self._op
        if op is not None and op.running:
            with self._gate:
                op.cancel()
            if not self._round_done.wait(self.stop_timeout):
                log.warning("a sync round did not stop in time; it ends by itself")

    @property
    def running(self) -> bool:
        return self._op is not None and self._op.running

    def status(self) -> SyncStatus:
        """The stored state; after :meth:`stop` (the session may be closed) the last one read."""
        if self._stopped and self._last_status is not None:
            return self._last_status
        self._last_status = self._service.status()
        return self._last_status

    @property
    def cancelling(self) -> bool:
        """A round is under way and was asked to stop (log-out)."""
        op = self._op
        return self._stopped and op is not None and op.running

    def sync_now(self) -> None:
        """Start a round now (a slot of the timer: it never raises); asked for while a round
        runs, another round starts as soon as that one ends."""
        if self._stopped:
            return
        if self.running:
            self._again = True
            return
        try:
            enrolled = self.status().enrolled
        except DeskError as error:  # the session's store could not be read: try again later
            self._failed(error)
            self._schedule()
            self.changed.emit()
            return
        if not enrolled:
            if self.phase is not Phase.STOPPED:
                self.phase = Phase.STOPPED
                self.changed.emit()
            return
        self._timer.stop()
        self.phase = Phase.SYNCING
        self.changed.emit()
        self._round_done.clear()
        self._op = (
            Op.with_context(self._round, parent=self)
            .success(self._succeeded)
            .failure(self._failed)
            .on_cancel(self._cancelled)
            .finally_(self._after)
            .run_in_background()
        )

    def _round(self, context: TaskContext) -> RoundResult:
        """The worker's part: claim the folder, open a connection, run the round, close."""
        try:
            with contextlib.ExitStack() as stack:
                with self._gate:  # not cancelled yet: the claim is taken before stop() returns
                    context.check()
                    conn = stack.enter_context(self._service.background_connection())
                return self._service.engine(conn).run_round(
                    check=context.check, progress=self.progressed.emit
                )
        finally:
            self._round_done.set()

    # -- outcome --------------------------------------------------------------------------

    def _succeeded(self, result: RoundResult) -> None:
        self.backoff.success()
        self.last_error = None
        self.phase = Phase.IDLE
        if not self._stopped:  # the open pages hear what the round changed
            self._service.round_done(result)
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

    def _cancelled(self) -> None:
        self.phase = Phase.IDLE

    def _after(self) -> None:
        self._op = None
        if self._stopped:  # logged out: the session may be closed
            return
        with contextlib.suppress(DeskError):
            self._service.refresh_identity()
        again, self._again = self._again, False
        if again and self.phase is not Phase.STOPPED:
            self.sync_now()
            return
        self._schedule()
        self.changed.emit()

    def _schedule(self) -> None:
        if not self._stopped and self.phase is not Phase.STOPPED:
            self._timer.start(int(self.backoff.next_delay() * 1000))

    def next_attempt_ms(self) -> int:
        return self._timer.remainingTime() if self._timer.isActive() else -1

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
