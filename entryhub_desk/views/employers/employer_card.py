"""One employer: details, contact persons (add, edit, erase), openings (new, edit) and the log
of contacts (add). Buttons that change anything show only for roles that manage employers."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from entryhub_desk.domain.employers import Employer, EmployerContact, Introduction, Opening
from entryhub_desk.domain.staff import Action
from entryhub_desk.errors import DeskError
from entryhub_desk.ids import short_code
from entryhub_desk.services import Session
from entryhub_desk.services.employers import EmployersService
from entryhub_desk.services.introductions import IntroductionsService
from entryhub_desk.services.openings import OpeningsService
from entryhub_desk.views.common import InlineError, is_language_change
from entryhub_desk.views.employers.labels import (
    introduction_state_label,
    kind_label,
    opening_state_label,
)
from entryhub_desk.views.employers.opening_dialog import OpeningDialog
from entryhub_desk.views.employers.record_dialogs import ContactDialog, EmployerDialog, LogDialog
from entryhub_desk.views.reception.display import date_time_text

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _tree(parent: QWidget, name: str) -> QTreeWidget:
    tree = QTreeWidget(parent)
    tree.setObjectName(name)
    tree.setRootIsDecorated(False)
    tree.setAllColumnsShowFocus(True)
    tree.setUniformRowHeights(True)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    return tree


def opening_row_texts(opening: Opening) -> list[str]:
    return [
        opening.title,
        kind_label(opening.kind),
        opening_state_label(opening.state),
        str(opening.places),
        str(opening.apply_by or ""),
    ]


class EmployerCard(QWidget):
    """Emits :attr:`changed` after a write and :attr:`matchRequested` (opening id) on
    "Find candidates" (roles that may match)."""

    changed = Signal()
    matchRequested = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("EmployerCard")
        self._session = session
        self.employers = EmployersService(session)
        self.openings = OpeningsService(session)
        self.introductions = IntroductionsService(session)
        role = session.staff.role
        self.may_manage = role.may(Action.MANAGE_EMPLOYERS)
        self.may_match = role.may(Action.MATCH_PERSONS)
        self.employer: Employer | None = None
        self._contacts: list[EmployerContact] = []
        self._openings: list[Opening] = []
        self.dialog: QDialog | None = None

        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        self.nameLabel = QLabel(self)
        self.nameLabel.setObjectName("employerName")
        self.nameLabel.setProperty("role", "title")
        self.detailsLabel = QLabel(self)
        self.detailsLabel.setObjectName("employerDetails")
        self.detailsLabel.setWordWrap(True)
        self.editButton = QPushButton(self)
        self.editButton.setObjectName("editEmployerButton")
        header.addWidget(self.nameLabel, 1)
        header.addWidget(self.editButton)
        layout.addLayout(header)
        layout.addWidget(self.detailsLabel)

        self.openingsGroup = QGroupBox(self)
        self.openingsTree = _tree(self.openingsGroup, "openingsTree")
        self.newOpeningButton = QPushButton(self.openingsGroup)
        self.newOpeningButton.setObjectName("newOpeningButton")
        self.editOpeningButton = QPushButton(self.openingsGroup)
        self.editOpeningButton.setObjectName("editOpeningButton")
        self.matchButton = QPushButton(self.openingsGroup)
        self.matchButton.setObjectName("matchButton")
        self._group(
            self.openingsGroup,
            self.openingsTree,
            [self.newOpeningButton, self.editOpeningButton, self.matchButton],
        )
        layout.addWidget(self.openingsGroup, 3)

        self.contactsGroup = QGroupBox(self)
        self.contactsTree = _tree(self.contactsGroup, "contactsTree")
        self.addContactButton = QPushButton(self.contactsGroup)
        self.addContactButton.setObjectName("addContactButton")
        self.editContactButton = QPushButton(self.contactsGroup)
        self.editContactButton.setObjectName("editContactButton")
        self.eraseContactButton = QPushButton(self.contactsGroup)
        self.eraseContactButton.setObjectName("eraseContactButton")
        self._group(
            self.contactsGroup,
            self.contactsTree,
            [self.addContactButton, self.editContactButton, self.eraseContactButton],
        )
        layout.addWidget(self.contactsGroup, 2)

        self.logGroup = QGroupBox(self)
        self.logTree = _tree(self.logGroup, "logTree")
        self.logButton = QPushButton(self.logGroup)
        self.logButton.setObjectName("logButton")
        self._group(self.logGroup, self.logTree, [self.logButton])
        layout.addWidget(self.logGroup, 2)

        self.errorLabel = QLabel(self)
        self.errorLabel.setObjectName("errorLabel")
        self.errorLabel.setWordWrap(True)
        layout.addWidget(self.errorLabel)
        self._error = InlineError(self.errorLabel)

        for button in (
            self.editButton,
            self.newOpeningButton,
            self.editOpeningButton,
            self.addContactButton,
            self.editContactButton,
            self.eraseContactButton,
            self.logButton,
        ):
            button.setVisible(self.may_manage)
        self.matchButton.setVisible(self.may_match)
        self.editButton.clicked.connect(self.edit_employer)
        self.newOpeningButton.clicked.connect(lambda: self.edit_opening(None))
        self.editOpeningButton.clicked.connect(lambda: self.edit_opening(self.selected_opening()))
        self.matchButton.clicked.connect(self._match)
        self.addContactButton.clicked.connect(lambda: self.edit_contact(None))
        self.editContactButton.clicked.connect(lambda: self.edit_contact(self.selected_contact()))
        self.eraseContactButton.clicked.connect(self.erase_contact)
        self.logButton.clicked.connect(self.add_log)
        self.openingsTree.itemActivated.connect(lambda *_: self._opening_activated())
        self.contactsTree.itemActivated.connect(
            lambda *_: self.edit_contact(self.selected_contact())
        )
        self._retranslate()
        self.show_employer(None)

    def _group(self, group: QGroupBox, tree: QTreeWidget, buttons: list[QPushButton]) -> None:
        layout = QHBoxLayout(group)
        layout.addWidget(tree, 1)
        column = QVBoxLayout()
        for button in buttons:
            column.addWidget(button)
        column.addStretch(1)
        layout.addLayout(column)

    # -- data -----------------------------------------------------------------------------

    def show_employer(self, employer: Employer | None) -> None:
        self.employer = employer
        self._error.show(None)
        self.reload()

    def reload(self) -> None:
        employer = self.employer
        for widget in (self.openingsGroup, self.contactsGroup, self.logGroup, self.editButton):
            widget.setEnabled(employer is not None)
        self.openingsTree.clear()
        self.contactsTree.clear()
        self.logTree.clear()
        self._contacts, self._openings = [], []
        if employer is None:
            self.nameLabel.setText(self.tr("No employer chosen"))
            self.detailsLabel.setText(
                self.tr("Choose an employer in the list, or add one with New employer.")
            )
            return
        try:
            employer = self.employers.get(employer.id)
            self.employer = employer
            self._openings = self.openings.list(employer_id=employer.id)
            self._contacts = self.employers.contacts(employer.id)
            history = self.employers.history(employer.id)
        except DeskError as error:
            self._error.show(error)
            return
        self.nameLabel.setText(employer.name)
        self.detailsLabel.setText(self._details(employer))
        for opening in self._openings:
            item = QTreeWidgetItem(self.openingsTree, opening_row_texts(opening))
            item.setData(0, ID_ROLE, opening.id)
        for contact in self._contacts:
            texts = [contact.name, contact.role, contact.phone, contact.email]
            if contact.erased:
                texts = [self.tr("(erased)"), "", "", ""]
            item = QTreeWidgetItem(self.contactsTree, texts)
            item.setData(0, ID_ROLE, contact.id)
        # The log: contacts noted, and the introductions to this employer's openings.
        rows = [(entry.at, entry.text) for entry in history]
        for opening in self._openings:
            for introduction in self._introductions_to(opening):
                rows.append(
                    (
                        introduction.introduced_at,
                        self.tr("{code} introduced for {title}: {state}").format(
                            code=short_code(introduction.person_id),
                            title=opening.title,
                            state=introduction_state_label(introduction.state),
                        ),
                    )
                )
        for at, text in sorted(rows, key=lambda row: row[0], reverse=True):
            QTreeWidgetItem(self.logTree, [date_time_text(at), text])
        for tree in (self.openingsTree, self.contactsTree, self.logTree):
            first = tree.topLevelItem(0)
            if first is not None:
                tree.setCurrentItem(first)
            tree.resizeColumnToContents(0)
        self._update_buttons()

    def _introductions_to(self, opening: Opening) -> list[Introduction]:
        try:
            return self.introductions.for_opening(opening.id)
        except DeskError:  # a role that may not see persons: the log without them
            return []

    def _details(self, employer: Employer) -> str:
        parts = [
            self.tr("Organisation number: {number}").format(number=employer.org_number)
            if employer.org_number
            else self.tr("No organisation number (informal employer)")
        ]
        if employer.sector:
            parts.append(self.tr("Sector: {sector}").format(sector=employer.sector))
        if employer.municipality:
            parts.append(self.tr("Municipality: {place}").format(place=employer.municipality))
        text = " · ".join(parts)
        if employer.notes:
            text += "\n" + employer.notes
        return text

    def selected_opening(self) -> Opening | None:
        item = self.openingsTree.currentItem()
        wanted = item.data(0, ID_ROLE) if item is not None else None
        return next((o for o in self._openings if o.id == wanted), None)

    def selected_contact(self) -> EmployerContact | None:
        item = self.contactsTree.currentItem()
        wanted = item.data(0, ID_ROLE) if item is not None else None
        return next((c for c in self._contacts if c.id == wanted), None)

    def _update_buttons(self) -> None:
        contact = self.selected_contact()
        self.editContactButton.setEnabled(contact is not None and not contact.erased)
        self.eraseContactButton.setEnabled(contact is not None and not contact.erased)
        self.editOpeningButton.setEnabled(self.selected_opening() is not None)
        self.matchButton.setEnabled(self.selected_opening() is not None)

    # -- actions --------------------------------------------------------------------------

    def _locked(self) -> bool:
        return self._session.is_locked or (self.dialog is not None and self.dialog.isVisible())

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        saved = getattr(dialog, "saved", None)
        if saved is not None:
            saved.connect(lambda _value: self._written())
        dialog.finished.connect(lambda _r: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _written(self) -> None:
        self.reload()
        self.changed.emit()

    def edit_employer(self) -> None:
        if self.employer is None or not self.may_manage or self._locked():
            return
        self._open(EmployerDialog(self.employers, self.employer, self))

    def edit_opening(self, opening: Opening | None) -> None:
        if self.employer is None or not self.may_manage or self._locked():
            return
        self._open(OpeningDialog(self.openings, self.employer, opening, self))

    def _opening_activated(self) -> None:
        if self.may_manage:
            self.edit_opening(self.selected_opening())
        else:
            self.view_opening(self.selected_opening())

    def view_opening(self, opening: Opening | None) -> None:
        """The opening's details, read-only (roles that may see openings, not change them)."""
        if self.employer is None or opening is None or self._locked():
            return
        self._open(OpeningDialog(self.openings, self.employer, opening, self, read_only=True))

    def _match(self) -> None:
        opening = self.selected_opening()
        if opening is not None and self.may_match and not self._session.is_locked:
            self.matchRequested.emit(opening.id)

    def edit_contact(self, contact: EmployerContact | None) -> None:
        if self.employer is None or not self.may_manage or self._locked():
            return
        if contact is not None and contact.erased:
            return
        self._open(ContactDialog(self.employers, self.employer, contact, self))

    def add_log(self) -> None:
        if self.employer is None or not self.may_manage or self._locked():
            return
        self._open(LogDialog(self.employers, self.employer, self))

    def erase_contact(self) -> None:
        contact = self.selected_contact()
        if contact is None or contact.erased or not self.may_manage or self._locked():
            return
        box = QMessageBox(self)
        box.setObjectName("eraseContactQuestion")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Erase contact"))
        box.setText(
            self.tr(
                "Erase what is held about {name}? The name, role, phone and e-mail are removed "
                "for good; the employer's log stays."
            ).format(name=contact.name)
        )
        erase = box.addButton(self.tr("&Erase"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("&Keep"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = box

        def done(_result: int) -> None:
            self.dialog = None
            if box.clickedButton() is erase:
                self._write(lambda: self.employers.erase_contact(contact.id))

        box.finished.connect(done)
        box.open()

    def _write(self, action: Callable[[], object]) -> None:
        try:
            action()
        except DeskError as error:
            self._error.show(error)
            return
        self._error.show(None)
        self._written()

    # -- language -------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self._retranslate()
            self.reload()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.editButton.setText(self.tr("Edit detail&s…"))
        self.openingsGroup.setTitle(self.tr("Openings"))
        self.newOpeningButton.setText(self.tr("New &opening…"))
        self.editOpeningButton.setText(self.tr("Ed&it opening…"))
        self.matchButton.setText(self.tr("Find &candidates"))
        self.contactsGroup.setTitle(self.tr("Contact persons"))
        self.addContactButton.setText(self.tr("&Add contact…"))
        self.editContactButton.setText(self.tr("Edi&t contact…"))
        self.eraseContactButton.setText(self.tr("E&rase contact…"))
        self.logGroup.setTitle(self.tr("Contacts and introductions"))
        self.logButton.setText(self.tr("&Log a contact…"))
        self.openingsTree.setHeaderLabels(
            [
                self.tr("Title"),
                self.tr("Kind"),
                self.tr("State"),
                self.tr("Places"),
                self.tr("Apply by"),
            ]
        )
        self.contactsTree.setHeaderLabels(
            [self.tr("Name"), self.tr("Role"), self.tr("Phone"), self.tr("E-mail")]
        )
        self.logTree.setHeaderLabels([self.tr("When"), self.tr("What happened")])
        self._error.retranslate()
