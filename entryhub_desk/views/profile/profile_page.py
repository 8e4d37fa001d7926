"""The Visitor section: the profile of the person opened at the desk.

Volunteers and coordinators get the tabbed editor (Goals, Languages, Education, Credentials,
Work, Skills, Digital, Driving, Interests); every change is saved as it is made, unsaved dialog
contents are kept as drafts and offered back when the profile is opened again. Roles without
edit rights (receptionists) get the read-only summary.
"""

from __future__ import annotations

import logging
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QGroupBox, QMessageBox, QVBoxLayout, QWidget

from entryhub_desk.domain.profile import Entry, EntryKind
from entryhub_desk.domain.staff import Action
from entryhub_desk.errors import DeskError
from entryhub_desk.services import Session
from entryhub_desk.services.changes import Changes
from entryhub_desk.services.profile import Profiles, ProfileSummary, parse_draft_key
from entryhub_desk.views.common import is_language_change
from entryhub_desk.views.error_text import error_text
from entryhub_desk.views.forms.ui_profile_page import Ui_ProfilePage
from entryhub_desk.views.matching.person_openings import PersonOpenings
from entryhub_desk.views.profile.completeness import CompletenessView
from entryhub_desk.views.profile.describe import describe
from entryhub_desk.views.profile.entry_dialog import EntryDialog
from entryhub_desk.views.profile.entry_list import EntryList
from entryhub_desk.views.profile.kinds import DIALOGS, TABS, is_single, kind_title, tab_title
from entryhub_desk.views.profile.summary_view import summary_html

log = logging.getLogger(__name__)


class ProfilePage(QWidget):
    """Emits :attr:`message` with a short confirmation for the status bar; :attr:`personGone`
    when the person shown was erased or purged (the page then shows nobody)."""

    message = Signal(str)
    personGone = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.profiles = Profiles(session)
        self.editable = session.staff.may(Action.EDIT_PROFILE)
        self.person_id: str | None = None
        self._drafts: dict[str, dict[str, Any]] = {}
        self._summary: ProfileSummary | None = None
        self.dialogs: list[EntryDialog] = []
        self.ui = Ui_ProfilePage()
        self.ui.setupUi(self)
        self.ui.titleLabel.setProperty("role", "title")
        self.completeness = CompletenessView(self.ui.completenessBar, self.ui.completenessLabel)
        self.lists: dict[EntryKind, EntryList] = {}
        self._groups: dict[EntryKind, QGroupBox] = {}
        if self.editable:
            self._build_tabs()
            self.ui.modeStack.setCurrentWidget(self.ui.editorPage)
        else:
            self.ui.modeStack.setCurrentWidget(self.ui.summaryPage)
        self.ui.resumeDraftButton.clicked.connect(self.resume_drafts)
        self.ui.discardDraftButton.clicked.connect(self.discard_drafts)
        self.ui.draftsFrame.setVisible(False)
        # The open openings that fit this visitor, and the introductions made (issue 15).
        self.openings = PersonOpenings(session, self)
        self.ui.mainLayout.addWidget(self.openings)
        self._retranslate()

    def _build_tabs(self) -> None:
        for tab in TABS:
            page = QWidget(self.ui.tabs)
            page.setObjectName(f"{tab.key}Tab")
            layout = QVBoxLayout(page)
            for kind in tab.kinds:
                entry_list = EntryList(describe, single=is_single(kind), parent=page)
                entry_list.setObjectName(f"{kind.value}List")
                self.lists[kind] = entry_list
                entry_list.addRequested.connect(lambda k=kind: self.add_entry(k))
                entry_list.editRequested.connect(lambda row, k=kind: self.edit_entry(k, row))
                entry_list.removeRequested.connect(lambda row, k=kind: self.remove_entry(k, row))
                entry_list.moveRequested.connect(
                    lambda row, delta, k=kind: self.move_entry(k, row, delta)
                )
                if len(tab.kinds) > 1:
                    group = QGroupBox(page)
                    QVBoxLayout(group).addWidget(entry_list)
                    self._groups[kind] = group
                    layout.addWidget(group)
                else:
                    layout.addWidget(entry_list)
            self.ui.tabs.addTab(page, "")
        self.ui.tabs.currentChanged.connect(lambda _i: self.focus_current_list())

    # -- opening a person -----------------------------------------------------------------

    def open_person(self, person_id: str) -> None:
        """Show ``person_id``'s profile (and offer back drafts left from last time)."""
        if person_id != self.person_id:
            self.close_dialogs()
        self.person_id = person_id
        self.reload()
        self._drafts = self.profiles.drafts(person_id) if self.editable else {}
        self._drafts = {k: v for k, v in self._drafts.items() if not self._is_open(k)}
        self._show_drafts_bar()
        if self._drafts:
            self.ui.resumeDraftButton.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.focus_current_list()

    def reload(self) -> None:
        if self.person_id is None:
            return
        person = self.profiles.person(self.person_id)
        name = " ".join(p for p in (person.given_name, person.family_name) if p)
        self.ui.titleLabel.setText(name)
        self.openings.show_person(self.person_id, name)
        if self.editable:
            entries = self.profiles.all_entries(self.person_id)
            for kind, entry_list in self.lists.items():
                entry_list.set_entries(entries.get(kind, []))
            self.completeness.show(self.profiles.completeness(self.person_id))
        else:
            self._summary = self.profiles.summary(self.person_id)
            self.ui.summaryView.setHtml(summary_html(self._summary))
            self.completeness.show(self._summary.completeness)

    def on_changes(self, changes: Changes) -> None:
        """The store changed elsewhere (another screen, a merge, an erasure, a sync): follow
        a merge to the kept record, let an erased person go, or read the profile again."""
        if self.person_id is None or self._session.is_locked:
            return
        kept = changes.kept_for(self.person_id)
        if kept is not None:
            self.open_person(kept)
        elif changes.is_gone(self.person_id):
            self.close_dialogs()
            self.person_id = None
            self._drafts = {}
            self._show_drafts_bar()
            self.drop_data()
            self.personGone.emit()
        elif changes.about(self.person_id):
            self.reload()
        else:
            self.openings.on_changes(changes)

    def drop_data(self) -> None:
        """Forget decrypted data (on lock); :meth:`reload` brings it back."""
        for entry_list in self.lists.values():
            entry_list.model.clear()
        self._summary = None
        self.ui.summaryView.clear()
        self.ui.titleLabel.clear()
        self.completeness.show(None)
        self.openings.drop_data()

    def focus_current_list(self) -> None:
        page = self.ui.tabs.currentWidget()
        if page is None:
            return
        for entry_list in self.lists.values():
            if page.isAncestorOf(entry_list):
                entry_list.focus_list()
                return

    def show_kind(self, kind: EntryKind) -> None:
        entry_list = self.lists[kind]
        for index in range(self.ui.tabs.count()):
            page = self.ui.tabs.widget(index)
            if page is not None and page.isAncestorOf(entry_list):
                self.ui.tabs.setCurrentIndex(index)
        entry_list.focus_list()

    # -- entries --------------------------------------------------------------------------

    def add_entry(self, kind: EntryKind) -> EntryDialog | None:
        return self._open_dialog(kind, None)

    def edit_entry(self, kind: EntryKind, row: int) -> EntryDialog | None:
        entry = self.lists[kind].model.entry(row)
        return self._open_dialog(kind, entry) if entry is not None else None

    def _open_dialog(
        self,
        kind: EntryKind,
        entry: Entry | None,
        *,
        entry_id: str | None = None,
        draft: dict[str, Any] | None = None,
    ) -> EntryDialog | None:
        if self.person_id is None or not self.editable or self._session.is_locked:
            return None
        dialog = DIALOGS[kind](
            self.profiles, self.person_id, entry, entry_id=entry_id, draft=draft, parent=self
        )
        dialog.saved.connect(lambda stored, k=kind: self._saved(k, stored))
        dialog.finished.connect(lambda _result, d=dialog, k=kind: self._dialog_finished(d, k))
        self.dialogs.append(dialog)
        dialog.open()
        return dialog

    def _dialog_finished(self, dialog: EntryDialog, kind: EntryKind) -> None:
        if dialog in self.dialogs:
            self.dialogs.remove(dialog)
        dialog.deleteLater()
        if not self.dialogs:
            self.lists[kind].focus_list()  # back where the person was

    def _saved(self, kind: EntryKind, stored: Entry) -> None:
        self.reload()
        entry_list = self.lists[kind]
        ids = [e.id for e in entry_list.model.entries()]
        if stored.id in ids:
            entry_list.select(ids.index(stored.id))
        self.message.emit(self.tr("{kind}: saved.").format(kind=kind_title(kind)))

    def remove_entry(self, kind: EntryKind, row: int) -> None:
        entry = self.lists[kind].model.entry(row)
        if entry is None:
            return
        title, _details = describe(entry)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Remove entry"),
            self.tr("Remove “{entry}” from the profile?").format(entry=title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setObjectName("removeConfirmation")

        def answered(result: int) -> None:
            box.deleteLater()
            if result == QMessageBox.StandardButton.Yes:
                self._remove(kind, entry.id, row)
            else:
                self.lists[kind].focus_list()

        box.finished.connect(answered)
        box.open()

    def _remove(self, kind: EntryKind, entry_id: str, row: int) -> None:
        try:
            self.profiles.remove(kind, entry_id)
        except DeskError as error:
            self.message.emit(error_text(error))
            return
        self.reload()
        entry_list = self.lists[kind]
        if entry_list.model.rowCount():
            entry_list.select(min(row, entry_list.model.rowCount() - 1))
        entry_list.focus_list()
        self.message.emit(self.tr("{kind}: removed.").format(kind=kind_title(kind)))

    def move_entry(self, kind: EntryKind, row: int, delta: int) -> None:
        if self.person_id is None:
            return
        entry_list = self.lists[kind]
        ids = [e.id for e in entry_list.model.entries()]
        target = row + delta
        if not (0 <= row < len(ids) and 0 <= target < len(ids)):
            return
        ids[row], ids[target] = ids[target], ids[row]
        try:
            self.profiles.reorder(self.person_id, kind, ids)
        except DeskError as error:
            self.message.emit(error_text(error))
            return
        entry_list.set_entries(self.profiles.entries(self.person_id, kind), select=target)
        entry_list.focus_list()

    # -- drafts ---------------------------------------------------------------------------

    def save_drafts(self) -> None:
        """Keep what is typed in open dialogs (before a lock, a log-out or quitting)."""
        for dialog in list(self.dialogs):
            if shiboken6.isValid(dialog):
                dialog.save_draft_now()

    def close_dialogs(self) -> None:
        """Close open dialogs; what they hold stays a draft."""
        for dialog in list(self.dialogs):
            if shiboken6.isValid(dialog):
                dialog.close_keeping_draft()
        self.dialogs = []

    def _is_open(self, key: str) -> bool:
        return any(d.draft_key == key for d in self.dialogs if shiboken6.isValid(d))

    def _show_drafts_bar(self) -> None:
        count = len(self._drafts)
        self.ui.draftsFrame.setVisible(count > 0)
        if not count:
            return
        kinds = []
        for key in self._drafts:
            try:
                kinds.append(kind_title(parse_draft_key(key)[0]))
            except DeskError:
                continue
        self.ui.draftsLabel.setText(
            self.tr("Unsaved work from last time: {kinds}. Continue where you left off?").format(
                kinds=", ".join(kinds)
            )
        )

    def resume_drafts(self) -> None:
        """Open a dialog for each draft, with what was typed."""
        if self.person_id is None:
            return
        drafts, self._drafts = self._drafts, {}
        self._show_drafts_bar()
        for key, payload in drafts.items():
            try:
                kind, entry_id = parse_draft_key(key)
            except DeskError:
                continue
            existing = {e.id: e for e in self.lists[kind].model.entries()}
            entry = existing.get(entry_id)
            if entry is None and not payload.get("new", True):
                continue  # the entry was removed meanwhile
            self.show_kind(kind)
            self._open_dialog(kind, entry, entry_id=entry_id, draft=payload)

    def discard_drafts(self) -> None:
        if self.person_id is None:
            return
        for key in list(self._drafts):
            try:
                self.profiles.discard_draft(self.person_id, key)
            except DeskError as error:
                log.warning("dropping a draft failed: %s", error.code)
        self._drafts = {}
        self._show_drafts_bar()
        self.focus_current_list()

    # -- language -------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        for index, tab in enumerate(TABS):
            if index < self.ui.tabs.count():
                self.ui.tabs.setTabText(index, tab_title(tab))
        for kind, group in self._groups.items():
            group.setTitle(kind_title(kind))
        self.completeness.retranslate()
        if self._drafts:
            self._show_drafts_bar()
        if self._summary is not None:  # labels in the new language, without reading the store
            self.ui.summaryView.setHtml(summary_html(self._summary))
