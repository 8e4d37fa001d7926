"""Registering a new visitor: prefilled from the search, consents, the duplicate warning."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from entryhub_desk.domain.consent import ConsentPurpose
from entryhub_desk.services import Desk
from entryhub_desk.services.consents import ConsentsService
from entryhub_desk.services.visitors import VisitorsService
from entryhub_desk.views.reception.checkin_dialog import CheckInDialog
from entryhub_desk.views.reception.new_visitor_dialog import NewVisitorDialog
from tests.views.reception.conftest import (
    MOHAMMED,
    OpenWindow,
    activate,
    focused,
    seed,
    type_search,
)


def _open_dialog(qtbot: QtBot, window_focus_page: object) -> NewVisitorDialog:
    page = window_focus_page
    qtbot.keyClick(focused(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.findChild(NewVisitorDialog)  # type: ignore[attr-defined]
    assert dialog is not None
    activate(qtbot, dialog)
    return dialog


# The country completer's pop-up asks the offscreen platform for things it cannot do.
@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")
def test_register_a_new_visitor_with_consent(
    qtbot: QtBot, set_up_desk: Desk, open_window: OpenWindow
) -> None:
    window = open_window("receptionist")
    page = window.reception_page
    type_search(qtbot, page, "Sara Tesfay")
    assert "Nobody found" in page.ui.searchStatus.text()

    dialog = _open_dialog(qtbot, page)
    assert dialog.ui.givenEdit.text() == "Sara"  # prefilled from the search
    assert dialog.ui.familyEdit.text() == "Tesfay"
    assert focused() is dialog.ui.givenEdit
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is dialog.ui.originalEdit
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "070-765 43 21")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "1994")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is dialog.ui.genderCombo
    qtbot.keyClick(focused(), Qt.Key.Key_Down)  # Not stated → Female
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is dialog.ui.countryCombo
    qtbot.keyClicks(focused(), "Eritrea")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is dialog.ui.languagesFilter
    qtbot.keyClicks(focused(), "tigrin")
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    assert focused() is dialog.ui.languagesList
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    assert dialog.languages() == ["ti"]
    assert dialog.ui.languagesChosen.text() == "Tigrinya"

    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # consents not chosen yet
    assert dialog.ui.errorLabel.text() == "Choose given or refused for every consent."
    assert dialog.isVisible()
    assert focused() is dialog.ui.keepGiven
    assert "2025-1" in dialog.ui.noticeLabel.text()
    for radio in (
        dialog.ui.keepGiven,
        dialog.ui.contactGiven,
        dialog.ui.employersRefused,
        dialog.ui.hubsRefused,
        dialog.ui.matchGiven,
    ):
        radio.setFocus()
        qtbot.keyClick(focused(), Qt.Key.Key_Space)
    with qtbot.waitSignal(dialog.registered, timeout=5_000) as registered:
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
    person, check_in = registered.args
    assert check_in
    assert (person.given_name, person.family_name, person.birth_year) == ("Sara", "Tesfay", 1994)
    assert person.phone == "+46707654321"
    assert person.country_of_birth == "ER"
    assert person.languages == ("ti",)
    assert "Sara Tesfay was registered." in window.ui.statusBar.currentMessage()
    assert [h.person.id for h in page.results.hits()] == [person.id]

    history = ConsentsService(window.session).consent_history(person.id)
    assert {c.purpose: c.given for c in history} == {
        ConsentPurpose.KEEP_PROFILE: True,
        ConsentPurpose.CONTACT_FOLLOW_UP: True,
        ConsentPurpose.SHARE_WITH_EMPLOYERS: False,
        ConsentPurpose.SHARE_ACROSS_HUBS: False,
        ConsentPurpose.MATCH_OPENINGS: True,
    }
    assert {c.purpose: c.notice_version for c in history} == {
        ConsentPurpose.KEEP_PROFILE: "2025-1",
        ConsentPurpose.CONTACT_FOLLOW_UP: "2025-1",
        ConsentPurpose.SHARE_WITH_EMPLOYERS: "2025-1",
        ConsentPurpose.SHARE_ACROSS_HUBS: "2025-1",
        ConsentPurpose.MATCH_OPENINGS: "2026-1",  # a notice of its own
    }
    assert "matching with openings: version 2026-1" in dialog.ui.noticeLabel.text()
    assert "compares your profile" in dialog.ui.matchLabel.toolTip()

    checkin = page.findChild(CheckInDialog)  # checking in follows
    assert checkin is not None
    activate(qtbot, checkin)
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert not checkin.isVisible()


def test_a_bad_phone_number_is_named(
    qtbot: QtBot, set_up_desk: Desk, open_window: OpenWindow
) -> None:
    window = open_window("receptionist")
    dialog = _open_dialog(qtbot, window.reception_page)
    qtbot.keyClicks(focused(), "Sara")
    dialog.ui.phoneEdit.setFocus()
    qtbot.keyClicks(focused(), "12")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert dialog.ui.errorLabel.text() == "The phone number 12 is not valid."
    assert focused() is dialog.ui.phoneEdit


def test_duplicate_warning_opens_the_existing_visitor(
    qtbot: QtBot, set_up_desk: Desk, open_window: OpenWindow
) -> None:
    (mohammed,) = seed(set_up_desk, MOHAMMED)
    window = open_window("receptionist")
    page = window.reception_page
    dialog = _open_dialog(qtbot, page)
    assert not dialog.ui.duplicatesGroup.isVisible()
    qtbot.keyClicks(focused(), "Mohamed")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "Ali")
    qtbot.waitUntil(dialog.ui.duplicatesGroup.isVisible, timeout=5_000)
    assert [h.person.id for h in dialog.duplicate_hits()] == [mohammed.id]
    assert "Mohammed Ali" in dialog.ui.duplicatesList.item(0).text()

    dialog.ui.duplicatesList.setFocus()
    with qtbot.waitSignal(dialog.existingChosen, timeout=5_000):
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert [h.person.id for h in page.results.hits()] == [mohammed.id]
    checkin = page.findChild(CheckInDialog)
    assert checkin is not None
    assert "Mohammed Ali" in checkin.ui.personLabel.text()
    # nothing new was registered
    assert [h.person.id for h in VisitorsService(window.session).search("mohamed ali")] == [
        mohammed.id
    ]


def _consents_by_keyboard(qtbot: QtBot, dialog: NewVisitorDialog) -> None:
    for radio in (
        dialog.ui.keepGiven,
        dialog.ui.contactGiven,
        dialog.ui.employersRefused,
        dialog.ui.hubsRefused,
        dialog.ui.matchGiven,
    ):
        radio.setFocus()
        qtbot.keyClick(focused(), Qt.Key.Key_Space)


def test_enter_on_a_likely_duplicate_never_registers(
    qtbot: QtBot, set_up_desk: Desk, open_window: OpenWindow
) -> None:
    (mohammed,) = seed(set_up_desk, MOHAMMED)
    window = open_window("receptionist")
    page = window.reception_page
    dialog = _open_dialog(qtbot, page)
    _consents_by_keyboard(qtbot, dialog)
    dialog.ui.givenEdit.setFocus()
    qtbot.keyClicks(focused(), "Mohamed")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "Ali")
    dialog.ui.birthYearEdit.setFocus()
    qtbot.keyClicks(focused(), "1991")
    qtbot.waitUntil(dialog.ui.duplicatesGroup.isVisible, timeout=5_000)
    qtbot.waitUntil(lambda: "born 1990" in dialog.ui.duplicatesList.item(0).text(), timeout=5_000)
    text = dialog.ui.duplicatesList.item(0).text()
    # what tells namesakes apart, and why it is shown
    assert "Mohammed Ali (محمد علي)" in text and mohammed.id not in text
    assert "Syria" in text and "phone …233" in text
    assert "Why: same name, born 1990" in text or "Why: similar name, born 1990" in text
    assert not dialog.ui.newPersonBox.isChecked()
    assert dialog.ui.openDuplicateButton.isDefault()

    with qtbot.waitSignal(dialog.existingChosen, timeout=5_000) as chosen:
        qtbot.keyClick(focused(), Qt.Key.Key_Return)  # Enter in a field: open, not register
    assert chosen.args[0].person.id == mohammed.id
    assert not dialog.isVisible()
    assert [h.person.id for h in VisitorsService(window.session).search("mohamed ali")] == [
        mohammed.id
    ]


def test_registering_a_namesake_needs_the_new_person_tick(
    qtbot: QtBot, set_up_desk: Desk, open_window: OpenWindow
) -> None:
    (mohammed,) = seed(set_up_desk, MOHAMMED)
    window = open_window("receptionist")
    page = window.reception_page
    dialog = _open_dialog(qtbot, page)
    qtbot.keyClicks(focused(), "Mohamed")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "Ali")
    _consents_by_keyboard(qtbot, dialog)
    register = dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Ok)
    register.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_Space)  # Register, pressed on purpose
    assert dialog.isVisible()
    assert dialog.ui.duplicatesGroup.isVisible()  # checked at once, without the typing pause
    assert "may already be registered" in dialog.ui.errorLabel.text()
    assert focused() is dialog.ui.duplicatesList

    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is dialog.ui.openDuplicateButton
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is dialog.ui.newPersonBox
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    assert dialog.ui.newPersonBox.isChecked()
    assert dialog.ui.errorLabel.text() == "" or not dialog.ui.errorLabel.isVisible()
    assert register.isDefault() and not dialog.ui.openDuplicateButton.isDefault()
    with qtbot.waitSignal(dialog.registered, timeout=5_000) as registered:
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
    person = registered.args[0]
    assert person.id != mohammed.id
    ids = {h.person.id for h in VisitorsService(window.session).search("mohamed ali")}
    assert ids == {mohammed.id, person.id}


def test_a_namesake_born_years_apart_is_not_flagged(
    qtbot: QtBot, set_up_desk: Desk, open_window: OpenWindow
) -> None:
    seed(set_up_desk, MOHAMMED)
    window = open_window("receptionist")
    dialog = _open_dialog(qtbot, window.reception_page)
    qtbot.keyClicks(focused(), "Mohammed")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "Ali")
    qtbot.waitUntil(dialog.ui.duplicatesGroup.isVisible, timeout=5_000)
    dialog.ui.birthYearEdit.setFocus()
    qtbot.keyClicks(focused(), "1960")
    qtbot.waitUntil(lambda: not dialog.ui.duplicatesGroup.isVisible(), timeout=5_000)
    assert dialog.duplicate_hits() == []
