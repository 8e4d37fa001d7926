"""Everything the main window needs for sync, made in one place: the service, the background
runner, the Sync page and the status bar text."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from entryhub_desk.services import Session
from entryhub_desk.services.sync import SyncService
from entryhub_desk.services.sync_values import Backoff
from entryhub_desk.views.sync.runner import SyncRunner
from entryhub_desk.views.sync.status_label import SyncStatusLabel
from entryhub_desk.views.sync.sync_page import SyncPage


class SyncSection(QObject):
    def __init__(
        self,
        session: Session,
        parent: QWidget,
        *,
        service: SyncService | None = None,
        backoff: Backoff | None = None,
        watch_network: bool = True,
    ) -> None:
        super().__init__(parent)
        self.service = service or SyncService(session)
        self.runner = SyncRunner(self.service, self, backoff=backoff, watch_network=watch_network)
        self.page = SyncPage(session, self.service, self.runner, parent)
        self.label = SyncStatusLabel.for_role(self.runner, session.staff, parent)

    def start(self) -> None:
        self.runner.start()

    def stop(self) -> None:
        self.runner.stop()
        self.page.drop_data()
