"""Checking in (a second time the same day: warned) and correcting a visit (its author or a
coordinator), errors in the interface language."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from entryhub_desk.domain.visit import VisitState
from entryhub_desk.services import Desk
from entryhub_desk.services.visits import VisitsService
from entryhub_desk.views.reception.checkin_dialog import CheckInDialog
from entryhub_desk.views.reception.display import time_text
from entryhub_desk.views.reception.visits_model import PURPOSES
from tests.conftest import COORDINATOR, COORDINATOR_PASSWORD
from tests.views.reception.conftest import (
    MOHAMMED,
    OpenWindow,
    activate,
    focused,
    seed,
    type_search,
)


def _visit_by_coordinator(desk: Desk, person_id: str) -> None:
    session = desk.unlock(COORDINATOR, COORDINATOR_PASSWORD)
    try:
        VisitsService(session).check_in(person_id, purposes=["job_search"])
    finally:
        session.close()


def test_coordinator_corrects_a_visit(
    qtbot: QtBot, set_up_desk: Desk, open_window: OpenWindow
) -> None:
    (mohammed,) = seed(set_up_desk, MOHAMMED)
    _visit_by_coordinator(set_up_desk, mohammed.id)
    window = open_window("coordinator")
    page = window.reception_page
    assert page.visits.rowCount() == 1
    page.ui.visitsTable.setFocus()
    page.ui.visitsTable.selectRow(0)
    assert page.ui.correctButton.isEnabled()
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    dialog = page.findChild(CheckInDialog)
    assert dialog is not None
    activate(qtbot, dialog)
    assert dialog.windowTitle() == "Correct visit"
    assert dialog.purposes() == ["job_search"]
    qtbot.keyClick(focused(), Qt.Key.Key_Space)  # untick job search
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert dialog.ui.errorLabel.text() == "Purpose of the visit is required."
    for _ in range(7):
        qtbot.keyClick(focused(), Qt.Key.Key_Down)
    qtbot.keyClick(focused(), Qt.Key.Key_Space)  # other
    assert dialog.ui.otherEdit.isEnabled()
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert dialog.ui.errorLabel.text() == "Other purpose is required."
    assert focused() is dialog.ui.otherEdit
    qtbot.keyClicks(focused(), "Driving licence")
    with qtbot.waitSignal(dialog.corrected, timeout=5_000):
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
    # the page reloads through the change the correction published (queued)
    qtbot.waitUntil(lambda: page.visits.index(0, PURPOSES).data() == "Other: Driving licence")


def test_receptionist_cannot_correct_someone_elses_visit(
    qtbot: QtBot, set_up_desk: Desk, open_window: OpenWindow
) -> None:
    (mohammed,) = seed(set_up_desk, MOHAMMED)
    _visit_by_coordinator(set_up_desk, mohammed.id)
    window = open_window("receptionist")
    page = window.reception_page
    page.ui.visitsTable.setFocus()
    page.ui.visitsTable.selectRow(0)
    assert not page.ui.correctButton.isEnabled()
    assert page.ui.doneButton.isEnabled()  # but anyone may move its state on
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert page.findChild(CheckInDialog) is None
    qtbot.keyClick(focused(), Qt.Key.Key_D)
    assert VisitsService(window.session).visits_today()[0].visit.state.value == "done"


def test_a_second_check_in_the_same_day_warns_and_reopens(
    qtbot: QtBot, set_up_desk: Desk, open_window: OpenWindow
) -> None:
    (mohammed,) = seed(set_up_desk, MOHAMMED)
    _visit_by_coordinator(set_up_desk, mohammed.id)
    window = open_window("receptionist")
    page = window.reception_page
    (row,) = VisitsService(window.session).visits_today()
    VisitsService(window.session).set_visit_state(row.visit.id, VisitState.DONE)
    page.reload()
    type_search(qtbot, page, "mohammed ali")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    dialog = page.findChild(CheckInDialog)
    assert dialog is not None
    activate(qtbot, dialog)
    assert dialog.ui.alreadyGroup.isVisible()
    at = time_text(row.visit.visited_at)
    assert f"already checked in today at {at} (Done)" in dialog.ui.alreadyLabel.text()
    assert focused() is dialog.ui.reopenButton
    assert not dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert not dialog.ui.purposesList.isEnabled()
    with qtbot.waitSignal(dialog.reopened, timeout=5_000):
        qtbot.keyClick(focused(), Qt.Key.Key_Return)  # Enter: reopen, not a second visit
    (again,) = VisitsService(window.session).visits_today()
    assert again.visit.id == row.visit.id and again.visit.state is VisitState.WAITING
    assert page.selected_visit() is not None
    assert page.selected_visit().visit.id == row.visit.id  # type: ignore[union-attr]
    assert "already checked in today" in window.ui.statusBar.currentMessage()


def test_checking_in_again_the_same_day_by_keyboard(
    qtbot: QtBot, set_up_desk: Desk, open_window: OpenWindow
) -> None:
    (mohammed,) = seed(set_up_desk, MOHAMMED)
    _visit_by_coordinator(set_up_desk, mohammed.id)
    window = open_window("receptionist")
    page = window.reception_page
    type_search(qtbot, page, "mohammed ali")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    dialog = page.findChild(CheckInDialog)
    assert dialog is not None
    activate(qtbot, dialog)
    assert focused() is dialog.ui.reopenButton
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is dialog.ui.againButton
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    assert not dialog.ui.alreadyGroup.isVisible()
    assert focused() is dialog.ui.purposesList
    assert dialog.ui.personLabel.text().endswith("again")
    qtbot.keyClick(focused(), Qt.Key.Key_Space)  # job search
    with qtbot.waitSignal(dialog.checkedIn, timeout=5_000):
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert len(VisitsService(window.session).visits_today()) == 2
