"""Each kind of entry from the profile page, by keyboard: open its dialog from the list, fill it
in, save, see it listed; open it again, see what was saved, change it, see the change listed.
Screenshots of every dialog and of the page go to ``/work/notes/shots11/h16d/`` when that
folder can be made (they are for people to look at; nothing here depends on them)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from entryhub_desk.domain.profile import EntryKind
from entryhub_desk.services.profile import Profiles
from entryhub_desk.views.i18n import Translations
from entryhub_desk.views.main_window import MainWindow
from entryhub_desk.views.profile.entry_dialog import EntryDialog
from entryhub_desk.views.profile.kinds import DIALOGS
from entryhub_desk.views.settings import DeskSettings
from tests.views.profile.conftest import (
    ProfileDesk,
    activate,
    focused,
    tab_to,
    volunteer_window,
    wait_dialog,
)

SHOTS = Path("/work/notes/shots11/h16d")
ALT = Qt.KeyboardModifier.AltModifier
Fill = Callable[[QtBot, Any], None]


@dataclass(frozen=True)
class Case:
    kind: EntryKind
    tab: Qt.Key | None  # Alt+letter of the page's tab (None: the tab of the case before)
    fill: Fill
    listed: tuple[str, ...]  # what the list row shows after the first save
    stored: dict[str, object]  # fields of the stored entry after the first save
    edit: Fill  # checks what the dialog loaded, then changes something
    relisted: tuple[str, ...]  # what the row shows after the edit


def _keys(qtbot: QtBot, widget: QWidget, text: str) -> None:
    tab_to(qtbot, widget)
    qtbot.keyClicks(focused(), text)


def _down(qtbot: QtBot, widget: QWidget, times: int = 1) -> None:
    tab_to(qtbot, widget)
    for _ in range(times):
        qtbot.keyClick(focused(), Qt.Key.Key_Down)


def _space(qtbot: QtBot, widget: QWidget) -> None:
    tab_to(qtbot, widget)
    qtbot.keyClick(focused(), Qt.Key.Key_Space)


def _replace(qtbot: QtBot, widget: Any, text: str) -> None:
    tab_to(qtbot, widget)
    widget.selectAll()
    qtbot.keyClicks(focused(), text)


# -- what is typed, per kind ----------------------------------------------------------------


def goals_fill(qtbot: QtBot, d: Any) -> None:
    _space(qtbot, d.ui.wantsSwedishCourse)
    _keys(qtbot, d.ui.hours_per_week, "25")
    _down(qtbot, d.ui.work_permit, 2)  # — not given —, not needed, has a work permit


def goals_edit(qtbot: QtBot, d: Any) -> None:
    assert d.ui.wantsSwedishCourse.isChecked() and not d.ui.wantsJob.isChecked()
    assert d.ui.hours_per_week.value() == 25
    assert d.ui.work_permit.currentData() == "has_permit"
    _down(qtbot, d.ui.work_permit)  # has applied for a work permit


def next_step_fill(qtbot: QtBot, d: Any) -> None:
    _keys(qtbot, d.ui.text, "Call the job centre")
    _keys(qtbot, d.ui.due, "2026-02")


def next_step_edit(qtbot: QtBot, d: Any) -> None:
    assert (d.ui.text.text(), d.ui.due.text()) == ("Call the job centre", "2026-02")
    _space(qtbot, d.ui.done)


def language_fill(qtbot: QtBot, d: Any) -> None:
    _keys(qtbot, d.ui.language, "Somali")
    _keys(qtbot, d.ui.listening, "B2")


def language_edit(qtbot: QtBot, d: Any) -> None:
    assert (d.ui.language.currentData(), d.ui.listening.currentText()) == ("so", "B2")
    _keys(qtbot, d.ui.writing, "A2")


def education_fill(qtbot: QtBot, d: Any) -> None:
    _keys(qtbot, d.ui.institution, "Kabul University")
    _keys(qtbot, d.ui.title, "Civil engineer")
    _keys(qtbot, d.ui.isced_level, "Mas")  # the level by its plain name
    _keys(qtbot, d.ui.start, "2005")
    _keys(qtbot, d.ui.end, "2010")


def education_edit(qtbot: QtBot, d: Any) -> None:
    assert d.ui.isced_level.currentData() == 7
    assert (d.ui.start.text(), d.ui.end.text()) == ("2005", "2010")
    _space(qtbot, d.ui.completed)


def credential_fill(qtbot: QtBot, d: Any) -> None:
    _keys(qtbot, d.ui.name, "Teaching licence")
    _down(qtbot, d.ui.status)  # applied for
    _keys(qtbot, d.ui.authority, "Skolverket")


def credential_edit(qtbot: QtBot, d: Any) -> None:
    assert d.ui.status.currentData() == "applied"
    assert d.ui.authority.text() == "Skolverket"
    _down(qtbot, d.ui.bridging)  # suggested


def work_fill(qtbot: QtBot, d: Any) -> None:
    _keys(qtbot, d.ui.title, "Cook")
    _keys(qtbot, d.ui.employer, "Hotel Asmara")
    _keys(qtbot, d.ui.start, "2015")
    _keys(qtbot, d.ui.end, "2020")
    _keys(qtbot, d.ui.tasks, "Menus")


def work_edit(qtbot: QtBot, d: Any) -> None:
    assert d.ui.tasks.toPlainText() == "Menus"
    _down(qtbot, d.ui.work_type)  # informal work


def skill_fill(qtbot: QtBot, d: Any) -> None:
    picker = d.ui.skill
    tab_to(qtbot, picker)
    qtbot.keyClicks(focused(), "wound")
    qtbot.waitUntil(picker.completer.popup().isVisible)
    qtbot.keyClick(picker.completer.popup(), Qt.Key.Key_Return)
    assert picker.code() is not None
    _down(qtbot, d.ui.level, 3)  # — not given —, beginner, intermediate, advanced


def skill_edit(qtbot: QtBot, d: Any) -> None:
    assert d.ui.skill.code() is not None
    assert d.ui.level.currentData() == "advanced"
    _down(qtbot, d.ui.shown_by)  # documented


def digital_fill(qtbot: QtBot, d: Any) -> None:
    _keys(qtbot, d.ui.level, "p")  # proficient


def digital_edit(qtbot: QtBot, d: Any) -> None:
    assert (d.ui.area.currentData(), d.ui.level.currentData()) == ("information", "proficient")
    _down(qtbot, d.ui.area)  # communication


def driving_fill(qtbot: QtBot, d: Any) -> None:
    _space(qtbot, d.ui.categoryB)
    _space(qtbot, d.ui.categoryC1)


def driving_edit(qtbot: QtBot, d: Any) -> None:
    assert d.ui.categoryB.isChecked() and d.ui.categoryC1.isChecked()
    assert not d.ui.categoryA.isChecked()
    _space(qtbot, d.ui.valid_in_sweden)


def interest_fill(qtbot: QtBot, d: Any) -> None:
    _keys(qtbot, d.ui.name, "Chess")
    _keys(qtbot, d.ui.keywords, "tournaments, teaching")


def interest_edit(qtbot: QtBot, d: Any) -> None:
    assert d.ui.keywords.text() == "tournaments, teaching"
    _replace(qtbot, d.ui.name, "Chess and go")


def business_fill(qtbot: QtBot, d: Any) -> None:
    _keys(qtbot, d.ui.idea, "Bicycle repair shop")
    _down(qtbot, d.ui.sector)  # circular economy


def business_edit(qtbot: QtBot, d: Any) -> None:
    assert d.ui.idea.toPlainText() == "Bicycle repair shop"
    _keys(qtbot, d.ui.support_wanted, "Premises")


CASES = [
    Case(
        EntryKind.GOALS,
        Qt.Key.Key_G,
        goals_fill,
        ("Wants: a Swedish course", "25 hours a week", "has a work permit"),
        {"hours_per_week": 25, "work_permit": "has_permit", "wants": ("swedish_course",)},
        goals_edit,
        ("has applied for a work permit",),
    ),
    Case(
        EntryKind.NEXT_STEP,
        None,
        next_step_fill,
        ("Call the job centre", "by 2026-02"),
        {"text": "Call the job centre", "done": False},
        next_step_edit,
        ("done",),
    ),
    Case(
        EntryKind.LANGUAGE,
        Qt.Key.Key_L,
        language_fill,
        ("Somali", "Listening B2"),
        {"language": "so", "listening": "B2", "writing": None},
        language_edit,
        ("Writing A2",),
    ),
    Case(
        EntryKind.EDUCATION,
        Qt.Key.Key_O,
        education_fill,
        ("Civil engineer", "2005 – 2010"),
        {"institution": "Kabul University", "isced_level": 7, "eqf_level": 7},
        education_edit,
        ("completed",),
    ),
    Case(
        EntryKind.CREDENTIAL,
        Qt.Key.Key_C,
        credential_fill,
        ("Teaching licence", "applied for", "Skolverket"),
        {"status": "applied", "bridging": "none"},
        credential_edit,
        ("bridging course: suggested",),
    ),
    Case(
        EntryKind.WORK,
        Qt.Key.Key_K,
        work_fill,
        ("Cook", "Hotel Asmara", "2015 – 2020", "formal employment"),
        {"tasks": ("Menus",), "work_type": "formal"},
        work_edit,
        ("informal work",),
    ),
    Case(
        EntryKind.SKILL,
        Qt.Key.Key_S,
        skill_fill,
        ("advanced", "told by the visitor"),
        {"level": "advanced", "free_text": ""},
        skill_edit,
        ("documented",),
    ),
    Case(
        EntryKind.DIGITAL,
        Qt.Key.Key_I,
        digital_fill,
        ("Information and data literacy", "Proficient"),
        {"area": "information", "level": "proficient"},
        digital_edit,
        ("Communication and collaboration",),
    ),
    Case(
        EntryKind.DRIVING,
        Qt.Key.Key_N,
        driving_fill,
        ("Categories B, C1",),
        {"categories": ("B", "C1"), "valid_in_sweden": False},
        driving_edit,
        ("valid in Sweden",),
    ),
    Case(
        EntryKind.INTEREST,
        Qt.Key.Key_T,
        interest_fill,
        ("Chess", "tournaments, teaching"),
        {"keywords": ("tournaments", "teaching")},
        interest_edit,
        ("Chess and go",),
    ),
    Case(
        EntryKind.BUSINESS,
        Qt.Key.Key_T,
        business_fill,
        ("Bicycle repair shop", "circular economy"),
        {"sector": "circular_economy"},
        business_edit,
        ("support wanted: Premises",),
    ),
]


def _shot(widget: QWidget, name: str) -> None:
    try:
        SHOTS.mkdir(parents=True, exist_ok=True)
    except OSError:
        return
    widget.grab().save(str(SHOTS / f"{name}.png"))


def _save(qtbot: QtBot, dialog: EntryDialog) -> None:
    save = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    tab_to(qtbot, save)
    with qtbot.waitSignal(dialog.saved, timeout=5_000):
        qtbot.keyClick(save, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def _row(window: MainWindow, kind: EntryKind) -> str:
    model = window.profile_page.lists[kind].model
    assert model.rowCount() == 1
    return str(model.data(model.index(0), Qt.ItemDataRole.DisplayRole))


def _value(value: object) -> object:
    if isinstance(value, tuple):
        return tuple(_value(v) for v in value)
    return getattr(value, "value", value)


@pytest.mark.qt_log_ignore("This plugin does not support")
@pytest.mark.parametrize("case", CASES, ids=[case.kind.value for case in CASES])
def test_add_and_edit_from_the_page_by_keyboard(
    case: Case,
    qtbot: QtBot,
    profile_desk: ProfileDesk,
    settings: DeskSettings,
    translations: Translations,
) -> None:
    window = volunteer_window(qtbot, profile_desk, settings, translations)
    window.open_profile(profile_desk.person_id)
    page = window.profile_page
    tabs = page.ui.tabs
    if case.tab is not None:
        qtbot.keyClick(focused(), case.tab, ALT)
    else:  # the next steps share the goals' tab
        qtbot.keyClick(focused(), Qt.Key.Key_G, ALT)
    entry_list = page.lists[case.kind]
    assert tabs.currentWidget().isAncestorOf(entry_list)
    tab_to(qtbot, entry_list.ui.entryList)
    qtbot.keyClick(focused(), Qt.Key.Key_Insert)
    dialog = wait_dialog(qtbot, DIALOGS[case.kind])
    assert isinstance(dialog, EntryDialog)
    case.fill(qtbot, dialog)
    _shot(dialog, f"{case.kind.value}-1-new")
    _save(qtbot, dialog)
    activate(qtbot, window)
    row = _row(window, case.kind)
    for text in case.listed:
        assert text in row, (text, row)
    stored = Profiles(window.session).entries(profile_desk.person_id, case.kind)
    assert len(stored) == 1
    for name, value in case.stored.items():
        assert _value(getattr(stored[0], name)) == value, name
    _shot(window, f"{case.kind.value}-2-listed")

    # Open it again from the list (F2), see what was saved, change it.
    assert focused() is entry_list.ui.entryList
    qtbot.keyClick(focused(), Qt.Key.Key_F2)
    again = wait_dialog(qtbot, DIALOGS[case.kind])
    assert isinstance(again, EntryDialog) and again is not dialog
    case.edit(qtbot, again)
    _shot(again, f"{case.kind.value}-3-edit")
    _save(qtbot, again)
    activate(qtbot, window)
    row = _row(window, case.kind)
    for text in case.relisted:
        assert text in row, (text, row)
    after = Profiles(window.session).entries(profile_desk.person_id, case.kind)
    assert [e.id for e in after] == [stored[0].id] and after != stored
