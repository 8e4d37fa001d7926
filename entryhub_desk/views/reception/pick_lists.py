"""Helpers shared by the visitor forms' pick lists (the language list and the code combos)."""

from __future__ import annotations

from PySide6.QtCore import Qt
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
