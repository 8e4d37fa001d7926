"""A language with the Europass self-assessment grid (CEFR A1–C2 per part)."""

from __future__ import annotations

from typing import Any, Final

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from entryhub_desk.domain.profile import CEFR_SKILLS, CefrLevel, EntryKind, LanguageSkill
from entryhub_desk.taxonomy import all_languages
from entryhub_desk.views.forms.ui_profile_language_dialog import Ui_ProfileLanguageDialog
from entryhub_desk.views.profile.codes_text import code_text
from entryhub_desk.views.profile.entry_dialog import EntryDialog, combo_value, fill_combo, set_combo

CAN_DO_ROLE: Final = Qt.ItemDataRole.UserRole + 7


class CanDoDelegate(QStyledItemDelegate):
    """A level in the drop-down list reads "B1 — deals with most everyday situations"."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        can_do = index.data(CAN_DO_ROLE)
        if can_do:
            option.text = f"{index.data()} — {can_do}"


class LanguageDialog(EntryDialog):
    KIND = EntryKind.LANGUAGE
    FORM = Ui_ProfileLanguageDialog
    ui: Ui_ProfileLanguageDialog

    def _grid(self) -> dict[str, Any]:
        return {part: getattr(self.ui, part) for part in CEFR_SKILLS}

    def setup_fields(self) -> None:
        fill_combo(self.ui.language, all_languages(self.language), none_text=self.tr("— choose —"))
        for combo in self._grid().values():
            if combo.count() == 0:
                combo.addItem("")
                combo.addItems([level.value for level in CefrLevel])
            combo.setToolTip(self.tr("A1 (beginner) to C2 (mastery); empty if not assessed"))
            # The list says what each level means; the field keeps the short code ("B1").
            for row in range(1, combo.count()):
                combo.setItemData(row, code_text("cefr_can_do", combo.itemText(row)), CAN_DO_ROLE)
            if not isinstance(combo.view().itemDelegate(), CanDoDelegate):
                combo.view().setItemDelegate(CanDoDelegate(combo))

    def load(self, entry: LanguageSkill) -> None:
        set_combo(self.ui.language, entry.language)
        self.ui.mother_tongue.setChecked(entry.mother_tongue)
        for part, combo in self._grid().items():
            level = getattr(entry, part)
            combo.setCurrentText(level.value if level is not None else "")
        self.ui.certificate.setText(entry.certificate)

    def build(self, **common: Any) -> LanguageSkill:
        levels: dict[str, Any] = {
            part: combo.currentText().strip() or None for part, combo in self._grid().items()
        }
        return LanguageSkill(
            **common,
            language=combo_value(self.ui.language) or "",
            mother_tongue=self.ui.mother_tongue.isChecked(),
            certificate=self.ui.certificate.text(),
            **levels,
        )
