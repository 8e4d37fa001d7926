"""The template and CV-language choices as a person reads them (interface language)."""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from entryhub_desk.services.cv import CV_LANGUAGES, TEMPLATES
from entryhub_desk.views.labels import QT_TRANSLATE_NOOP

CONTEXT: Final = "CvChoices"

TEMPLATE_LABELS: Final[dict[str, str]] = {
    "classic": QT_TRANSLATE_NOOP("CvChoices", "Classic"),
    "compact": QT_TRANSLATE_NOOP("CvChoices", "Compact"),
}

# A CV's language is chosen per CV; its name is shown in the interface language.
LANGUAGE_LABELS: Final[dict[str, str]] = {
    "sv": QT_TRANSLATE_NOOP("CvChoices", "Swedish"),
    "en": QT_TRANSLATE_NOOP("CvChoices", "English"),
    "ar": QT_TRANSLATE_NOOP("CvChoices", "Arabic"),
    "fa": QT_TRANSLATE_NOOP("CvChoices", "Persian"),
    "so": QT_TRANSLATE_NOOP("CvChoices", "Somali"),
    "ti": QT_TRANSLATE_NOOP("CvChoices", "Tigrinya"),
    "es": QT_TRANSLATE_NOOP("CvChoices", "Spanish"),
}


def template_label(code: str) -> str:
    source = TEMPLATE_LABELS.get(code)
    return QCoreApplication.translate(CONTEXT, source) if source else code


def language_label(code: str) -> str:
    source = LANGUAGE_LABELS.get(code)
    return QCoreApplication.translate(CONTEXT, source) if source else code


def _fill(combo: QComboBox, items: list[tuple[str, str]], current: str) -> None:
    """(Re)fill ``combo`` without announcing a change; ``current`` stays chosen."""
    blocked = combo.blockSignals(True)
    try:
        combo.clear()
        for code, label in items:
            combo.addItem(label, code)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
    finally:
        combo.blockSignals(blocked)


def fill_templates(combo: QComboBox, current: str) -> None:
    _fill(combo, [(code, template_label(code)) for code in TEMPLATES], current)


def fill_languages(combo: QComboBox, current: str) -> None:
    _fill(combo, [(code, language_label(code)) for code in CV_LANGUAGES], current)
