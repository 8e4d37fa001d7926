"""On the visitor's profile: the open openings that fit them, each with why (near misses shown
as such), an introduction to one of them, and the introductions made so far with their history.
At check-in: how many openings fit ("3 openings fit").

Roles that may match see the openings and reasons; every role sees how many fit. Only a visitor
who agreed to be matched with openings is matched (the service checks it at each call).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from entryhub_desk.domain.staff import Action
from entryhub_desk.errors import DeskError
from entryhub_desk.ids import short_code
from entryhub_desk.services import Session
from entryhub_desk.services.cards import CardService
from entryhub_desk.services.changes import Changes
from entryhub_desk.services.employers import EmployersService
from entryhub_desk.services.introductions import IntroductionsService
from entryhub_desk.services.matching import MatchingService, OpeningMatch, reason_lines
from entryhub_desk.services.openings import OpeningsService
from entryhub_desk.views.common import InlineError, is_language_change
from entryhub_desk.views.locale_text import ui_language
from entryhub_desk.views.matching.introduce_dialog import IntroduceDialog
from entryhub_desk.views.matching.introductions_view import IntroductionsView

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def fit_text(count: int) -> str:
    """ "3 openings fit" in the interface language."""
    if count == 1:
        return QCoreApplication.translate("OpeningsFit", "1 opening fits")
    return QCoreApplication.translate("OpeningsFit", "{count} openings fit").format(count=count)


def near_text(count: int) -> str:
    """ "2 near misses" in the interface language."""
    if count == 1:
        return QCoreApplication.translate("OpeningsFit", "1 near miss")
    return QCoreApplication.translate("OpeningsFit", "{count} near misses").format(count=count)


def add_fit_note(dialog: QDialog, session: Session, person_id: str) -> QLabel | None:
    """At check-in: a line under the dialog's first row saying how many openings fit (nothing
    when none do, or when the count cannot be read)."""
    if not session.staff.role.may(Action.VIEW_OPENINGS):
        return None
    try:
        count = MatchingService(session).count_for_person(person_id)
    except DeskError:
        return None
    if count <= 0:
        return None
    label = QLabel(fit_text(count), dialog)
    label.setObjectName("openingsFitLabel")
    label.setProperty("role", "hint")
    layout = dialog.layout()
    if isinstance(layout, QVBoxLayout):
        layout.insertWidget(1, label)
    return label


class PersonOpenings(QGroupBox):
    """Emits :attr:`message` (status bar)."""

    message = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PersonOpenings")
        self._session = session
        role = session.staff.role
        self.may_view = role.may(Action.VIEW_OPENINGS)
        self.may_match = role.may(Action.MATCH_PERSONS)
        self.may_introduce = role.may(Action.INTRODUCE)
        self.matching = MatchingService(session)
        self.openings = OpeningsService(session)
        self.employers = EmployersService(session)
        self.person_id: str | None = None
        self.person_text = ""
        self._matches: list[OpeningMatch] = []
        self._employer_names: dict[str, str] = {}
        self.dialog: QDialog | None = None

        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        self.countLabel = QLabel(self)
        self.countLabel.setObjectName("openingsCountLabel")
        self.openingsTree = QTreeWidget(self)
        self.openingsTree.setObjectName("fitTree")
        self.openingsTree.setHeaderHidden(True)
        self.openingsTree.setColumnCount(1)
        self.openingsTree.setWordWrap(True)
        self.introduceButton = QPushButton(self)
        self.introduceButton.setObjectName("introduceOpeningButton")
        left.addWidget(self.countLabel)
        left.addWidget(self.openingsTree, 1)
        left.addWidget(self.introduceButton)
        right = QVBoxLayout()
        self.historyLabel = QLabel(self)
        self.history = IntroductionsView(
            IntroductionsService(session),
            self,
            show="opening",
            may_change=self.may_introduce,
            describe_opening=self._opening_text,
        )
        self.historyLabel.setBuddy(self.history.tree)
        right.addWidget(self.historyLabel)
        right.addWidget(self.history, 1)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)
        self.errorLabel = QLabel(self)
        self.errorLabel.setObjectName("errorLabel")
        self.errorLabel.setWordWrap(True)
        left.addWidget(self.errorLabel)
        self._error = InlineError(self.errorLabel)
        self.openingsTree.setVisible(self.may_match)
        self.introduceButton.setVisible(self.may_introduce)
        self.introduceButton.clicked.connect(self.introduce)
        self.openingsTree.itemActivated.connect(lambda *_: self.introduce())
        self.openingsTree.currentItemChanged.connect(lambda _n, _b: self._update())
        self.history.message.connect(self.message)
        self.setVisible(self.may_view)
        self._retranslate()

    # -- data -----------------------------------------------------------------------------

    def show_person(self, person_id: str | None, person_text: str = "") -> None:
        self.person_id = person_id
        self.person_text = person_text
        self.reload()

    def reload(self) -> None:
        self.openingsTree.clear()
        self._matches = []
        person_id = self.person_id
        self.history.show_for(person_id, None)
        if person_id is None or not self.may_view:
            self.countLabel.clear()
            return
        try:
            self._employer_names = {e.id: e.name for e in self.employers.list()}
            if self.may_match:
                self._matches = self.matching.for_person(person_id)
                count = sum(1 for m in self._matches if not m.near_miss)
            else:
                count = self.matching.count_for_person(person_id)
        except DeskError as error:
            self._error.show(error)
            return
        self._error.show(None)
        near = sum(1 for m in self._matches if m.near_miss)  # none listed: none counted
        text = fit_text(count) if count else self.tr("No open opening fits yet")
        if near:
            text += " · " + near_text(near)
        self.countLabel.setText(text)
        lang = ui_language()
        for match in self._matches:
            opening = match.opening
            fit = self.tr("near miss") if match.near_miss else self.tr("fits")
            item = QTreeWidgetItem(self.openingsTree)
            item.setText(
                0,
                self.tr("{score} · {opening} · {fit}").format(
                    score=match.score, opening=self._opening_text(opening.id, opening), fit=fit
                ),
            )
            item.setData(0, ID_ROLE, opening.id)
            for line in reason_lines(match.reasons, lang):
                QTreeWidgetItem(item, [line])
        first = self.openingsTree.topLevelItem(0)
        if first is not None:
            self.openingsTree.setCurrentItem(first)
            first.setExpanded(True)
        self._update()

    def _opening_text(self, opening_id: str, opening: object = None) -> str:
        if opening is None:
            try:
                opening = self.openings.get(opening_id)
            except DeskError:
                return short_code(opening_id)
        title = getattr(opening, "title", "")
        employer = self._employer_names.get(getattr(opening, "employer_id", ""), "")
        return self.tr("{title} — {employer}").format(title=title, employer=employer)

    def drop_data(self) -> None:
        self.person_id = None
        self._matches = []
        self.openingsTree.clear()
        self.countLabel.clear()
        self.history.show_for(None, None)

    def on_changes(self, changes: Changes) -> None:
        if self.person_id is None or self._session.is_locked:
            return
        if changes.openings or changes.employers or changes.about(self.person_id):
            self.reload()

    def selected(self) -> OpeningMatch | None:
        item = self.openingsTree.currentItem()
        while item is not None and item.parent() is not None:
            item = item.parent()
        wanted = item.data(0, ID_ROLE) if item is not None else None
        return next((m for m in self._matches if m.opening.id == wanted), None)

    def _update(self) -> None:
        self.introduceButton.setEnabled(self.selected() is not None)

    # -- introduce ------------------------------------------------------------------------

    def introduce(self) -> None:
        match = self.selected()
        if match is None or self.person_id is None or not self.may_introduce:
            return
        if self._session.is_locked or (self.dialog is not None and self.dialog.isVisible()):
            return
        dialog = IntroduceDialog(
            CardService(self._session),
            IntroductionsService(self._session),
            person_id=self.person_id,
            person_text=self.person_text,
            opening=match.opening,
            opening_text=self._opening_text(match.opening.id, match.opening),
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.message.connect(self.message)
        dialog.introduced.connect(lambda _i: self.history.reload())
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

    # -- language -------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self._retranslate()
            self.reload()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setTitle(self.tr("Openings"))
        self.introduceButton.setText(self.tr("Introduce to this o&pening…"))
        self.historyLabel.setText(self.tr("Introductions"))
        self._error.retranslate()
