"""On the visitor's profile: the openings that fit with why, an introduction and its history
moved on by keyboard; at check-in: "1 opening fits" (for any role), nothing for a visitor who
never agreed to be matched."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from entryhub_desk.domain.employers import IntroductionState
from entryhub_desk.services.introductions import IntroductionsService
from entryhub_desk.views.matching.introduce_dialog import IntroduceDialog
from entryhub_desk.views.reception.checkin_dialog import CheckInDialog
from tests.views.matching.conftest import MatchDesk, OpenAs
from tests.views.mnemonics import focused
from tests.views.reception.conftest import activate, type_search

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

ALT = Qt.KeyboardModifier.AltModifier


def test_the_profile_lists_fitting_openings_and_follows_an_introduction(
    qtbot: QtBot, match_desk: MatchDesk, open_as: OpenAs
) -> None:
    window = open_as("volunteer")
    window.open_profile(match_desk.sara)
    panel = window.profile_page.openings
    assert panel.countLabel.text() == "1 opening fits"
    first = panel.openingsTree.topLevelItem(0)
    assert "MIG-svetsare — Svets & Montage AB" in first.text(0)
    assert "fits" in first.text(0)
    assert any("same occupation" in first.child(n).text(0) for n in range(first.childCount()))

    qtbot.keyClick(focused(), Qt.Key.Key_P, ALT)  # Introduce to this opening…
    qtbot.waitUntil(lambda: isinstance(panel.dialog, IntroduceDialog))
    dialog = panel.dialog
    assert isinstance(dialog, IntroduceDialog)
    activate(qtbot, dialog)
    qtbot.keyClick(focused(), Qt.Key.Key_I, ALT)
    qtbot.waitUntil(lambda: dialog.introduction is not None)
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    activate(qtbot, window)

    history = panel.history
    assert history.tree.topLevelItem(0).text(0) == "MIG-svetsare — Svets & Montage AB"
    assert history.tree.topLevelItem(0).text(2) == "Sent"
    qtbot.keyClick(focused(), Qt.Key.Key_X, ALT)
    assert focused() is history.stateCombo
    qtbot.keyClick(focused(), Qt.Key.Key_Down)  # Sent → Interview
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is history.setButton
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    (introduction,) = IntroductionsService(window.session).for_person(match_desk.sara)
    assert introduction.state is IntroductionState.INTERVIEW
    item = history.tree.topLevelItem(0)
    assert item.text(2) == "Interview"
    assert [item.child(n).text(2) for n in range(item.childCount())] == ["Sent", "Interview"]


def test_a_visitor_without_the_consent_is_never_matched(
    qtbot: QtBot, match_desk: MatchDesk, open_as: OpenAs
) -> None:
    window = open_as("coordinator")
    window.open_profile(match_desk.amina)
    panel = window.profile_page.openings
    assert panel.countLabel.text() == "No open opening fits yet"
    assert panel.openingsTree.topLevelItemCount() == 0


@pytest.mark.parametrize(("who", "expected"), [("sara", "1 opening fits"), ("amina", None)])
def test_check_in_says_how_many_openings_fit(
    qtbot: QtBot, match_desk: MatchDesk, open_as: OpenAs, who: str, expected: str | None
) -> None:
    window = open_as("receptionist")
    page = window.reception_page
    page.focus_search()
    type_search(qtbot, page, {"sara": "Sara Tesfay", "amina": "Amina Yusuf"}[who])
    page.check_in_selected()
    dialog = page.findChild(CheckInDialog)
    assert dialog is not None
    label = dialog.findChild(type(dialog.ui.personLabel), "openingsFitLabel")
    assert (label.text() if label is not None else None) == expected
    dialog.reject()


def test_a_receptionist_sees_how_many_fit_but_not_the_reasons(
    qtbot: QtBot, match_desk: MatchDesk, open_as: OpenAs
) -> None:
    window = open_as("receptionist")
    window.open_profile(match_desk.sara)
    panel = window.profile_page.openings
    assert panel.countLabel.text() == "1 opening fits"
    assert not panel.openingsTree.isVisibleTo(panel)
    assert not panel.introduceButton.isVisibleTo(panel)
    assert not panel.history.setButton.isVisibleTo(panel)
    panel.introduce()  # the slot refuses too
    assert panel.dialog is None
