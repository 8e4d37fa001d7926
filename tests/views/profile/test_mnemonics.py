"""Every entry dialog: each label's Alt+letter reaches a field whose value the entry keeps
(the Goals dialog's Alt+O reached nothing and the occupation typed there was dropped)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from entryhub_desk.domain.profile import EntryKind, Goals
from entryhub_desk.services.profile import Profiles
from entryhub_desk.views.i18n import Translations
from entryhub_desk.views.main_window import MainWindow
from entryhub_desk.views.profile.entry_dialog import EntryDialog
from entryhub_desk.views.profile.kinds import DIALOGS
from entryhub_desk.views.settings import DeskSettings
from tests.views.mnemonics import focused, type_text, walk_mnemonics
from tests.views.profile.conftest import ProfileDesk, activate, volunteer_window

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

#: What the pickers are given: text typed and not chosen from the list (Save must take it).
TYPED = {
    "desired_occupations": "svetsare",
    "occupation": "Svetsare",
    "skill": "utföra mig-svetsning",
}


def _dialog(qtbot: QtBot, window: MainWindow, pd: ProfileDesk, kind: EntryKind) -> EntryDialog:
    dialog = DIALOGS[kind](Profiles(window.session), pd.person_id, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    activate(qtbot, dialog)
    return dialog


@pytest.mark.parametrize("lang", ["en", "sv"])
@pytest.mark.parametrize("kind", list(DIALOGS), ids=[k.value for k in DIALOGS])
def test_every_label_mnemonic_reaches_a_saved_field(
    qtbot: QtBot,
    profile_desk: ProfileDesk,
    settings: DeskSettings,
    translations: Translations,
    kind: EntryKind,
    lang: str,
) -> None:
    window = volunteer_window(qtbot, profile_desk, settings, translations)
    window.switch_language(lang)  # mnemonics differ per language: each must be unique
    dialog = _dialog(qtbot, window, profile_desk, kind)
    if kind is EntryKind.DRIVING:  # a licence needs a category before anything else counts
        dialog.ui.categoryB.setFocus()
        qtbot.keyClick(focused(), Qt.Key.Key_Space)
    problems = walk_mnemonics(qtbot, dialog, dialog.entry_from_form, typed=TYPED)
    assert problems == [], "\n".join(problems)


def test_an_occupation_typed_in_goals_is_saved_not_dropped(
    qtbot: QtBot, profile_desk: ProfileDesk, settings: DeskSettings, translations: Translations
) -> None:
    window = volunteer_window(qtbot, profile_desk, settings, translations)
    dialog = _dialog(qtbot, window, profile_desk, EntryKind.GOALS)
    qtbot.keyClick(focused(), Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    assert focused() is dialog.ui.desired_occupations.picker.edit
    type_text(focused(), "svetsare")
    qtbot.keyClick(dialog.ui.hours_per_week, Qt.Key.Key_Return)  # Save, text not chosen
    stored = Profiles(window.session).entries(profile_desk.person_id, EntryKind.GOALS)
    assert len(stored) == 1 and isinstance(stored[0], Goals)
    assert len(stored[0].desired_occupations) == 1


def test_an_occupation_no_list_names_is_refused_not_dropped(
    qtbot: QtBot, profile_desk: ProfileDesk, settings: DeskSettings, translations: Translations
) -> None:
    window = volunteer_window(qtbot, profile_desk, settings, translations)
    dialog = _dialog(qtbot, window, profile_desk, EntryKind.GOALS)
    qtbot.keyClick(focused(), Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    type_text(focused(), "svets")
    dialog.ui.hours_per_week.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.ui.errorLabel.text().startswith("Desired occupations: ")
    assert focused() is dialog.ui.desired_occupations.picker.edit
    assert Profiles(window.session).entries(profile_desk.person_id, EntryKind.GOALS) == []
