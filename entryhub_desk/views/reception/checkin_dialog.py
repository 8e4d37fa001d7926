"""Check a visitor in (purposes, note, referral, handled by), or correct a logged visit.

A visitor already checked in today gets a warning first: "Already checked in at 10:12 —
Reopen that visit / Check in again" (reopen is the default; the form opens only for "again")."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from entryhub_desk.domain.person import Person
from entryhub_desk.domain.visit import Visit, VisitState
from entryhub_desk.errors import DeskError
from entryhub_desk.services.visits import OTHER_PURPOSE, PURPOSES, VisitsService
from entryhub_desk.views.common import InlineError, is_language_change
from entryhub_desk.views.discard_guard import DiscardGuard
from entryhub_desk.views.forms.ui_reception_checkin_dialog import Ui_CheckInDialog
from entryhub_desk.views.reception.display import full_name, time_text
from entryhub_desk.views.reception.labels import purpose_label, state_label

CODE_ROLE = Qt.ItemDataRole.UserRole + 1


class CheckInDialog(QDialog):
    """Emits :attr:`checkedIn` (a new :class:`Visit`), :attr:`reopened` (today's earlier visit,
    back to waiting if it was done) or, given ``visit``, :attr:`corrected`."""

    checkedIn = Signal(object)
    corrected = Signal(object)
    reopened = Signal(object)

    def __init__(
        self,
        visits: VisitsService,
        person: Person,
        code: str,
        *,
        staff_id: str,
        visit: Visit | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._visits = visits
        self._person = person
        self._code = code
        self._visit = visit
        self.ui = Ui_CheckInDialog()
        self.ui.setupUi(self)
        self._error = InlineError(self.ui.errorLabel)
        chosen = set(visit.purposes) if visit is not None else set()
        for purpose in PURPOSES:
            item = QListWidgetItem(purpose_label(purpose), self.ui.purposesList)
            item.setData(CODE_ROLE, purpose)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = purpose in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.ui.purposesList.setCurrentRow(0)
        self.ui.purposesList.itemChanged.connect(self._purposes_changed)
        self.ui.otherEdit.textEdited.connect(self._other_typed)

        current = visit.handled_by if visit is not None else staff_id
        choices = visits.staff_choices()
        if current is None or all(staff != current for staff, _name in choices):
            self.ui.handledByCombo.addItem("", None)  # nobody (or a member no longer active)
        for staff, name in choices:
            self.ui.handledByCombo.addItem(name, staff)
        self.ui.handledByCombo.setCurrentIndex(max(self.ui.handledByCombo.findData(current), 0))
        if visit is not None:
            self.ui.otherEdit.setText(visit.other_purpose)
            self.ui.noteEdit.setPlainText(visit.note)
            self.ui.referralEdit.setText(visit.referral)

        self.ui.buttonBox.accepted.connect(self._submit)
        self.guard = DiscardGuard(self)
        self.ui.buttonBox.rejected.connect(self.guard.cancel)
        self.ui.reopenButton.clicked.connect(self.reopen)
        self.ui.againButton.clicked.connect(self.check_in_again)
        self._again = False
        self.earlier: Visit | None = None
        if visit is None:
            try:
                self.earlier = visits.visit_today(person.id)
            except DeskError:
                self.earlier = None
        self._purposes_changed()
        self._show_earlier()
        self._retranslate()

    # -- an earlier visit today -----------------------------------------------------------

    def _show_earlier(self) -> None:
        warned = self.earlier is not None and not self._again
        self.ui.alreadyGroup.setVisible(warned)
        for widget in (
            self.ui.purposesList,
            self.ui.otherEdit,
            self.ui.noteEdit,
            self.ui.referralEdit,
            self.ui.handledByCombo,
        ):
            widget.setEnabled(not warned)
        if not warned:
            self._purposes_changed()
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not warned)
        ok.setDefault(not warned)
        self.ui.reopenButton.setDefault(warned)
        self.ui.reopenButton.setAutoDefault(warned)
        self.ui.againButton.setAutoDefault(False)
        (self.ui.reopenButton if warned else self.ui.purposesList).setFocus()

    def reopen(self) -> None:
        """Go back to today's earlier visit (set to waiting again if it was done)."""
        earlier = self.earlier
        if earlier is None:
            return
        try:
            if earlier.state is VisitState.DONE:
                earlier = self._visits.set_visit_state(earlier.id, VisitState.WAITING)
        except DeskError as error:
            self._error.show(error)
            return
        self.reopened.emit(earlier)
        self.accept()

    def check_in_again(self) -> None:
        """A second visit today after all: the form opens."""
        self._again = True
        self._show_earlier()
        self._retranslate()

    # -- values ---------------------------------------------------------------------------

    def purposes(self) -> list[str]:
        chosen = []
        for row in range(self.ui.purposesList.count()):
            item = self.ui.purposesList.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                chosen.append(str(item.data(CODE_ROLE)))
        return chosen

    def set_purposes(self, codes: list[str]) -> None:
        for row in range(self.ui.purposesList.count()):
            item = self.ui.purposesList.item(row)
            checked = item.data(CODE_ROLE) in codes
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _purposes_changed(self, _item: QListWidgetItem | None = None) -> None:
        """The other-purpose line stays enabled (its Alt+T must reach it): typing there ticks
        "Other", so the text typed is never dropped for want of the tick."""

    def _other_typed(self, text: str) -> None:
        if text.strip() and OTHER_PURPOSE not in self.purposes():
            self.set_purposes([*self.purposes(), OTHER_PURPOSE])

    # -- submit ---------------------------------------------------------------------------

    def form_values(self) -> dict[str, Any]:
        """What the form holds, as the check-in (or correction) receives it."""
        purposes = self.purposes()
        return {
            "purposes": purposes,
            "other_text": self.ui.otherEdit.text().strip() if OTHER_PURPOSE in purposes else "",
            "note": self.ui.noteEdit.toPlainText().strip(),
            "referral": self.ui.referralEdit.text().strip(),
            "handled_by": self.ui.handledByCombo.currentData(),
        }

    def _submit(self) -> None:
        values = self.form_values()
        try:
            if self._visit is None:
                visit = self._visits.check_in(self._person.id, again=self._again, **values)
            else:
                visit = self._visits.correct_visit(self._visit.id, **values)
        except DeskError as error:
            self._error.show(error)
            if error.code == "reception.checked_in_today":  # meanwhile, at another desk
                self.earlier = self._visits.visit_today(self._person.id)
                self._show_earlier()
                self._retranslate()
                return
            field = str(error.params.get("field", ""))
            widgets = {
                "other_purpose": self.ui.otherEdit,
                "note": self.ui.noteEdit,
                "referral": self.ui.referralEdit,
                "handled_by": self.ui.handledByCombo,
            }
            widgets.get(field, self.ui.purposesList).setFocus()
            return
        self._error.show(None)
        (self.checkedIn if self._visit is None else self.corrected).emit(visit)
        self.accept()

    # -- language -------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        name = full_name(self._person)
        earlier = self.earlier
        if earlier is not None:
            self.ui.alreadyLabel.setText(
                self.tr(
                    "{name} was already checked in today at {time} ({state}). Reopen that "
                    "visit, or check in again for a second visit today."
                ).format(
                    name=name, time=time_text(earlier.visited_at), state=state_label(earlier.state)
                )
            )
        if self._visit is None:
            self.setWindowTitle(self.tr("Check in"))
            self.ui.personLabel.setText(
                self.tr("Check in {name} ({code})").format(name=name, code=self._code)
                if not self._again
                else self.tr("Check in {name} ({code}) again").format(name=name, code=self._code)
            )
            ok = self.tr("&Check in")
        else:
            self.setWindowTitle(self.tr("Correct visit"))
            self.ui.personLabel.setText(
                self.tr("Correct the visit of {name} ({code})").format(name=name, code=self._code)
            )
            ok = self.tr("&Save")
        for row in range(self.ui.purposesList.count()):
            item = self.ui.purposesList.item(row)
            item.setText(purpose_label(item.data(CODE_ROLE)))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(ok)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._error.retranslate()
