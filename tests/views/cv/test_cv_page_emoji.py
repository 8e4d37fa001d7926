"""Emoji in a visitor's free text: the CV screen says that the CV leaves them out."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from entryhub_desk.domain.profile import Goals
from entryhub_desk.services.profile import Profiles
from tests.views.cv.conftest import CvDesk, OpenWindow
from tests.views.cv.test_cv_page import WAIT_MS, open_cv


def test_the_cv_screen_names_the_emoji_it_leaves_out(
    qtbot: QtBot, open_window: OpenWindow, cv_desk: CvDesk
) -> None:
    window = open_window()
    plain, emoji = cv_desk.person_ids[:2]
    Profiles(window.session).save(Goals(person_id=emoji, summary="Kock 👨‍🍳 som älskar mat 🍳"))
    page = open_cv(qtbot, window, plain)
    assert not page.ui.errorLabel.isVisible()
    with qtbot.waitSignal(page.previewReady, timeout=WAIT_MS):
        window.open_cv(emoji)
    assert page.ui.errorLabel.isVisible()
    assert "👨 🍳" in page.ui.errorLabel.text()
    assert "left out" in page.ui.errorLabel.text()
    with qtbot.waitSignal(page.previewReady, timeout=WAIT_MS):
        window.open_cv(plain)
    assert not page.ui.errorLabel.isVisible()
