"""Today's visits on the reception page: the selected visit, its state (W, M, D, Space) and
correcting it. A mixin of :class:`~entryhub_desk.views.reception.reception_page.ReceptionPage`,
which owns the widgets and services named below."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QItemSelection

from entryhub_desk.domain.visit import VisitState
from entryhub_desk.errors import DeskError
from entryhub_desk.services.reception_types import VisitRow
from entryhub_desk.views.reception.checkin_dialog import CheckInDialog
from entryhub_desk.views.reception.rows_model import ROW_ROLE

if TYPE_CHECKING:
    from entryhub_desk.domain.staff import StaffMember
    from entryhub_desk.services import Session
    from entryhub_desk.services.visitors import VisitorsService
    from entryhub_desk.services.visits import VisitsService
    from entryhub_desk.views.common import InlineError
    from entryhub_desk.views.forms.ui_reception_page import Ui_ReceptionPage
    from entryhub_desk.views.reception.visits_model import VisitsTableModel

NEXT_STATE: Final = {
    VisitState.WAITING: VisitState.IN_MEETING,
    VisitState.IN_MEETING: VisitState.DONE,
    VisitState.DONE: VisitState.DONE,
}


class TodaysVisits:
    if TYPE_CHECKING:
        ui: Ui_ReceptionPage
        visits: VisitsTableModel
        _session: Session
        _staff: StaffMember
        _visits: VisitsService
        _visitors: VisitorsService
        _visits_error: InlineError

        def settle(self) -> None: ...

    # -- today's visits -------------------------------------------------------------------

    def selected_visit(self) -> VisitRow | None:
        rows = self.ui.visitsTable.selectionModel().selectedRows()
        row = rows[0].data(ROW_ROLE) if rows else None
        return row if isinstance(row, VisitRow) else None

    def _select_visit(self, visit_id: str) -> None:
        number = self.visits.row_of(visit_id)
        if number >= 0:
            self.ui.visitsTable.selectRow(number)

    def _visit_changed(
        self, _selected: QItemSelection | None = None, _deselected: QItemSelection | None = None
    ) -> None:
        row = self.selected_visit()
        for button in (self.ui.waitingButton, self.ui.meetingButton, self.ui.doneButton):
            button.setEnabled(row is not None)
        may_correct = False
        if row is not None:
            try:
                may_correct = self._visits.may_correct(row.visit)
            except DeskError:
                may_correct = False
        self.ui.correctButton.setEnabled(may_correct)

    def set_selected_state(self, state: VisitState | None = None) -> None:
        """Set the selected visit's state; ``None`` advances it one step."""
        row = self.selected_visit()
        if row is None:
            return
        new_state = NEXT_STATE[row.visit.state] if state is None else state
        if new_state == row.visit.state:
            return
        self.settle()
        try:
            visit = self._visits.set_visit_state(row.visit.id, new_state)
        except DeskError as error:
            self._visits_error.show(error)
            return
        self._visits_error.show(None)
        self.visits.update_visit(visit)

    def correct_selected(self) -> None:
        row = self.selected_visit()
        if row is None or not self.ui.correctButton.isEnabled() or self._session.is_locked:
            return
        self.settle()
        dialog = CheckInDialog(
            self._visits,
            row.person,
            self._visitors.code_of(row.person.id),
            staff_id=self._staff.id,
            visit=row.visit,
            parent=self,  # type: ignore[arg-type]
        )
        # No reload here: the correction's change reaches on_changes, which reloads once.
        dialog.open()
