"""The list of one kind of profile entry: a list model and its keyboard-driven list widget.

The widget only reports what the person asks for (:attr:`EntryList.addRequested`,
:attr:`~EntryList.editRequested`, …); the profile page does the work through the services.
Keys: Insert adds, Enter/Return or F2 edit, Delete remove, Ctrl+Up / Ctrl+Down move.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Final

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from entryhub_desk.views.common import is_language_change
from entryhub_desk.views.forms.ui_profile_entry_list import Ui_ProfileEntryList

ENTRY_ROLE: Final = Qt.ItemDataRole.UserRole + 1

ModelIndex = QModelIndex | QPersistentModelIndex
Describe = Callable[[Any], tuple[str, str]]


class EntryListModel(QAbstractListModel):
    """Entries of one kind in the person's order; ``describe(entry)`` gives (title, details)."""

    def __init__(self, describe: Describe, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._describe = describe
        self._entries: list[Any] = []

    def set_entries(self, entries: Sequence[Any]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def clear(self) -> None:
        self.set_entries([])

    def entries(self) -> list[Any]:
        return list(self._entries)

    def entry(self, row: int) -> Any | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def retranslate(self) -> None:
        if self._entries:
            self.dataChanged.emit(self.index(0), self.index(len(self._entries) - 1))

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.entry(index.row()) if index.isValid() else None
        if entry is None:
            return None
        if role == ENTRY_ROLE:
            return entry
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            title, details = self._describe(entry)
            return f"{title}\n{details}" if details else title
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._describe(entry)[1] or None
        return None


class EntryList(QWidget):
    """A list of entries with Add, Edit, Remove, Move up and Move down.

    ``single`` kinds (one entry per person, such as the goals) only offer Add while empty.
    """

    addRequested = Signal()
    editRequested = Signal(int)
    removeRequested = Signal(int)
    moveRequested = Signal(int, int)  # row, -1 (up) or +1 (down)

    def __init__(
        self,
        describe: Describe,
        *,
        single: bool = False,
        editable: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.single = single
        self.editable = editable
        self.ui = Ui_ProfileEntryList()
        self.ui.setupUi(self)
        self.model = EntryListModel(describe, self)
        view = self.ui.entryList
        view.setModel(self.model)
        view.installEventFilter(self)
        view.doubleClicked.connect(lambda index: self._request_edit(index.row()))
        view.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self.ui.addButton.clicked.connect(self._request_add)
        self.ui.editButton.clicked.connect(lambda: self._request_edit(self.current_row()))
        self.ui.removeButton.clicked.connect(lambda: self._request_remove(self.current_row()))
        self.ui.upButton.clicked.connect(lambda: self._request_move(-1))
        self.ui.downButton.clicked.connect(lambda: self._request_move(+1))
        # Insert, not Ctrl+N: Ctrl+N is the window-wide "New visitor" (Desk menu).
        shortcut = QShortcut(QKeySequence(Qt.Key.Key_Insert), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self._request_add)
        for button in (
            self.ui.addButton,
            self.ui.editButton,
            self.ui.removeButton,
            self.ui.upButton,
            self.ui.downButton,
        ):
            button.setVisible(editable)
        self.ui.hintLabel.setVisible(editable)
        self._update_buttons()

    # -- state ----------------------------------------------------------------------------

    def set_entries(self, entries: Sequence[Any], *, select: int | None = None) -> None:
        keep = self.current_row() if select is None else select
        self.model.set_entries(entries)
        if self.model.rowCount():
            self.select(min(max(keep, 0), self.model.rowCount() - 1))
        self._update_buttons()

    def current_row(self) -> int:
        index = self.ui.entryList.currentIndex()
        return index.row() if index.isValid() else -1

    def select(self, row: int) -> None:
        index = self.model.index(row)
        if index.isValid():
            self.ui.entryList.setCurrentIndex(index)

    def focus_list(self) -> None:
        self.ui.entryList.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_buttons(self) -> None:
        row = self.current_row()
        count = self.model.rowCount()
        has = 0 <= row < count
        self.ui.addButton.setEnabled(self.editable and not (self.single and count > 0))
        self.ui.editButton.setEnabled(self.editable and has)
        self.ui.removeButton.setEnabled(self.editable and has)
        self.ui.upButton.setEnabled(self.editable and has and row > 0 and not self.single)
        self.ui.downButton.setEnabled(self.editable and has and row < count - 1 and not self.single)
        self.ui.emptyLabel.setVisible(count == 0)
        self.ui.entryList.setVisible(count > 0 or self.editable)

    # -- requests -------------------------------------------------------------------------

    def _request_add(self) -> None:
        if self.ui.addButton.isEnabled():
            self.addRequested.emit()
        elif self.editable and self.single and self.model.rowCount():
            self._request_edit(0)

    def _request_edit(self, row: int) -> None:
        if self.editable and 0 <= row < self.model.rowCount():
            self.editRequested.emit(row)

    def _request_remove(self, row: int) -> None:
        if self.editable and 0 <= row < self.model.rowCount():
            self.removeRequested.emit(row)

    def _request_move(self, delta: int) -> None:
        row = self.current_row()
        if self.editable and not self.single and 0 <= row + delta < self.model.rowCount():
            self.moveRequested.emit(row, delta)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.entryList and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key, mods = event.key(), event.modifiers()
            ctrl = mods & Qt.KeyboardModifier.ControlModifier
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2) and not ctrl:
                self._request_edit(self.current_row())
                return True
            if key == Qt.Key.Key_Delete and not ctrl:
                self._request_remove(self.current_row())
                return True
            if ctrl and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self._request_move(-1 if key == Qt.Key.Key_Up else +1)
                return True
        return super().eventFilter(watched, event)

    # -- language -------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.ui.retranslateUi(self)
            self.model.retranslate()
        super().changeEvent(event)
