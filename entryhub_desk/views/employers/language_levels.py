"""Languages an opening asks for, each with the lowest CEFR level that will do ("sv:B1").

A language combo (type its first letters), a level combo (A1–C2 with the can-do line) and the
list of chosen requirements. Enter in either combo adds the pair; Delete in the list removes
one. A language chosen in the combo and not added yet still counts (:meth:`requirements`):
what a person picked is never dropped because they did not press Enter.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from entryhub_desk.domain.employers import LanguageRequirement
from entryhub_desk.domain.profile import CefrLevel
from entryhub_desk.errors import DeskError
from entryhub_desk.taxonomy import all_languages, language_name
from entryhub_desk.views.common import is_language_change
from entryhub_desk.views.locale_text import ui_language
from entryhub_desk.views.profile.codes_text import code_text

DATA_ROLE = Qt.ItemDataRole.UserRole + 1
DEFAULT_LEVEL = CefrLevel.B1


def requirement_text(text: str) -> str:
    """``"sv:B1"`` → "Swedish B1" in the interface language."""
    try:
        requirement = LanguageRequirement.parse("languages", text)
    except DeskError:
        return text
    name = language_name(requirement.language, ui_language())
    return f"{name} {requirement.level.value}"


class LanguageLevels(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._chosen: list[str] = []
        self.language = QComboBox(self)
        self.language.setObjectName("languageCombo")
        self.level = QComboBox(self)
        self.level.setObjectName("levelCombo")
        self.list = QListWidget(self)
        self.list.setObjectName("languageList")
        self.list.setMaximumHeight(70)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.language, 3)
        row.addWidget(self.level, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.list)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFocusProxy(self.language)
        for widget in (self.language, self.level, self.list):
            widget.installEventFilter(self)
        self._fill()
        self._refresh()

    # -- values ---------------------------------------------------------------------------

    def pending(self) -> str | None:
        code = self.language.currentData()
        if not isinstance(code, str) or not code:
            return None
        return f"{code}:{self.level.currentData() or DEFAULT_LEVEL.value}"

    def requirements(self) -> tuple[str, ...]:
        """The added requirements and the one chosen in the combos but not added yet."""
        out = list(self._chosen)
        pending = self.pending()
        if pending is not None and pending.split(":")[0] not in {c.split(":")[0] for c in out}:
            out.append(pending)
        return tuple(out)

    def set_requirements(self, texts: tuple[str, ...] | list[str]) -> None:
        self._chosen = list(texts)
        self.language.setCurrentIndex(0)
        self._refresh()

    def add_pending(self) -> None:
        pending = self.pending()
        if pending is None:
            return
        language = pending.split(":")[0]
        self._chosen = [c for c in self._chosen if c.split(":")[0] != language] + [pending]
        self.language.setCurrentIndex(0)
        self._refresh()
        self.language.setFocus(Qt.FocusReason.OtherFocusReason)

    # form_state.Stateful
    def state(self) -> list[str]:
        return list(self.requirements())

    def set_state(self, value: Any) -> None:
        if isinstance(value, list):
            self.set_requirements([str(v) for v in value])

    # -- widgets --------------------------------------------------------------------------

    def _fill(self) -> None:
        lang = ui_language()
        current = self.language.currentData()
        self.language.blockSignals(True)
        self.language.clear()
        self.language.addItem(self.tr("— add a language —"), None)
        for code, name in all_languages(lang):
            self.language.addItem(name, code)
        index = self.language.findData(current) if current else 0
        self.language.setCurrentIndex(max(index, 0))
        self.language.blockSignals(False)
        level = self.level.currentData() or DEFAULT_LEVEL.value
        self.level.clear()
        for cefr in CefrLevel:
            self.level.addItem(f"{cefr.value} — {code_text('cefr_can_do', cefr.value)}", cefr.value)
        self.level.setCurrentIndex(max(self.level.findData(level), 0))
        self.language.setAccessibleName(self.tr("Language"))
        self.level.setAccessibleName(self.tr("Lowest level (CEFR)"))
        self.list.setAccessibleName(self.tr("Languages asked for (Delete removes one)"))
        self.setToolTip(self.tr("Choose a language and its lowest level, Enter adds it"))

    def _refresh(self) -> None:
        self.list.clear()
        for text in self._chosen:
            item = QListWidgetItem(requirement_text(text), self.list)
            item.setData(DATA_ROLE, text)
        self.list.setVisible(bool(self._chosen))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            if watched in (self.language, self.level) and enter and self.pending() is not None:
                self.add_pending()
                return True
            if watched is self.list and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                row = self.list.currentRow()
                if 0 <= row < len(self._chosen):
                    del self._chosen[row]
                    self._refresh()
                    if self._chosen:
                        self.list.setCurrentRow(min(row, len(self._chosen) - 1))
                    else:
                        self.language.setFocus()
                return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self._fill()
            self._refresh()
        super().changeEvent(event)
