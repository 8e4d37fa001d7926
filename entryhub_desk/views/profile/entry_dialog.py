"""What every entry dialog shares: save through the services, drafts, errors, combo helpers.

A dialog edits one entry. It keeps what is typed as a draft (``Profiles.save_draft``) every
:data:`DRAFT_INTERVAL_MS` and when :meth:`EntryDialog.save_draft_now` is called (before an
auto-lock or a log-out). Save stores the entry (which drops its draft); Cancel or Esc drops the
draft; a dialog closed by its window (log-out, quit) keeps it, to be offered back next time.
"""

from __future__ import annotations

import logging
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QWidget

from entryhub_desk.domain.profile import ENTRY_TYPES, Entry, EntryKind
from entryhub_desk.errors import DeskError
from entryhub_desk.ids import new_id
from entryhub_desk.services.profile import Profiles, draft_key
from entryhub_desk.taxonomy import all_countries
from entryhub_desk.views.common import InlineError, is_language_change
from entryhub_desk.views.discard_guard import DiscardGuard
from entryhub_desk.views.locale_text import ui_language
from entryhub_desk.views.profile import binder, form_state
from entryhub_desk.views.profile.binder import fill_combo as fill_combo

log = logging.getLogger(__name__)

# How often an open dialog saves what was typed (tests may lower it).
DRAFT_INTERVAL_MS = 3000


class EntryDialog(QDialog):
    """Base of the entry dialogs. Subclasses set ``KIND`` and ``FORM`` (whose widgets are named
    after the entry's fields: :mod:`binder` loads and builds the entry from them) and may
    implement :meth:`setup_fields` (combos that are not label tables, pickers' kinds) and
    extend :meth:`load` / :meth:`values` for what no widget edits by itself. Emits
    :attr:`saved` with the stored entry."""

    saved = Signal(object)

    KIND: ClassVar[EntryKind]
    FORM: ClassVar[type[Any]]

    def __init__(
        self,
        profiles: Profiles,
        person_id: str,
        entry: Entry | None = None,
        *,
        entry_id: str | None = None,
        draft: dict[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.profiles = profiles
        self.person_id = person_id
        self.original = entry
        self.entry_id = entry.id if entry is not None else (entry_id or new_id())
        self.language = ui_language()
        self._keep_draft = False
        self._draft_saved = draft is not None
        self.ui = self.FORM()
        self.ui.setupUi(self)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._error = InlineError(self.ui.errorLabel)
        binder.prepare(self, self.entry_type)
        self._setup()
        if entry is not None:
            self.load(entry)
        if draft is not None:
            form_state.restore(self, draft.get("form", {}))
        # Only a change from what the dialog opened with becomes a (new) draft.
        self._last_state: dict[str, Any] = form_state.capture(self)
        self.ui.buttonBox.accepted.connect(self.save)
        # Escape or Cancel asks before dropping what was typed (or a draft given back).
        self.guard = DiscardGuard(self, dirty=draft is not None)
        self.ui.buttonBox.rejected.connect(self.guard.cancel)
        self._timer = QTimer(self)
        self._timer.setInterval(DRAFT_INTERVAL_MS)
        self._timer.timeout.connect(self.save_draft_now)
        self._timer.start()
        self._retranslate()

    # -- for subclasses -------------------------------------------------------------------

    @property
    def entry_type(self) -> type[Any]:
        return ENTRY_TYPES[self.KIND]

    def setup_fields(self) -> None:
        """Fill combo boxes and set up widgets (also called again on a language change)."""

    def _setup(self) -> None:
        #: The first choice of an optional list: nothing chosen.
        none_text = QCoreApplication.translate("EntryDialog", "— not given —")
        binder.fill(self, self.entry_type, self.language, none_text)
        self.setup_fields()

    def load(self, entry: Any) -> None:
        binder.load(self, entry)

    def values(self) -> dict[str, Any]:
        """The entry's fields as the widgets hold them."""
        return binder.values(self, self.entry_type)

    def build(self, **common: Any) -> Entry:
        """The entry from the widgets; ``common`` holds id, person_id and position."""
        entry: Entry = self.entry_type(**common, **self.values())
        return entry

    def title_text(self) -> str:
        return self.windowTitle()

    # -- drafts ---------------------------------------------------------------------------

    @property
    def draft_key(self) -> str:
        return draft_key(self.KIND, self.entry_id)

    def save_draft_now(self) -> None:
        """Keep what is typed, if it changed since the last draft (or since opening)."""
        state = form_state.capture(self)
        if state == self._last_state:
            return
        try:
            self.profiles.save_draft(
                self.person_id, self.draft_key, {"form": state, "new": self.original is None}
            )
        except DeskError as error:
            log.warning("keeping a draft failed: %s", error.code)
            return
        self._last_state = state
        self._draft_saved = True

    def _discard_draft(self) -> None:
        if not self._draft_saved:
            return
        try:
            self.profiles.discard_draft(self.person_id, self.draft_key)
        except DeskError as error:
            log.warning("dropping a draft failed: %s", error.code)
        self._draft_saved = False

    # -- save and cancel ------------------------------------------------------------------

    def entry_from_form(self) -> Entry:
        """What Save stores: text typed in a picker and not chosen from its list is taken when
        it names one concept exactly, refused otherwise (never dropped)."""
        for widget in self.findChildren(QWidget):
            commit = getattr(widget, "commit_typed", None)
            if callable(commit):
                commit()
        position = self.original.position if self.original is not None else None
        return self.build(id=self.entry_id, person_id=self.person_id, position=position)

    def save(self) -> None:
        try:
            entry = self.entry_from_form()
            stored = self.profiles.save(entry)
        except DeskError as error:
            self._error.show(error)
            self._focus_field(error)
            return
        self._draft_saved = False  # the service dropped it with the save
        self._timer.stop()
        self.saved.emit(stored)
        self.accept()

    def reject(self) -> None:
        self._timer.stop()
        if self._keep_draft:
            self.save_draft_now()
        else:
            self._discard_draft()
        super().reject()

    def close_keeping_draft(self) -> None:
        """Close because the window goes (log-out, quit): what was typed stays a draft."""
        self._keep_draft = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._keep_draft = True
        super().closeEvent(event)

    def _focus_field(self, error: DeskError) -> None:
        field = error.params.get("field")
        widget = self.findChild(QWidget, str(field)) if field else None
        if widget is not None and widget.isEnabled():
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            line = widget.lineEdit() if isinstance(widget, QComboBox) else None
            if line is not None:
                line.selectAll()

    # -- language -------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.language = ui_language()
            state = form_state.capture(self)
            self.ui.retranslateUi(self)
            self._setup()
            form_state.restore(self, state)
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self._error.retranslate()
        save = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        if save is not None:
            save.setDefault(True)


# -- combo helpers ------------------------------------------------------------------------


def combo_value(combo: QComboBox) -> Any:
    """The chosen item's code. In an editable combo, what is typed counts (a name typed in
    full and never confirmed with Enter is not dropped); a name no item has is refused."""
    if not combo.isEditable():
        return combo.currentData()
    text = combo.currentText().strip()
    index = combo.findText(text, Qt.MatchFlag.MatchFixedString) if text else 0
    if index < 0:
        raise DeskError("validation.unknown_code", field=combo.objectName(), value=text)
    return combo.itemData(index)


def fill_countries(combo: QComboBox, language: str, none_text: str) -> None:
    fill_combo(combo, all_countries(language), none_text=none_text)
