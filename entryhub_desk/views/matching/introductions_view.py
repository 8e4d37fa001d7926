"""Introductions with their history: of one person (the profile: to which openings) or of one
opening (the Matching section: which visitors). Each introduction is a row with its steps
(sent → interview → trial → hired / not selected / withdrawn, with dates) beneath it; roles that
may introduce move one to its next state with the state box and "Set state"."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from entryhub_desk.domain.employers import Introduction, IntroductionState
from entryhub_desk.errors import DeskError
from entryhub_desk.ids import short_code
from entryhub_desk.services.introductions import IntroductionsService
from entryhub_desk.views.common import InlineError, is_language_change
from entryhub_desk.views.employers.labels import card_label, introduction_state_label
from entryhub_desk.views.reception.display import date_text

ID_ROLE = Qt.ItemDataRole.UserRole + 1
WHAT, CARD, STATE, SINCE = range(4)


class IntroductionsView(QWidget):
    """``show``: what a row names, ``"opening"`` (a person's introductions) or ``"person"``
    (an opening's). Emits :attr:`message` after a state change."""

    message = Signal(str)

    def __init__(
        self,
        introductions: IntroductionsService,
        parent: QWidget | None = None,
        *,
        show: str = "opening",
        may_change: bool = False,
        describe_opening: Callable[[str], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = introductions
        self._show = show
        self._describe = describe_opening  # opening id → its text, for show="opening"
        self.may_change = may_change
        self.person_id: str | None = None
        self.opening_id: str | None = None
        self._rows: list[Introduction] = []

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("introductionsTree")
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setColumnCount(4)
        layout.addWidget(self.tree, 1)
        row = QHBoxLayout()
        self.stateLabel = QLabel(self)
        self.stateCombo = QComboBox(self)
        self.stateCombo.setObjectName("introductionStateCombo")
        self.stateLabel.setBuddy(self.stateCombo)
        self.setButton = QPushButton(self)
        self.setButton.setObjectName("setStateButton")
        row.addWidget(self.stateLabel)
        row.addWidget(self.stateCombo, 1)
        row.addWidget(self.setButton)
        layout.addLayout(row)
        self.errorLabel = QLabel(self)
        self.errorLabel.setObjectName("errorLabel")
        self.errorLabel.setWordWrap(True)
        layout.addWidget(self.errorLabel)
        self._error = InlineError(self.errorLabel)
        for widget in (self.stateLabel, self.stateCombo, self.setButton):
            widget.setVisible(self.may_change)
        self.tree.currentItemChanged.connect(lambda _n, _b: self._update())
        self.setButton.clicked.connect(self.set_state)
        self._retranslate()

    # -- data -----------------------------------------------------------------------------

    def show_for(self, person_id: str | None, opening_id: str | None) -> None:
        self.person_id, self.opening_id = person_id, opening_id
        self.reload()

    def reload(self) -> None:
        current = self.selected()
        self.tree.clear()
        self._rows = []
        try:
            if self.person_id is not None:
                self._rows = self._service.for_person(self.person_id)
            elif self.opening_id is not None:
                self._rows = self._service.for_opening(self.opening_id)
            steps = {i.id: self._service.steps(i.id) for i in self._rows}
        except DeskError as error:
            self._error.show(error)
            return
        self._error.show(None)
        for introduction in self._rows:
            item = QTreeWidgetItem(self.tree)
            item.setData(0, ID_ROLE, introduction.id)
            item.setText(WHAT, self._what(introduction))
            item.setText(CARD, card_label(introduction.card))
            item.setText(STATE, introduction_state_label(introduction.state))
            item.setText(SINCE, date_text(introduction.state_at))
            for step in steps.get(introduction.id, []):
                child = QTreeWidgetItem(item)
                child.setText(STATE, introduction_state_label(step.state))
                child.setText(SINCE, date_text(step.at))
            if current is not None and current.id == introduction.id:
                self.tree.setCurrentItem(item)
        first = self.tree.topLevelItem(0)
        if self.tree.currentItem() is None and first is not None:
            self.tree.setCurrentItem(first)
        self.tree.resizeColumnToContents(WHAT)
        self._update()

    def _what(self, introduction: Introduction) -> str:
        if self._show == "person":
            return short_code(introduction.person_id)
        if self._describe is not None:
            return self._describe(introduction.opening_id)
        return short_code(introduction.opening_id)

    def introductions(self) -> list[Introduction]:
        return list(self._rows)

    def selected(self) -> Introduction | None:
        item = self.tree.currentItem()
        while item is not None and item.parent() is not None:
            item = item.parent()
        wanted = item.data(0, ID_ROLE) if item is not None else None
        return next((i for i in self._rows if i.id == wanted), None)

    def _update(self) -> None:
        chosen = self.selected()
        self.stateCombo.setEnabled(chosen is not None)
        self.setButton.setEnabled(chosen is not None)
        if chosen is not None:
            self.stateCombo.setCurrentIndex(max(self.stateCombo.findData(chosen.state.value), 0))

    def set_state(self) -> None:
        chosen = self.selected()
        state = self.stateCombo.currentData()
        if chosen is None or not self.may_change or not isinstance(state, str):
            return
        try:
            self._service.set_state(chosen.id, IntroductionState(state))
        except DeskError as error:
            self._error.show(error)
            return
        self.reload()
        self.message.emit(
            self.tr("Introduction: {state}.").format(state=introduction_state_label(state))
        )
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- language -------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self._retranslate()
            self.reload()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        first = self.tr("Visitor") if self._show == "person" else self.tr("Opening")
        self.tree.setHeaderLabels([first, self.tr("Card"), self.tr("State"), self.tr("Since")])
        self.stateLabel.setText(self.tr("Ne&xt step:"))
        self.setButton.setText(self.tr("Set state"))
        current = self.stateCombo.currentData()
        self.stateCombo.clear()
        for state in IntroductionState:
            self.stateCombo.addItem(introduction_state_label(state), state.value)
        self.stateCombo.setCurrentIndex(max(self.stateCombo.findData(current), 0))
        self._error.retranslate()
