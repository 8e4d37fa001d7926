"""A form's state as plain values: one way to read it, for drafts and the discard guard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QListWidget, QListWidgetItem, QVBoxLayout
from pytestqt.qtbot import QtBot

from entryhub_desk.views.discard_guard import DiscardGuard, snapshot
from entryhub_desk.views.profile import form_state

CODE_ROLE = Qt.ItemDataRole.UserRole + 1


def _form(qtbot: QtBot) -> QDialog:
    form = QDialog()
    qtbot.addWidget(form)
    layout = QVBoxLayout(form)
    level = QComboBox(form)
    level.setObjectName("listening")
    level.setEditable(True)
    level.addItems(["", "A1", "B1"])
    purposes = QListWidget(form)
    purposes.setObjectName("purposesList")
    for code, text in (("job_search", "Job search"), ("cv_help", "CV help")):
        item = QListWidgetItem(text, purposes)
        item.setData(CODE_ROLE, code)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
    layout.addWidget(level)
    layout.addWidget(purposes)
    return form


def test_typed_and_ticked_values_are_captured_and_restored(qtbot: QtBot) -> None:
    """What is typed in an editable combo box (never confirmed with Enter) and the ticked
    items of a list are part of the state (a draft lost the typed level)."""
    form = _form(qtbot)
    combo = form.findChild(QComboBox, "listening")
    assert combo is not None
    combo.setCurrentText("B2")
    ticks = form.findChild(QListWidget, "purposesList")
    assert ticks is not None
    ticks.item(1).setCheckState(Qt.CheckState.Checked)
    state = form_state.capture(form)
    assert state == {"listening": "B2", "purposesList": ["cv_help"]}

    again = _form(qtbot)
    form_state.restore(again, state)
    assert form_state.capture(again) == state


def test_the_discard_guard_reads_the_form_through_capture(qtbot: QtBot) -> None:
    form = _form(qtbot)
    guard = DiscardGuard(form)
    assert snapshot(form) == form_state.capture(form)
    combo = form.findChild(QComboBox, "listening")
    assert combo is not None
    combo.setCurrentText("C1")
    assert guard.changed()
    guard.reset()
    assert not guard.changed()
