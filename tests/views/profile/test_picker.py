"""The ESCO picker: search as you type in any language, labels in the interface language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QVBoxLayout
from pytestqt.qtbot import QtBot

from entryhub_desk.services.profile import Label, occupation_label, search_occupations
from entryhub_desk.views.i18n import Translations
from entryhub_desk.views.profile.picker import Picker, PickerList
from tests.views.profile.conftest import activate, type_text

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

NURSE_LABEL = "Nurse"  # the display form of "nurse responsible for general care"


@pytest.fixture
def nurse_code() -> str:
    hits = [
        h
        for h in search_occupations("nurse responsible for general care", "en", 5)
        if h.label == NURSE_LABEL
    ]
    assert hits and hits[0].isco_group == "2221"
    return hits[0].code


_KEEP: list[QDialog] = []  # the windows of the pickers, alive until the next test


@pytest.fixture(autouse=True)
def _forget_windows() -> None:
    _KEEP.clear()


def _picker(qtbot: QtBot, kind: str = "occupation") -> Picker:
    window = QDialog()
    _KEEP.append(window)
    picker = Picker(window)
    picker.set_kind(kind)
    QVBoxLayout(window).addWidget(picker)
    qtbot.addWidget(window)
    window.show()
    activate(qtbot, window)
    picker.setFocus()
    qtbot.waitUntil(picker.edit.hasFocus)
    return picker


def _choose(qtbot: QtBot, picker: Picker, code: str) -> None:
    popup = picker.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    codes = [hit.code for hit in picker.hits()]
    assert code in codes
    for _ in range(codes.index(code)):
        qtbot.keyClick(popup, Qt.Key.Key_Down)
    with qtbot.waitSignal(picker.chosen):
        qtbot.keyClick(popup, Qt.Key.Key_Return)


def test_nurse_in_english(qtbot: QtBot, translations: Translations, nurse_code: str) -> None:
    picker = _picker(qtbot)
    qtbot.keyClicks(picker.edit, "nurse")
    assert f"{NURSE_LABEL} · ISCO 2221" in picker.popup_texts()
    _choose(qtbot, picker, nurse_code)
    assert picker.code() == nurse_code
    assert picker.edit.text() == NURSE_LABEL
    assert picker.info.text().startswith("ISCO-08 2221: ")
    assert picker.state() == {"code": nurse_code, "text": NURSE_LABEL}
    # Typing again forgets the code: what is stored is always a chosen code.
    qtbot.keyClick(picker.edit, Qt.Key.Key_Backspace)
    assert picker.code() is None


def test_sjukskoterska_in_swedish(
    qtbot: QtBot, translations: Translations, nurse_code: str
) -> None:
    translations.switch("sv")
    swedish = occupation_label(nurse_code, "sv")
    assert not swedish.fallback
    picker = _picker(qtbot)
    # QTest.keyClicks aborts on "ö": type_text sends each character as a key event with text.
    type_text(picker.edit, "sjuksköterska")
    assert picker.edit.text() == "sjuksköterska"
    assert f"{swedish.text} · ISCO 2221" in picker.popup_texts()
    _choose(qtbot, picker, nurse_code)
    assert picker.code() == nurse_code
    assert picker.edit.text() == swedish.text
    assert picker.info.text().startswith("ISCO-08 2221")


def test_english_words_find_swedish_labels(
    qtbot: QtBot, translations: Translations, nurse_code: str
) -> None:
    translations.switch("sv")
    picker = _picker(qtbot)
    qtbot.keyClicks(picker.edit, "nurse responsible")
    assert nurse_code in [hit.code for hit in picker.hits()]
    assert occupation_label(nurse_code, "sv").text in picker.popup_texts()[0]


def test_english_fallback_is_marked(qtbot: QtBot, translations: Translations) -> None:
    translations.switch("sv")
    picker = _picker(qtbot)
    assert picker._display(Label("forklift", "en", fallback=True)) == "forklift (EN)"
    assert picker._display(Label("truck", "sv")) == "truck"


def test_free_text_skill_is_marked(qtbot: QtBot, translations: Translations) -> None:
    picker = _picker(qtbot, "skill")
    picker.allow_free_text = True
    qtbot.keyClicks(picker.edit, "Zzyzx weaving")
    qtbot.keyClick(picker.edit, Qt.Key.Key_Escape)
    assert picker.code() is None
    assert picker.info.text() == (
        "Nothing found for “Zzyzx weaving”: try another word or language. "
        "Free text — not an ESCO skill"
    )


def test_picker_list_adds_and_deletes_by_keyboard(
    qtbot: QtBot, translations: Translations, nurse_code: str
) -> None:
    window = QDialog()
    _KEEP.append(window)
    chooser = PickerList(window)
    QVBoxLayout(window).addWidget(chooser)
    qtbot.addWidget(window)
    window.show()
    activate(qtbot, window)
    chooser.setFocus()
    qtbot.keyClicks(chooser.picker.edit, "nurse responsible")
    _choose(qtbot, chooser.picker, nurse_code)
    assert chooser.codes() == [nurse_code]
    assert chooser.picker.edit.text() == ""
    chooser.list.setFocus()
    chooser.list.setCurrentRow(0)
    qtbot.keyClick(chooser.list, Qt.Key.Key_Delete)
    assert chooser.codes() == []


def test_occupations_that_read_the_same_are_told_apart(
    qtbot: QtBot, translations: Translations
) -> None:
    translations.switch("sv")
    picker = _picker(qtbot)
    type_text(picker.edit, "elektroingenjör")
    same = [t for t in picker.popup_texts() if t.startswith("Elektroingenjör (")]
    assert len(same) == 2 and len(set(same)) == 2
    assert all(" · ISCO 215" in t for t in same), same


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_arabic_finds_welders_whatever_the_interface_language(
    qtbot: QtBot, translations: Translations, lang: str
) -> None:
    translations.switch(lang)
    picker = _picker(qtbot)
    type_text(picker.edit, "لحام")
    welder = "Svetsare" if lang == "sv" else "Welder"
    texts = [t for t in picker.popup_texts() if t.startswith(welder + " ·")]
    assert texts and "لحام" in texts[0]  # the Arabic label that matched, as written
    assert picker.info.text() == ""


def test_a_synonym_typed_without_accents_shows_its_letters(
    qtbot: QtBot, translations: Translations
) -> None:
    picker = _picker(qtbot)  # English interface
    qtbot.keyClicks(picker.edit, "rorsvetsare")
    assert "“rörsvetsare”" in picker.popup_texts()[0]


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "Nothing found for “qqzzx”: try another word or language."),
        ("sv", "Inget hittades för “qqzzx”: prova ett annat ord eller språk."),
    ],
)
def test_nothing_found_is_said(
    qtbot: QtBot, translations: Translations, lang: str, said: str
) -> None:
    translations.switch(lang)
    picker = _picker(qtbot)
    qtbot.keyClicks(picker.edit, "qqzzx")
    assert picker.hits() == []
    assert picker.info.isVisibleTo(picker) and picker.info.text() == said
    qtbot.keyClicks(picker.edit, "")  # a query that finds something clears it
    picker.edit.clear()
    qtbot.keyClicks(picker.edit, "svetsre")  # one typo forgiven
    assert picker.hits() and picker.info.text() == ""
