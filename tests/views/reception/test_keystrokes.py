"""How many keys the reception's everyday flows take (issue 14), measured by driving them
by keyboard: a returning visitor to checked in, by name and by a scanned card, and a new
visitor registered with her consents. The figures are printed and held as upper bounds."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from entryhub_desk.ids import short_code
from entryhub_desk.services import Desk
from entryhub_desk.views.reception.checkin_dialog import CheckInDialog
from entryhub_desk.views.reception.new_visitor_dialog import NewVisitorDialog
from tests.views.keycount import KeyCounter
from tests.views.reception.conftest import MOHAMMED, OpenWindow, activate, focused, seed

pytestmark = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")


def _check_in_from_search(qtbot: QtBot, page: object, typed: str, *, down: bool) -> None:
    search = page.ui.searchEdit  # type: ignore[attr-defined]
    if down:  # a person reads the results, then goes down to the one she means
        with qtbot.waitSignal(page.searchFinished, timeout=10_000):  # type: ignore[attr-defined]
            qtbot.keyClicks(search, typed)
        qtbot.keyClick(focused(), Qt.Key.Key_Down)
    else:
        qtbot.keyClicks(search, typed)
    # (a scanner's Enter comes before the search has run: the search runs, then checks in)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)

    def shown() -> list[CheckInDialog]:
        dialogs = page.findChildren(CheckInDialog)  # type: ignore[attr-defined]
        return [d for d in dialogs if d.isVisible()]

    qtbot.waitUntil(lambda: bool(shown()))
    (dialog,) = shown()
    activate(qtbot, dialog)
    qtbot.keyClick(focused(), Qt.Key.Key_Space)  # the first purpose
    with qtbot.waitSignal(dialog.checkedIn, timeout=5_000):
        qtbot.keyClick(focused(), Qt.Key.Key_Return)


def test_returning_visitor_to_checked_in(
    qtbot: QtBot, set_up_desk: Desk, open_window: OpenWindow
) -> None:
    _mohammed, mona = seed(set_up_desk, MOHAMMED, {"given_name": "Mona", "family_name": "Said"})
    window = open_window("receptionist")
    page = window.reception_page
    with KeyCounter(qtbot) as by_name:
        _check_in_from_search(qtbot, page, "moham", down=True)
    activate(qtbot, window)
    page.focus_search()
    page.ui.searchEdit.clear()
    with KeyCounter(qtbot) as by_card:
        _check_in_from_search(qtbot, page, short_code(mona.id), down=False)
    print(f"\nreturning visitor, by 5 letters of the name: {by_name.presses} keys")
    print(f"returning visitor, by the card's code (scanner): {by_card.presses} keys")
    assert by_name.presses <= 5 + 4  # the letters, Down, Enter, Space, Enter
    assert by_card.presses <= 9 + 3  # the code (by the scanner), Enter, Space, Enter


def test_new_visitor_registered(qtbot: QtBot, set_up_desk: Desk, open_window: OpenWindow) -> None:
    window = open_window("receptionist")
    page = window.reception_page
    with KeyCounter(qtbot) as keys:
        with qtbot.waitSignal(page.searchFinished, timeout=10_000):
            qtbot.keyClicks(page.ui.searchEdit, "Sara Tesfay")
        qtbot.keyClick(focused(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: page.findChild(NewVisitorDialog) is not None)
        dialog = page.findChild(NewVisitorDialog)
        assert dialog is not None
        activate(qtbot, dialog)
        assert dialog.ui.givenEdit.text() == "Sara"  # the search's words are the name
        qtbot.keyClick(focused(), Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # Consen&t
        qtbot.waitUntil(lambda: focused() is dialog.ui.keepGiven)
        rows = len(dialog.consent_groups)
        for row in range(rows):
            qtbot.keyClick(focused(), Qt.Key.Key_Space)  # given
            if row < rows - 1:
                qtbot.keyClick(focused(), Qt.Key.Key_Down)  # the next purpose
        with qtbot.waitSignal(dialog.registered, timeout=5_000):
            qtbot.keyClick(focused(), Qt.Key.Key_Return)
    total = keys.presses
    print(f"\nnew visitor (name from the search, every consent answered): {total} keys")
    assert dialog.consent_choices() is not None
    assert total <= 11 + 1 + 1 + 2 * rows - 1 + 1  # name, Ctrl+N, Alt+T, consents, Enter
