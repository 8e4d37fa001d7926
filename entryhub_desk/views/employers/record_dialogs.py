"""Small forms of the Employers section: an employer's details, a contact person, and a line in
an employer's contact log. Each has a mnemonic per label and the discard guard; the widgets are
named after the fields of the domain values so :mod:`binder` loads and builds them."""

from __future__ import annotations

import dataclasses
from typing import Any, ClassVar

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from entryhub_desk.domain.employers import Employer, EmployerContact
from entryhub_desk.errors import DeskError
from entryhub_desk.services.employers import EmployersService
from entryhub_desk.views.common import InlineError, is_language_change
from entryhub_desk.views.discard_guard import DiscardGuard
from entryhub_desk.views.profile import binder


class _RecordDialog(QDialog):
    """A form of labelled fields (``FIELDS``: object name, widget class) with Save/Cancel."""

    saved = Signal(object)
    FIELDS: ClassVar[tuple[tuple[str, type[QWidget]], ...]] = ()

    def __init__(self, employers: EmployersService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.employers = employers
        self.setWindowModality(Qt.WindowModality.WindowModal)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.labels: dict[str, QLabel] = {}
        self.fields: dict[str, QWidget] = {}
        for name, kind in self.FIELDS:
            field = kind(self)
            field.setObjectName(name)
            if isinstance(field, QPlainTextEdit):
                field.setTabChangesFocus(True)
                field.setMaximumHeight(90)
            label = QLabel(self)
            label.setObjectName(f"{name}Label")
            label.setBuddy(field)
            form.addRow(label, field)
            self.labels[name] = label
            self.fields[name] = field
        self.errorLabel = QLabel(self)
        self.errorLabel.setObjectName("errorLabel")
        self.errorLabel.setWordWrap(True)
        layout.addWidget(self.errorLabel)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("buttonBox")
        layout.addWidget(self.buttons)
        self._error = InlineError(self.errorLabel)
        self.buttons.accepted.connect(self.save)

    def _guard(self) -> None:
        """After loading: what the form holds now counts as unchanged."""
        self.guard = DiscardGuard(self)
        self.buttons.rejected.connect(self.guard.cancel)
        self._retranslate()
        first = self.fields[self.FIELDS[0][0]]
        first.setFocus()

    def store(self) -> object:
        raise NotImplementedError

    def save(self) -> None:
        try:
            stored = self.store()
        except DeskError as error:
            self._error.show(error)
            widget = self.fields.get(str(error.params.get("field", "")))
            if widget is not None:
                widget.setFocus()
            return
        self.saved.emit(stored)
        self.accept()

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self._retranslate()
        super().changeEvent(event)

    def texts(self) -> dict[str, str]:
        return {}

    def _retranslate(self) -> None:
        for name, text in self.texts().items():
            self.labels[name].setText(text)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Save"))
        save.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._error.retranslate()


class EmployerDialog(_RecordDialog):
    """A new employer, or the details of one."""

    FIELDS = (
        ("name", QLineEdit),
        ("org_number", QLineEdit),
        ("sector", QLineEdit),
        ("municipality", QLineEdit),
        ("notes", QPlainTextEdit),
    )

    def __init__(
        self,
        employers: EmployersService,
        employer: Employer | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(employers, parent)
        self.setObjectName("EmployerDialog")
        self.original = employer
        if employer is not None:
            binder.load(self, employer)
        self._guard()

    def values(self) -> dict[str, Any]:
        fields = binder.values(self, Employer)
        fields["org_number"] = fields["org_number"] or None
        fields["municipality"] = fields["municipality"] or None
        return fields

    def store(self) -> Employer:
        fields = self.values()
        if self.original is not None:
            return self.employers.update(dataclasses.replace(self.original, **fields))
        name = fields.pop("name")
        return self.employers.add(name, **fields)

    def texts(self) -> dict[str, str]:
        self.setWindowTitle(
            self.tr("New employer") if self.original is None else self.tr("Employer")
        )
        self.fields["org_number"].setToolTip(
            self.tr("Swedish organisation number, e.g. 556016-0680; empty for informal employers")
        )
        return {
            "name": self.tr("&Name"),
            "org_number": self.tr("&Organisation number"),
            "sector": self.tr("&Sector"),
            "municipality": self.tr("&Municipality"),
            "notes": self.tr("No&tes"),
        }


class ContactDialog(_RecordDialog):
    """A contact person at an employer (name, role, phone, e-mail)."""

    FIELDS = (
        ("name", QLineEdit),
        ("role", QLineEdit),
        ("phone", QLineEdit),
        ("email", QLineEdit),
    )

    def __init__(
        self,
        employers: EmployersService,
        employer: Employer,
        contact: EmployerContact | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(employers, parent)
        self.setObjectName("ContactDialog")
        self.employer = employer
        self.original = contact
        if contact is not None:
            binder.load(self, contact)
        self._guard()

    def values(self) -> dict[str, Any]:
        return binder.values(self, EmployerContact)

    def store(self) -> EmployerContact:
        fields = self.values()
        if self.original is not None:
            return self.employers.update_contact(dataclasses.replace(self.original, **fields))
        name = fields.pop("name")
        return self.employers.add_contact(self.employer.id, name, **fields)

    def texts(self) -> dict[str, str]:
        self.setWindowTitle(self.tr("Contact at {employer}").format(employer=self.employer.name))
        return {
            "name": self.tr("&Name"),
            "role": self.tr("&Role"),
            "phone": self.tr("&Phone"),
            "email": self.tr("&E-mail"),
        }


class LogDialog(_RecordDialog):
    """A new line in an employer's contact log (a call, a visit, a fair)."""

    FIELDS = (("text", QPlainTextEdit),)

    def __init__(
        self, employers: EmployersService, employer: Employer, parent: QWidget | None = None
    ) -> None:
        super().__init__(employers, parent)
        self.setObjectName("LogDialog")
        self.employer = employer
        self._guard()

    def values(self) -> dict[str, Any]:
        text = self.fields["text"]
        assert isinstance(text, QPlainTextEdit)
        return {"text": text.toPlainText().strip()}

    def store(self) -> object:
        return self.employers.log(self.employer.id, self.values()["text"])

    def texts(self) -> dict[str, str]:
        self.setWindowTitle(self.tr("Contact with {employer}").format(employer=self.employer.name))
        return {"text": self.tr("&What happened")}
