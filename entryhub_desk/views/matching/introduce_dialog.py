"""Introduce a visitor to an opening: choose the card (named only with the visitor's consent to
share their profile with employers, else anonymised), see it, record the introduction, then
print the card or save it as PDF.

Print and Save record the introduction first if Introduce was not pressed; the dialog records
it once however often the card is printed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from entryhub_desk.domain.employers import CardKind, Introduction, Opening
from entryhub_desk.errors import DeskError
from entryhub_desk.services.cards import CardService, card_file_name
from entryhub_desk.services.introductions import IntroductionsService
from entryhub_desk.views.common import InlineError, is_language_change
from entryhub_desk.views.cv.file_dialogs import AskSavePath, ask_save_path
from entryhub_desk.views.cv.pdf_pages import render_pages
from entryhub_desk.views.cv.preview import PREVIEW_DPI, CvPreview
from entryhub_desk.views.cv.printing import AskPrinter, PrintJob, ask_printer
from entryhub_desk.views.locale_text import ui_language

CARD_LANGUAGES = (("sv", "Svenska"), ("en", "English"))


class IntroduceDialog(QDialog):
    """Emits :attr:`introduced` with the recorded :class:`Introduction` and :attr:`message`
    (a confirmation for the status bar)."""

    introduced = Signal(object)
    message = Signal(str)

    def __init__(
        self,
        cards: CardService,
        introductions: IntroductionsService,
        *,
        person_id: str,
        person_text: str,
        opening: Opening,
        opening_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("IntroduceDialog")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._cards = cards
        self._introductions = introductions
        self.person_id = person_id
        self._person_text = person_text
        self.opening = opening
        self._opening_text = opening_text
        self.introduction: Introduction | None = None
        self.pdf: bytes = b""
        #: replaced in tests (the system dialogs run loops of their own)
        self.ask_printer: AskPrinter = ask_printer
        self.ask_save_path: AskSavePath = ask_save_path
        try:
            self.may_name = cards.may_name(person_id)
        except DeskError:
            self.may_name = False

        layout = QVBoxLayout(self)
        self.whoLabel = QLabel(self)
        self.whoLabel.setObjectName("whoLabel")
        self.whoLabel.setWordWrap(True)
        layout.addWidget(self.whoLabel)
        grid = QGridLayout()
        self.cardLabel = QLabel(self)
        self.namedRadio = QRadioButton(self)
        self.namedRadio.setObjectName("namedRadio")
        self.anonymousRadio = QRadioButton(self)
        self.anonymousRadio.setObjectName("anonymousRadio")
        self.kindGroup = QButtonGroup(self)
        self.kindGroup.addButton(self.namedRadio)
        self.kindGroup.addButton(self.anonymousRadio)
        self.cardLabel.setBuddy(self.namedRadio if self.may_name else self.anonymousRadio)
        self.namedRadio.setEnabled(self.may_name)
        (self.namedRadio if self.may_name else self.anonymousRadio).setChecked(True)
        self.consentLabel = QLabel(self)
        self.consentLabel.setObjectName("consentLabel")
        self.consentLabel.setWordWrap(True)
        self.consentLabel.setProperty("role", "hint")
        self.languageLabel = QLabel(self)
        self.languageCombo = QComboBox(self)
        self.languageCombo.setObjectName("languageCombo")
        for code, name in CARD_LANGUAGES:
            self.languageCombo.addItem(name, code)
        self.languageCombo.setCurrentIndex(0 if ui_language() == "sv" else 1)
        self.languageLabel.setBuddy(self.languageCombo)
        grid.addWidget(self.cardLabel, 0, 0)
        grid.addWidget(self.namedRadio, 0, 1)
        grid.addWidget(self.anonymousRadio, 0, 2)
        grid.addWidget(self.consentLabel, 1, 1, 1, 2)
        grid.addWidget(self.languageLabel, 2, 0)
        grid.addWidget(self.languageCombo, 2, 1, 1, 2)
        grid.setColumnStretch(2, 1)
        layout.addLayout(grid)
        self.preview = CvPreview(self)
        self.preview.setObjectName("cardPreview")
        layout.addWidget(self.preview, 1)
        self.stateLabel = QLabel(self)
        self.stateLabel.setObjectName("stateLabel")
        self.stateLabel.setWordWrap(True)
        layout.addWidget(self.stateLabel)
        self.errorLabel = QLabel(self)
        self.errorLabel.setObjectName("errorLabel")
        self.errorLabel.setWordWrap(True)
        layout.addWidget(self.errorLabel)
        self._error = InlineError(self.errorLabel)
        self.buttons = QDialogButtonBox(self)
        self.buttons.setObjectName("buttonBox")
        self.introduceButton = QPushButton(self)
        self.introduceButton.setObjectName("introduceButton")
        self.printButton = QPushButton(self)
        self.printButton.setObjectName("printButton")
        self.saveButton = QPushButton(self)
        self.saveButton.setObjectName("saveButton")
        self.buttons.addButton(self.introduceButton, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.printButton, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.saveButton, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        layout.addWidget(self.buttons)

        self.introduceButton.clicked.connect(self.introduce)
        self.printButton.clicked.connect(self.print_card)
        self.saveButton.clicked.connect(self.save_card)
        self.buttons.rejected.connect(self.reject)
        self.kindGroup.buttonToggled.connect(self._kind_toggled)
        self.languageCombo.currentIndexChanged.connect(lambda _i: self.show_card())
        self.introduceButton.setDefault(True)
        self._retranslate()
        self.resize(720, 800)
        self.show_card()
        (self.namedRadio if self.may_name else self.anonymousRadio).setFocus()

    # -- the card -------------------------------------------------------------------------

    def kind(self) -> CardKind:
        return CardKind.NAMED if self.namedRadio.isChecked() else CardKind.ANONYMOUS

    def language(self) -> str:
        return str(self.languageCombo.currentData())

    def _kind_toggled(self, _button: object, on: bool) -> None:
        if on:
            self.show_card()

    def show_card(self) -> None:
        try:
            self.pdf = self._cards.card_pdf(
                self.person_id,
                opening_id=self.opening.id,
                kind=self.kind(),
                language=self.language(),
            )
            self.preview.set_pages(render_pages(self.pdf, PREVIEW_DPI))
        except DeskError as error:
            self.pdf = b""
            self.preview.clear()
            self._error.show(error)
            return
        self._error.show(None)

    # -- actions --------------------------------------------------------------------------

    def introduce(self) -> bool:
        """Record the introduction (once); False when it failed (the error is shown)."""
        if self.introduction is not None:
            return True
        try:
            self.introduction = self._introductions.introduce(
                self.person_id, self.opening.id, card=self.kind()
            )
        except DeskError as error:
            self._error.show(error)
            return False
        self._error.show(None)
        self.introduced.emit(self.introduction)
        self.message.emit(
            self.tr("{person} was introduced to {opening}.").format(
                person=self._person_text, opening=self.opening.title
            )
        )
        self._show_state()
        return True

    def _after_introducing(self, action: Callable[[], None]) -> None:
        if not self.pdf or not self.introduce():
            return
        action()

    def print_card(self) -> None:
        def run() -> None:
            printer = self.ask_printer(self)
            if printer is None:
                return
            job = PrintJob(printer)
            job.add(self.pdf)
            job.finish()
            try:  # the audit log says a card was printed (ids and kind only)
                self._cards.record_print(
                    self.person_id,
                    kind=self.kind(),
                    opening_id=self.opening.id,
                    language=self.language(),
                )
            except DeskError as error:
                self._error.show(error)
                return
            self.message.emit(self.tr("The card was sent to the printer."))

        self._after_introducing(run)

    def save_card(self) -> None:
        def run() -> None:
            suggested = card_file_name(self.person_id, self.kind(), self.language())
            path = self.ask_save_path(self, suggested)
            if path is None:
                return
            try:
                self._cards.save(
                    self.person_id,
                    Path(path),
                    opening_id=self.opening.id,
                    kind=self.kind(),
                    language=self.language(),
                )
            except DeskError as error:
                self._error.show(error)
                return
            self.message.emit(self.tr("The card was saved as {file}.").format(file=Path(path).name))

        self._after_introducing(run)

    def _show_state(self) -> None:
        recorded = self.introduction is not None
        self.introduceButton.setEnabled(not recorded)
        for radio in (self.namedRadio, self.anonymousRadio):
            radio.setEnabled(not recorded and (radio is not self.namedRadio or self.may_name))
        self.stateLabel.setText(
            self.tr("Introduction recorded: print the card or save it for the employer.")
            if recorded
            else self.tr("Nothing is recorded until you press Introduce, Print or Save.")
        )

    # -- language -------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Introduce to an employer"))
        self.whoLabel.setText(
            self.tr("{person} → {opening}").format(
                person=self._person_text, opening=self._opening_text
            )
        )
        self.cardLabel.setText(self.tr("&Card:"))
        self.namedRadio.setText(self.tr("Named"))
        self.anonymousRadio.setText(self.tr("Anonymised"))
        self.consentLabel.setText(
            self.tr("The visitor agreed to share the profile with employers.")
            if self.may_name
            else self.tr(
                "Anonymised only: the visitor has not agreed to share the profile with "
                "employers (initials, code, occupation, skills, languages, availability)."
            )
        )
        self.languageLabel.setText(self.tr("Card &language:"))
        self.introduceButton.setText(self.tr("&Introduce"))
        self.printButton.setText(self.tr("&Print card…"))
        self.saveButton.setText(self.tr("&Save card as PDF…"))
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        if close is not None:
            close.setText(self.tr("Close"))
        self._show_state()
        self._error.retranslate()
