"""Helpers shared by the visitor forms' pick lists (the language list and the code combos)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QListWidget, QListWidgetItem

from entryhub_desk.errors import DeskError


def filter_list(widget: QListWidget, text: str) -> None:
    """Hide the items that do not contain ``text`` and make the first one shown current."""
    wanted = text.strip().casefold()
    first = None
    for row in range(widget.count()):
        item = widget.item(row)
        hidden = bool(wanted) and wanted not in item.text().casefold()
        item.setHidden(hidden)
        if not hidden and first is None:
            first = item
    if first is not None:
        widget.setCurrentItem(first)


def checked_items(widget: QListWidget) -> list[QListWidgetItem]:
    """The ticked items, in list order."""
    items = (widget.item(row) for row in range(widget.count()))
    return [item for item in items if item.checkState() == Qt.CheckState.Checked]


def combo_code(combo: QComboBox, field: str) -> str | None:
    """The code behind the combo's text (None when empty); a text no entry has is an error."""
    text = combo.currentText().strip()
    if not text:
        return None
    index = combo.findText(text, Qt.MatchFlag.MatchFixedString)
    code = combo.itemData(index) if index >= 0 else None
    if code is None:
        raise DeskError("validation.unknown_code", field=field, value=text)
    return str(code)


def usual_first(
    entries: list[tuple[str, str]], usual: list[str]
) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """``entries`` (code, name) split into the hub's usual ones (in ``usual`` order) and the
    rest (in their order)."""
    by_code = dict(entries)
    first = [(code, by_code[code]) for code in usual if code in by_code]
    chosen = {code for code, _name in first}
    return first, [entry for entry in entries if entry[0] not in chosen]


def fill_code_combo(combo: QComboBox, entries: list[tuple[str, str]], usual: list[str]) -> None:
    """An empty item, the hub's usual entries, a separator, then all the others."""
    first, rest = usual_first(entries, usual)
    combo.addItem("", None)
    for code, name in first:
        combo.addItem(name, code)
    if first:
        combo.insertSeparator(combo.count())
    for code, name in rest:
        combo.addItem(name, code)


def tick_current(widget: QListWidget) -> bool:
    """Tick (or untick) the current shown item; whether there was one."""
    item = widget.currentItem()
    if item is None or item.isHidden():
        return False
    ticked = item.checkState() == Qt.CheckState.Checked
    item.setCheckState(Qt.CheckState.Unchecked if ticked else Qt.CheckState.Checked)
    return True


class TabAcceptsCompletion(QObject):
    """Tab in an editable code combo takes the completion shown (the highlighted one, else
    the first): "Somal" + Tab becomes Somalia instead of an unknown code "Somal"."""

    def __init__(self, combo: QComboBox) -> None:
        super().__init__(combo)
        self._combo = combo
        completer = combo.completer()
        line = combo.lineEdit()
        assert completer is not None and line is not None
        popup = completer.popup()
        assert popup is not None
        popup.installEventFilter(self)  # runs before the completer's own filter
        line.installEventFilter(self)
        combo.installEventFilter(self)  # the combo has the focus and hands keys to its line

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        ):
            self.accept()
        return False

    def accept(self) -> None:
        combo = self._combo
        text = combo.currentText().strip()
        completer = combo.completer()
        exact = combo.findText(text, Qt.MatchFlag.MatchFixedString) if text else -1
        if exact >= 0:
            combo.setCurrentIndex(exact)
        if not text or completer is None or exact >= 0:
            return
        popup = completer.popup()
        index = popup.currentIndex() if popup is not None and popup.isVisible() else None
        if index is None or not index.isValid():
            completer.setCompletionPrefix(text)
            if completer.completionCount() < 1:
                return
            completer.setCurrentRow(0)
            index = completer.currentIndex()
        found = combo.findText(str(index.data()), Qt.MatchFlag.MatchFixedString)
        if found >= 0:
            combo.setCurrentIndex(found)
            if popup is not None:
                popup.hide()
