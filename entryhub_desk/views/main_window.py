"""The main window: navigation between sections, status bar, menus, idle lock, log out.

Only sections that exist are shown (Reception, Visitor, CV and Sync come with later work).
Locking hides the work behind the lock page and drops decrypted data; the
:class:`~entryhub_desk.views.lock_guard.LockGuard` hides every other window and disables every
action, shortcut and menu until the member who locked (or a coordinator) unlocks. Unlocking
returns to the same section, the same dialogs and the same focused widget.

Background work goes on while locked: sync, and a batch of CVs that was started before the
lock (it was ordered by the member, writes where they chose and shows nothing new on screen:
its progress and result stay hidden until unlock; pausing it would leave a printer or a folder
half-done). Log out from the lock page stops such a batch after the CV it is making.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent
from PySide6.QtWidgets import QApplication, QLabel, QListWidgetItem, QMainWindow, QWidget

from entryhub_desk.errors import DeskError
from entryhub_desk.services import Session
from entryhub_desk.views import theme
from entryhub_desk.views.about_dialog import AboutDialog
from entryhub_desk.views.admin_page import AdminPage
from entryhub_desk.views.change_hub import ChangeHub
from entryhub_desk.views.common import is_language_change
from entryhub_desk.views.cv.cv_page import CvPage
from entryhub_desk.views.employers.employers_page import EmployersPage
from entryhub_desk.views.forms.ui_main_window import Ui_MainWindow
from entryhub_desk.views.i18n import Translations
from entryhub_desk.views.idle import IdleWatcher
from entryhub_desk.views.labels import role_label
from entryhub_desk.views.lock_guard import LockGuard
from entryhub_desk.views.lock_page import LockPage
from entryhub_desk.views.matching.matching_page import MatchingPage
from entryhub_desk.views.profile.profile_page import ProfilePage
from entryhub_desk.views.reception.reception_page import ReceptionPage
from entryhub_desk.views.section_keys import SectionKeys
from entryhub_desk.views.settings import DeskSettings
from entryhub_desk.views.sync.section import SyncSection

log = logging.getLogger(__name__)

MS_PER_MINUTE = 60_000


class MainWindow(QMainWindow):
    """Emits :attr:`loggedOut` after the session was closed by "Log out"."""

    loggedOut = Signal()

    def __init__(
        self,
        session: Session,
        settings: DeskSettings,
        translations: Translations,
        *,
        idle_interval_ms: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._settings = settings
        self._translations = translations
        self._fixed_idle_ms = idle_interval_ms
        self._closed = False
        self._locked = False
        self._focus_before: QWidget | None = None
        self._section_before = 0

        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.darkThemeAction = QAction(self)
        self.darkThemeAction.setCheckable(True)
        self.darkThemeAction.setChecked(theme.current_scheme() == theme.Scheme.DARK)
        self.darkThemeAction.toggled.connect(self._set_dark_theme)
        self.ui.menuView.addAction(self.darkThemeAction)

        # Sections: (widget, title function). Reception first: the desk opens on it.
        self.reception_page = ReceptionPage(session, self)
        self.admin_page = AdminPage(session, settings, self)
        # Visitor: the profile of the person opened (hidden until one is, see open_profile).
        self.profile_page = ProfilePage(session, self)
        # CV: of the person opened (hidden until one is, and for roles that may not print).
        self.cv_page = CvPage(session, self)
        # Employers and their openings (every role sees them; coordinators change them).
        self.employers_page = EmployersPage(session, self)
        # Matching: an opening's candidates with why, introductions (roles that may match).
        self.matching_page = MatchingPage(session, self)
        # Sync: the page, the background runner (also while locked) and the status bar text.
        self.sync = SyncSection(session, self)
        self._sections: list[tuple[QWidget, Callable[[], str]]] = [
            (self.reception_page, lambda: self.tr("Reception")),
            (self.profile_page, lambda: self.tr("Visitor")),
            (self.cv_page, lambda: self.tr("CV")),
            (self.employers_page, lambda: self.tr("Employers")),
            (self.matching_page, lambda: self.tr("Matching")),
            (self.sync.page, lambda: self.tr("Sync")),
            (self.admin_page, lambda: self.tr("Admin")),
        ]
        for widget, _title in self._sections:
            self.ui.sections.addWidget(widget)
            QListWidgetItem(self.ui.navigation)
        self.section_keys = SectionKeys(self, self.ui.navigation)  # Ctrl+1 … Ctrl+4
        theme.decorate_navigation(self.ui.navigation, [page for page, _ in self._sections])
        self.ui.navigation.currentRowChanged.connect(self.ui.sections.setCurrentIndex)
        self.ui.navigation.setCurrentRow(0)
        self._set_section_shown(self.profile_page, False)
        self._set_section_shown(self.cv_page, False)
        self._set_section_shown(self.matching_page, self.matching_page.may_match)
        self.cv_page.message.connect(self.show_message)
        self.profile_page.message.connect(self.show_message)
        self.reception_page.openProfileRequested.connect(self.open_profile)
        self.reception_page.set_profile_available(True)
        self.admin_page.message.connect(self.show_message)
        self.employers_page.message.connect(self.show_message)
        self.matching_page.message.connect(self.show_message)
        self.employers_page.matchRequested.connect(self.open_matching)
        self.matching_page.openProfileRequested.connect(self.open_profile)
        self.profile_page.openings.message.connect(self.show_message)
        self.sync.page.message.connect(self.show_message)
        self.reception_page.message.connect(self.show_message)
        # Ctrl+N (new visitor) and the import live in the Desk menu: active in every section.
        reception = self.reception_page
        self.ui.menuDesk.insertActions(
            self.ui.actionLock, [reception.newVisitorAction, reception.importAction]
        )
        self.ui.menuDesk.insertSeparator(self.ui.actionLock)
        # Several CVs at once (only for roles that may print; the action hides itself).
        self.ui.menuDesk.insertAction(self.ui.actionLock, self.cv_page.batchAction)
        # A new employer (roles that manage employers; the action hides itself).
        self.ui.menuDesk.insertAction(self.ui.actionLock, self.employers_page.newEmployerAction)
        self.reception_page.activateRequested.connect(
            lambda: self.show_section(self.reception_page)
        )
        self.admin_page.idleMinutesChanged.connect(self._idle_minutes_changed)
        # One signal tells every page what a change (here, elsewhere, a sync) touched.
        self.changes = ChangeHub(session, self)
        for page in (
            self.reception_page,
            self.profile_page,
            self.cv_page,
            self.admin_page,
            self.employers_page,
            self.matching_page,
        ):
            self.changes.changed.connect(page.on_changes)
        self.profile_page.personGone.connect(self._person_gone)

        self.lock_page = LockPage(session, self)
        self.ui.rootStack.addWidget(self.lock_page)
        self.lock_page.unlocked.connect(self._unlocked)
        self.lock_page.logOutRequested.connect(self.log_out)
        self.lock_guard = LockGuard(self, self.lock_page)

        self._hub_label = QLabel(self)
        self._staff_label = QLabel(self)
        self.ui.statusBar.addPermanentWidget(self._staff_label)
        self.ui.statusBar.addPermanentWidget(self._hub_label)
        self.ui.statusBar.addPermanentWidget(self.sync.label)
        self.sync.start()

        languages = QActionGroup(self)
        languages.setExclusive(True)
        for action, language in ((self.ui.actionSwedish, "sv"), (self.ui.actionEnglish, "en")):
            languages.addAction(action)
            action.setData(language)
            action.setChecked(translations.language == language)
        languages.triggered.connect(lambda action: self.switch_language(str(action.data())))
        self.ui.actionLock.triggered.connect(self.lock)
        self.ui.actionLogOut.triggered.connect(self.log_out)
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionAbout.triggered.connect(self.show_about)
        theme.decorate(self)

        self.idle = IdleWatcher(self._idle_ms(), self)
        self.idle.idle.connect(self.lock)
        self.idle.start()
        self._retranslate()

    # -- sections and messages ------------------------------------------------------------

    @property
    def session(self) -> Session:
        return self._session

    @property
    def locked(self) -> bool:
        return self._locked

    def current_section(self) -> QWidget | None:
        return self.ui.sections.currentWidget()

    def show_section(self, widget: QWidget) -> None:
        self.ui.navigation.setCurrentRow(self.ui.sections.indexOf(widget))

    def open_profile(self, person_id: str) -> None:
        """Show the Visitor section with the profile of ``person_id`` (from Reception)."""
        self._set_section_shown(self.profile_page, True)
        self.show_section(self.profile_page)
        self.profile_page.open_person(person_id)
        if self.cv_page.may_print:
            self._set_section_shown(self.cv_page, True)
            self.cv_page.set_person(person_id)

    def open_cv(self, person_id: str) -> None:
        """Show the CV section for ``person_id`` (roles that may print CVs)."""
        if not self.cv_page.may_print:
            return
        self._set_section_shown(self.cv_page, True)
        self.show_section(self.cv_page)
        self.cv_page.set_person(person_id)

    def open_matching(self, opening_id: str) -> None:
        """Show the Matching section with the candidates of ``opening_id`` (from Employers)."""
        if not self.matching_page.may_match or self._locked:
            return
        self.show_section(self.matching_page)
        self.matching_page.show_opening(opening_id)

    def _person_gone(self) -> None:
        """The person on the Visitor and CV sections was erased: hide both sections."""
        self._set_section_shown(self.profile_page, False)
        self._set_section_shown(self.cv_page, False)

    def _set_section_shown(self, widget: QWidget, shown: bool) -> None:
        row = self.ui.sections.indexOf(widget)
        item = self.ui.navigation.item(row)
        if item is None:
            return
        item.setHidden(not shown)
        if not shown and self.ui.navigation.currentRow() == row:
            visible = [
                r
                for r in range(self.ui.navigation.count())
                if not self.ui.navigation.item(r).isHidden()
            ]
            if visible:
                self.ui.navigation.setCurrentRow(visible[0])
        self.section_keys.retranslate()
        self.darkThemeAction.setText(self.tr("&Dark theme"))

    def show_message(self, text: str) -> None:
        self.ui.statusBar.showMessage(text, 8000)

    def show_about(self) -> None:
        if self._locked:
            return
        AboutDialog(self).open()

    def switch_language(self, language: str) -> None:
        self._translations.switch(language)
        self._settings.set_language(language)

    # -- lock -----------------------------------------------------------------------------

    def lock(self) -> None:
        if self._locked or self._closed:
            return
        self._locked = True
        focus = QApplication.focusWidget()
        self._focus_before = focus if focus is not None and self.isAncestorOf(focus) else None
        self._section_before = self.ui.sections.currentIndex()
        self.lock_guard.engage()  # first: no other window shows anything from here on
        self.idle.stop()
        self.profile_page.save_drafts()  # nothing typed is lost, even if the desk never unlocks
        self._session.lock()
        self.reception_page.drop_data()
        self.reception_page.settle()  # its worker thread reads the connection closed below
        self.admin_page.drop_data()
        self.profile_page.drop_data()
        self.cv_page.drop_data()
        self.employers_page.drop_data()
        self.matching_page.drop_data()
        self.sync.page.drop_data()  # the background sync itself keeps running while locked
        self.ui.rootStack.setCurrentWidget(self.lock_page)
        self.lock_page.prepare()
        self.activateWindow()  # a hidden dialog may have been the active window
        log.info("desk locked")

    def _unlocked(self, name: str = "") -> None:
        self._locked = False
        self.reception_page.reload()
        self.admin_page.reload()
        self.profile_page.reload()
        self.cv_page.reload()
        self.employers_page.reload()
        self.matching_page.reload()
        self.sync.page.reload()
        self.ui.rootStack.setCurrentWidget(self.ui.workPage)
        self.ui.navigation.setCurrentRow(self._section_before)
        self.lock_guard.release()
        focus = self._focus_before
        self._focus_before = None
        if focus is not None and shiboken6.isValid(focus):
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
        self.idle.start()
        if name and name.casefold() != self._session.staff.name.casefold():
            self.show_message(self.tr("Unlocked by {name} (coordinator).").format(name=name))
        log.info("desk unlocked")

    def _own_windows(self) -> list[QWidget]:
        """Dialogs and other top-level windows opened from this window."""
        windows = []
        for widget in QApplication.topLevelWidgets():
            parent = widget.parentWidget()
            while parent is not None and parent is not self:
                parent = parent.parentWidget()
            if widget is not self and parent is self:
                windows.append(widget)
        return windows

    def _idle_ms(self) -> int:
        if self._fixed_idle_ms is not None:
            return self._fixed_idle_ms
        return self._settings.idle_minutes() * MS_PER_MINUTE

    def _idle_minutes_changed(self, _minutes: int) -> None:
        self.idle.set_interval(self._idle_ms())

    # -- log out and quit -----------------------------------------------------------------

    def log_out(self) -> None:
        """Close the session and hand over to the login window (via :attr:`loggedOut`)."""
        if self._closed:
            return
        self._end_session()
        self.loggedOut.emit()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._end_session()
        super().closeEvent(event)

    def _end_session(self) -> None:
        if self._closed:
            return
        self._closed = True
        self.changes.stop()
        self.idle.remove()
        self.lock_guard.dismiss()
        self.cv_page.stop_batch()  # a batch running behind the lock stops after its current CV
        for window in self._own_windows():
            window.close()
        self.reception_page.drop_data()
        self.reception_page.settle()  # its worker thread reads the connection closed below
        self.admin_page.drop_data()
        self.profile_page.drop_data()
        self.cv_page.drop_data()
        self.employers_page.drop_data()
        self.matching_page.drop_data()
        self.sync.stop()
        try:
            self._session.close()
        except DeskError as error:
            log.warning("closing the session failed: %s", error.code)
        log.info("logged out")

    def _set_dark_theme(self, dark: bool) -> None:
        scheme = theme.Scheme.DARK if dark else theme.Scheme.LIGHT
        self._settings.set_theme(scheme.value)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply(app, scheme)
        theme.decorate(self)  # icons are drawn in the scheme's text colour
        theme.decorate_navigation(self.ui.navigation, [page for page, _ in self._sections])

    # -- language -------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        hub = self._session.identity.hub_name
        staff = self._session.staff
        # The hub alone: the window system adds the application's display name once.
        self.setWindowTitle(hub)
        for row, (_widget, title) in enumerate(self._sections):
            item = self.ui.navigation.item(row)
            if item is not None:
                item.setText(title())
        theme.fit_navigation(self.ui.navigation)
        self.section_keys.retranslate()
        self.darkThemeAction.setText(self.tr("&Dark theme"))
        self._hub_label.setText(self.tr("Hub: {hub}").format(hub=hub))
        self._staff_label.setText(
            self.tr("Logged in: {name} ({role})").format(
                name=staff.name, role=role_label(staff.role)
            )
        )
