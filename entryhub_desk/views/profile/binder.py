"""Load and build any profile entry from its dataclass fields and the widgets named after them.

A field ``name`` of the entry's dataclass is edited by the form's widget of the same object
name; what the widget holds follows from the widget's class and the field's type:

===================  =================================  ==========================================
widget               field type                         value
===================  =================================  ==========================================
PartialDateEdit      ``PartialDate | None``             ``value()`` (its ``field`` is the name)
Picker               ``str | None`` (an ESCO code)      ``code()``
PickerList           ``tuple[str, ...]`` (codes)        ``codes()``
QLineEdit            ``str`` / ``tuple[str, ...]``      the text / comma-separated parts
QPlainTextEdit       ``str`` / ``tuple[str, ...]``      the text / its non-empty lines
QComboBox            enum, code, int (optional or not)  the current item's data (``None`` → "" for
                                                        a plain ``str`` field); an editable one:
                                                        the text typed (empty → ``None``)
QSpinBox             ``int | None``                     the value; the minimum with a special
                                                        value text means ``None``
checkable button     ``bool`` / ``bool | None``         ``isChecked()``
a container          ``tuple[Enum, ...]``               the codes (dynamic property ``code``) of
                                                        its checked buttons
===================  =================================  ==========================================

Fields without a widget are left out of :func:`values` (the dataclass default, or what the
service derives, applies: ``eqf_level``, ``isco_group``). A field whose dataclass metadata
names a label table (``field(metadata={"labels": "work_permit"})``) gets its combo box filled
from the label catalogue (:func:`fill`), with a "not given" item when the field is optional.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from enum import Enum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from entryhub_desk import catalogue
from entryhub_desk.domain.profile.fields import field_hints
from entryhub_desk.views.profile.partial_date_edit import PartialDateEdit
from entryhub_desk.views.profile.picker import Picker, PickerList


@dataclasses.dataclass(frozen=True)
class FieldType:
    """What the binder needs of a field's type annotation."""

    name: str
    base: Any  # the type without ``None`` (``tuple`` for any tuple)
    item: Any  # a tuple's item type, else None
    optional: bool
    labels: str | None  # the label table of the field (dataclass metadata "labels")


_FIELD_TYPES: dict[type[Any], tuple[FieldType, ...]] = {}


def field_types(entry_type: type[Any]) -> tuple[FieldType, ...]:
    """The entry's fields (without ``id``, ``person_id``, ``position``) and their types."""
    found = _FIELD_TYPES.get(entry_type)
    if found is None:
        found = _FIELD_TYPES[entry_type] = _read_field_types(entry_type)
    return found


def _read_field_types(entry_type: type[Any]) -> tuple[FieldType, ...]:
    hints = field_hints(entry_type)
    out = []
    for f in dataclasses.fields(entry_type):
        if f.name in ("id", "person_id", "position"):
            continue
        hint = hints[f.name]
        labels = f.metadata.get("labels")
        out.append(FieldType(f.name, hint.base, hint.item, hint.optional, labels))
    return tuple(out)


def _widget(form: QWidget, name: str) -> QWidget | None:
    return form.findChild(QWidget, name)


def _choice_buttons(container: QWidget) -> list[tuple[str, QAbstractButton]]:
    """The checkable buttons inside ``container`` that carry a ``code`` property."""
    found = []
    for button in container.findChildren(QAbstractButton):
        code = button.property("code")
        if button.isCheckable() and code:
            found.append((str(code), button))
    return found


def fill(form: QWidget, entry_type: type[Any], language: str, none_text: str) -> None:
    """Fill the combo boxes of fields with a label table (again on a language change)."""
    for ft in field_types(entry_type):
        widget = _widget(form, ft.name)
        if ft.labels is None or not isinstance(widget, QComboBox):
            continue
        items = catalogue.choices(ft.labels, language)
        fill_combo(widget, items, none_text=none_text if ft.optional else None)


def fill_combo(
    combo: QComboBox, items: Iterable[tuple[Any, str]], *, none_text: str | None = None
) -> None:
    """Replace the items, keeping the chosen code if it is still there."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    if none_text is not None:
        combo.addItem(none_text, None)
    for code, text in items:
        combo.addItem(text, code)
    index = combo.findData(current) if current is not None else -1
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)


def prepare(form: QWidget, entry_type: type[Any]) -> None:
    """Tell each partial-date edit which field it edits (errors name it)."""
    for ft in field_types(entry_type):
        widget = _widget(form, ft.name)
        if isinstance(widget, PartialDateEdit):
            widget.field = ft.name


def load(form: QWidget, entry: Any) -> None:
    """Show ``entry`` in the widgets named after its fields."""
    for ft in field_types(type(entry)):
        widget = _widget(form, ft.name)
        if widget is not None:
            _set(widget, ft, getattr(entry, ft.name))


def values(form: QWidget, entry_type: type[Any]) -> dict[str, Any]:
    """The fields that have a widget, as the widgets hold them."""
    out: dict[str, Any] = {}
    for ft in field_types(entry_type):
        widget = _widget(form, ft.name)
        if widget is not None:
            out[ft.name] = _get(widget, ft)
    return out


def _code(value: object) -> object:
    return value.value if isinstance(value, Enum) else value


def _set(widget: QWidget, ft: FieldType, value: Any) -> None:
    if isinstance(widget, PartialDateEdit):
        widget.set_value(value)
    elif isinstance(widget, PickerList):
        widget.set_codes(list(value))
    elif isinstance(widget, Picker):
        widget.set_code(value)
    elif isinstance(widget, QComboBox):
        code = _code(value)
        if widget.isEditable():  # an item with the code shows its name, else the code
            named = widget.findData(code) if code is not None else -1
            if named >= 0:
                widget.setCurrentIndex(named)
            else:
                widget.setCurrentText("" if code is None else str(code))
            return
        index = widget.findData(code) if code is not None else 0
        widget.setCurrentIndex(max(index, 0))
    elif isinstance(widget, QSpinBox):
        widget.setValue(widget.minimum() if value is None else int(value))
    elif isinstance(widget, QAbstractButton) and widget.isCheckable():
        widget.setChecked(bool(value))
    elif isinstance(widget, QLineEdit):
        widget.setText(", ".join(value) if ft.base is tuple else str(value or ""))
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText("\n".join(value) if ft.base is tuple else str(value or ""))
    elif ft.base is tuple:
        chosen = {str(_code(v)) for v in value}
        for code, button in _choice_buttons(widget):
            button.setChecked(code in chosen)


def _get(widget: QWidget, ft: FieldType) -> Any:
    if isinstance(widget, PartialDateEdit):
        return widget.value()
    if isinstance(widget, PickerList):
        return tuple(widget.codes())
    if isinstance(widget, Picker):
        return widget.code()
    if isinstance(widget, QComboBox):
        if widget.isEditable():  # a typed item name gives its code; else the text is the code
            text = widget.currentText().strip()
            if not text:
                return None
            index = widget.findText(text, Qt.MatchFlag.MatchFixedString)
            data = widget.itemData(index) if index >= 0 else None
            return text if data is None else data
        data = widget.currentData()
        if data is None and not ft.optional and ft.base is str:
            return ""
        return data
    if isinstance(widget, QSpinBox):
        empty = ft.optional and widget.value() == widget.minimum() and widget.specialValueText()
        return None if empty else widget.value()
    if isinstance(widget, QAbstractButton) and widget.isCheckable():
        return widget.isChecked()
    if isinstance(widget, QLineEdit):
        text = widget.text()
        return tuple(p.strip() for p in text.split(",") if p.strip()) if ft.base is tuple else text
    if isinstance(widget, QPlainTextEdit):
        text = widget.toPlainText()
        if ft.base is not tuple:
            return text
        return tuple(line.strip() for line in text.splitlines() if line.strip())
    if ft.base is tuple:
        return tuple(code for code, button in _choice_buttons(widget) if button.isChecked())
    raise TypeError(f"no binding for {type(widget).__name__} {ft.name!r}")
