"""Walk a dialog's mnemonics by keyboard: each label's Alt+letter must reach a field whose value
the dialog keeps (used by the mnemonic tests of the profile and reception dialogs)."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QIntValidator, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from entryhub_desk.errors import DeskError

_MNEMONIC = re.compile(r"(?<!&)&([^&\s])")

#: What to type into a free-text field, by a word of its object name (default: a name).
_TYPED = {"phone": "0701234567", "year": "1990", "date": "2019", "keywords": "kw1, kw2"}


def mnemonic(text: str) -> str | None:
    found = _MNEMONIC.search(text)
    return found.group(1).casefold() if found else None


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def _inside(widget: QWidget, owner: QWidget) -> bool:
    return widget is owner or owner.isAncestorOf(widget)


def shown_mnemonics(dialog: QWidget) -> dict[str, list[str]]:
    """Every visible mnemonic of the dialog (labels, buttons, group boxes, tabs), by letter."""
    found: dict[str, list[str]] = {}

    def add(text: str, name: str) -> None:
        letter = mnemonic(text)
        if letter is not None:
            found.setdefault(letter, []).append(f"{name}: {text}")

    for label in dialog.findChildren(QLabel):
        if label.isVisibleTo(dialog):
            add(label.text(), label.objectName())
    for button in dialog.findChildren(QAbstractButton):
        if button.isVisibleTo(dialog):
            add(button.text(), button.objectName())
    for group in dialog.findChildren(QGroupBox):
        if group.isVisibleTo(dialog):
            add(group.title(), group.objectName())
    for tabs in dialog.findChildren(QTabWidget):
        if tabs.isVisibleTo(dialog):
            for index in range(tabs.count()):
                add(tabs.tabText(index), tabs.objectName())
    return found


def type_text(widget: QWidget, text: str) -> None:
    for char in text:
        key = Qt.Key(ord(char.upper())) if char.isascii() else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            )


def change_by_keyboard(qtbot: QtBot, target: QWidget, typed: dict[str, str]) -> None:
    """Change the value of the field that has the focus (``target`` is the label's buddy)."""
    widget = focused()
    name = target.objectName()
    if name in typed:
        type_text(widget, typed[name])
        return
    combo = widget if isinstance(widget, QComboBox) else widget.parentWidget()
    if isinstance(combo, QComboBox):
        if combo.isEditable():
            line = combo.lineEdit()
            assert line is not None
            line.selectAll()
            type_text(line, combo.itemText(min(3, combo.count() - 1)))
        else:
            last = combo.currentIndex() == combo.count() - 1
            qtbot.keyClick(widget, Qt.Key.Key_Up if last else Qt.Key.Key_Down)
        return
    if isinstance(widget, QAbstractSpinBox):
        qtbot.keyClick(widget, Qt.Key.Key_Up)
        return
    if isinstance(widget, QAbstractButton):
        qtbot.keyClick(widget, Qt.Key.Key_Space)
        return
    if isinstance(widget, QListWidget):
        qtbot.keyClick(widget, Qt.Key.Key_Down)
        qtbot.keyClick(widget, Qt.Key.Key_Space)
        return
    if isinstance(widget, QPlainTextEdit):
        type_text(widget, "Written by keyboard")
        return
    assert isinstance(widget, QLineEdit), f"{name}: what is {type(widget).__name__}?"
    text = next((v for k, v in _TYPED.items() if k in name.casefold()), None)
    if text is None and isinstance(widget.validator(), QIntValidator):
        text = "1990"
    if text is None and widget.validator() is not None:
        text = "2019"
    type_text(widget, text or "Karim")


def _built(build: Callable[[], object]) -> object:
    try:
        return build()
    except DeskError as error:
        return ("refused", error.code, sorted(error.params.items()))


def walk_mnemonics(
    qtbot: QtBot,
    dialog: QDialog,
    build: Callable[[], object] | None,
    *,
    typed: dict[str, str] | None = None,
) -> list[str]:
    """Press every label's Alt+letter, check where the focus lands, change that field by
    keyboard and check that what ``build`` returns changed. Returns the problems found."""
    problems: list[str] = []
    letters = shown_mnemonics(dialog)
    for letter, owners in letters.items():
        if len(owners) > 1:
            problems.append(f"Alt+{letter.upper()} is shared by {owners}")
    labels = [
        label
        for label in dialog.findChildren(QLabel)
        if label.isVisibleTo(dialog) and mnemonic(label.text()) is not None
    ]
    assert labels, f"{dialog.objectName()} has no labelled field"
    for label in labels:
        letter = mnemonic(label.text())
        assert letter is not None
        what = f"{dialog.objectName()} {label.text()!r}"
        buddy = label.buddy()
        if buddy is None:
            problems.append(f"{what}: no buddy")
            continue
        before = _built(build) if build is not None else None
        qtbot.keyClick(focused(), Qt.Key(ord(letter.upper())), Qt.KeyboardModifier.AltModifier)
        if not _inside(focused(), buddy):
            problems.append(f"{what}: Alt+{letter.upper()} left the focus on {focused()!r}")
            continue
        if build is None:
            continue
        change_by_keyboard(qtbot, buddy, typed or {})
        after = _built(build)
        if after == before:
            problems.append(f"{what}: the value typed is not in what the dialog builds")
    return problems
