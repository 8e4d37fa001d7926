"""The results table: the phone's last digits, short codes never clipped, a long name elided in
the middle with the full name as its tooltip, columns as wide as their content."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QHeaderView
from pytestqt.qtbot import QtBot

from entryhub_desk.services import Desk
from entryhub_desk.views.reception.search_model import CODE, NAME, PHONE
from tests.views.reception.conftest import MOHAMMED, OpenWindow, seed, type_search

LONG = "Abdulrahman Mohammed Ibrahim Abdelaziz Al-Hashimi Khalil"


def test_results_columns_read_whole(
    qtbot: QtBot, set_up_desk: Desk, open_window: OpenWindow
) -> None:
    seed(set_up_desk, MOHAMMED, dict(MOHAMMED, given_name=LONG, phone="070-999 88 77"))
    window = open_window("receptionist")
    window.resize(900, 600)
    page = window.reception_page
    type_search(qtbot, page, "Ali")
    table, model = page.ui.resultsTable, page.results
    assert model.rowCount() == 2
    header = table.horizontalHeader()
    metrics = table.fontMetrics()
    for row in range(model.rowCount()):
        code = model.index(row, CODE).data()
        assert header.sectionSize(CODE) >= metrics.horizontalAdvance(code)  # not clipped
        assert model.index(row, PHONE).data() in ("…233", "…877")  # the last digits
    long_row = next(r for r in range(2) if LONG in model.index(r, NAME).data())
    assert model.index(long_row, NAME).data(Qt.ItemDataRole.ToolTipRole) == (
        model.index(long_row, NAME).data()
    )
    assert table.textElideMode() == Qt.TextElideMode.ElideMiddle
    assert header.sectionResizeMode(CODE) == QHeaderView.ResizeMode.ResizeToContents
    assert header.sectionResizeMode(NAME) == QHeaderView.ResizeMode.Stretch


def test_the_one_person_shown_is_selected_whatever_keys_were_last_held(
    qtbot: QtBot, set_up_desk: Desk, open_window: OpenWindow
) -> None:
    """Showing one person (after registering, merging, choosing) selects her row, so that F2,
    Enter and the card act on her, whatever modifier the last key press carried. The page
    selected the row and then set it current, each through the view's own reading of the
    keyboard state: after a Ctrl shortcut each toggled, and the row ended unselected."""
    (person,) = seed(set_up_desk, MOHAMMED)
    window = open_window("coordinator")  # several rows selectable (merging)
    page = window.reception_page
    for held in (Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier):
        QTest.keyClick(page.ui.searchEdit, Qt.Key.Key_Home, held)  # Ctrl+Home, Shift+Home
        assert QGuiApplication.keyboardModifiers() == held
        try:
            page.show_person(person)
            hit = page.selected_hit()
            assert hit is not None and hit.person.id == person.id, held
            assert page.ui.detailsButton.isEnabled(), held
        finally:
            QTest.keyClick(page.ui.searchEdit, Qt.Key.Key_End)  # no modifier any more
