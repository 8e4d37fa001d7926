"""A language with the Europass self-assessment grid (CEFR A1–C2 per part)."""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QStyledItemDelegate, QStyleOptionViewItem

from entryhub_desk.domain.profile import CEFR_SKILLS, CefrLevel, EntryKind
from entryhub_desk.taxonomy import all_languages
from entryhub_desk.views.forms.ui_profile_language_dialog import Ui_ProfileLanguageDialog
from entryhub_desk.views.profile.codes_text import code_text
from entryhub_desk.views.profile.entry_dialog import EntryDialog, fill_combo
from entryhub_desk.views.reception.pick_lists import TabAcceptsCompletion

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
    """The grid's combo boxes are editable: what is typed is the level ("C3" is refused)."""

    KIND = EntryKind.LANGUAGE
    FORM = Ui_ProfileLanguageDialog
    ui: Ui_ProfileLanguageDialog

    def setup_fields(self) -> None:
        language = self.ui.language
        if not language.isEditable():  # type a name: "Somal" + Tab takes Somali (issue 14)
            language.setEditable(True)
            language.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        fill_combo(language, all_languages(self.language), none_text="")
        line = language.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("— choose —"))
        completer = language.completer()
        if completer is not None and not language.property("typeahead"):
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            TabAcceptsCompletion(language)
            language.setProperty("typeahead", True)
            if line is not None:  # a name typed in full chooses its language at once
                line.textEdited.connect(self._language_typed)
        for part in CEFR_SKILLS:
            combo = getattr(self.ui, part)
            if combo.count() == 0:
                combo.addItem("")
                combo.addItems([level.value for level in CefrLevel])
            combo.setToolTip(self.tr("A1 (beginner) to C2 (mastery); empty if not assessed"))
            # The list says what each level means; the field keeps the short code ("B1").
            for row in range(1, combo.count()):
                combo.setItemData(row, code_text("cefr_can_do", combo.itemText(row)), CAN_DO_ROLE)
            if not isinstance(combo.view().itemDelegate(), CanDoDelegate):
                combo.view().setItemDelegate(CanDoDelegate(combo))

    def _language_typed(self, text: str) -> None:
        combo = self.ui.language
        index = combo.findText(text.strip(), Qt.MatchFlag.MatchFixedString) if text.strip() else -1
        if index > 0 and index != combo.currentIndex():
            combo.setCurrentIndex(index)
