"""Merging two records of one person (coordinators only)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from entryhub_desk.services import Desk
from entryhub_desk.views.reception.merge_dialog import MergeDialog
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
    keep, other = page.selected_hits()
    text = dialog.ui.introLabel.text()
    assert keep.code in text
    assert other.code in text  # the confirmation names both
    assert dialog.ui.keepFirstRadio.isChecked()
    assert focused() is dialog.ui.keepFirstRadio
    qtbot.keyClick(focused(), Qt.Key.Key_Down)  # keep the second one instead
    assert dialog.ui.keepSecondRadio.isChecked()
    with qtbot.waitSignal(dialog.merged, timeout=5_000):
        qtbot.keyClick(focused(), Qt.Key.Key_Return)

    assert [h.person.id for h in page.results.hits()] == [other.person.id]
    assert "merged" in window.ui.statusBar.currentMessage()
    reception = window.session.reception()
    assert reception.person(keep.person.id).id == other.person.id  # a redirect now
    assert [h.person.id for h in reception.search("mohamed")] == [other.person.id]


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
    with qtbot.waitSignal(dialog.merged, timeout=5_000):
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
    reception = window.session.reception()
    assert reception.person(second.id).id == first.id
