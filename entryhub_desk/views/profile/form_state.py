"""What a person has typed into a form, as plain JSON values (drafts are made of this).

:func:`capture` walks the named input widgets of a form and records their values;
:func:`restore` puts them back. Widgets that know how to save themselves (the picker, the
partial date) implement ``state()`` / ``set_state()``. An editable combo box is recorded by
what is typed in it, a list of tick boxes by its ticked items. The one way to read a form's
state: drafts, a language change and the discard guard (``views/discard_guard``) use it.
"""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)


@runtime_checkable
class Stateful(Protocol):
    def state(self) -> Any: ...

    def set_state(self, value: Any) -> None: ...


def _inputs(form: QWidget) -> list[QWidget]:
    """Named input widgets of ``form``, outermost first; parts of composite widgets skipped."""
    found: list[QWidget] = []
    for widget in form.findChildren(QWidget):
        name = widget.objectName()
        if not name or name.startswith("qt_") or not _is_input(widget):
            continue
        parent = widget.parentWidget()
        inside_composite = False
        while parent is not None and parent is not form:
            if isinstance(parent, Stateful | QComboBox | QDateEdit):
                inside_composite = True
                break
            parent = parent.parentWidget()
        if not inside_composite:
            found.append(widget)
    return found


def _is_input(widget: QWidget) -> bool:
    if isinstance(widget, Stateful):
        return True
    if isinstance(widget, QAbstractButton):
        return widget.isCheckable()
    return isinstance(
        widget,
        QLineEdit
        | QPlainTextEdit
        | QComboBox
        | QSpinBox
        | QDoubleSpinBox
        | QDateEdit
        | QListWidget,
    )


#: Where a tick-box list item keeps its code (the reception's lists); else its text counts.
_CODE_ROLE = Qt.ItemDataRole.UserRole + 1


def _item_key(item: QListWidgetItem) -> str:
    code = item.data(_CODE_ROLE)
    return code if isinstance(code, str) else item.text()


def _items(widget: QListWidget) -> list[QListWidgetItem]:
    return [widget.item(row) for row in range(widget.count())]


def capture(form: QWidget) -> dict[str, Any]:
    state: dict[str, Any] = {}
    for widget in _inputs(form):
        name = widget.objectName()
        if isinstance(widget, Stateful):
            state[name] = widget.state()
        elif isinstance(widget, QAbstractButton):
            state[name] = widget.isChecked()
        elif isinstance(widget, QLineEdit):
            state[name] = widget.text()
        elif isinstance(widget, QPlainTextEdit):
            state[name] = widget.toPlainText()
        elif isinstance(widget, QComboBox) and widget.isEditable():
            state[name] = widget.currentText()  # typed, perhaps never confirmed with Enter
        elif isinstance(widget, QComboBox):
            data = widget.currentData()
            state[name] = data if isinstance(data, str | int) else widget.currentIndex()
        elif isinstance(widget, QSpinBox | QDoubleSpinBox):
            state[name] = widget.value()
        elif isinstance(widget, QDateEdit):
            state[name] = widget.date().toString("yyyy-MM-dd")
        elif isinstance(widget, QListWidget):
            ticked = Qt.CheckState.Checked
            state[name] = [_item_key(i) for i in _items(widget) if i.checkState() == ticked]
    return state


def restore(form: QWidget, state: dict[str, Any]) -> None:
    for widget in _inputs(form):
        name = widget.objectName()
        if name not in state:
            continue
        value = state[name]
        if isinstance(widget, Stateful):
            widget.set_state(value)
        elif isinstance(widget, QAbstractButton):
            widget.setChecked(bool(value))
        elif isinstance(widget, QLineEdit):
            widget.setText(str(value))
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(str(value))
        elif isinstance(widget, QComboBox) and widget.isEditable() and isinstance(value, str):
            widget.setCurrentText(value)
        elif isinstance(widget, QComboBox):
            index = widget.findData(value) if isinstance(value, str) else -1
            if index < 0 and isinstance(value, int):
                index = widget.findData(value)
                if index < 0:
                    index = value if 0 <= value < widget.count() else -1
            if index >= 0:
                widget.setCurrentIndex(index)
        elif isinstance(widget, QSpinBox):
            widget.setValue(int(value))
        elif isinstance(widget, QDoubleSpinBox):
            widget.setValue(float(value))
        elif isinstance(widget, QDateEdit):
            widget.setDate(QDate.fromString(str(value), "yyyy-MM-dd"))
        elif isinstance(widget, QListWidget) and isinstance(value, list):
            for item in _items(widget):
                if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                    ticked = _item_key(item) in value
                    item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
