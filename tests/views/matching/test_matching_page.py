"""The Matching section by keyboard: an opening's candidates ranked with why, a near miss shown
as such, nobody listed without the consent to be matched (a withdrawal takes them off at once),
Enter introduces; the employer card's "Find candidates"; receptionists do not see it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from entryhub_desk.domain.consent import ConsentPurpose
from entryhub_desk.services.consents import ConsentsService
from entryhub_desk.views.matching.introduce_dialog import IntroduceDialog
from entryhub_desk.views.matching.matching_page import CODE, FIT, NAME, SCORE, WHY
from tests.views.matching.conftest import MatchDesk, OpenAs
from tests.views.mnemonics import focused
from tests.views.reception.conftest import activate

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def _rows(page: object) -> list[tuple[str, str, str]]:
    tree = page.candidatesTree  # type: ignore[attr-defined]
    return [
        (
            tree.topLevelItem(r).text(NAME),
            tree.topLevelItem(r).text(FIT),
            tree.topLevelItem(r).text(CODE),
        )
        for r in range(tree.topLevelItemCount())
    ]


def test_an_openings_candidates_with_why_and_an_introduction_by_keyboard(
    qtbot: QtBot, match_desk: MatchDesk, open_as: OpenAs
) -> None:
    window = open_as("volunteer")
    page = window.matching_page
    qtbot.keyClick(focused(), Qt.Key.Key_3, CTRL)  # Reception, Employers, Matching, …
    assert window.current_section() is page
    qtbot.keyClick(focused(), Qt.Key.Key_O, ALT)
    assert focused() is page.openingCombo
    assert "Choose an open opening" in page.summaryLabel.text()
    qtbot.keyClicks(focused(), "svets & mont")  # part of the employer's name
    popup = page.openingCombo.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert page.opening_id() == match_desk.opening.id
    rows = _rows(page)
    assert [(name, fit) for name, fit, _code in rows] == [
        ("Sara Tesfay", "Fits"),
        ("Yonas Haile", "Near miss"),  # the must-have skill is missing: shown, not hidden
    ]
    assert "Amina" not in str(rows)  # never agreed to be matched
    tree = page.candidatesTree
    assert int(tree.topLevelItem(0).text(SCORE)) > int(tree.topLevelItem(1).text(SCORE))
    assert "same occupation" in tree.topLevelItem(0).text(WHY)
    assert "Fit: 1 · near misses: 1" in page.summaryLabel.text()

    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert focused() is tree
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    reasons = [page.reasonsList.item(r).text() for r in range(page.reasonsList.count())]
    assert reasons[0] == "Near miss: something required is missing."
    assert any("missing: " in line for line in reasons)

    qtbot.keyClick(focused(), Qt.Key.Key_Up)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # introduce Sara
    qtbot.waitUntil(lambda: isinstance(page.dialog, IntroduceDialog) and page.dialog.isVisible())
    dialog = page.dialog
    assert isinstance(dialog, IntroduceDialog)
    activate(qtbot, dialog)
    assert dialog.namedRadio.isChecked()
    qtbot.keyClick(focused(), Qt.Key.Key_I, ALT)
    qtbot.waitUntil(lambda: dialog.introduction is not None)
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.dialog is None)
    assert "Sara Tesfay" in window.ui.statusBar.currentMessage()
    intros = page.introductions.introductions()
    assert [i.person_id for i in intros] == [match_desk.sara]
    assert page.introductions.tree.topLevelItem(0).text(2) == "Sent"

    # the employer's log lists the introduction too
    window.show_section(window.employers_page)
    card = window.employers_page.card
    qtbot.waitUntil(lambda: card.logTree.topLevelItemCount() == 1)
    code = next(c for n, _f, c in rows if n == "Sara Tesfay")
    assert card.logTree.topLevelItem(0).text(1) == f"{code} introduced for MIG-svetsare: Sent"


def test_a_withdrawn_consent_takes_the_visitor_off_the_list_at_once(
    qtbot: QtBot, match_desk: MatchDesk, open_as: OpenAs
) -> None:
    window = open_as("coordinator")
    page = window.matching_page
    window.show_section(page)
    page.show_opening(match_desk.opening.id)
    assert [name for name, _f, _c in _rows(page)] == ["Sara Tesfay", "Yonas Haile"]
    consents = ConsentsService(window.session)
    current = consents.current_consents(match_desk.sara)[ConsentPurpose.MATCH_OPENINGS]
    consents.withdraw_consent(current.id)
    qtbot.waitUntil(lambda: [name for name, _f, _c in _rows(page)] == ["Yonas Haile"])


def test_find_candidates_on_the_employer_card_opens_matching(
    qtbot: QtBot, match_desk: MatchDesk, open_as: OpenAs
) -> None:
    window = open_as("coordinator")
    employers = window.employers_page
    window.show_section(employers)
    employers.card.openingsTree.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_C, ALT)
    qtbot.waitUntil(lambda: window.current_section() is window.matching_page)
    assert window.matching_page.opening_id() == match_desk.opening.id
    assert len(_rows(window.matching_page)) == 2


def test_receptionists_see_no_matching(
    qtbot: QtBot, match_desk: MatchDesk, open_as: OpenAs
) -> None:
    window = open_as("receptionist")
    navigation = window.ui.navigation
    shown = [
        navigation.item(r).text()
        for r in range(navigation.count())
        if not navigation.item(r).isHidden()
    ]
    assert "Matching" not in shown and "Employers" in shown
    window.open_matching(match_desk.opening.id)
    assert window.current_section() is not window.matching_page
    assert window.matching_page.candidatesTree.topLevelItemCount() == 0
    QApplication.processEvents()
