"""The Matching section: choose an open opening, see the visitors who fit it ranked with why
(a near miss shown as such, never hidden), introduce one (card preview, print or save), and
follow the introductions made to the opening.

Keyboard: the opening box has the focus when the section opens (type part of a title, an
employer or the opening's code); Enter or Down moves to the candidates; Enter on a candidate
introduces them (roles that may introduce). Only visitors who consented to being matched with
openings are listed (the service checks it at each call).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from entryhub_desk.domain.employers import Opening, OpeningState
from entryhub_desk.domain.staff import Action
from entryhub_desk.errors import DeskError
from entryhub_desk.ids import short_code
from entryhub_desk.services import Session
from entryhub_desk.services.cards import CardService
from entryhub_desk.services.changes import Changes
from entryhub_desk.services.employers import EmployersService
from entryhub_desk.services.introductions import IntroductionsService
from entryhub_desk.services.matching import MatchingService, PersonMatch, reason_lines
from entryhub_desk.services.openings import OpeningsService
from entryhub_desk.views.common import InlineError, is_language_change
from entryhub_desk.views.locale_text import ui_language
from entryhub_desk.views.matching.introduce_dialog import IntroduceDialog
from entryhub_desk.views.matching.introductions_view import IntroductionsView

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SCORE, CODE, NAME, FIT, WHY = range(5)
LIMIT = 50
NEAR_MISS_COLOUR = "#9a5b00"  # amber, readable on white and on the selection


class MatchingPage(QWidget):
    """Emits :attr:`message` (status bar) and :attr:`openProfileRequested` (person id)."""

    message = Signal(str)
    openProfileRequested = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MatchingPage")
        self._session = session
        role = session.staff.role
        self.may_match = role.may(Action.MATCH_PERSONS)
        self.may_introduce = role.may(Action.INTRODUCE)
        self.openings = OpeningsService(session)
        self.employers = EmployersService(session)
        self.matching = MatchingService(session)
        self._openings: list[Opening] = []
        self._employer_names: dict[str, str] = {}
        self._matches: list[PersonMatch] = []
        self.dialog: QDialog | None = None

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.openingLabel = QLabel(self)
        self.openingCombo = QComboBox(self)
        self.openingCombo.setObjectName("openingCombo")
        self.openingCombo.setEditable(True)
        self.openingCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.openingCombo.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.openingLabel.setBuddy(self.openingCombo)
        top.addWidget(self.openingLabel)
        top.addWidget(self.openingCombo, 1)
        layout.addLayout(top)
        self.summaryLabel = QLabel(self)
        self.summaryLabel.setObjectName("summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setProperty("role", "hint")
        layout.addWidget(self.summaryLabel)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        upper = QWidget(splitter)
        upper_layout = QHBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        self.candidatesTree = QTreeWidget(upper)
        self.candidatesTree.setObjectName("candidatesTree")
        self.candidatesTree.setRootIsDecorated(False)
        self.candidatesTree.setAllColumnsShowFocus(True)
        self.candidatesTree.setUniformRowHeights(True)
        self.candidatesTree.setColumnCount(5)
        side = QVBoxLayout()
        self.reasonsLabel = QLabel(upper)
        self.reasonsList = QListWidget(upper)
        self.reasonsList.setObjectName("reasonsList")
        self.reasonsList.setWordWrap(True)
        self.reasonsLabel.setBuddy(self.reasonsList)
        self.introduceButton = QPushButton(upper)
        self.introduceButton.setObjectName("introduceButton")
        self.profileButton = QPushButton(upper)
        self.profileButton.setObjectName("profileButton")
        side.addWidget(self.reasonsLabel)
        side.addWidget(self.reasonsList, 1)
        side.addWidget(self.introduceButton)
        side.addWidget(self.profileButton)
        upper_layout.addWidget(self.candidatesTree, 3)
        upper_layout.addLayout(side, 2)
        self.introductionsGroup = QGroupBox(splitter)
        group_layout = QVBoxLayout(self.introductionsGroup)
        self.introductions = IntroductionsView(
            IntroductionsService(session),
            self.introductionsGroup,
            show="person",
            may_change=self.may_introduce,
        )
        group_layout.addWidget(self.introductions)
        splitter.addWidget(upper)
        splitter.addWidget(self.introductionsGroup)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        self.errorLabel = QLabel(self)
        self.errorLabel.setObjectName("errorLabel")
        self.errorLabel.setWordWrap(True)
        layout.addWidget(self.errorLabel)
        self._error = InlineError(self.errorLabel)

        self.introduceButton.setVisible(self.may_introduce)
        self.openingCombo.activated.connect(lambda _i: self._opening_chosen())
        self.openingCombo.currentIndexChanged.connect(lambda _i: self._opening_chosen())
        self.openingCombo.installEventFilter(self)
        self.candidatesTree.installEventFilter(self)
        self.candidatesTree.currentItemChanged.connect(lambda _n, _b: self._show_reasons())
        self.introduceButton.clicked.connect(self.introduce)
        self.profileButton.clicked.connect(self._open_profile)
        self.introductions.message.connect(self.message)
        self._retranslate()
        self.reload()

    # -- data -----------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the open openings again (and the candidates of the one chosen)."""
        if not self.may_match:
            return
        chosen = self.opening_id()
        try:
            self._openings = self.openings.list(state=OpeningState.OPEN)
            self._employer_names = {e.id: e.name for e in self.employers.list()}
        except DeskError as error:
            self._error.show(error)
            return
        combo = self.openingCombo
        combo.blockSignals(True)
        combo.clear()
        for opening in self._openings:
            combo.addItem(self.opening_text(opening), opening.id)
        index = combo.findData(chosen) if chosen else -1
        combo.setCurrentIndex(index)
        if index < 0:
            combo.setEditText("")
        combo.blockSignals(False)
        self._load_candidates()

    def drop_data(self) -> None:
        self._openings, self._matches = [], []
        self.openingCombo.clear()
        self.candidatesTree.clear()
        self.reasonsList.clear()
        self.introductions.show_for(None, None)
        self.summaryLabel.clear()

    def on_changes(self, changes: Changes) -> None:
        if self._session.is_locked or not self.may_match:
            return
        if changes.everything or changes.openings or changes.employers:
            self.reload()
        elif changes.touched:
            self._load_candidates()

    def opening_text(self, opening: Opening) -> str:
        employer = self._employer_names.get(opening.employer_id, "")
        return self.tr("{title} — {employer} ({code})").format(
            title=opening.title, employer=employer, code=short_code(opening.id)
        )

    def opening_id(self) -> str | None:
        data = self.openingCombo.currentData()
        return data if isinstance(data, str) else None

    def opening(self) -> Opening | None:
        wanted = self.opening_id()
        return next((o for o in self._openings if o.id == wanted), None)

    def show_opening(self, opening_id: str) -> None:
        """Choose ``opening_id`` (from the employer card's "Find candidates")."""
        self.reload()
        index = self.openingCombo.findData(opening_id)
        if index >= 0:
            self.openingCombo.setCurrentIndex(index)
        self._load_candidates()

    def _opening_chosen(self) -> None:
        self._load_candidates()

    def _load_candidates(self) -> None:
        opening = self.opening()
        self.candidatesTree.clear()
        self.reasonsList.clear()
        self._matches = []
        self.introductions.show_for(None, opening.id if opening is not None else None)
        if opening is None:
            self.summaryLabel.setText(
                self.tr("Choose an open opening: type part of its title, employer or code.")
                if self._openings
                else self.tr("No open openings yet: add them in Employers.")
            )
            self._update_buttons()
            return
        try:
            self._matches = self.matching.for_opening(opening.id, limit=LIMIT)
        except DeskError as error:
            self._error.show(error)
            return
        self._error.show(None)
        lang = ui_language()
        for match in self._matches:
            lines = reason_lines(match.reasons, lang)
            item = QTreeWidgetItem(self.candidatesTree)
            item.setData(0, ID_ROLE, match.person_id)
            item.setText(SCORE, str(match.score))
            item.setTextAlignment(
                SCORE, Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter
            )
            item.setText(CODE, match.code)
            item.setText(NAME, match.name)
            item.setText(FIT, self.tr("Near miss") if match.near_miss else self.tr("Fits"))
            item.setText(WHY, "; ".join(lines[:2]))
            item.setToolTip(WHY, "\n".join(lines))
            if match.near_miss:  # state by colour and by its word
                item.setForeground(FIT, QBrush(QColor(NEAR_MISS_COLOUR)))
        for column in (SCORE, CODE, NAME, FIT):
            self.candidatesTree.resizeColumnToContents(column)
        first = self.candidatesTree.topLevelItem(0)
        if first is not None:
            self.candidatesTree.setCurrentItem(first)
        fits = sum(1 for m in self._matches if not m.near_miss)
        near = len(self._matches) - fits
        if self._matches:
            self.summaryLabel.setText(
                self.tr(
                    "Fit: {fits} · near misses: {near} (only visitors who agreed to be matched)"
                ).format(fits=fits, near=near)
            )
        else:
            self.summaryLabel.setText(
                self.tr(
                    "Nobody fits yet. Only visitors who agreed to be matched with openings are "
                    "listed; a hard requirement leaves out whoever misses it."
                )
            )
        self._show_reasons()

    def selected(self) -> PersonMatch | None:
        item = self.candidatesTree.currentItem()
        wanted = item.data(0, ID_ROLE) if item is not None else None
        return next((m for m in self._matches if m.person_id == wanted), None)

    def _show_reasons(self) -> None:
        self.reasonsList.clear()
        match = self.selected()
        if match is not None:
            if match.near_miss:
                self.reasonsList.addItem(self.tr("Near miss: something required is missing."))
            self.reasonsList.addItems(reason_lines(match.reasons, ui_language()))
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.introduceButton.setEnabled(chosen and self.may_introduce)
        self.profileButton.setEnabled(chosen)

    # -- actions --------------------------------------------------------------------------

    def introduce(self) -> None:
        match, opening = self.selected(), self.opening()
        if match is None or opening is None or not self.may_introduce:
            return
        if self._session.is_locked or (self.dialog is not None and self.dialog.isVisible()):
            return
        dialog = IntroduceDialog(
            CardService(self._session),
            IntroductionsService(self._session),
            person_id=match.person_id,
            person_text=f"{match.name} ({match.code})",
            opening=opening,
            opening_text=self.opening_text(opening),
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.message.connect(self.message)
        dialog.introduced.connect(lambda _i: self.introductions.reload())
        dialog.finished.connect(lambda _r: self._dialog_closed(dialog))
        self.dialog = dialog
        dialog.open()

    def _dialog_closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        self.candidatesTree.setFocus(Qt.FocusReason.OtherFocusReason)

    def _open_profile(self) -> None:
        match = self.selected()
        if match is not None and not self._session.is_locked:
            self.openProfileRequested.emit(match.person_id)

    # -- keys -----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            popup = self.openingCombo.completer()
            popup_shown = popup is not None and popup.popup().isVisible()  # type: ignore[union-attr]
            onward = enter or key == Qt.Key.Key_Down
            if watched is self.openingCombo and not popup_shown and onward and self._matches:
                self.candidatesTree.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
            if watched is self.candidatesTree and enter and self.may_introduce:
                self.introduce()
                return True
        return super().eventFilter(watched, event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.openingCombo.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- language -------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self._retranslate()
            self.reload()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.openingLabel.setText(self.tr("&Opening:"))
        self.openingCombo.lineEdit().setPlaceholderText(  # type: ignore[union-attr]
            self.tr("Type part of a title, an employer or a code")
        )
        self.candidatesTree.setHeaderLabels(
            [self.tr("Score"), self.tr("Code"), self.tr("Name"), self.tr("Fit"), self.tr("Why")]
        )
        self.reasonsLabel.setText(self.tr("&Why:"))
        self.introduceButton.setText(self.tr("&Introduce…"))
        self.profileButton.setText(self.tr("Open &profile"))
        self.introductionsGroup.setTitle(self.tr("Introduced to this opening"))
        self._error.retranslate()
