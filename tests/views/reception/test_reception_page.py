"""The reception page: search, check-in by keyboard, today's visits, roles."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from entryhub_desk.domain.visit import VisitState
from entryhub_desk.services import Desk
from entryhub_desk.services.visitors import VisitorsService
from entryhub_desk.services.visits import VisitsService
from entryhub_desk.views.reception.checkin_dialog import CheckInDialog
from entryhub_desk.views.reception.search_model import (
    BIRTH_YEAR,
    CODE,
    COUNTRY,
    GENDER,
    LAST_VISIT,
    NAME,
    ORIGINAL,
    PHONE,
)
from entryhub_desk.views.reception.visits_model import HANDLED_BY, PURPOSES, STATE
from tests.conftest import COORDINATOR, COORDINATOR_PASSWORD
from tests.views.conftest import RECEPTIONIST
from tests.views.reception.conftest import (
    MOHAMMED,
    OpenWindow,
    activate,
    focused,
    seed,
    type_search,
)


def test_check_in_a_returning_visitor_by_keyboard(
    qtbot: QtBot, set_up_desk: Desk, open_window: OpenWindow
) -> None:
    (mohammed,) = seed(set_up_desk, MOHAMMED)
    window = open_window("receptionist")
    page = window.reception_page
    assert focused() is page.ui.searchEdit  # focused on open

    type_search(qtbot, page, "mohamed")
    assert page.results.rowCount() == 1
    assert page.results.index(0, NAME).data() == "Mohammed Ali"
    assert page.results.index(0, ORIGINAL).data() == "محمد علي"
    assert page.ui.searchStatus.text() == "Visitors found: 1"

    qtbot.keyClick(focused(), Qt.Key.Key_Down)  # into the results
    assert focused() is page.ui.resultsTable
    qtbot.keyClick(focused(), Qt.Key.Key_Up)  # and back
    assert focused() is page.ui.searchEdit
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    dialog = page.findChild(CheckInDialog)
    assert dialog is not None
    activate(qtbot, dialog)
    assert "Mohammed Ali" in dialog.ui.personLabel.text()
    assert dialog.ui.handledByCombo.currentText() == RECEPTIONIST
    assert focused() is dialog.ui.purposesList

    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # no purpose yet
    assert dialog.ui.errorLabel.text() == "Purpose of the visit is required."
    qtbot.keyClick(focused(), Qt.Key.Key_Space)  # job search
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    qtbot.keyClick(focused(), Qt.Key.Key_Space)  # CV help
    assert dialog.purposes() == ["job_search", "cv_help"]
    with qtbot.waitSignal(dialog.checkedIn, timeout=5_000):
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert "Mohammed Ali was checked in." in window.ui.statusBar.currentMessage()

    visits = page.visits
    qtbot.waitUntil(lambda: visits.rowCount() == 1)  # through the change it published
    assert visits.index(0, PURPOSES).data() == "Job search, CV help"
    assert visits.index(0, HANDLED_BY).data() == RECEPTIONIST
    assert visits.index(0, STATE).data() == "Waiting"

    activate(qtbot, window)
    assert focused() is page.ui.searchEdit  # ready for the next visitor
    page.ui.visitsTable.setFocus()
    page.ui.visitsTable.selectRow(0)
    qtbot.keyClick(focused(), Qt.Key.Key_M)
    assert visits.index(0, STATE).data() == "In a meeting"
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    assert visits.index(0, STATE).data() == "Done"
    qtbot.keyClick(focused(), Qt.Key.Key_W)
    assert visits.index(0, STATE).data() == "Waiting"
    (row,) = VisitsService(window.session).visits_today()
    assert row.person.id == mohammed.id
    assert row.visit.state is VisitState.WAITING


def test_results_show_what_tells_namesakes_apart(
    qtbot: QtBot, set_up_desk: Desk, open_window: OpenWindow
) -> None:
    namesake = {
        "given_name": "Mohammed",
        "family_name": "Ali",
        "birth_year": 1971,
        "gender": "female",
        "country_of_birth": "IQ",
        "phone": "070-999 88 77",
    }
    mohammed, other = seed(set_up_desk, MOHAMMED, namesake)
    session = set_up_desk.unlock(COORDINATOR, COORDINATOR_PASSWORD)
    try:
        VisitsService(session).check_in(other.id, purposes=["job_search"])
    finally:
        session.close()
    window = open_window("receptionist")
    page = window.reception_page
    type_search(qtbot, page, "mohammed ali")
    rows = {
        page.results.index(row, CODE).data(): [
            page.results.index(row, column).data()
            for column in (NAME, ORIGINAL, BIRTH_YEAR, GENDER, COUNTRY, PHONE)
        ]
        for row in range(page.results.rowCount())
    }
    code = VisitorsService(window.session).code_of
    assert rows == {
        code(mohammed.id): ["Mohammed Ali", "محمد علي", "1990", "", "Syria", "…233"],
        code(other.id): ["Mohammed Ali", "", "1971", "Female", "Iraq", "…877"],
    }
    headers = [page.results.headerData(c, Qt.Orientation.Horizontal) for c in (GENDER, PHONE)]
    assert headers == ["Gender", "Phone"]
    visited = [page.results.index(r, LAST_VISIT).data() for r in range(2)]
    assert sorted(bool(v) for v in visited) == [False, True]


def test_enter_before_the_results_arrive_opens_the_check_in(
    qtbot: QtBot, set_up_desk: Desk, open_window: OpenWindow
) -> None:
    seed(set_up_desk, MOHAMMED)
    window = open_window("receptionist")
    page = window.reception_page
    qtbot.keyClicks(focused(), "ali moha")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.findChild(CheckInDialog) is not None, timeout=10_000)


def test_search_by_phone_and_code(qtbot: QtBot, set_up_desk: Desk, open_window: OpenWindow) -> None:
    (mohammed,) = seed(set_up_desk, MOHAMMED)
    window = open_window("receptionist")
    page = window.reception_page
    type_search(qtbot, page, "0701112233")
    assert [h.person.id for h in page.results.hits()] == [mohammed.id]
    page.ui.searchEdit.clear()
    assert page.results.rowCount() == 0
    type_search(qtbot, page, VisitorsService(window.session).code_of(mohammed.id).lower())
    assert [h.person.id for h in page.results.hits()] == [mohammed.id]


def test_stale_results_are_dropped(
    qtbot: QtBot, set_up_desk: Desk, open_window: OpenWindow
) -> None:
    seed(set_up_desk, MOHAMMED)
    window = open_window("receptionist")
    page = window.reception_page
    type_search(qtbot, page, "nobody")
    assert page.results.rowCount() == 0
    assert "Nobody found" in page.ui.searchStatus.text()
    stale = VisitorsService(window.session).search("mohammed")
    page._show_hits("mohammed", stale)  # an answer to a query no longer typed
    assert page.results.rowCount() == 0


def test_receptionist_does_not_see_merge_or_import(
    qtbot: QtBot, set_up_desk: Desk, open_window: OpenWindow
) -> None:
    seed(set_up_desk, MOHAMMED)
    window = open_window("receptionist")
    page = window.reception_page
    type_search(qtbot, page, "ali")
    assert not page.ui.mergeButton.isVisible()
    assert not page.ui.importButton.isVisible()
    assert not page.importAction.isVisible()
    page.merge_selected()  # does nothing
    assert page.findChildren(CheckInDialog) == []


def test_coordinator_sees_merge_and_import(
    qtbot: QtBot, set_up_desk: Desk, open_window: OpenWindow
) -> None:
    window = open_window("coordinator")
    page = window.reception_page
    assert page.ui.mergeButton.isVisible()
    assert page.ui.importButton.isVisible()
    assert window.session.staff.name == COORDINATOR
    assert COORDINATOR_PASSWORD  # the fixture logged in with it


def test_lock_drops_results_and_visits(
    qtbot: QtBot, set_up_desk: Desk, open_window: OpenWindow
) -> None:
    seed(set_up_desk, MOHAMMED)
    window = open_window("receptionist")
    page = window.reception_page
    type_search(qtbot, page, "mohammed")
    window.lock()
    assert page.results.rowCount() == 0
    assert page.ui.searchEdit.text() == ""
    assert not page.newVisitorAction.isEnabled()


def test_language_switch(qtbot: QtBot, set_up_desk: Desk, open_window: OpenWindow) -> None:
    window = open_window("receptionist")
    page = window.reception_page
    assert window.ui.navigation.item(0).text() == "Reception"
    window.ui.actionSwedish.trigger()
    qtbot.waitUntil(lambda: page.ui.visitsGroup.title().startswith("Dagens besök — "))
    assert window.ui.navigation.item(0).text() == "Reception"
    assert page.visits.headerData(STATE, Qt.Orientation.Horizontal) == "Status"
    window.ui.actionEnglish.trigger()
    qtbot.waitUntil(lambda: page.ui.visitsGroup.title().startswith("Today's visits — "))


def test_an_action_on_the_page_reloads_todays_visits_once(
    qtbot: QtBot, set_up_desk: Desk, open_window: OpenWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The page's own check-in and correction reload through the change they publish only
    (they reloaded themselves as well: twice per action)."""
    seed(set_up_desk, MOHAMMED)
    window = open_window("receptionist")
    page = window.reception_page
    reloads: list[None] = []
    real_reload = page.reload

    def counted() -> None:
        reloads.append(None)
        real_reload()

    monkeypatch.setattr(page, "reload", counted)
    type_search(qtbot, page, "mohammed ali")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    dialog = page.findChild(CheckInDialog)
    assert dialog is not None
    activate(qtbot, dialog)
    qtbot.keyClick(focused(), Qt.Key.Key_Space)  # job search
    with qtbot.waitSignal(dialog.checkedIn, timeout=5_000):
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.visits.rowCount() == 1)
    QApplication.processEvents()
    assert len(reloads) == 1

    page.ui.visitsTable.selectRow(0)
    page.correct_selected()
    correction = next(d for d in page.findChildren(CheckInDialog) if d is not dialog)
    correction.ui.noteEdit.setPlainText("came with a friend")
    with qtbot.waitSignal(correction.corrected, timeout=5_000):
        correction._submit()
    qtbot.waitUntil(lambda: len(reloads) >= 2)
    QApplication.processEvents()
    assert len(reloads) == 2
    shown = page.visits.row(0)
    assert shown is not None and shown.visit.note == "came with a friend"
