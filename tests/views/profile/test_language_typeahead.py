"""The profile's Language dialog takes a language by typing part of its name: "Somal" + Tab
is Somali (issue 14); a name no language has is refused, not dropped."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from entryhub_desk.domain.profile import EntryKind
from entryhub_desk.services.profile import Profiles
from entryhub_desk.views.i18n import Translations
from entryhub_desk.views.settings import DeskSettings
from tests.views.profile.conftest import ProfileDesk, focused, tab_to
from tests.views.profile.test_entry_dialogs import _new, _open

# the completion popup on the offscreen platform
pytestmark = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")


def test_part_of_a_name_and_tab_takes_the_language(
    qtbot: QtBot, profile_desk: ProfileDesk, settings: DeskSettings, translations: Translations
) -> None:
    window = _open(qtbot, profile_desk, settings, translations)
    dialog = _new(qtbot, window, EntryKind.LANGUAGE)
    assert focused() in (dialog.ui.language, dialog.ui.language.lineEdit())
    qtbot.keyClicks(focused(), "Somal")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert dialog.ui.language.currentText() == "Somali"
    tab_to(qtbot, dialog.ui.listening)
    qtbot.keyClicks(focused(), "A2")
    tab_to(qtbot, dialog.ui.certificate)
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
    stored = Profiles(window.session).entries(profile_desk.person_id, EntryKind.LANGUAGE)
    assert [e.language for e in stored] == ["so"]  # type: ignore[attr-defined]


def test_a_name_no_language_has_is_refused(
    qtbot: QtBot, profile_desk: ProfileDesk, settings: DeskSettings, translations: Translations
) -> None:
    window = _open(qtbot, profile_desk, settings, translations)
    dialog = _new(qtbot, window, EntryKind.LANGUAGE)
    qtbot.keyClicks(focused(), "Klingonish")
    tab_to(qtbot, dialog.ui.certificate)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Klingonish" in dialog.ui.errorLabel.text())
    assert dialog.isVisible()
