"""Entry dialogs refuse invalid entries with a translated message; lists move and remove
entries by keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from entryhub_desk.domain.profile import EntryKind, Interest
from entryhub_desk.services.profile import Profiles
from entryhub_desk.views.i18n import Translations
from entryhub_desk.views.main_window import MainWindow
from entryhub_desk.views.profile.entry_dialog import EntryDialog
from entryhub_desk.views.profile.kinds import DIALOGS
from entryhub_desk.views.settings import DeskSettings
from tests.views.discard import escape_and_answer
from tests.views.profile.conftest import (
    ProfileDesk,
    activate,
    focused,
    tab_to,
    volunteer_window,
    wait_dialog,
)


def _open(qtbot: QtBot, pd: ProfileDesk, settings: DeskSettings, t: Translations) -> MainWindow:
    window = volunteer_window(qtbot, pd, settings, t)
    window.open_profile(pd.person_id)
    return window


def _new(qtbot: QtBot, window: MainWindow, kind: EntryKind) -> EntryDialog:
    page = window.profile_page
    page.show_kind(kind)
    assert focused() is page.lists[kind].ui.entryList
    qtbot.keyClick(focused(), Qt.Key.Key_Insert)
    dialog = wait_dialog(qtbot, DIALOGS[kind])
    assert isinstance(dialog, EntryDialog)
    return dialog


def test_end_before_start_is_refused(
    qtbot: QtBot, profile_desk: ProfileDesk, settings: DeskSettings, translations: Translations
) -> None:
    window = _open(qtbot, profile_desk, settings, translations)
    dialog = _new(qtbot, window, EntryKind.EDUCATION)
    qtbot.keyClicks(focused(), "Damascus University")
    tab_to(qtbot, dialog.ui.start)
    qtbot.keyClicks(focused(), "2015")
    tab_to(qtbot, dialog.ui.end)
    qtbot.keyClicks(focused(), "2012-06")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.ui.errorLabel.text() == "End: the end (2012-06) is before the start (2015)."
    assert focused() is dialog.ui.end
    # The same message in Swedish, and nothing was stored.
    window.switch_language("sv")
    qtbot.waitUntil(lambda: dialog.ui.errorLabel.text().startswith("Slut"))
    assert "2012-06" in dialog.ui.errorLabel.text()
    assert dialog.ui.end.text() == "2012-06"  # a language switch keeps what was typed
    assert Profiles(window.session).entries(profile_desk.person_id, EntryKind.EDUCATION) == []
    escape_and_answer(qtbot, dialog, discard=True)
    assert not dialog.isVisible()


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")
def test_cefr_level_out_of_range_is_refused(
    qtbot: QtBot, profile_desk: ProfileDesk, settings: DeskSettings, translations: Translations
) -> None:
    window = _open(qtbot, profile_desk, settings, translations)
    dialog = _new(qtbot, window, EntryKind.LANGUAGE)
    qtbot.keyClicks(focused(), "Swedish")
    assert dialog.ui.language.currentData() == "sv"
    tab_to(qtbot, dialog.ui.listening)
    qtbot.keyClicks(focused(), "B1")
    tab_to(qtbot, dialog.ui.writing)
    qtbot.keyClicks(focused(), "C3")
    tab_to(qtbot, dialog.ui.certificate)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert dialog.ui.errorLabel.text() == "Writing: C3 is not a language level (A1 to C2)."
    assert dialog.ui.errorLabel.isVisible()
    assert focused() is dialog.ui.writing
    # Corrected, it saves.
    qtbot.keyClicks(focused(), "A2")
    with qtbot.waitSignal(dialog.saved):
        tab_to(qtbot, dialog.ui.certificate)
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
    stored = Profiles(window.session).entries(profile_desk.person_id, EntryKind.LANGUAGE)
    assert [(e.listening, e.writing) for e in stored] == [("B1", "A2")]  # type: ignore[union-attr]


def test_move_edit_and_remove_by_keyboard(
    qtbot: QtBot, profile_desk: ProfileDesk, settings: DeskSettings, translations: Translations
) -> None:
    window = _open(qtbot, profile_desk, settings, translations)
    profiles = Profiles(window.session)
    pid = profile_desk.person_id
    for name in ("Football", "Chess", "Cooking"):
        profiles.save(Interest(person_id=pid, name=name))
    page = window.profile_page
    page.reload()
    entry_list = page.lists[EntryKind.INTEREST]
    page.show_kind(EntryKind.INTEREST)

    def names() -> list[str]:
        return [e.name for e in profiles.entries(pid, EntryKind.INTEREST)]  # type: ignore[union-attr]

    entry_list.select(0)
    qtbot.keyClick(focused(), Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert names() == ["Chess", "Football", "Cooking"]
    assert entry_list.current_row() == 1
    qtbot.keyClick(focused(), Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert names() == ["Football", "Chess", "Cooking"]

    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    qtbot.keyClick(focused(), Qt.Key.Key_F2)
    dialog = wait_dialog(qtbot, DIALOGS[EntryKind.INTEREST])
    assert isinstance(dialog, EntryDialog)
    assert dialog.ui.name.text() == "Chess"
    dialog.ui.name.selectAll()
    qtbot.keyClicks(focused(), "Chess and go")
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
    activate(qtbot, window)
    assert names() == ["Football", "Chess and go", "Cooking"]
    assert focused() is entry_list.ui.entryList

    qtbot.keyClick(focused(), Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    assert "Chess and go" in box.text()
    with qtbot.waitSignal(box.finished):
        qtbot.keyClick(box, Qt.Key.Key_N)  # No: nothing removed
    assert len(names()) == 3
    activate(qtbot, window)
    qtbot.keyClick(focused(), Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    with qtbot.waitSignal(box.finished):
        qtbot.keyClick(box, Qt.Key.Key_Y)
    assert names() == ["Football", "Cooking"]
    assert entry_list.model.rowCount() == 2
    assert "removed" in window.ui.statusBar.currentMessage()


def test_cancel_drops_the_draft_and_a_timer_keeps_it(
    qtbot: QtBot, profile_desk: ProfileDesk, settings: DeskSettings, translations: Translations
) -> None:
    window = _open(qtbot, profile_desk, settings, translations)
    profiles = Profiles(window.session)
    pid = profile_desk.person_id
    dialog = _new(qtbot, window, EntryKind.INTEREST)
    qtbot.keyClicks(focused(), "Photography")
    qtbot.waitUntil(lambda: dialog.draft_key in profiles.drafts(pid))  # every 100 ms here
    assert profiles.drafts(pid)[dialog.draft_key]["form"]["name"] == "Photography"
    escape_and_answer(qtbot, dialog, discard=False)  # typed data: Escape asks first
    assert dialog.isVisible() and dialog.draft_key in profiles.drafts(pid)
    escape_and_answer(qtbot, dialog, discard=True)
    assert not dialog.isVisible()
    assert profiles.drafts(pid) == {}


def test_tabs_and_lists_in_swedish(
    qtbot: QtBot, profile_desk: ProfileDesk, settings: DeskSettings, translations: Translations
) -> None:
    window = _open(qtbot, profile_desk, settings, translations)
    page = window.profile_page
    window.switch_language("sv")
    tabs = page.ui.tabs
    qtbot.waitUntil(lambda: tabs.tabText(0) == "&Mål")
    titles = [tabs.tabText(i).replace("&", "") for i in range(tabs.count())]
    assert titles == [
        "Mål",
        "Språk",
        "Utbildning",
        "Validering",
        "Arbete",
        "Kompetenser",
        "Digitala färdigheter",
        "Körkort",
        "Intressen",
    ]
    assert window.ui.navigation.item(window.ui.sections.indexOf(page)).text() == "Besökare"
    assert page.completeness.text().startswith("Saknas för ett bra cv")
    dialog = _new(qtbot, window, EntryKind.LANGUAGE)
    assert dialog.ui.listeningLabel.text() == "&Hörförståelse:"
    assert dialog.ui.mother_tongue.text() == "&Modersmål"
    assert dialog.ui.language.lineEdit().placeholderText() == "— välj —"
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)


def test_about_box_names_esco(qtbot: QtBot, translations: Translations) -> None:
    from entryhub_desk.views.about_dialog import AboutDialog

    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    text = dialog.ui.licencesText.toPlainText()
    assert "── ESCO classification" in text
    assert "European" in text


def test_open_profile_from_reception_by_keyboard(
    qtbot: QtBot, profile_desk: ProfileDesk, settings: DeskSettings, translations: Translations
) -> None:
    window = volunteer_window(qtbot, profile_desk, settings, translations)
    reception = window.reception_page
    assert window.current_section() is reception
    qtbot.waitUntil(lambda: focused() is reception.ui.searchEdit)
    with qtbot.waitSignal(reception.searchFinished, timeout=10_000):
        qtbot.keyClicks(focused(), "Amal")
    qtbot.keyClick(focused(), Qt.Key.Key_Down)  # into the results
    tab_to(qtbot, reception.ui.profileButton)
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    page = window.profile_page
    assert window.current_section() is page
    assert page.person_id == profile_desk.person_id
    assert page.ui.titleLabel.text() == "Amal Haddad"
    assert focused() is page.lists[EntryKind.GOALS].ui.entryList
