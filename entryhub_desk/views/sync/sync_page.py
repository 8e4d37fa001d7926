"""The Sync section: enrol the desk, see the sync state, sync now, review conflicts."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, Signal
from PySide6.QtWidgets import QWidget

from entryhub_desk.domain.staff import Action
from entryhub_desk.errors import DeskError
from entryhub_desk.services import Session
from entryhub_desk.services.sync import SyncService
from entryhub_desk.services.sync_values import SyncProgress
from entryhub_desk.views.common import InlineError, is_language_change
from entryhub_desk.views.forms.ui_sync_page import Ui_SyncPage
from entryhub_desk.views.sync.conflicts_dialog import ConflictsDialog
from entryhub_desk.views.sync.runner import Phase, SyncRunner
from entryhub_desk.views.sync.status_label import local_time
from entryhub_desk.views.tasks import Op


class SyncPage(QWidget):
    message = Signal(str)

    def __init__(
        self,
        session: Session,
        service: SyncService,
        runner: SyncRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        # The name the page had before it became a form; setupUi keeps a name already set.
        self.setObjectName("syncPage")
        self._session = session
        self._service = service
        self._runner = runner
        self._coordinator = session.staff.may(Action.MANAGE_SYNC)
        self.conflicts_dialog: ConflictsDialog | None = None
        self.ui = Ui_SyncPage()
        self.ui.setupUi(self)
        self.error = InlineError(self.ui.errorLabel)
        self.ui.stateValue.setWordWrap(True)  # the revoked state is a sentence
        self.ui.reviewConflicts.setVisible(session.staff.may(Action.RESOLVE_CONFLICTS))

        self.ui.syncNow.clicked.connect(self._sync_now)
        self.ui.reviewConflicts.clicked.connect(self.open_conflicts)
        self.ui.enrol.clicked.connect(self._enrol)
        self.ui.enrolCode.returnPressed.connect(self._enrol)
        runner.changed.connect(self.refresh)
        runner.progressed.connect(self._progressed)
        self.progress: SyncProgress | None = None  # of the round under way
        runner.failed.connect(self.error.show)
        runner.finished.connect(lambda _result: self.error.show(None))
        self._enrolling: Op[str] | None = None
        self._retranslate()

    # -- actions --------------------------------------------------------------------------

    def _sync_now(self) -> None:
        self.error.show(None)
        self._runner.sync_now()

    def _enrol(self) -> None:
        if self._enrolling is not None and self._enrolling.running:
            return
        url, code = self.ui.serverUrl.text().strip(), self.ui.enrolCode.text().strip()
        self.error.show(None)
        self.ui.enrol.setEnabled(False)
        self._enrolling = (
            Op(lambda: self._service.enrol(url, code), parent=self)
            .success(self._enrolled)
            .failure(self._enrol_failed)
            .finally_(lambda: self.ui.enrol.setEnabled(True))
            .run_in_background()
        )

    def _enrol_failed(self, error: BaseException) -> None:
        """An enrolment is tried once: "will try again by itself" would be untrue here."""
        if isinstance(error, DeskError) and error.code == "sync.unreachable":
            error = DeskError("sync.enrol_unreachable", None, **error.params)
        self.error.show(error)

    def _enrolled(self, hub_name: str) -> None:
        self.ui.enrolCode.clear()
        self._service.refresh_identity()
        self.message.emit(self.tr("This desk now syncs as part of {hub}.").format(hub=hub_name))
        self.refresh()
        self._runner.start(first_delay_ms=0)

    def open_conflicts(self) -> None:
        if self.conflicts_dialog is None:
            self.conflicts_dialog = ConflictsDialog(self._service, self)
            self.conflicts_dialog.resolved.connect(self.refresh)
            self.conflicts_dialog.resolved.connect(self._runner.changed.emit)
        else:
            self.conflicts_dialog.reload()
        self.conflicts_dialog.open()

    # -- display --------------------------------------------------------------------------

    def _progressed(self, progress: SyncProgress) -> None:
        self.progress = progress
        self.refresh()

    def _progress_text(self, progress: SyncProgress) -> str:
        return self.tr(
            "Syncing… sent {sent} ({changes_sent} changes), received {received} "
            "({changes_received} changes)"
        ).format(
            sent=self._size(progress.bytes_sent),
            changes_sent=progress.changes_sent,
            received=self._size(progress.bytes_received),
            changes_received=progress.changes_received,
        )

    def _size(self, count: int) -> str:
        kilobytes = QLocale().toString(max(0, count) / 1024, "f", 1)
        return self.tr("{kilobytes} KB").format(kilobytes=kilobytes)

    def reload(self) -> None:
        self.refresh()

    def drop_data(self) -> None:
        if self.conflicts_dialog is not None:
            self.conflicts_dialog.close()
            self.conflicts_dialog.deleteLater()
            self.conflicts_dialog = None

    def refresh(self) -> None:
        status = self._runner.status()
        phase = self._runner.phase
        if phase is not Phase.SYNCING:
            self.progress = None
        self.ui.serverValue.setText(status.server_url or self.tr("not enrolled"))
        self.ui.hubValue.setText(status.hub_name)
        if not status.enrolled and not self._coordinator:
            state = self.tr(
                "This desk is not connected yet: ask your coordinator. Everything you do here "
                "is kept and will be sent once the desk is connected."
            )
        elif not status.enrolled:
            state = self.tr("Not set up")
        elif status.revoked:
            state = self.tr(
                "This desk was revoked; ask a coordinator for a re-admission code and enrol "
                "with it below. Its waiting changes are kept."
            )
        elif phase is Phase.SYNCING and self.progress is not None:
            state = self._progress_text(self.progress)
        elif phase is Phase.SYNCING:
            state = self.tr("Syncing…")
        elif phase is Phase.OFFLINE:
            state = self.tr("Offline; trying again by itself")
        elif phase is Phase.STOPPED:
            state = self.tr("Stopped")
        else:
            state = self.tr("Ready")
        self.ui.stateValue.setText(state)
        self.ui.lastSyncValue.setText(local_time(status.last_sync_at) or self.tr("never"))
        self.ui.waitingValue.setText(str(status.pending))
        self.ui.conflictsValue.setText(str(status.conflicts))
        self.ui.enrolGroup.setVisible(self._coordinator and (not status.enrolled or status.revoked))
        self.ui.syncNow.setEnabled(status.enrolled and phase is not Phase.SYNCING)
        self.ui.syncNow.setVisible(status.enrolled or self._coordinator)  # no bare grey button
        self.ui.reviewConflicts.setEnabled(status.conflicts > 0)

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        """The texts the form cannot hold: the error and the state values."""
        self.error.retranslate()
        self.refresh()
