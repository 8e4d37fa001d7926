"""Ctrl+1 … Ctrl+9 open the sidebar's first, second … shown section (hidden sections, such as
Visitor before a person is opened, are not counted), and say so in each item's tooltip."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QListWidget, QWidget

MAX_SECTIONS = 9


def shown_rows(navigation: QListWidget) -> list[int]:
    return [row for row in range(navigation.count()) if not navigation.item(row).isHidden()]


class SectionKeys(QObject):
    def __init__(self, window: QWidget, navigation: QListWidget) -> None:
        super().__init__(window)
        self._navigation = navigation
        self.shortcuts: list[QShortcut] = []
        for number in range(1, MAX_SECTIONS + 1):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), window)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda n=number: self.open(n))
            self.shortcuts.append(shortcut)

    def open(self, number: int) -> None:
        rows = shown_rows(self._navigation)
        if not self._navigation.isVisible():  # locked: the sections are not there
            return
        if 0 < number <= len(rows):
            self._navigation.setCurrentRow(rows[number - 1])
            self._navigation.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def retranslate(self) -> None:
        """Each shown item's tooltip names its key (after a section is shown or hidden)."""
        rows = shown_rows(self._navigation)
        for row in range(self._navigation.count()):
            item = self._navigation.item(row)
            number = rows.index(row) + 1 if row in rows else 0
            key = QKeySequence(f"Ctrl+{number}").toString(QKeySequence.SequenceFormat.NativeText)
            item.setToolTip(
                QCoreApplication.translate("MainWindow", "{section} ({key})").format(
                    section=item.text(), key=key
                )
                if number
                else ""
            )
