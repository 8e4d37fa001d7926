"""Today's visits as a live queue (issue 14): waiting times that move on by themselves,
counts per state in the panel's title, done visits hidden until asked for, the newest
check-in scrolled into view, and a row selected as soon as the table gets the focus (so W, M,
D and Space act at once)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QCheckBox, QGroupBox, QHBoxLayout, QHeaderView, QTableView

from entryhub_desk.domain.visit import VisitState
from entryhub_desk.views.reception.visits_model import (
    HANDLED_BY,
    NAME,
    PURPOSES,
    STATE,
    TIME,
    WAITED,
    VisitsTableModel,
)

TICK_MS = 30_000  # waiting times are in minutes: twice a minute keeps them right


class VisitQueue(QObject):
    def __init__(
        self,
        table: QTableView,
        model: VisitsTableModel,
        group: QGroupBox,
        buttons: QHBoxLayout,
    ) -> None:
        super().__init__(table)
        self._table = table
        self._model = model
        self._group = group
        self.showDone = QCheckBox(group)
        self.showDone.setObjectName("showDoneCheck")
        buttons.insertWidget(buttons.count() - 2, self.showDone)  # before the spacer and hint
        self.showDone.toggled.connect(lambda _checked: self.refresh())
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(model.tick)
        table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(40)
        for column in (TIME, HANDLED_BY, STATE, WAITED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (NAME, PURPOSES):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        table.installEventFilter(self)
        self.retranslate()

    def start(self) -> None:
        self._model.tick()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def after_reload(self, known: list[str]) -> None:
        """Called with the visit ids shown before the model was filled again: hide what is
        done, count, and bring a visit that was not there before into view."""
        self.refresh()
        seen = set(known)
        new = [n for n, visit_id in enumerate(self._model.visit_ids()) if visit_id not in seen]
        if known and new:  # not on the first reading: that is no check-in
            self._table.scrollTo(self._model.index(new[-1], NAME))

    def refresh(self) -> None:
        show_done = self.showDone.isChecked()
        for number in range(self._model.rowCount()):
            row = self._model.row(number)
            done = row is not None and row.visit.state == VisitState.DONE
            self._table.setRowHidden(number, done and not show_done)
        selected = self._table.selectionModel().selectedRows()
        if selected and self._table.isRowHidden(selected[0].row()):
            self._table.clearSelection()
        self.retranslate()

    def select_first_if_none(self) -> None:
        """Select the first waiting visit (else the first shown) when nothing is selected."""
        if self._table.selectionModel().hasSelection():
            return
        shown = [n for n in range(self._model.rowCount()) if not self._table.isRowHidden(n)]
        waiting = [
            n
            for n in shown
            if (row := self._model.row(n)) is not None and row.visit.state == VisitState.WAITING
        ]
        candidates = waiting or shown
        if candidates:
            self._table.selectRow(candidates[0])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._table and event.type() == QEvent.Type.FocusIn:
            self.select_first_if_none()
        return False

    def retranslate(self) -> None:
        counts = self._model.counts()
        self.showDone.setText(
            self.tr("Sho&w done visits ({count})").format(count=counts[VisitState.DONE])
        )
        self._group.setTitle(
            self.tr(
                "Today's visits — {waiting} waiting · {meeting} in a meeting · {done} done"
            ).format(
                waiting=counts[VisitState.WAITING],
                meeting=counts[VisitState.IN_MEETING],
                done=counts[VisitState.DONE],
            )
        )
