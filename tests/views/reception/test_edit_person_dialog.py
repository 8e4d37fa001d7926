"""Correcting a visitor's details from Reception, by keyboard only: F2 opens the form for the
selected person, Tab walks the fields, Enter saves, Escape leaves everything as it was."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from entryhub_desk.services import Desk
from entryhub_desk.services.person_details import PersonDetails
from entryhub_desk.store.outbox import pending
from entryhub_desk.views.i18n import Translations
from entryhub_desk.views.main_window import MainWindow
from entryhub_desk.views.reception.edit_person_dialog import EditPersonDialog
from tests.views.discard import escape_and_answer
from tests.views.reception.conftest import (
    MOHAMMED,
    OpenWindow,
    activate,
    focused,
    seed,
    type_search,
)

WAIT_MS = 10_000
CTRL = Qt.KeyboardModifier.ControlModifier


def _open_with_f2(qtbot: QtBot, window: MainWindow, query: str) -> EditPersonDialog:
    page = window.reception_page
    page.focus_search()
    page.ui.searchEdit.clear()
    type_search(qtbot, page, query)
    assert page.ui.detailsButton.isEnabled()
    qtbot.keyClick(page.ui.searchEdit, Qt.Key.Key_F2)
    dialog = page.correctDetails.dialog
    assert dialog is not None
    activate(qtbot, dialog)
    assert focused() is dialog.ui.givenEdit
    return dialog


def _retype(qtbot: QtBot, text: str) -> None:
    """Select what the focused field holds and type over it."""
    widget = focused()
    qtbot.keyClick(widget, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(widget, text)


def _tab(qtbot: QtBot, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)


def test_a_receptionist_corrects_name_phone_and_year_by_keyboard(
    qtbot: QtBot, set_up_desk: Desk, open_window: OpenWindow
) -> None:
    person = seed(set_up_desk, MOHAMMED)[0]
    window = open_window("receptionist")
    page = window.reception_page
    assert page.ui.detailsButton.isVisible()
    assert page.ui.detailsButton.accessibleName() == "Correct the selected visitor's details"
    dialog = _open_with_f2(qtbot, window, "Mohammed")
    ui = dialog.ui
    assert (ui.givenEdit.text(), ui.familyEdit.text(), ui.phoneEdit.text()) == (
        "Mohammed",
        "Ali",
        "+46701112233",
    )
    assert ui.countryCombo.currentData() == "SY"
    _retype(qtbot, "Muhammad")
    _tab(qtbot)
    assert focused() is ui.familyEdit
    _tab(qtbot)
    assert focused() is ui.originalEdit
    _tab(qtbot)
    assert focused() is ui.phoneEdit
    _retype(qtbot, "0709876543")
    _tab(qtbot)
    assert focused() is ui.birthYearEdit
    _retype(qtbot, "1989")
    with qtbot.waitSignal(dialog.corrected, timeout=WAIT_MS) as saved:
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert saved.args is not None
    assert saved.args[0].changed == ("given_name", "phone", "birth_year")
    qtbot.waitUntil(lambda: not dialog.isVisible())

    stored = PersonDetails(window.session).current(person.id)
    assert (stored.given_name, stored.family_name, stored.phone, stored.birth_year) == (
        "Muhammad",
        "Ali",
        "+46709876543",
        1989,
    )
    assert stored.original_script_name == MOHAMMED["original_script_name"]  # untouched
    assert window.ui.statusBar.currentMessage() == "Details of Muhammad Ali corrected."
    hit = page.results.hit(0)
    assert hit is not None and hit.person.given_name == "Muhammad"
    activate(qtbot, window)
    assert focused() is page.ui.resultsTable  # the corrected person, ready for check-in


def test_escape_cancels_and_stores_nothing(
    qtbot: QtBot, set_up_desk: Desk, open_window: OpenWindow
) -> None:
    person = seed(set_up_desk, MOHAMMED)[0]
    window = open_window("receptionist")
    before = len(pending(window.session.opened.conn))
    dialog = _open_with_f2(qtbot, window, "Mohammed")
    _tab(qtbot)
    _retype(qtbot, "Alawi")
    escape_and_answer(qtbot, dialog, discard=False)  # typed data: Escape asks first
    assert dialog.isVisible() and dialog.ui.familyEdit.text() == "Alawi"
    with qtbot.waitSignal(dialog.rejected, timeout=WAIT_MS):
        escape_and_answer(qtbot, dialog, discard=True)
    assert PersonDetails(window.session).current(person.id) == person
    assert len(pending(window.session.opened.conn)) == before


def test_an_invalid_phone_shows_the_translated_error_and_keeps_the_form(
    qtbot: QtBot, set_up_desk: Desk, open_window: OpenWindow, translations: Translations
) -> None:
    person = seed(set_up_desk, MOHAMMED)[0]
    window = open_window("receptionist")
    dialog = _open_with_f2(qtbot, window, "Mohammed")
    _tab(qtbot, 3)
    assert focused() is dialog.ui.phoneEdit
    _retype(qtbot, "12345")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.ui.errorLabel.isVisible()
    assert dialog.ui.errorLabel.text() == "The phone number 12345 is not valid."
    assert focused() is dialog.ui.phoneEdit
    translations.switch("sv")
    QApplication.processEvents()
    assert dialog.ui.errorLabel.text() == "Telefonnumret 12345 är inte giltigt."
    assert dialog.windowTitle() == "Rätta uppgifter om Mohammed Ali"
    translations.switch("en")
    with qtbot.waitSignal(dialog.rejected, timeout=WAIT_MS):
        escape_and_answer(qtbot, dialog, discard=True)
    assert PersonDetails(window.session).current(person.id).phone == "+46701112233"


def test_the_button_is_there_for_a_coordinator_too_and_needs_one_selected_person(
    qtbot: QtBot, set_up_desk: Desk, open_window: OpenWindow
) -> None:
    seed(set_up_desk, MOHAMMED)
    window = open_window("coordinator")
    page = window.reception_page
    assert page.ui.detailsButton.isVisible()
    assert not page.ui.detailsButton.isEnabled()  # nothing selected yet
    qtbot.keyClick(page.ui.searchEdit, Qt.Key.Key_F2)
    assert page.correctDetails.dialog is None
    _open_with_f2(qtbot, window, "Ali").reject()
    # F2 in the results table (where item views would start editing a cell) opens it too
    activate(qtbot, window)
    page.ui.resultsTable.setFocus()
    qtbot.keyClick(page.ui.resultsTable, Qt.Key.Key_F2)
    dialog = page.correctDetails.dialog
    assert dialog is not None
    activate(qtbot, dialog)
    assert focused() is dialog.ui.givenEdit
    dialog.reject()


def test_values_the_lists_lack_and_a_number_kept_as_typed_survive_an_unrelated_edit(
    qtbot: QtBot, set_up_desk: Desk, open_window: OpenWindow
) -> None:
    """A language stored as an ISO 639-3 code the list does not offer (Tigrinya as ``tir``, as
    an import may write it) and a phone number kept as typed must not be lost, or refused, when
    only the given name is corrected."""
    odd = {
        "given_name": "Selam",
        "family_name": "Berhe",
        "languages": ("tir", "sv"),
        "preferred_language": "tir",
        "phone_as_written": "070 12",
        "birth_year": 1980,
    }
    person = seed(set_up_desk, odd)[0]
    window = open_window("receptionist")
    dialog = _open_with_f2(qtbot, window, "Selam")
    assert dialog.ui.phoneEdit.text() == "070 12"
    assert dialog.languages() == ("tir", "sv")
    _retype(qtbot, "Salam")
    with qtbot.waitSignal(dialog.corrected, timeout=WAIT_MS) as saved:
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert saved.args is not None and saved.args[0].changed == ("given_name",)
    stored = PersonDetails(window.session).current(person.id)
    assert (stored.given_name, stored.languages, stored.preferred_language) == (
        "Salam",
        ("tir", "sv"),
        "tir",
    )
    assert (stored.phone, stored.phone_as_written) == (None, "070 12")
