"""Template and CV-language choices: every service value has a label, the choice is kept."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from entryhub_desk.services.cv import CV_LANGUAGES, TEMPLATES
from entryhub_desk.views.cv.choices import (
    LANGUAGE_LABELS,
    TEMPLATE_LABELS,
    fill_languages,
    fill_templates,
)


def test_every_template_and_language_has_a_label() -> None:
    assert set(TEMPLATES) <= set(TEMPLATE_LABELS)
    assert set(CV_LANGUAGES) <= set(LANGUAGE_LABELS)


def test_refilling_keeps_the_choice_and_stays_quiet(qtbot: QtBot) -> None:
    combo = QComboBox()
    qtbot.addWidget(combo)
    fill_templates(combo, "compact")
    assert combo.currentData() == "compact"
    assert combo.currentText() == "Compact"
    changes: list[int] = []
    combo.currentIndexChanged.connect(changes.append)
    fill_templates(combo, str(combo.currentData()))
    assert combo.currentData() == "compact"
    assert changes == []
    fill_languages(combo, "unknown")
    assert combo.currentData() == CV_LANGUAGES[0]
