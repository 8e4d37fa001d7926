"""The Employers section: a search box over the employers of the network, their list, and the
card of the one chosen (details, openings, contact persons, log of contacts).

Keyboard: the search box has the focus when the section opens; typing filters the list, Down
moves into it, Enter opens the chosen employer's openings. Ctrl+Shift+E adds an employer
(roles that manage employers). Every change made here or elsewhere (a sync, an import) reloads
the list through :meth:`on_changes`.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from entryhub_desk.domain.employers import Employer
from entryhub_desk.domain.staff import Action
from entryhub_desk.errors import DeskError
from entryhub_desk.services import Session
from entryhub_desk.services.changes import Changes
from entryhub_desk.services.employers import EmployersService
from entryhub_desk.views.common import InlineError, is_language_change
from entryhub_desk.views.employers.employer_card import EmployerCard
from entryhub_desk.views.employers.record_dialogs import EmployerDialog

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _haystack(employer: Employer) -> str:
    parts = [employer.name, employer.org_number or "", employer.sector, employer.municipality or ""]
    return _fold(" ".join(parts))


class EmployersPage(QWidget):
    """Emits :attr:`message` (status bar text) and :attr:`matchRequested` (opening id)."""

    message = Signal(str)
    matchRequested = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("EmployersPage")
        self._session = session
        self.employers = EmployersService(session)
        self.may_manage = session.staff.role.may(Action.MANAGE_EMPLOYERS)
        self._all: list[Employer] = []
        self.dialog: QDialog | None = None

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.searchLabel = QLabel(self)
        self.searchEdit = QLineEdit(self)
        self.searchEdit.setObjectName("employerSearch")
        self.searchEdit.setClearButtonEnabled(True)
        self.searchLabel.setBuddy(self.searchEdit)
        self.newButton = QPushButton(self)
        self.newButton.setObjectName("newEmployerButton")
        self.newButton.setVisible(self.may_manage)
        top.addWidget(self.searchLabel)
        top.addWidget(self.searchEdit, 1)
        top.addWidget(self.newButton)
        layout.addLayout(top)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        left = QWidget(splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget(left)
        self.list.setObjectName("employerList")
        self.emptyLabel = QLabel(left)
        self.emptyLabel.setObjectName("emptyLabel")
        self.emptyLabel.setWordWrap(True)
        self.emptyLabel.setProperty("role", "hint")
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.emptyLabel)
        self.card = EmployerCard(session, splitter)
        splitter.addWidget(left)
        splitter.addWidget(self.card)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([300, 900])
        layout.addWidget(splitter, 1)
        self.errorLabel = QLabel(self)
        self.errorLabel.setObjectName("errorLabel")
        self.errorLabel.setWordWrap(True)
        layout.addWidget(self.errorLabel)
        self._error = InlineError(self.errorLabel)

        self.newEmployerAction = QAction(self)
        self.newEmployerAction.setObjectName("newEmployerAction")
        self.newEmployerAction.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.newEmployerAction.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.newEmployerAction.setVisible(self.may_manage)
        self.newEmployerAction.setEnabled(self.may_manage)
        self.newEmployerAction.triggered.connect(self.new_employer)
        self.newButton.clicked.connect(self.new_employer)

        self.searchEdit.textChanged.connect(lambda _t: self._filter())
        self.searchEdit.installEventFilter(self)
        self.list.installEventFilter(self)
        self.list.currentItemChanged.connect(lambda _now, _before: self._chosen())
        self.card.changed.connect(self._card_changed)
        self.card.matchRequested.connect(self.matchRequested)
        self._retranslate()
        self.reload()

    # -- data -----------------------------------------------------------------------------

    def reload(self) -> None:
        try:
            self._all = self.employers.list()
        except DeskError as error:
            self._all = []
            self._error.show(error)
        else:
            self._error.show(None)
        self._filter()

    def drop_data(self) -> None:
        """The desk locks: nothing of the employers stays on screen."""
        self._all = []
        self.list.clear()
        self.card.show_employer(None)

    def on_changes(self, changes: Changes) -> None:
        if self._session.is_locked:
            return
        if changes.everything or changes.employers or changes.openings:
            self.reload()
        elif changes.introductions:  # the card's log lists the introductions
            self.card.reload()

    def employers_shown(self) -> list[Employer]:
        return [
            e
            for e in self._all
            if any(self.list.item(row).data(ID_ROLE) == e.id for row in range(self.list.count()))
        ]

    def _filter(self) -> None:
        wanted = _fold(self.searchEdit.text().strip())
        current = self.card.employer.id if self.card.employer is not None else None
        self.list.blockSignals(True)
        self.list.clear()
        for employer in self._all:
            if wanted and wanted not in _haystack(employer):
                continue
            text = employer.name
            if employer.municipality:
                text = self.tr("{name} — {place}").format(
                    name=employer.name, place=employer.municipality
                )
            item = QListWidgetItem(text, self.list)
            item.setData(ID_ROLE, employer.id)
            if employer.id == current:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.list.blockSignals(False)
        self._chosen()
        self._show_empty()

    def _show_empty(self) -> None:
        if self.list.count():
            self.emptyLabel.setVisible(False)
            return
        if self._all:
            text = self.tr("No employer matches “{text}”.").format(text=self.searchEdit.text())
        elif self.may_manage:
            text = self.tr("No employers yet: add the first with New employer (Ctrl+Shift+E).")
        else:
            text = self.tr("No employers yet: a coordinator adds them.")
        self.emptyLabel.setText(text)
        self.emptyLabel.setVisible(True)

    def selected(self) -> Employer | None:
        item = self.list.currentItem()
        wanted = item.data(ID_ROLE) if item is not None else None
        return next((e for e in self._all if e.id == wanted), None)

    def _chosen(self) -> None:
        employer = self.selected()
        shown = self.card.employer
        if (employer is None) != (shown is None) or (
            employer is not None and shown is not None and employer.id != shown.id
        ):
            self.card.show_employer(employer)
        elif employer is not None:
            self.card.reload()

    def choose(self, employer_id: str) -> None:
        self.searchEdit.clear()
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) == employer_id:
                self.list.setCurrentRow(row)
                return

    def _card_changed(self) -> None:
        employer = self.card.employer
        self.reload()
        if employer is not None:
            self.choose(employer.id)

    # -- actions --------------------------------------------------------------------------

    def new_employer(self) -> None:
        if not self.may_manage or self._session.is_locked:
            return
        if self.dialog is not None and self.dialog.isVisible():
            return
        dialog = EmployerDialog(self.employers, None, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._added)
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

    def _added(self, employer: Employer) -> None:
        self.reload()
        self.choose(employer.id)
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)
        self.message.emit(self.tr("{name} was added.").format(name=employer.name))

    # -- keys -----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.searchEdit and key == Qt.Key.Key_Down and self.list.count():
                self.list.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
            if watched is self.searchEdit and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.list.count():
                    self.card.openingsTree.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
            if watched is self.list and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.card.openingsTree.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
            if watched is self.list and key == Qt.Key.Key_Up and self.list.currentRow() == 0:
                self.searchEdit.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return super().eventFilter(watched, event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.searchEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- language -------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self._retranslate()
            self._filter()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.searchLabel.setText(self.tr("&Find employer:"))
        self.searchEdit.setPlaceholderText(self.tr("Name, organisation number, sector or place"))
        self.newButton.setText(self.tr("&New employer…"))
        self.newEmployerAction.setText(self.tr("New employer…"))
        self._show_empty()
        self._error.retranslate()
