"""CV screen tests: visitors with profiles seeded through the services, a volunteer's window."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from entryhub_desk.domain.profile import Work
from entryhub_desk.domain.staff import Role
from entryhub_desk.security.audit import AuditLog
from entryhub_desk.services import Desk, Session
from entryhub_desk.services.profile import Profiles
from entryhub_desk.services.staff import StaffService
from entryhub_desk.services.visitors import VisitorsService
from entryhub_desk.views.cv.printing import new_printer
from entryhub_desk.views.i18n import Translations
from entryhub_desk.views.main_window import MainWindow
from entryhub_desk.views.settings import DeskSettings
from tests.conftest import COORDINATOR, COORDINATOR_PASSWORD
from tests.views.conftest import NO_IDLE_MS, open_main_window

VOLUNTEER = "Sara Volontär"
VOLUNTEER_PASSWORD = "Kaffekopp-Regn-2024"

VISITORS = (
    ("Amal", "Haddad", "Nurse"),
    ("Yonas", "Tesfay", "Electrician"),
    ("Farah", "Ahmadi", "Accountant"),
)


@dataclass
class CvDesk:
    desk: Desk
    person_ids: list[str]


@pytest.fixture
def cv_desk(set_up_desk: Desk) -> CvDesk:
    """The desk of ``set_up_desk`` plus a volunteer and three visitors with a work entry."""
    session = set_up_desk.unlock(COORDINATOR, COORDINATOR_PASSWORD)
    try:
        StaffService(session).add_staff(VOLUNTEER, Role.VOLUNTEER, VOLUNTEER_PASSWORD)
        profiles = Profiles(session)
        ids = []
        for given, family, title in VISITORS:
            person = VisitorsService(session).register(
                VisitorsService(session).new_person(
                    given_name=given, family_name=family, birth_year=1990
                )
            )
            profiles.save(Work(person_id=person.id, title=title, start="2015"))
            ids.append(person.id)
    finally:
        session.close()
    return CvDesk(set_up_desk, ids)


def activate(qtbot: QtBot, window: QWidget) -> None:
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


OpenWindow = Callable[..., MainWindow]


@pytest.fixture
def open_window(
    qtbot: QtBot, cv_desk: CvDesk, settings: DeskSettings, translations: Translations
) -> Iterator[OpenWindow]:
    """``open_window(name, password)``: an active main window (a volunteer's by default)."""
    windows: list[MainWindow] = []

    def open_(name: str = VOLUNTEER, password: str = VOLUNTEER_PASSWORD) -> MainWindow:
        window = open_main_window(
            qtbot,
            cv_desk.desk,
            settings,
            translations,
            name,
            password,
            idle_interval_ms=NO_IDLE_MS,
        )
        activate(qtbot, window)
        windows.append(window)
        return window

    yield open_
    # pytest-qt has closed the windows by now: let their CV work end and delete them, so no
    # window or worker of this test lingers into the next one.
    for window in windows:
        window.cv_page.pool.waitForDone(10_000)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def audit_actions(session: Session, action: str) -> list[str | None]:
    """Subjects of the audit rows with ``action``, oldest first."""
    log = AuditLog(session.opened.conn, session.identity, session.desk.config.clock)
    return [entry.subject_id for entry in log.entries() if entry.action == action]


def pdf_printer(path: Path) -> QPrinter:
    """A printer that writes a PDF file (instead of the system print dialog)."""
    printer = new_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer
