"""Keyboard handling of the reception page's search box and two tables (the page's event
filter calls it)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent

from entryhub_desk.domain.visit import VisitState

if TYPE_CHECKING:
    from entryhub_desk.views.reception.reception_page import ReceptionPage

STATE_KEYS: Final = {
    Qt.Key.Key_W: VisitState.WAITING,
    Qt.Key.Key_M: VisitState.IN_MEETING,
    Qt.Key.Key_D: VisitState.DONE,
}
ENTER_KEYS: Final = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def search_key(page: ReceptionPage, event: QKeyEvent) -> bool:
    """Keys in the search box: Down goes to the results (the first selected), Enter checks in
    (the first found, when the typed text is still being searched)."""
    key = event.key()
    if key == Qt.Key.Key_Down and page.results.rowCount():
        table = page.ui.resultsTable
        table.setFocus(Qt.FocusReason.TabFocusReason)
        if not table.selectionModel().hasSelection():
            table.selectRow(0)
        return True
    if key in ENTER_KEYS:
        page.enter_in_search()
        return True
    return False


def results_key(page: ReceptionPage, event: QKeyEvent) -> bool:
    """Keys in the results: Enter checks in, Up from the top row and typing go back to the
    search box."""
    key = event.key()
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    if key in ENTER_KEYS and modifiers == Qt.KeyboardModifier.NoModifier:
        page.check_in_selected()
        return True
    table = page.ui.resultsTable
    if (
        key == Qt.Key.Key_Up
        and modifiers == Qt.KeyboardModifier.NoModifier
        and table.currentIndex().row() <= 0
    ):
        page.focus_search()
        return True
    if (
        event.text().isprintable()
        and event.text().strip()
        and not modifiers & ~(Qt.KeyboardModifier.ShiftModifier)
    ):
        page.focus_search()  # typing in the results goes on in the search box
        page.ui.searchEdit.end(False)
        page.ui.searchEdit.insert(event.text())
        return True
    return False


def visits_key(page: ReceptionPage, event: QKeyEvent) -> bool:
    """Keys in today's visits: W/M/D set the state, Space moves it on, Enter corrects."""
    key = Qt.Key(event.key())
    if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
        return False
    if key in STATE_KEYS:
        page.set_selected_state(STATE_KEYS[key])
        return True
    if key == Qt.Key.Key_Space:
        page.set_selected_state(None)
        return True
    if key in ENTER_KEYS:
        page.correct_selected()
        return True
    return False
