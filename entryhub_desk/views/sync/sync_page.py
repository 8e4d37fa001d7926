"""The Sync section: enrol the desk, see the sync state, sync now, review conflicts."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from entryhub_desk.domain.staff import Action
from entryhub_desk.services import Session
from entryhub_desk.services.sync import SyncService
from entryhub_desk.views.common import InlineError, is_language_change
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
        self.setObjectName("syncPage")
        self._session = session
        self._service = service
        self._runner = runner
        self._coordinator = session.staff.may(Action.MANAGE_SYNC)
        self.conflicts_dialog: ConflictsDialog | None = None

        self.state_box = QGroupBox(self)
        form = QFormLayout(self.state_box)
        self.server_caption, self.server_value = QLabel(self), QLabel(self)
        self.hub_caption, self.hub_value = QLabel(self), QLabel(self)
        self.state_caption, self.state_value = QLabel(self), QLabel(self)
        self.last_caption, self.last_value = QLabel(self), QLabel(self)
        self.waiting_caption, self.waiting_value = QLabel(self), QLabel(self)
        self.conflicts_caption, self.conflicts_value = QLabel(self), QLabel(self)
        for caption, value in (
            (self.server_caption, self.server_value),
            (self.hub_caption, self.hub_value),
            (self.state_caption, self.state_value),
            (self.last_caption, self.last_value),
            (self.waiting_caption, self.waiting_value),
            (self.conflicts_caption, self.conflicts_value),
        ):
            form.addRow(caption, value)
        self.sync_button = QPushButton(self)
        self.sync_button.setObjectName("syncNow")
        self.conflicts_button = QPushButton(self)
        self.conflicts_button.setObjectName("reviewConflicts")
        self.conflicts_button.setVisible(session.staff.may(Action.RESOLVE_CONFLICTS))
        buttons = QHBoxLayout()
        buttons.addWidget(self.sync_button)
        buttons.addWidget(self.conflicts_button)
        buttons.addStretch(1)

        self.enrol_box = QGroupBox(self)
        enrol_form = QFormLayout(self.enrol_box)
        self.url_caption, self.url_edit = QLabel(self), QLineEdit(self)
        self.url_edit.setObjectName("serverUrl")
        self.code_caption, self.code_edit = QLabel(self), QLineEdit(self)
        self.code_edit.setObjectName("enrolCode")
        self.url_caption.setBuddy(self.url_edit)
        self.code_caption.setBuddy(self.code_edit)
        self.enrol_button = QPushButton(self)
        self.enrol_button.setObjectName("enrol")
        enrol_form.addRow(self.url_caption, self.url_edit)
        enrol_form.addRow(self.code_caption, self.code_edit)
        enrol_form.addRow(self.enrol_button)
        self.error_label = QLabel(self)
        self.error = InlineError(self.error_label)

        layout = QVBoxLayout(self)
        layout.addWidget(self.state_box)
        layout.addLayout(buttons)
        layout.addWidget(self.enrol_box)
        layout.addWidget(self.error_label)
        layout.addStretch(1)

        self.sync_button.clicked.connect(self._sync_now)
        self.conflicts_button.clicked.connect(self.open_conflicts)
        self.enrol_button.clicked.connect(self._enrol)
        self.code_edit.returnPressed.connect(self._enrol)
        runner.changed.connect(self.refresh)
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
        url, code = self.url_edit.text().strip(), self.code_edit.text().strip()
        self.error.show(None)
        self.enrol_button.setEnabled(False)
        self._enrolling = (
            Op(lambda: self._service.enrol(url, code), parent=self)
            .success(self._enrolled)
            .failure(self.error.show)
            .finally_(lambda: self.enrol_button.setEnabled(True))
            .run_in_background()
        )

    def _enrolled(self, hub_name: str) -> None:
        self.code_edit.clear()
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
        self.server_value.setText(status.server_url or self.tr("not enrolled"))
        self.hub_value.setText(status.hub_name)
        if not status.enrolled:
            state = self.tr("Not set up")
        elif status.revoked:
            state = self.tr("This desk was revoked by the network")
        elif phase is Phase.SYNCING:
            state = self.tr("Syncing…")
        elif phase is Phase.OFFLINE:
            state = self.tr("Offline; trying again by itself")
        elif phase is Phase.STOPPED:
            state = self.tr("Stopped")
        else:
            state = self.tr("Ready")
        self.state_value.setText(state)
        self.last_value.setText(local_time(status.last_sync_at) or self.tr("never"))
        self.waiting_value.setText(str(status.pending))
        self.conflicts_value.setText(str(status.conflicts))
        self.enrol_box.setVisible(self._coordinator and (not status.enrolled or status.revoked))
        self.sync_button.setEnabled(status.enrolled and phase is not Phase.SYNCING)
        self.conflicts_button.setEnabled(status.conflicts > 0)

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.state_box.setTitle(self.tr("Sync with the network"))
        self.server_caption.setText(self.tr("Server:"))
        self.hub_caption.setText(self.tr("Hub:"))
        self.state_caption.setText(self.tr("State:"))
        self.last_caption.setText(self.tr("Last synced:"))
        self.waiting_caption.setText(self.tr("Changes waiting:"))
        self.conflicts_caption.setText(self.tr("Conflicts to review:"))
        self.sync_button.setText(self.tr("&Sync now"))
        self.conflicts_button.setText(self.tr("&Review conflicts…"))
        self.enrol_box.setTitle(self.tr("Enrol this desk"))
        self.url_caption.setText(self.tr("Server &address:"))
        self.code_caption.setText(self.tr("Enrolment &code:"))
        self.enrol_button.setText(self.tr("&Enrol"))
        self.url_edit.setPlaceholderText("https://")
        self.error.retranslate()
        self.refresh()
