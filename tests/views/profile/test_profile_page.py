"""The profile editor driven by the keyboard: every kind of entry, auto-lock, drafts, roles."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from entryhub_desk.domain.profile import EntryKind, Skill
from entryhub_desk.services.profile import Profiles, search_occupations
from entryhub_desk.views.i18n import Translations
from entryhub_desk.views.main_window import MainWindow
from entryhub_desk.views.profile.entry_dialog import EntryDialog
from entryhub_desk.views.profile.kinds import DIALOGS
from entryhub_desk.views.profile.picker import Picker
from entryhub_desk.views.settings import DeskSettings
from tests.views.conftest import RECEPTIONIST, RECEPTIONIST_PASSWORD
from tests.views.profile.conftest import (
    VOLUNTEER_PASSWORD,
    ProfileDesk,
    activate,
    focused,
    tab_to,
    volunteer_window,
    wait_dialog,
)

# The completer popup makes the offscreen plugin say it cannot raise or grab the keyboard.
popup_warnings = pytest.mark.qt_log_ignore("This plugin does not support")

ALT = Qt.KeyboardModifier.AltModifier


def _pick(qtbot: QtBot, picker: Picker, text: str, code: str) -> None:
    """Type into the picker, go down the popup to ``code`` and press Enter."""
    tab_to(qtbot, picker)
    qtbot.keyClicks(focused(), text)
    popup = picker.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    codes = [hit.code for hit in picker.hits()]
    assert code in codes
    for _ in range(codes.index(code)):
        qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not popup.isVisible())


def _save(qtbot: QtBot, dialog: EntryDialog) -> None:
    save = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    tab_to(qtbot, save)
    with qtbot.waitSignal(dialog.saved, timeout=5_000):
        qtbot.keyClick(save, Qt.Key.Key_Space)


def _add(
    qtbot: QtBot, window: MainWindow, kind: EntryKind, fill: Callable[[EntryDialog], None]
) -> None:
    page = window.profile_page
    entry_list = page.lists[kind]
    tab_to(qtbot, entry_list.ui.entryList)
    qtbot.keyClick(focused(), Qt.Key.Key_Insert)
    dialog = wait_dialog(qtbot, DIALOGS[kind])
    assert isinstance(dialog, EntryDialog)
    fill(dialog)
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    activate(qtbot, window)  # the offscreen platform does not hand activation back by itself
    assert entry_list.model.rowCount() == 1
    assert focused() is entry_list.ui.entryList


def _tab(qtbot: QtBot, window: MainWindow, letter: Qt.Key, title: str) -> None:
    qtbot.keyClick(focused(), letter, ALT)
    tabs = window.profile_page.ui.tabs
    assert tabs.tabText(tabs.currentIndex()).replace("&", "") == title


def _keys(qtbot: QtBot, widget: QWidget, text: str) -> None:
    tab_to(qtbot, widget)
    qtbot.keyClicks(focused(), text)


@popup_warnings
def test_full_profile_by_keyboard_survives_auto_lock_and_a_crash(
    qtbot: QtBot, profile_desk: ProfileDesk, settings: DeskSettings, translations: Translations
) -> None:
    nurse = search_occupations("nurse responsible for general care", "en", 1)[0]
    assert nurse.isco_group == "2221"
    window = volunteer_window(qtbot, profile_desk, settings, translations)
    nav = window.ui.navigation
    visitor_row = window.ui.sections.indexOf(window.profile_page)
    assert nav.item(visitor_row).isHidden()  # no person opened yet
    window.open_profile(profile_desk.person_id)
    assert not nav.item(visitor_row).isHidden()
    assert window.current_section() is window.profile_page
    page = window.profile_page
    assert page.ui.titleLabel.text() == "Amal Haddad"
    score_before = page.completeness.completeness.score  # type: ignore[union-attr]

    def goals(d: EntryDialog) -> None:
        tab_to(qtbot, d.ui.wantsJob)
        qtbot.keyClick(focused(), Qt.Key.Key_Space)
        _pick(qtbot, d.ui.desired_occupations.picker, "nurse responsible", nurse.code)
        _keys(qtbot, d.ui.hours_per_week, "30")
        _keys(qtbot, d.ui.summary, "Nurse with ten years in surgery.")

    def next_step(d: EntryDialog) -> None:
        _keys(qtbot, d.ui.text, "Apply to Socialstyrelsen")
        _keys(qtbot, d.ui.due, "2026-03")

    def language(d: EntryDialog) -> None:
        _keys(qtbot, d.ui.language, "Arabic")
        assert d.ui.language.currentData() == "ar"
        tab_to(qtbot, d.ui.mother_tongue)
        qtbot.keyClick(focused(), Qt.Key.Key_Space)

    def education(d: EntryDialog) -> None:
        _keys(qtbot, d.ui.institution, "University of Aleppo")
        _keys(qtbot, d.ui.title, "Bachelor of Nursing")
        _keys(qtbot, d.ui.isced_level, "Bachelor")  # plain level names, found by typing
        assert d.ui.eqfLabel.text() == "EQF / SeQF level 6"
        _keys(qtbot, d.ui.start, "2008")
        _keys(qtbot, d.ui.end, "2012-06")

    def credential(d: EntryDialog) -> None:
        _keys(qtbot, d.ui.name, "Nursing licence")
        _keys(qtbot, d.ui.authority, "Socialstyrelsen")

    def work(d: EntryDialog) -> None:
        _keys(qtbot, d.ui.title, "Nurse")
        _pick(qtbot, d.ui.occupation, "nurse responsible", nurse.code)
        assert "2221" in d.ui.occupation.info.text()
        _keys(qtbot, d.ui.employer, "Aleppo University Hospital")
        _keys(qtbot, d.ui.start, "2012-09")
        _keys(qtbot, d.ui.end, "2023")

    def skill(d: EntryDialog) -> None:
        picker = d.ui.skill
        tab_to(qtbot, picker)
        qtbot.keyClicks(focused(), "wound")
        qtbot.waitUntil(picker.completer.popup().isVisible)
        qtbot.keyClick(picker.completer.popup(), Qt.Key.Key_Return)
        assert picker.code() is not None

    def digital(d: EntryDialog) -> None:
        _keys(qtbot, d.ui.level, "i")  # independent
        assert d.ui.level.currentData() == "independent"

    def driving(d: EntryDialog) -> None:
        tab_to(qtbot, d.ui.categoryB)
        qtbot.keyClick(focused(), Qt.Key.Key_Space)

    def interest(d: EntryDialog) -> None:
        _keys(qtbot, d.ui.name, "Football")

    def business(d: EntryDialog) -> None:
        _keys(qtbot, d.ui.idea, "A small catering firm")

    steps = [
        (Qt.Key.Key_G, "Goals", EntryKind.GOALS, goals),
        (None, "Goals", EntryKind.NEXT_STEP, next_step),
        (Qt.Key.Key_L, "Languages", EntryKind.LANGUAGE, language),
        (Qt.Key.Key_O, "Education", EntryKind.EDUCATION, education),
        (Qt.Key.Key_C, "Credentials", EntryKind.CREDENTIAL, credential),
        (Qt.Key.Key_K, "Work", EntryKind.WORK, work),
        (Qt.Key.Key_S, "Skills", EntryKind.SKILL, skill),
        (Qt.Key.Key_I, "Digital", EntryKind.DIGITAL, digital),
        (Qt.Key.Key_N, "Driving", EntryKind.DRIVING, driving),
        (Qt.Key.Key_T, "Interests", EntryKind.INTEREST, interest),
        (None, "Interests", EntryKind.BUSINESS, business),
    ]
    for letter, title, kind, fill in steps:
        if letter is not None:
            _tab(qtbot, window, letter, title)
        _add(qtbot, window, kind, fill)

    profiles = Profiles(window.session)
    stored = profiles.all_entries(profile_desk.person_id)
    assert all(len(stored[kind]) == 1 for kind in EntryKind)
    work_entry = stored[EntryKind.WORK][0]
    assert (work_entry.occupation, work_entry.isco_group) == (nurse.code, "2221")
    assert str(work_entry.start) == "2012-09"
    assert stored[EntryKind.GOALS][0].desired_occupations == (nurse.code,)
    assert page.completeness.completeness.score > score_before  # type: ignore[union-attr]
    assert "Still missing for a good CV" in page.ui.completenessLabel.text()

    # An unsaved skill when the desk locks itself.
    _tab(qtbot, window, Qt.Key.Key_S, "Skills")
    tab_to(qtbot, page.lists[EntryKind.SKILL].ui.entryList)
    qtbot.keyClick(focused(), Qt.Key.Key_Insert)
    dialog = wait_dialog(qtbot, DIALOGS[EntryKind.SKILL])
    assert isinstance(dialog, EntryDialog)
    qtbot.keyClicks(focused(), "Forklift driving")
    window.idle.set_interval(150)
    qtbot.waitUntil(lambda: window.locked, timeout=5_000)
    window.idle.set_interval(3_600_000)
    assert not dialog.isVisible()
    assert page.lists[EntryKind.SKILL].model.rowCount() == 0  # decrypted data dropped
    drafts = Profiles(window.session).drafts(profile_desk.person_id)
    assert drafts[dialog.draft_key]["form"]["skill"]["text"] == "Forklift driving"

    activate(qtbot, window)  # the hidden dialog was the active window
    qtbot.waitUntil(lambda: focused() is window.lock_page.ui.passwordEdit)
    qtbot.keyClicks(focused(), VOLUNTEER_PASSWORD)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.locked, timeout=10_000)
    assert dialog.isVisible()
    assert dialog.ui.skill.text() == "Forklift driving"
    assert page.lists[EntryKind.SKILL].model.rowCount() == 1
    assert all(entry_list.model.rowCount() == 1 for entry_list in page.lists.values())

    # The program dies here; the next session finds the draft and offers it back.
    second = volunteer_window(qtbot, profile_desk, settings, translations)
    second.open_profile(profile_desk.person_id)
    other = second.profile_page
    assert other.ui.draftsFrame.isVisible()
    assert "Skills" in other.ui.draftsLabel.text()
    assert focused() is other.ui.resumeDraftButton
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    resumed = wait_dialog(qtbot, DIALOGS[EntryKind.SKILL], second)
    assert resumed is not dialog
    assert isinstance(resumed, EntryDialog)
    assert resumed.ui.skill.text() == "Forklift driving"
    assert "Free text" in resumed.ui.skill.info.text()
    assert not other.ui.draftsFrame.isVisible()
    with qtbot.waitSignal(resumed.saved, timeout=5_000):
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
    skills = Profiles(second.session).entries(profile_desk.person_id, EntryKind.SKILL)
    assert [s.free_text for s in skills if isinstance(s, Skill)][-1] == "Forklift driving"
    assert Profiles(second.session).drafts(profile_desk.person_id) == {}
    activate(qtbot, second)


def test_receptionist_sees_the_read_only_summary(
    qtbot: QtBot, profile_desk: ProfileDesk, settings: DeskSettings, translations: Translations
) -> None:
    from entryhub_desk.domain.profile import Interest, LanguageSkill

    session = profile_desk.desk.unlock(VOLUNTEER_NAME, VOLUNTEER_PASSWORD)
    profiles = Profiles(session)
    pid = profile_desk.person_id
    profiles.save(LanguageSkill(person_id=pid, language="ar", mother_tongue=True))
    profiles.save(Interest(person_id=pid, name="Football"))
    session.close()

    window = volunteer_window(
        qtbot,
        profile_desk,
        settings,
        translations,
        name=RECEPTIONIST,
        password=RECEPTIONIST_PASSWORD,
    )
    window.open_profile(pid)
    page = window.profile_page
    assert page.ui.modeStack.currentWidget() is page.ui.summaryPage
    assert page.ui.readOnlyLabel.isVisible()
    assert not page.lists
    assert page.ui.tabs.count() == 0
    text = page.ui.summaryView.toPlainText()
    assert "Amal Haddad" in text
    assert "Arabic (mother tongue)" in text
    assert "Football" in text
    assert page.completeness.text().startswith("Still missing")
    page.ui.summaryView.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_Insert)
    qtbot.keyClick(focused(), Qt.Key.Key_F2)
    assert not [w for w in page.findChildren(EntryDialog) if w.isVisible()]
    assert page.ui.summaryView.isReadOnly()


VOLUNTEER_NAME = "Sara Volontär"
