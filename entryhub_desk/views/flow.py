"""Which window is on screen: set-up wizard → login → main window → (log out) → login."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from entryhub_desk.services import Desk, Session
from entryhub_desk.services.cv_warmup import start_warm_up
from entryhub_desk.views.i18n import Translations
from entryhub_desk.views.login_window import LoginWindow
from entryhub_desk.views.settings import DeskSettings
from entryhub_desk.views.setup_wizard import SetupWizard

if TYPE_CHECKING:
    from entryhub_desk.views.main_window import MainWindow

log = logging.getLogger(__name__)


class DeskFlow(QObject):
    """Owns the top-level windows of one desk. The next window is always shown before the
    previous one is hidden, so the application never runs out of windows mid-way."""

    def __init__(
        self,
        desk: Desk,
        settings: DeskSettings,
        translations: Translations,
        *,
        idle_interval_ms: int | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.settings = settings
        self.translations = translations
        self.idle_interval_ms = idle_interval_ms
        self.wizard: SetupWizard | None = None
        self.login_window: LoginWindow | None = None
        self.main_window: MainWindow | None = None

    def start(self) -> None:
        if self.desk.is_set_up():
            self.show_login()
        else:
            self.show_wizard()

    def show_wizard(self) -> SetupWizard:
        wizard = SetupWizard(self.desk)
        wizard.setUpDone.connect(self._set_up_done)
        self.wizard = wizard
        wizard.show()
        wizard.activateWindow()
        return wizard

    def _set_up_done(self, coordinator_name: str) -> None:
        self.show_login(select=coordinator_name)
        if self.wizard is not None:
            self.wizard.deleteLater()
            self.wizard = None

    def show_login(self, select: str | None = None) -> LoginWindow:
        if self.login_window is None:
            self.login_window = LoginWindow(self.desk)
            self.login_window.loggedIn.connect(self.show_main)
        self.login_window.refresh_names(select=select)
        self.login_window.show()
        self.login_window.activateWindow()
        self.login_window.focus_first_field()
        # The CV renderer loads while the person types the password (nothing personal is read),
        # so that the CV page's first preview right after the log-in is not kept waiting.
        start_warm_up()
        return self.login_window

    def show_main(self, session: Session) -> MainWindow:
        # Imported on first log-in, not at start: the main window pulls in every section
        # (reception, profile, CV, sync), which would double the time to the login window.
        from entryhub_desk.views.main_window import MainWindow

        window = MainWindow(
            session, self.settings, self.translations, idle_interval_ms=self.idle_interval_ms
        )
        window.loggedOut.connect(self._logged_out)
        self.main_window = window
        window.show()
        window.activateWindow()
        if self.login_window is not None:
            self.login_window.hide()
        return window

    def _logged_out(self) -> None:
        self.show_login()
        if self.main_window is not None:
            self.main_window.deleteLater()
            self.main_window = None
