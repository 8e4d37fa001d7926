"""A person's consents: the state per purpose with its history; record, refuse, withdraw.

A change is always a new record (a withdrawal names the consent it withdraws); nothing is
overwritten.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTreeWidgetItem, QWidget

from entryhub_desk.domain.consent import Consent, ConsentPurpose, notice_version
from entryhub_desk.domain.person import Person
from entryhub_desk.errors import DeskError
from entryhub_desk.services.consents import ConsentsService
from entryhub_desk.services.reception_types import CONSENT_NOTICE_VERSION
from entryhub_desk.views.common import InlineError, is_language_change
from entryhub_desk.views.forms.ui_reception_consent_dialog import Ui_ConsentDialog
from entryhub_desk.views.reception.display import date_time_text, full_name
from entryhub_desk.views.reception.labels import consent_label

PURPOSE_ROLE = Qt.ItemDataRole.UserRole + 1
PURPOSE, STATE, RECORDED, BY, NOTICE = range(5)


class ConsentDialog(QDialog):
    """Emits :attr:`changed` after each recorded change."""

    changed = Signal()

    def __init__(
        self, consents: ConsentsService, person: Person, code: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._consents = consents
        self._person = person
        self._code = code
        self._current: dict[ConsentPurpose, Consent] = {}
        self._history: list[Consent] = []
        self._staff_names = dict(consents.staff_choices())
        self.ui = Ui_ConsentDialog()
        self.ui.setupUi(self)
        self._error = InlineError(self.ui.errorLabel)
        tree = self.ui.consentTree
        tree.setColumnCount(5)
        tree.setAllColumnsShowFocus(True)
        tree.currentItemChanged.connect(lambda _now, _before: self._update_buttons())
        self.ui.giveButton.clicked.connect(lambda: self.record(given=True))
        self.ui.refuseButton.clicked.connect(lambda: self.record(given=False))
        self.ui.withdrawButton.clicked.connect(self.withdraw)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._reload()
        self._retranslate()
        first = tree.topLevelItem(0)
        if first is not None:
            tree.setCurrentItem(first)
        tree.setFocus()

    # -- data -----------------------------------------------------------------------------

    def _reload(self) -> None:
        try:
            self._history = self._consents.consent_history(self._person.id)
            self._current = self._consents.current_consents(self._person.id)
        except DeskError as error:
            self._error.show(error)
            return
        tree = self.ui.consentTree
        current = self.selected_purpose()
        tree.clear()
        for purpose in ConsentPurpose:
            item = QTreeWidgetItem(tree)
            item.setData(PURPOSE, PURPOSE_ROLE, purpose.value)
            for record in (c for c in self._history if c.purpose == purpose):
                child = QTreeWidgetItem(item)
                child.setData(PURPOSE, PURPOSE_ROLE, purpose.value)
                child.setData(STATE, PURPOSE_ROLE, record.id)
            if current == purpose:
                tree.setCurrentItem(item)
        self._fill_texts()
        self._update_buttons()

    def _latest(self, purpose: ConsentPurpose) -> Consent | None:
        """The newest record of ``purpose`` (given, refused or a withdrawal)."""
        records = [c for c in self._history if c.purpose == purpose]
        return records[-1] if records else None

    def _record(self, consent_id: str) -> Consent | None:
        return next((c for c in self._history if c.id == consent_id), None)

    def _state_text(self, consent: Consent | None) -> str:
        if consent is None:
            return self.tr("Not asked")
        if consent.given:
            return self.tr("Given")
        if consent.withdraws is not None:
            return self.tr("Withdrawn")
        return self.tr("Refused")

    def _fill_row(self, item: QTreeWidgetItem, consent: Consent | None) -> None:
        item.setText(STATE, self._state_text(consent))
        if consent is None:
            for column in (RECORDED, BY, NOTICE):
                item.setText(column, "")
            return
        item.setText(RECORDED, date_time_text(consent.recorded_at))
        item.setText(BY, self._staff_names.get(consent.staff_id, ""))
        item.setText(NOTICE, consent.notice_version)

    def _fill_texts(self) -> None:
        tree = self.ui.consentTree
        for row in range(tree.topLevelItemCount()):
            item = tree.topLevelItem(row)
            if item is None:
                continue
            purpose = ConsentPurpose(item.data(PURPOSE, PURPOSE_ROLE))
            item.setText(PURPOSE, consent_label(purpose))
            self._fill_row(item, self._latest(purpose))
            for number in range(item.childCount()):
                child = item.child(number)
                if child is None:
                    continue
                child.setText(PURPOSE, "")
                self._fill_row(child, self._record(str(child.data(STATE, PURPOSE_ROLE))))

    def selected_purpose(self) -> ConsentPurpose | None:
        item = self.ui.consentTree.currentItem()
        if item is None:
            return None
        return ConsentPurpose(item.data(PURPOSE, PURPOSE_ROLE))

    def _update_buttons(self) -> None:
        purpose = self.selected_purpose()
        in_force = self._current.get(purpose) if purpose is not None else None
        latest = self._latest(purpose) if purpose is not None else None
        self.ui.giveButton.setEnabled(purpose is not None and in_force is None)
        self.ui.refuseButton.setEnabled(purpose is not None and latest is None)
        self.ui.withdrawButton.setEnabled(in_force is not None and in_force.given)

    # -- actions --------------------------------------------------------------------------

    def record(self, *, given: bool) -> None:
        purpose = self.selected_purpose()
        if purpose is None:
            return
        self._write(lambda: self._consents.record_consent(self._person.id, purpose, given=given))

    def withdraw(self) -> None:
        purpose = self.selected_purpose()
        current = self._current.get(purpose) if purpose is not None else None
        if current is None or not current.given:
            return
        self._write(lambda: self._consents.withdraw_consent(current.id))

    def _write(self, action: Callable[[], object]) -> None:
        try:
            action()
        except DeskError as error:
            self._error.show(error)
            return
        self._error.show(None)
        self._reload()
        self.changed.emit()
        self.ui.consentTree.setFocus()

    # -- language -------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.ui.personLabel.setText(
            self.tr("Consents of {name} ({code})").format(
                name=full_name(self._person), code=self._code
            )
        )
        self.ui.noticeLabel.setText(
            self.tr(
                "New choices are recorded under privacy notice version {version} (matching "
                "with openings: version {matching})."
            ).format(
                version=CONSENT_NOTICE_VERSION,
                matching=notice_version(ConsentPurpose.MATCH_OPENINGS),
            )
        )
        self.ui.consentTree.setHeaderLabels(
            [
                self.tr("Purpose"),
                self.tr("State"),
                self.tr("Recorded"),
                self.tr("By"),
                self.tr("Notice"),
            ]
        )
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self._fill_texts()
        self._error.retranslate()
