"""Registration without traps, by keyboard only: every label's mnemonic reaches a field whose
value the visitor forms keep; names too long or with emoji are refused with a message (never
cut); Escape asks before discarding; Tab takes the country completion; Space ticks a language
from the filter; arrow keys choose consents; the hub's usual countries and languages first."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from entryhub_desk.domain.consent import ConsentPurpose
from entryhub_desk.domain.profile import EntryKind
from entryhub_desk.services import Desk
from entryhub_desk.services.profile import Profiles
from entryhub_desk.services.visitors import VisitorsService
from entryhub_desk.services.visits import VisitsService
from entryhub_desk.views.main_window import MainWindow
from entryhub_desk.views.reception.checkin_dialog import CheckInDialog
from entryhub_desk.views.reception.new_visitor_dialog import NewVisitorDialog
from tests.conftest import COORDINATOR, COORDINATOR_PASSWORD
from tests.views.discard import escape_and_answer
from tests.views.mnemonics import type_text, walk_mnemonics
from tests.views.reception.conftest import MOHAMMED, OpenWindow, activate, focused, seed

pytestmark = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")


def _new_visitor(qtbot: QtBot, window: MainWindow) -> NewVisitorDialog:
    page = window.reception_page
    qtbot.keyClick(focused(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    shown = [d for d in page.findChildren(NewVisitorDialog) if d.isVisible()]
    assert len(shown) == 1
    dialog = shown[0]
    activate(qtbot, dialog)
    assert focused() is dialog.ui.givenEdit
    return dialog


def _person_fields(dialog: NewVisitorDialog) -> dict[str, object]:
    fields = dataclasses.asdict(dialog.person_from_form())
    del fields["id"]  # a new id each time
    return fields


def test_every_mnemonic_of_the_new_visitor_form_reaches_a_kept_field(
    qtbot: QtBot, set_up_desk: Desk, open_window: OpenWindow
) -> None:
    dialog = _new_visitor(qtbot, open_window("receptionist"))
    typed = {"languagesFilter": "tigr ", "originalEdit": "سارة"}  # Space ticks from the filter
    problems = walk_mnemonics(qtbot, dialog, lambda: _person_fields(dialog), typed=typed)
    assert problems == [], "\n".join(problems)


def test_every_mnemonic_of_the_correct_details_form_reaches_a_kept_field(
    qtbot: QtBot, set_up_desk: Desk, open_window: OpenWindow
) -> None:
    from tests.views.reception.test_edit_person_dialog import _open_with_f2

    seed(set_up_desk, MOHAMMED)
    window = open_window("receptionist")
    dialog = _open_with_f2(qtbot, window, "Mohammed")
    # Alt+letter selects what a line holds, so typing replaces it (1990 → 1985).
    typed = {"languagesFilter": "arab ", "birthYearEdit": "1985"}
    problems = walk_mnemonics(qtbot, dialog, dialog.changes, typed=typed)
    assert problems == [], "\n".join(problems)


def test_every_mnemonic_of_the_check_in_form_reaches_a_kept_field(
    qtbot: QtBot, set_up_desk: Desk, open_window: OpenWindow
) -> None:
    (person,) = seed(set_up_desk, MOHAMMED)
    window = open_window("receptionist")
    dialog = CheckInDialog(
        VisitsService(window.session),
        person,
        VisitorsService.code_of(person.id),
        staff_id=window.session.staff.id,
        parent=window,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    activate(qtbot, dialog)
    problems = walk_mnemonics(qtbot, dialog, dialog.form_values)
    assert problems == [], "\n".join(problems)
    assert dialog.form_values()["other_text"] == "Karim"  # typing it ticked "Other"


def test_a_name_longer_than_allowed_is_refused_not_cut(
    qtbot: QtBot, set_up_desk: Desk, open_window: OpenWindow
) -> None:
    dialog = _new_visitor(qtbot, open_window("receptionist"))
    long_name = "Abdulrahman" * 46  # 506 characters, pasted
    type_text(focused(), long_name)
    assert dialog.ui.givenEdit.text() == long_name  # kept as typed, nothing cut
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.ui.errorLabel.text() == "Given names is too long (at most 100 characters)."
    assert focused() is dialog.ui.givenEdit


@pytest.mark.parametrize("field", ["givenEdit", "familyEdit", "originalEdit"])
def test_an_emoji_in_a_name_is_refused(
    qtbot: QtBot, set_up_desk: Desk, open_window: OpenWindow, field: str
) -> None:
    dialog = _new_visitor(qtbot, open_window("receptionist"))
    type_text(focused(), "Sara")
    getattr(dialog.ui, field).setFocus()
    type_text(focused(), "Tesfay 😀" if field != "givenEdit" else "👍")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "is an emoji or picture sign" in dialog.ui.errorLabel.text()
    assert focused() is getattr(dialog.ui, field)


def test_escape_with_typed_data_asks_first(
    qtbot: QtBot, set_up_desk: Desk, open_window: OpenWindow
) -> None:
    window = open_window("receptionist")
    dialog = _new_visitor(qtbot, window)
    type_text(focused(), "Sara")
    escape_and_answer(qtbot, dialog, discard=False)
    assert dialog.isVisible() and dialog.ui.givenEdit.text() == "Sara"
    escape_and_answer(qtbot, dialog, discard=True)
    assert not dialog.isVisible()
    activate(qtbot, window)
    window.reception_page.focus_search()
    dialog = _new_visitor(qtbot, window)  # nothing typed: Escape closes at once
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_tab_takes_the_country_completion_and_space_ticks_a_language(
    qtbot: QtBot, set_up_desk: Desk, open_window: OpenWindow
) -> None:
    dialog = _new_visitor(qtbot, open_window("receptionist"))
    type_text(focused(), "Sara")
    dialog.ui.countryCombo.setFocus()
    qtbot.keyClicks(focused(), "Somal")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert dialog.ui.countryCombo.currentText() == "Somalia"
    assert focused() is dialog.ui.languagesFilter
    qtbot.keyClicks(focused(), "somal")
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    qtbot.keyClicks(focused(), "arabic")
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    assert dialog.languages() == ["ar", "so"]  # list order
    assert focused() is dialog.ui.languagesFilter and dialog.ui.languagesFilter.text() == ""
    assert dialog.person_from_form().country_of_birth == "SO"


def test_arrow_keys_choose_the_consents(
    qtbot: QtBot, set_up_desk: Desk, open_window: OpenWindow
) -> None:
    dialog = _new_visitor(qtbot, open_window("receptionist"))
    ui = dialog.ui
    ui.keepGiven.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_Right)
    assert ui.keepRefused.isChecked() and focused() is ui.keepRefused
    qtbot.keyClick(focused(), Qt.Key.Key_Left)
    assert ui.keepGiven.isChecked() and not ui.keepRefused.isChecked()
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    assert focused() is ui.contactGiven and not ui.contactGiven.isChecked()
    qtbot.keyClick(focused(), Qt.Key.Key_Right)
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    qtbot.keyClick(focused(), Qt.Key.Key_Left)
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    qtbot.keyClick(focused(), Qt.Key.Key_Right)
    assert dialog.consent_choices() is None  # the fifth row is still open
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    assert focused() is ui.matchRefused and not ui.matchRefused.isChecked()
    qtbot.keyClick(focused(), Qt.Key.Key_Left)
    choices = {c.purpose: c.given for c in dialog.consent_choices() or []}
    assert choices == {
        ConsentPurpose.KEEP_PROFILE: True,
        ConsentPurpose.CONTACT_FOLLOW_UP: False,
        ConsentPurpose.SHARE_WITH_EMPLOYERS: True,
        ConsentPurpose.SHARE_ACROSS_HUBS: False,
        ConsentPurpose.MATCH_OPENINGS: True,
    }
    assert ui.matchLabel.text() == "Match with employers' openings"


def test_the_hubs_usual_countries_and_languages_come_first(
    qtbot: QtBot, set_up_desk: Desk, open_window: OpenWindow
) -> None:
    eritrean = {
        "given_name": "Sara",
        "family_name": "Tesfay",
        "country_of_birth": "ER",
        "languages": ("ti", "ar"),
    }
    somali = {
        "given_name": "Ayan",
        "family_name": "Warsame",
        "country_of_birth": "SO",
        "languages": ("so",),
    }
    persons = seed(set_up_desk, eritrean, dict(eritrean, given_name="Yonas"), somali)
    session = set_up_desk.unlock(COORDINATOR, COORDINATOR_PASSWORD)
    for person in persons:
        VisitsService(session).check_in(person.id, purposes=["job_search"])
    session.close()
    dialog = _new_visitor(qtbot, open_window("receptionist"))
    combo = dialog.ui.countryCombo
    assert [combo.itemData(i) for i in range(1, 3)] == ["ER", "SO"]
    first = [dialog.ui.languagesList.item(i).text() for i in range(3)]
    assert first == ["Arabic", "Tigrinya", "Somali"]  # two visits each (ties by code), one
    # an unusual country is still found by typing
    combo.setFocus()
    qtbot.keyClicks(focused(), "Sweden")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert combo.currentData() == "SE"


def test_languages_asked_at_registration_start_the_profiles_languages_tab(
    qtbot: QtBot, set_up_desk: Desk, open_window: OpenWindow
) -> None:
    window = open_window("receptionist")
    dialog = _new_visitor(qtbot, window)
    type_text(focused(), "Sara")
    dialog.ui.familyEdit.setFocus()
    type_text(focused(), "Tesfay")
    dialog.ui.languagesFilter.setFocus()
    for name in ("tigrinya", "arabic"):
        qtbot.keyClicks(focused(), name)
        qtbot.keyClick(focused(), Qt.Key.Key_Space)
    dialog.ui.keepGiven.setFocus()
    for _ in range(5):
        qtbot.keyClick(focused(), Qt.Key.Key_Left)
        qtbot.keyClick(focused(), Qt.Key.Key_Down)
    dialog.ui.checkInBox.setChecked(False)
    with qtbot.waitSignal(dialog.registered) as registered:
        qtbot.keyClick(dialog.ui.givenEdit, Qt.Key.Key_Return)
    person = registered.args[0]
    session = set_up_desk.unlock(COORDINATOR, COORDINATOR_PASSWORD)  # a volunteer's view
    try:
        entries = Profiles(session).entries(person.id, EntryKind.LANGUAGE)
    finally:
        session.close()
    assert [(e.language, e.listening, e.writing) for e in entries] == [
        ("ar", None, None),
        ("ti", None, None),
    ]
