"""The visitor card (issue 14): preview, print or save the card of the selected visitor.

:class:`VisitorCardButton` puts "Visitor card…" beside the reception's person buttons and
opens :class:`VisitorCardDialog` for the selected person. The card is drawn by the service
(``services.visitor_cards``); printing rasterises it like a CV (``views.cv.printing``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSizeF, Qt
from PySide6.QtGui import QPageSize, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from entryhub_desk.errors import DeskError
from entryhub_desk.services import Session
from entryhub_desk.services.reception_types import SearchHit
from entryhub_desk.services.visitor_cards import VisitorCardService
from entryhub_desk.views.common import InlineError
from entryhub_desk.views.cv.file_dialogs import ask_save_path
from entryhub_desk.views.cv.pdf_pages import iter_pages
from entryhub_desk.views.cv.printing import AskPrinter, PrintJob, ask_printer

PREVIEW_DPI = 160
CARD_MM = QSizeF(85.6, 54.0)
AskPath = Callable[[QWidget, str], "Path | None"]


class VisitorCardDialog(QDialog):
    def __init__(
        self,
        session: Session,
        person_id: str,
        parent: QWidget | None = None,
        *,
        choose_printer: AskPrinter | None = None,
        choose_path: AskPath | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("visitorCardDialog")
        self._service = VisitorCardService(session)
        self._person = self._service.person(person_id)
        self._choose_printer = choose_printer or (
            lambda widget: ask_printer(widget, title=self.tr("Print the visitor card"))
        )
        self._choose_path = choose_path or ask_save_path
        self.preview = QLabel(self)
        self.preview.setObjectName("cardPreview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(420, 270)
        self.sheetCombo = QComboBox(self)
        self.sheetCombo.setObjectName("sheetCombo")
        self.languageCombo = QComboBox(self)
        self.languageCombo.setObjectName("languageCombo")
        self.sheetLabel = QLabel(self)
        self.sheetLabel.setBuddy(self.sheetCombo)
        self.languageLabel = QLabel(self)
        self.languageLabel.setBuddy(self.languageCombo)
        form = QFormLayout()
        form.addRow(self.sheetLabel, self.sheetCombo)
        form.addRow(self.languageLabel, self.languageCombo)
        self.error = QLabel(self)
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self._error = InlineError(self.error)
        self.buttons = QDialogButtonBox(self)
        self.printButton = QPushButton(self)
        self.printButton.setObjectName("printCardButton")
        self.printButton.setDefault(True)
        self.saveButton = QPushButton(self)
        self.saveButton.setObjectName("saveCardButton")
        self.buttons.addButton(self.printButton, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.saveButton, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.printButton.clicked.connect(self.print_card)
        self.saveButton.clicked.connect(self.save_card)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(self.preview, 1)
        layout.addLayout(row)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._retranslate()
        # the visitor's own language where the card has it, else Swedish
        self.languageCombo.setCurrentIndex(1 if self._person.preferred_language == "en" else 0)
        self.sheetCombo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.languageCombo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.refresh()
        self.printButton.setFocus()

    # -- choices ---------------------------------------------------------------------------

    def sheet(self) -> str:
        return str(self.sheetCombo.currentData())

    def language(self) -> str:
        return str(self.languageCombo.currentData())

    def refresh(self) -> None:
        """Draw the preview (always the card alone, whatever the sheet)."""
        try:
            pdf = self._service.card_pdf(self._person.id, sheet="label", language=self.language())
        except DeskError as error:
            self._error.show(error)
            return
        self._error.show(None)
        for image in iter_pages(pdf, PREVIEW_DPI):
            self.preview.setPixmap(QPixmap.fromImage(image))
            break

    # -- actions ---------------------------------------------------------------------------

    def print_card(self) -> None:
        printer = self._choose_printer(self)
        if printer is None:
            return
        if self.sheet() == "label":
            printer.setPageSize(QPageSize(CARD_MM, QPageSize.Unit.Millimeter, "ID-1"))
        try:
            pdf = self._service.card_pdf(
                self._person.id, sheet=self.sheet(), language=self.language()
            )
            job = PrintJob(printer)
            job.add(pdf)
            job.finish()
            self._service.record_print(
                self._person.id, sheet=self.sheet(), language=self.language()
            )
        except DeskError as error:
            self._error.show(error)
            return
        except OSError:
            self.error.setText(self.tr("The printer could not be used."))
            return
        self.accept()

    def save_card(self) -> None:
        suggested = self._service.file_name(self._person.id, sheet=self.sheet())
        path = self._choose_path(self, suggested)
        if path is None:
            return
        try:
            self._service.save(self._person.id, path, sheet=self.sheet(), language=self.language())
        except DeskError as error:
            self._error.show(error)
            return
        self.accept()

    # -- language --------------------------------------------------------------------------

    def _retranslate(self) -> None:
        name = " ".join(p for p in (self._person.given_name, self._person.family_name) if p)
        self.setWindowTitle(self.tr("Visitor card: {name}").format(name=name))
        self.sheetLabel.setText(self.tr("&Sheet:"))
        self.languageLabel.setText(self.tr("&Language:"))
        sheet, language = self.sheetCombo.currentIndex(), self.languageCombo.currentIndex()
        self.sheetCombo.clear()
        self.sheetCombo.addItem(self.tr("A4 sheet (cut along the marks)"), "a4")
        self.sheetCombo.addItem(self.tr("Card-size label (85.6 × 54 mm)"), "label")
        self.languageCombo.clear()
        self.languageCombo.addItem(self.tr("Swedish"), "sv")
        self.languageCombo.addItem(self.tr("English"), "en")
        self.sheetCombo.setCurrentIndex(max(sheet, 0))
        self.languageCombo.setCurrentIndex(max(language, 0))
        self.printButton.setText(self.tr("&Print…"))
        self.saveButton.setText(self.tr("Save as P&DF…"))


class VisitorCardButton:
    """The reception's "Visitor card…" button: enabled for one selected visitor."""

    def __init__(
        self,
        session: Session,
        page: QWidget,
        selected: Callable[[], SearchHit | None],
        row: QHBoxLayout,
        after: QPushButton,
    ) -> None:
        self._session = session
        self._page = page
        self._selected = selected
        self.button = QPushButton(page)
        self.button.setObjectName("visitorCardButton")
        row.insertWidget(row.indexOf(after) + 1, self.button)
        self.button.clicked.connect(self.open_selected)
        self.dialog: VisitorCardDialog | None = None
        self.set_available(False)
        self.retranslate()

    def set_available(self, available: bool) -> None:
        self.button.setEnabled(available)

    def open_selected(self) -> None:
        hit = self._selected()
        if hit is None or self._session.is_locked:
            return
        self.dialog = VisitorCardDialog(self._session, hit.person.id, self._page)
        self.dialog.open()

    def retranslate(self) -> None:
        self.button.setText(QCoreApplication.translate("VisitorCardButton", "Visitor c&ard…"))
