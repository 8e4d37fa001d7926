"""Level choices a person can read: CEFR levels say what the person can do; education levels
are plain names (no "ISCED" in sight)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from entryhub_desk.services.profile import Profiles
from entryhub_desk.views.i18n import Translations
from entryhub_desk.views.profile.education_dialog import EducationDialog
from entryhub_desk.views.profile.language_dialog import LanguageDialog
from entryhub_desk.views.settings import DeskSettings
from tests.views.profile.conftest import ProfileDesk, activate, focused, volunteer_window

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _shown_in_list(combo: object, row: int) -> str:
    view = combo.view()  # type: ignore[attr-defined]
    option = QStyleOptionViewItem()
    view.itemDelegate().initStyleOption(option, combo.model().index(row, 0))  # type: ignore[attr-defined]
    return str(option.text)


@pytest.mark.parametrize(
    ("lang", "b1"),
    [
        ("en", "B1 — deals with most everyday situations"),
        ("sv", "B1 — klarar de flesta vardagssituationer"),
    ],
)
def test_cefr_levels_carry_what_the_person_can_do(
    qtbot: QtBot,
    profile_desk: ProfileDesk,
    settings: DeskSettings,
    translations: Translations,
    lang: str,
    b1: str,
) -> None:
    window = volunteer_window(qtbot, profile_desk, settings, translations)
    window.switch_language(lang)
    dialog = LanguageDialog(Profiles(window.session), profile_desk.person_id, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    activate(qtbot, dialog)
    combo = dialog.ui.listening
    row = combo.findText("B1")
    assert _shown_in_list(combo, row) == b1
    dialog.ui.language.setCurrentIndex(dialog.ui.language.findData("sv"))
    dialog.ui.listening.setFocus()
    qtbot.keyClicks(focused(), "B1")  # typing the short code still works
    assert dialog.entry_from_form().listening == "B1"


@pytest.mark.parametrize(
    ("lang", "upper"), [("en", "Upper secondary education"), ("sv", "Gymnasieskola")]
)
def test_education_levels_are_plain_names(
    qtbot: QtBot,
    profile_desk: ProfileDesk,
    settings: DeskSettings,
    translations: Translations,
    lang: str,
    upper: str,
) -> None:
    window = volunteer_window(qtbot, profile_desk, settings, translations)
    window.switch_language(lang)
    dialog = EducationDialog(Profiles(window.session), profile_desk.person_id, parent=window)
    qtbot.addWidget(dialog)
    texts = [dialog.ui.isced_level.itemText(i) for i in range(dialog.ui.isced_level.count())]
    assert upper in texts
    assert not any("ISCED" in t for t in [*texts, dialog.ui.isced_levelLabel.text()])
    assert "&" in dialog.ui.isced_levelLabel.text()  # the label keeps its mnemonic
