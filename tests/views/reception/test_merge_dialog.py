"""Merging two records of one person (coordinators only)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from entryhub_desk.services import Desk
from entryhub_desk.services.visitors import VisitorsService
from entryhub_desk.services.visits import VisitsService
from entryhub_desk.views.main_window import MainWindow
from entryhub_desk.views.reception.merge_dialog import (
    ROW_BORN,
    ROW_CODE,
    ROW_LAST_VISIT,
    ROW_PHONE,
    ROW_PROFILE,
    ROW_REGISTERED,
    ROW_VISITS,
    MergeDialog,
)
from tests.conftest import COORDINATOR, COORDINATOR_PASSWORD
from tests.views.reception.conftest import (
    MOHAMMED,
    OpenWindow,
    activate,
    focused,
    seed,
    type_search,
)

SECOND = {"given_name": "Mohamed", "family_name": "Aly", "birth_year": 1990, "phone": None}


def test_merge_two_selected_records(
    qtbot: QtBot, set_up_desk: Desk, open_window: OpenWindow
) -> None:
    first, second = seed(set_up_desk, MOHAMMED, SECOND)
    window = open_window("coordinator")
    page = window.reception_page
    type_search(qtbot, page, "mohamed")
    assert {h.person.id for h in page.results.hits()} == {first.id, second.id}
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    qtbot.keyClick(focused(), Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert len(page.selected_hits()) == 2
    assert page.ui.mergeButton.isEnabled()
    assert not page.ui.checkInButton.isEnabled()

    page.ui.mergeButton.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    dialog = page.findChild(MergeDialog)
    assert dialog is not None
    activate(qtbot, dialog)
    one, two = page.selected_hits()
    text = dialog.ui.introLabel.text()
    assert one.code in text
    assert two.code in text  # the confirmation names both
    # side by side: the older registration is proposed (no visits, no profile either side)
    table = dialog.ui.compareTable
    assert [table.item(ROW_CODE, c).text() for c in (0, 1)] == [one.code, two.code]
    assert [table.item(ROW_BORN, c).text() for c in (0, 1)] == ["1990", "1990"]
    assert {table.item(ROW_PHONE, c).text() for c in (0, 1)} == {"+46701112233", ""}
    assert [table.item(ROW_VISITS, c).text() for c in (0, 1)] == ["0", "0"]
    assert [table.item(ROW_PROFILE, c).text() for c in (0, 1)] == ["no", "no"]
    assert all(table.item(ROW_REGISTERED, c).text() for c in (0, 1))
    first_is_older = one.person.id == first.id
    assert dialog.ui.keepFirstRadio.isChecked() is first_is_older
    assert reception_code(window, first.id) in dialog.ui.suggestionLabel.text()
    assert "registered earlier" in dialog.ui.suggestionLabel.text()
    kept_column = 0 if first_is_older else 1
    assert table.horizontalHeaderItem(kept_column).text().endswith("kept")
    assert focused() is (dialog.ui.keepFirstRadio if first_is_older else dialog.ui.keepSecondRadio)

    # the coordinator swaps: keep the newer record
    qtbot.keyClick(focused(), Qt.Key.Key_Down if first_is_older else Qt.Key.Key_Up)
    assert dialog.ui.keepFirstRadio.isChecked() is not first_is_older
    assert table.horizontalHeaderItem(1 - kept_column).text().endswith("kept")
    with qtbot.waitSignal(dialog.merged, timeout=5_000):
        qtbot.keyClick(focused(), Qt.Key.Key_Return)

    assert [h.person.id for h in page.results.hits()] == [second.id]
    assert "merged" in window.ui.statusBar.currentMessage()
    assert VisitorsService(window.session).person(first.id).id == second.id  # a redirect now
    assert [h.person.id for h in VisitorsService(window.session).search("mohamed")] == [second.id]


def reception_code(window: MainWindow, person_id: str) -> str:
    return VisitorsService(window.session).code_of(person_id)


def test_merge_proposes_the_record_with_more_visits(
    qtbot: QtBot, set_up_desk: Desk, open_window: OpenWindow
) -> None:
    first, second = seed(set_up_desk, MOHAMMED, SECOND)
    session = set_up_desk.unlock(COORDINATOR, COORDINATOR_PASSWORD)
    try:
        VisitsService(session).check_in(second.id, purposes=["job_search"])
    finally:
        session.close()
    window = open_window("coordinator")
    page = window.reception_page
    hits = {h.person.id: h for h in VisitorsService(window.session).search("mohamed")}
    dialog = MergeDialog(VisitorsService(window.session), hits[first.id], hits[second.id], page)
    dialog.open()
    activate(qtbot, dialog)
    assert dialog.ui.keepSecondRadio.isChecked()  # more visits outweigh the older record
    assert focused() is dialog.ui.keepSecondRadio
    assert "more visits" in dialog.ui.suggestionLabel.text()
    table = dialog.ui.compareTable
    assert [table.item(ROW_VISITS, c).text() for c in (0, 1)] == ["0", "1"]
    assert table.item(ROW_LAST_VISIT, 1).text() and not table.item(ROW_LAST_VISIT, 0).text()
    with qtbot.waitSignal(dialog.merged, timeout=5_000):
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert VisitorsService(window.session).person(first.id).id == second.id


def test_merge_picks_the_second_record_by_search(
    qtbot: QtBot, set_up_desk: Desk, open_window: OpenWindow
) -> None:
    first, second = seed(set_up_desk, MOHAMMED, SECOND)
    window = open_window("coordinator")
    page = window.reception_page
    type_search(qtbot, page, "0701112233")
    assert [h.person.id for h in page.results.hits()] == [first.id]
    page.ui.mergeButton.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    dialog = page.findChild(MergeDialog)
    assert dialog is not None
    activate(qtbot, dialog)
    assert focused() is dialog.ui.pickEdit
    assert not dialog.ui.keepSecondRadio.isVisible()
    qtbot.keyClicks(focused(), "aly")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # searches now instead of merging
    assert dialog.isVisible()
    assert dialog.ui.pickList.count() == 1
    assert dialog.ui.keepSecondRadio.isVisible()
    assert dialog.ui.compareTable.isVisible()
    assert dialog.ui.keepFirstRadio.isChecked()  # the first record is the older one
    with qtbot.waitSignal(dialog.merged, timeout=5_000):
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert VisitorsService(window.session).person(second.id).id == first.id
