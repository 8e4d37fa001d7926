"""The opening editor by keyboard: every label's Alt+letter reaches a field whose value the
opening keeps (both languages); a whole opening typed and saved; Escape asks first."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from entryhub_desk.domain.employers import HardRequirement, OpeningState
from entryhub_desk.domain.profile import DrivingCategory
from entryhub_desk.services import Desk
from entryhub_desk.services.openings import OpeningsService
from entryhub_desk.views.employers.opening_dialog import OpeningDialog
from tests.views.employers.conftest import OpenAs, add_employer
from tests.views.mnemonics import focused, type_text, walk_mnemonics
from tests.views.reception.conftest import activate

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

ALT = Qt.KeyboardModifier.AltModifier
WELDER = "7aedaa07-3884-4c5b-88f9-80997b2aa54b"

#: Text typed into the pickers and not chosen from a list: Save must take it.
TYPED = {
    "occupation": "Svetsare",
    "must_skills": "utföra MIG-svetsning",
    "nice_skills": "Customer service",
}


@pytest.mark.parametrize("lang", ["en", "sv"])
def test_every_label_mnemonic_reaches_a_field_the_opening_keeps(
    qtbot: QtBot, employers_desk: Desk, open_as: OpenAs, lang: str
) -> None:
    employer = add_employer(employers_desk, "Svets & Montage AB")
    window = open_as("coordinator")
    window.switch_language(lang)
    dialog = OpeningDialog(OpeningsService(window.session), employer, None, window)
    qtbot.addWidget(dialog)
    dialog.show()
    activate(qtbot, dialog)
    qtbot.keyClicks(focused(), "Svetsare")  # a title first: without one nothing builds
    problems = walk_mnemonics(qtbot, dialog, dialog.opening_from_form, typed=TYPED)
    assert problems == [], "\n".join(problems)


def test_a_whole_opening_typed_and_saved(
    qtbot: QtBot, employers_desk: Desk, open_as: OpenAs
) -> None:
    employer = add_employer(employers_desk, "Svets & Montage AB", municipality="Umeå")
    window = open_as("coordinator")
    page = window.employers_page
    window.show_section(page)
    page.card.openingsTree.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_O, ALT)  # New opening…
    qtbot.waitUntil(lambda: page.card.dialog is not None and page.card.dialog.isVisible())
    dialog = page.card.dialog
    assert isinstance(dialog, OpeningDialog)
    activate(qtbot, dialog)
    assert focused() is dialog.title
    qtbot.keyClicks(focused(), "MIG-svetsare till verkstaden")
    qtbot.keyClick(focused(), Qt.Key.Key_O, ALT)
    type_text(focused(), "welder")
    qtbot.waitUntil(dialog.occupation.completer.popup().isVisible)
    qtbot.keyClick(dialog.occupation.completer.popup(), Qt.Key.Key_Return)
    assert dialog.occupation.code() == WELDER
    qtbot.keyClick(focused(), Qt.Key.Key_M, ALT)
    type_text(focused(), "MIG")
    popup = dialog.must_skills.picker.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Return)  # the acronym's skill ranks first
    assert len(dialog.must_skills.codes()) == 1
    qtbot.keyClick(focused(), Qt.Key.Key_L, ALT)
    assert focused() is dialog.languages.language
    qtbot.keyClicks(focused(), "Swedish")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is dialog.languages.level
    qtbot.keyClick(focused(), Qt.Key.Key_Down)  # B1 → B2
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # adds it
    assert dialog.languages.requirements() == ("sv:B2",)
    assert dialog.languages.list.item(0).text() == "Swedish B2"
    qtbot.keyClick(focused(), Qt.Key.Key_D, ALT)
    for _ in range(5):  # AM A1 A2 A B1 → B
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    qtbot.keyClick(focused(), Qt.Key.Key_Q, ALT)  # hard requirements: Occupation
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    qtbot.keyClick(focused(), Qt.Key.Key_I, ALT)
    qtbot.keyClicks(focused(), "Umeå")
    qtbot.keyClick(focused(), Qt.Key.Key_W, ALT)
    qtbot.keyClicks(focused(), "2027-03")
    qtbot.keyClick(focused(), Qt.Key.Key_P, ALT)
    qtbot.keyClick(focused(), Qt.Key.Key_Up)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # Save
    qtbot.waitUntil(lambda: not dialog.isVisible())

    (opening,) = OpeningsService(window.session).list(employer_id=employer.id)
    assert opening.title == "MIG-svetsare till verkstaden"
    assert opening.occupation == WELDER
    assert opening.languages == ("sv:B2",)
    assert opening.licences == (DrivingCategory.B,)
    assert opening.hard == (HardRequirement.OCCUPATION,)
    assert opening.municipality == "Umeå"
    assert str(opening.starts) == "2027-03"
    assert opening.places == 2
    assert opening.state is OpeningState.OPEN
    assert page.card.openingsTree.topLevelItem(0).text(0) == "MIG-svetsare till verkstaden"

    # edited again: what was stored comes back, a change of state is kept
    page.card.edit_opening(opening)
    qtbot.waitUntil(lambda: page.card.dialog is not None and page.card.dialog.isVisible())
    again = page.card.dialog
    assert isinstance(again, OpeningDialog)
    activate(qtbot, again)
    assert again.languages.requirements() == ("sv:B2",)
    qtbot.keyClick(focused(), Qt.Key.Key_U, ALT)
    qtbot.keyClick(focused(), Qt.Key.Key_Down)  # Open → Filled
    qtbot.keyClick(again.places, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not again.isVisible())
    assert OpeningsService(window.session).get(opening.id).state is OpeningState.FILLED


def test_a_wrong_date_is_named_and_nothing_is_stored(
    qtbot: QtBot, employers_desk: Desk, open_as: OpenAs
) -> None:
    employer = add_employer(employers_desk, "Svets & Montage AB")
    window = open_as("coordinator")
    dialog = OpeningDialog(OpeningsService(window.session), employer, None, window)
    qtbot.addWidget(dialog)
    dialog.show()
    activate(qtbot, dialog)
    qtbot.keyClicks(focused(), "Svetsare")
    qtbot.keyClick(focused(), Qt.Key.Key_A, ALT)
    qtbot.keyClicks(focused(), "2027-13")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.errorLabel.text()
    assert focused() is dialog.apply_by
    assert OpeningsService(window.session).list(employer_id=employer.id) == []
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: dialog.guard.question is not None)
    assert dialog.isVisible()  # typed data: asks before dropping it
