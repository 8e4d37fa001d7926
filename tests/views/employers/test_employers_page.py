"""The Employers section by keyboard only: add an employer, find it, add a contact, log a
contact, erase the contact; what each role may do."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from entryhub_desk.services import Desk
from entryhub_desk.services.employers import EmployersService
from entryhub_desk.services.openings import OpeningsService
from entryhub_desk.views.employers.employer_card import EmployerCard
from entryhub_desk.views.employers.opening_dialog import OpeningDialog
from entryhub_desk.views.employers.record_dialogs import ContactDialog, EmployerDialog, LogDialog
from tests.conftest import COORDINATOR, COORDINATOR_PASSWORD
from tests.views.employers.conftest import OpenAs, add_employer
from tests.views.mnemonics import focused, walk_mnemonics
from tests.views.reception.conftest import activate

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

ALT = Qt.KeyboardModifier.AltModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _dialog(qtbot: QtBot, owner: object, kind: type) -> object:
    dialog = None

    def found() -> bool:
        nonlocal dialog
        dialog = next((d for d in QApplication.topLevelWidgets() if isinstance(d, kind)), None)
        return dialog is not None and dialog.isVisible()

    qtbot.waitUntil(found)
    activate(qtbot, dialog)  # type: ignore[arg-type]
    return dialog


def test_a_coordinator_adds_finds_and_describes_an_employer_by_keyboard(
    qtbot: QtBot, employers_desk: Desk, open_as: OpenAs
) -> None:
    add_employer(employers_desk, "Bageri Norr", municipality="Umeå")
    window = open_as("coordinator")
    page = window.employers_page
    qtbot.keyClick(focused(), Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section() is page  # Reception, Employers, Sync, Admin
    qtbot.keyClick(focused(), Qt.Key.Key_F, ALT)
    assert focused() is page.searchEdit

    qtbot.keyClick(focused(), Qt.Key.Key_E, CTRL_SHIFT)
    dialog = _dialog(qtbot, page, EmployerDialog)
    assert isinstance(dialog, EmployerDialog)
    assert focused() is dialog.fields["name"]
    qtbot.keyClicks(focused(), "Svets & Montage AB")
    qtbot.keyClick(focused(), Qt.Key.Key_O, ALT)
    qtbot.keyClicks(focused(), "556016-0681")  # wrong check digit
    qtbot.keyClick(focused(), Qt.Key.Key_M, ALT)
    qtbot.keyClicks(focused(), "Umeå")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "organisation number" in dialog.errorLabel.text().lower()
    assert focused() is dialog.fields["org_number"]
    dialog.fields["org_number"].selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(focused(), "556016-0680")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert page.card.employer is not None and page.card.employer.name == "Svets & Montage AB"
    assert "556016-0680" in page.card.detailsLabel.text()
    assert "Svets & Montage AB was added." in window.ui.statusBar.currentMessage()
    activate(qtbot, window)
    assert focused() is page.list

    page.searchEdit.setFocus()
    qtbot.keyClicks(focused(), "bageri")
    assert [page.list.item(r).text() for r in range(page.list.count())] == ["Bageri Norr — Umeå"]
    page.searchEdit.clear()
    qtbot.keyClicks(focused(), "svets")
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    assert focused() is page.list
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert focused() is page.card.openingsTree

    # a contact person: add, then erase
    card = page.card
    qtbot.keyClick(focused(), Qt.Key.Key_A, ALT)
    contact_dialog = _dialog(qtbot, card, ContactDialog)
    assert isinstance(contact_dialog, ContactDialog)
    qtbot.keyClicks(focused(), "Eva Lind")
    qtbot.keyClick(focused(), Qt.Key.Key_R, ALT)
    qtbot.keyClicks(focused(), "HR")
    qtbot.keyClick(focused(), Qt.Key.Key_E, ALT)
    qtbot.keyClicks(focused(), "eva@example.se")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not contact_dialog.isVisible())
    activate(qtbot, window)
    assert card.contactsTree.topLevelItem(0).text(0) == "Eva Lind"

    qtbot.keyClick(card, Qt.Key.Key_L, ALT)
    log_dialog = _dialog(qtbot, card, LogDialog)
    assert isinstance(log_dialog, LogDialog)
    qtbot.keyClicks(focused(), "Called Eva about welders")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # Save has the focus after Tab
    qtbot.waitUntil(lambda: not log_dialog.isVisible())
    activate(qtbot, window)
    assert card.logTree.topLevelItem(0).text(1) == "Called Eva about welders"

    card.contactsTree.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_R, ALT)
    box = _dialog(qtbot, card, QMessageBox)
    assert isinstance(box, QMessageBox)
    assert "Eva Lind" in box.text()
    qtbot.keyClick(focused(), Qt.Key.Key_E, ALT)
    qtbot.waitUntil(lambda: card.contactsTree.topLevelItem(0).text(0) == "(erased)")
    employer = card.employer
    assert employer is not None
    (stored,) = EmployersService(window.session).contacts(employer.id)
    assert stored.erased and stored.name == "" and stored.email == ""
    assert not card.eraseContactButton.isEnabled()


def test_escape_in_a_typed_employer_form_asks_first(
    qtbot: QtBot, employers_desk: Desk, open_as: OpenAs
) -> None:
    window = open_as("coordinator")
    window.show_section(window.employers_page)
    window.employers_page.newEmployerAction.trigger()
    dialog = _dialog(qtbot, window, EmployerDialog)
    assert isinstance(dialog, EmployerDialog)
    qtbot.keyClicks(focused(), "Half typed")
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: dialog.guard.question is not None)
    assert dialog.isVisible()
    question = dialog.guard.question
    assert question is not None
    qtbot.keyClick(question, Qt.Key.Key_Escape)  # keep editing
    assert dialog.isVisible() and dialog.fields["name"].text() == "Half typed"  # type: ignore[attr-defined]
    assert EmployersService(window.session).list() == []


@pytest.mark.parametrize("lang", ["en", "sv"])
@pytest.mark.parametrize("which", ["employer", "contact", "log"])
def test_every_label_mnemonic_of_the_small_forms_reaches_its_field(
    qtbot: QtBot, employers_desk: Desk, open_as: OpenAs, which: str, lang: str
) -> None:
    employer = add_employer(employers_desk, "Bageri Norr")
    window = open_as("coordinator")
    window.switch_language(lang)
    service = EmployersService(window.session)
    dialog = {
        "employer": lambda: EmployerDialog(service, None, window),
        "contact": lambda: ContactDialog(service, employer, None, window),
        "log": lambda: LogDialog(service, employer, window),
    }[which]()
    qtbot.addWidget(dialog)
    dialog.show()
    activate(qtbot, dialog)
    problems = walk_mnemonics(qtbot, dialog, dialog.values, typed={"email": "a@b.se"})
    assert problems == [], "\n".join(problems)


def test_what_each_role_may_do(qtbot: QtBot, employers_desk: Desk, open_as: OpenAs) -> None:
    add_employer(employers_desk, "Bageri Norr")
    for who, manage, match in (
        ("receptionist", False, False),
        ("volunteer", False, True),
        ("coordinator", True, True),
    ):
        window = open_as(who)
        page = window.employers_page
        window.show_section(page)
        card: EmployerCard = page.card
        assert card.employer is not None and card.employer.name == "Bageri Norr"
        assert page.newButton.isVisibleTo(page) is manage
        assert page.newEmployerAction.isEnabled() is manage
        for button in (card.editButton, card.newOpeningButton, card.addContactButton):
            assert button.isVisibleTo(card) is manage
        assert card.matchButton.isVisibleTo(card) is match
        page.new_employer()  # the slot refuses too, not only the hidden button
        card.edit_opening(None)
        card.edit_contact(None)
        assert (page.dialog is not None) is manage
        window.close()


def test_a_receptionist_reads_an_opening_without_changing_it(
    qtbot: QtBot, employers_desk: Desk, open_as: OpenAs
) -> None:
    employer = add_employer(employers_desk, "Bageri Norr")
    session = employers_desk.unlock(COORDINATOR, COORDINATOR_PASSWORD)
    try:
        OpeningsService(session).add(employer_id=employer.id, title="Bagare", places=3)
    finally:
        session.close()
    window = open_as("receptionist")
    page = window.employers_page
    window.show_section(page)
    page.card.openingsTree.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(page.card.dialog, OpeningDialog))
    dialog = page.card.dialog
    assert isinstance(dialog, OpeningDialog)
    activate(qtbot, dialog)
    assert dialog.title.text() == "Bagare" and dialog.places.value() == 3
    assert not dialog.title.isEnabled() and not dialog.places.isEnabled()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isVisible()
    dialog.save()  # refuses: nothing is stored
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
