"""The Employers and Matching sections and the profile's openings panel: no Alt+letter is shared
with another widget on screen or with the menu bar (Alt+D, the Desk menu, swallowed "Edit
details" once), in English and Swedish."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from entryhub_desk.views.main_window import MainWindow
from tests.views.matching.conftest import MatchDesk, OpenAs
from tests.views.mnemonics import mnemonic, shown_mnemonics

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _letters(window: MainWindow) -> dict[str, list[str]]:
    found = shown_mnemonics(window)
    for action in window.menuBar().actions():
        letter = mnemonic(action.text())
        if letter is not None:
            found.setdefault(letter, []).append(f"menu: {action.text()}")
    return found


@pytest.mark.parametrize("lang", ["en", "sv"])
def test_no_letter_is_shared_on_the_new_screens(
    qtbot: QtBot, match_desk: MatchDesk, open_as: OpenAs, lang: str
) -> None:
    window = open_as("coordinator")
    window.switch_language(lang)
    for page in (window.employers_page, window.matching_page):
        window.show_section(page)
        page.reload()
        shared = {k: v for k, v in _letters(window).items() if len(v) > 1}
        assert shared == {}, page.objectName()
    window.open_profile(match_desk.sara)
    panel = window.profile_page.openings
    letters = _letters(window)
    ours = shown_mnemonics(panel)
    assert ours  # the panel has mnemonics of its own
    clashes = {k: letters[k] for k in ours if len(letters[k]) > 1}
    assert clashes == {}
