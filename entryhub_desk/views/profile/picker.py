"""Search-as-you-type over ESCO occupations or skills; stores codes, shows labels.

The person types in any language (their own, Swedish or English); the popup lists matches with
their label in the interface language, or in English with a visible "(EN)" mark where that
language has no label. Up/Down and Enter choose; Esc closes the popup. :class:`Picker` holds one
code (a skill picker may keep free text instead, marked as such); :class:`PickerList` holds
several (desired occupations).
"""

from __future__ import annotations

import unicodedata
from typing import Any, Final

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from entryhub_desk.errors import DeskError
from entryhub_desk.services.profile import (
    Label,
    TaxonomyHit,
    isco_label,
    occupation_isco,
    occupation_label,
    search_occupations,
    search_skills,
    skill_label,
)
from entryhub_desk.views.common import is_language_change
from entryhub_desk.views.locale_text import ui_language

CODE_ROLE: Final = Qt.ItemDataRole.UserRole + 1
HIT_ROLE: Final = Qt.ItemDataRole.UserRole + 2
SEARCH_LIMIT: Final = 15
MIN_QUERY: Final = 2


def label_for(kind: str, code: str, lang: str) -> Label:
    return occupation_label(code, lang) if kind == "occupation" else skill_label(code, lang)


class Picker(QWidget):
    """One ESCO concept. Emits :attr:`chosen` with the code when the person picks one."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = "occupation"
        self.allow_free_text = False
        self._code: str | None = None
        self._hits: list[TaxonomyHit] = []
        self._nothing_for = ""  # the query that found nothing (said below the field)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("pickerEdit")
        self.edit.setClearButtonEnabled(True)
        self.info = QLabel(self)
        self.info.setObjectName("pickerInfo")
        self.info.setWordWrap(True)
        self.info.setProperty("role", "hint")
        layout.addWidget(self.edit)
        layout.addWidget(self.info)
        # A label's mnemonic (QLabel buddy) moves the focus only to a widget that takes it:
        # without a policy, Alt+O in Goals left the focus where it was and the text went astray.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFocusProxy(self.edit)

        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setMaxVisibleItems(10)
        self.completer.setWidget(self.edit)
        self.completer.activated[QModelIndex].connect(self._activated)  # type: ignore[index]
        self.edit.textEdited.connect(self._text_edited)
        self.edit.installEventFilter(self)
        self._retranslate()

    # -- public ---------------------------------------------------------------------------

    def set_kind(self, kind: str) -> None:
        self.kind = kind
        self._retranslate()

    def code(self) -> str | None:
        return self._code

    def text(self) -> str:
        return self.edit.text().strip()

    def set_code(self, code: str | None) -> None:
        self._code = code
        if code is None:
            self.edit.clear()
        else:
            self.edit.setText(self._display(label_for(self.kind, code, ui_language())))
        self._show_info()

    def set_free_text(self, text: str) -> None:
        self._code = None
        self.edit.setText(text)
        self._show_info()

    def commit_typed(self) -> None:
        """Before the dialog is saved: text typed but not chosen from the list becomes the
        concept it names exactly (label or synonym, any case and accents); other text is
        refused with ``validation.unknown_occupation`` / ``unknown_skill``, never dropped."""
        typed = self.text()
        if self._code is not None or self.allow_free_text or not typed:
            return
        wanted = _fold(typed)
        for hit in self._find(typed):
            if wanted in (_fold(hit.label), _fold(hit.matched or "")):
                self.choose(hit.code)
                return
        owner = self.parentWidget()
        field = owner.objectName() if isinstance(owner, PickerList) else self.objectName()
        code = f"validation.unknown_{'occupation' if self.kind == 'occupation' else 'skill'}"
        raise DeskError(code, field=field, value=typed)

    def _find(self, query: str) -> list[TaxonomyHit]:
        find = search_occupations if self.kind == "occupation" else search_skills
        return find(query, ui_language(), SEARCH_LIMIT)

    def hits(self) -> list[TaxonomyHit]:
        """What the popup lists now (best first)."""
        return list(self._hits)

    def popup_texts(self) -> list[str]:
        return [self.model.item(row).text() for row in range(self.model.rowCount())]

    # form_state.Stateful
    def state(self) -> dict[str, Any]:
        return {"code": self._code, "text": self.edit.text()}

    def set_state(self, value: Any) -> None:
        if not isinstance(value, dict):
            return
        code = value.get("code")
        if isinstance(code, str) and code:
            try:
                self.set_code(code)
                return
            except DeskError:
                pass
        self.set_free_text(str(value.get("text") or ""))

    def _popup(self) -> QAbstractItemView:
        popup = self.completer.popup()
        assert popup is not None
        return popup

    # -- searching ------------------------------------------------------------------------

    def search(self, text: str) -> None:
        """Fill the popup with matches for ``text`` and show it (what typing does)."""
        query = text.strip()
        self._hits = []
        if len(query) >= MIN_QUERY:
            self._hits = self._find(query)
        self._nothing_for = query if len(query) >= MIN_QUERY and not self._hits else ""
        self.model.clear()
        for hit in self._hits:
            item = QStandardItem(self._hit_text(hit))
            item.setData(hit.code, CODE_ROLE)
            item.setData(hit, HIT_ROLE)
            item.setEditable(False)
            self.model.appendRow(item)
        if self._hits:
            self.completer.complete()
            popup = self._popup()
            popup.setCurrentIndex(self.completer.completionModel().index(0, 0))
        else:
            self._popup().hide()

    def _text_edited(self, text: str) -> None:
        self._code = None
        self.search(text)
        self._show_info()

    def _activated(self, index: QModelIndex) -> None:
        code = index.data(CODE_ROLE)
        if not isinstance(code, str):
            return
        self.choose(code)

    def choose(self, code: str) -> None:
        self.set_code(code)
        self._popup().hide()
        self.chosen.emit(code)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Down and not self._popup().isVisible():
                self.search(self.edit.text())
                return bool(self._hits)
        return super().eventFilter(watched, event)

    # -- texts ----------------------------------------------------------------------------

    def _display(self, label: Label) -> str:
        if label.fallback:
            return self.tr("{label} (EN)").format(label=label.text)
        return label.text

    def _hit_text(self, hit: TaxonomyHit) -> str:
        text = self._display(Label(hit.label, hit.label_lang, hit.fallback))
        if hit.detail:  # another hit reads the same: what tells them apart
            text = self.tr("{label} ({detail})").format(label=text, detail=hit.detail)
        if hit.isco_group:
            text = self.tr("{label} · ISCO {group}").format(label=text, group=hit.isco_group)
        if hit.matched:
            text = self.tr("{label} — “{matched}”").format(label=text, matched=hit.matched)
        return text

    def _show_info(self) -> None:
        lang = ui_language()
        if self._nothing_for and self._code is None and self.text() == self._nothing_for:
            text = self.tr("Nothing found for “{query}”: try another word or language.").format(
                query=self._nothing_for
            )
            if self.allow_free_text:
                text += " " + self.tr("Free text — not an ESCO skill")
            self.info.setText(text)
        elif self._code is not None:
            parts = []
            if self.kind == "occupation":
                try:
                    group = occupation_isco(self._code)
                    name = isco_label(group, lang)
                    parts.append(
                        self.tr("ISCO-08 {group}: {name}").format(
                            group=group, name=self._display(name)
                        )
                    )
                except DeskError:
                    pass
            if label_for(self.kind, self._code, lang).fallback:
                parts.append(self.tr("(EN): no label in this language, English shown"))
            self.info.setText(" ".join(parts))
        elif self.allow_free_text and self.text():
            self.info.setText(self.tr("Free text — not an ESCO skill"))
        else:
            self.info.setText("")
        self.info.setVisible(bool(self.info.text()))

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self._retranslate()
            if self._code is not None:
                self.set_code(self._code)
        super().changeEvent(event)

    def _retranslate(self) -> None:
        if self.kind == "occupation":
            self.edit.setPlaceholderText(self.tr("Type an occupation in any language"))
            self.edit.setAccessibleName(self.tr("Occupation"))
        else:
            self.edit.setPlaceholderText(self.tr("Type a skill in any language"))
            self.edit.setAccessibleName(self.tr("Skill"))
        self._show_info()


class PickerList(QWidget):
    """Several ESCO concepts: pick one to add it; Delete removes the chosen one in the list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picker = Picker(self)
        self.picker.setObjectName("picker")
        self.list = QListWidget(self)
        self.list.setObjectName("chosenList")
        self.list.setMaximumHeight(90)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.picker)
        layout.addWidget(self.list)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # see Picker: a buddy must take focus
        self.setFocusProxy(self.picker)
        self.picker.chosen.connect(self._add)
        self.list.installEventFilter(self)
        self._codes: list[str] = []
        self._retranslate()

    def set_kind(self, kind: str) -> None:
        self.picker.set_kind(kind)

    def codes(self) -> list[str]:
        return list(self._codes)

    def set_codes(self, codes: list[str]) -> None:
        self._codes = []
        for code in codes:
            self._add(code, clear=False)
        self._refresh()

    def state(self) -> list[str]:
        return self.codes()

    def set_state(self, value: Any) -> None:
        if isinstance(value, list):
            self.set_codes([str(code) for code in value])

    def _add(self, code: str, *, clear: bool = True) -> None:
        if code not in self._codes:
            self._codes.append(code)
        self._refresh()
        if clear:
            self.picker.set_code(None)

    def _refresh(self) -> None:
        self.list.clear()
        lang = ui_language()
        for code in self._codes:
            try:
                label = self.picker._display(label_for(self.picker.kind, code, lang))
            except DeskError:
                label = code
            item = QListWidgetItem(label, self.list)
            item.setData(CODE_ROLE, code)
        self.list.setVisible(bool(self._codes))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.list and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                row = self.list.currentRow()
                if 0 <= row < len(self._codes):
                    del self._codes[row]
                    self._refresh()
                    if self._codes:
                        self.list.setCurrentRow(min(row, len(self._codes) - 1))
                    else:
                        self.picker.setFocus()
                return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self._retranslate()
            self._refresh()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.list.setAccessibleName(self.tr("Chosen occupations (Delete removes one)"))
        self.list.setToolTip(self.tr("Delete removes the selected occupation"))


def _fold(text: str) -> str:
    """Casefolded, without accents ("Rörsvetsare" and "rorsvetsare" read the same)."""
    decomposed = unicodedata.normalize("NFD", text.strip().casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))
