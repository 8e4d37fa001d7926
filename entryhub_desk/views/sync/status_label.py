"""The status bar's sync text: offline / syncing / last synced, changes waiting, conflicts."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from entryhub_desk.domain.staff import Action
from entryhub_desk.errors import DeskError
from entryhub_desk.views.common import is_language_change
from entryhub_desk.views.error_text import error_text
from entryhub_desk.views.sync.runner import Phase, SyncRunner

#: How often the status bar re-reads the sync state (tests may lower it).
REFRESH_MS = 2000


def local_time(iso: str | None) -> str:
    """A stored UTC time as short local text (empty when there is none)."""
    if not iso:
        return ""
    moment = datetime.strptime(iso, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC).astimezone()
    return moment.strftime("%Y-%m-%d %H:%M")


class SyncStatusLabel(QLabel):
    def __init__(self, runner: SyncRunner, *, show_conflicts: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self._runner = runner
        self._show_conflicts = show_conflicts
        runner.changed.connect(self.refresh)
        # Live: changes made at this desk (a registration, a check-in) count at once, without
        # waiting for the next sync round.
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.refresh()

    @classmethod
    def for_role(
        cls, runner: SyncRunner, may: object, parent: QWidget | None = None
    ) -> SyncStatusLabel:
        show = bool(getattr(may, "may", lambda _a: False)(Action.RESOLVE_CONFLICTS))
        return cls(runner, show_conflicts=show, parent=parent)

    def refresh(self) -> None:
        try:
            status = self._runner.status()
        except DeskError:  # the store is busy or gone (log-out): keep the last text
            return
        parts: list[str] = []
        phase = self._runner.phase
        if not status.enrolled:
            parts.append(self.tr("Sync: not set up"))
        elif status.revoked:
            parts.append(self.tr("Sync: this desk was revoked; ask a coordinator"))
        elif phase is Phase.STOPPED:
            parts.append(self.tr("Sync: stopped"))
        elif phase is Phase.SYNCING:
            parts.append(self.tr("Syncing…"))
        elif phase is Phase.OFFLINE:
            parts.append(self.tr("Offline"))
        elif getattr(self._runner.last_error, "code", None) == "sync.clock_ahead":
            parts.append(self.tr("Sync stopped: this computer's clock is wrong"))
        elif self._runner.last_error is not None:  # e.g. a full disk or a busy store
            parts.append(self.tr("Sync failed; trying again by itself"))
        elif status.last_sync_at:
            parts.append(self.tr("Last synced {time}").format(time=local_time(status.last_sync_at)))
        else:
            parts.append(self.tr("Not synced yet"))
        if status.pending == 1:
            parts.append(self.tr("1 change waiting"))
        elif status.pending:
            parts.append(self.tr("{count} changes waiting").format(count=status.pending))
        if self._show_conflicts and status.conflicts == 1:
            parts.append(self.tr("1 conflict to review"))
        elif self._show_conflicts and status.conflicts:
            parts.append(self.tr("{count} conflicts to review").format(count=status.conflicts))
        self.setText(" · ".join(parts))
        error = self._runner.last_error
        self.setToolTip("" if error is None else error_text(error))

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.refresh()
        super().changeEvent(event)
