"""Ctrl+1 … Ctrl+4 open the sidebar's shown sections in order; the window title names the app
once (the window system adds the display name)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from entryhub_desk.services import Desk
from entryhub_desk.views.i18n import Translations
from entryhub_desk.views.settings import DeskSettings
from tests.conftest import COORDINATOR, COORDINATOR_PASSWORD, HUB_NAME
from tests.views.conftest import open_main_window

CTRL = Qt.KeyboardModifier.ControlModifier


def test_ctrl_and_a_number_open_the_shown_sections(
    qtbot: QtBot, set_up_desk: Desk, settings: DeskSettings, translations: Translations
) -> None:
    window = open_main_window(
        qtbot, set_up_desk, settings, translations, COORDINATOR, COORDINATOR_PASSWORD
    )
    qtbot.waitUntil(window.isActiveWindow)
    navigation = window.ui.navigation
    shown = [
        navigation.item(r).text()
        for r in range(navigation.count())
        if not navigation.item(r).isHidden()
    ]
    assert shown == ["Reception", "Employers", "Matching", "Sync", "Admin"]  # no visitor yet
    for key, page in (
        (Qt.Key.Key_5, window.admin_page),
        (Qt.Key.Key_4, window.sync.page),
        (Qt.Key.Key_3, window.matching_page),
        (Qt.Key.Key_2, window.employers_page),
        (Qt.Key.Key_1, window.reception_page),
    ):
        qtbot.keyClick(QApplication.focusWidget() or window, key, CTRL)
        assert window.ui.sections.currentWidget() is page
        assert QApplication.focusWidget() is navigation  # the sidebar shows where one is
    assert (
        "Ctrl+4"
        in navigation.item(
            navigation.row(navigation.findItems("Sync", Qt.MatchFlag.MatchExactly)[0])
        ).toolTip()
    )
    assert window.windowTitle() == HUB_NAME
    assert "Entry Hub Desk" not in window.windowTitle()
