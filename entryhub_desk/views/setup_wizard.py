"""First start: name the hub and the first coordinator, choose a password, note the key."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWidget, QWizard

from entryhub_desk.errors import DeskError
from entryhub_desk.services import Desk
from entryhub_desk.views.common import InlineError, is_language_change, monospace_font, set_busy
from entryhub_desk.views.forms.ui_setup_wizard import Ui_SetupWizard
from entryhub_desk.views.password_fields import NewPasswordFields
from entryhub_desk.views.tasks import Op

log = logging.getLogger(__name__)

NAMES_PAGE, PASSWORD_PAGE, RECOVERY_PAGE = 0, 1, 2


class SetupWizard(QWizard):
    """Creates the store. Emits :attr:`setUpDone` with the coordinator's name when finished."""

    setUpDone = Signal(str)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._recovery_key: str | None = None
        self._op: Op[str] | None = None
        self.ui = Ui_SetupWizard()
        self.ui.setupUi(self)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.ui.passwordPage.setCommitPage(True)
        self.ui.namesPage.registerField("hubName*", self.ui.hubNameEdit)
        self.ui.namesPage.registerField("coordinatorName*", self.ui.coordinatorEdit)
        self.ui.recoveryPage.registerField("writtenDown*", self.ui.writtenDownCheck)
        self._fields = NewPasswordFields(
            self.ui.passwordEdit,
            self.ui.repeatEdit,
            self.ui.strengthBar,
            self.ui.strengthHint,
            self,
        )
        self._error = InlineError(self.ui.passwordError)
        self.ui.recoveryKeyLabel.setObjectName("recoveryKeyLabel")
        self.ui.recoveryKeyLabel.setFont(monospace_font(1.6))
        set_busy(self.ui.busyBar, False)
        self._retranslate()

    # -- Qt overrides ---------------------------------------------------------------------

    def validateCurrentPage(self) -> bool:
        if self.currentId() != PASSWORD_PAGE or self._recovery_key is not None:
            return super().validateCurrentPage()
        if self._op is not None and self._op.running:
            return False
        self._start_set_up()
        return False  # the wizard moves on when set-up has finished

    def reject(self) -> None:
        # Once the store exists the key must be confirmed: it is never shown again.
        if self._recovery_key is not None or (self._op is not None and self._op.running):
            return
        super().reject()

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    # -- work -----------------------------------------------------------------------------

    @property
    def recovery_key(self) -> str | None:
        return self._recovery_key

    def _start_set_up(self) -> None:
        hub_name = self.ui.hubNameEdit.text().strip()
        coordinator = self.ui.coordinatorEdit.text().strip()
        try:
            password = self._fields.validate(name=coordinator)
        except DeskError as error:
            self._error.show(error)
            self.ui.passwordEdit.setFocus()
            return
        self._error.show(None)
        self._set_busy(True)
        desk = self._desk
        self._op = (
            Op(
                lambda: desk.set_up(
                    hub_name=hub_name, coordinator_name=coordinator, password=password
                ),
                parent=self,
            )
            .success(self._set_up_done)
            .failure(self._set_up_failed)
            .run_in_background()
        )

    def _set_up_done(self, recovery_key: str) -> None:
        log.info("set-up finished")
        self._set_busy(False)
        self._recovery_key = recovery_key
        self.ui.recoveryKeyLabel.setText(recovery_key)
        self._fields.clear()
        self.setOption(QWizard.WizardOption.NoCancelButton, True)
        self.next()
        self.ui.writtenDownCheck.setFocus()

    def _set_up_failed(self, error: Exception) -> None:
        self._set_busy(False)
        self._error.show(error)
        self.ui.passwordEdit.setFocus()

    def _set_busy(self, busy: bool) -> None:
        set_busy(
            self.ui.busyBar,
            busy,
            (
                self.ui.passwordEdit,
                self.ui.repeatEdit,
                self.button(QWizard.WizardButton.CommitButton),
            ),
        )

    def accept(self) -> None:
        if self._recovery_key is None:
            return
        # Forget the key before anything else is shown; the next window opens before this
        # one closes, so the application always has a window.
        self._recovery_key = None
        self.ui.recoveryKeyLabel.clear()
        self.setUpDone.emit(self.ui.coordinatorEdit.text().strip())
        super().accept()

    def _retranslate(self) -> None:
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Create the store"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self._fields.retranslate()
        self._error.retranslate()
