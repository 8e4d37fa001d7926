"""Coordinators merge two records of one person: both side by side (name, original script,
code, birth year, gender, country, phone, visits, last visit, profile, registered), the richer
one proposed to keep (more visits, then a profile, then the older registration), the other
choice one arrow key away; the confirmation names both.

With only one record selected, the second one is picked here through a search.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QListWidgetItem,
    QTableWidgetItem,
    QWidget,
)

from entryhub_desk.errors import DeskError
from entryhub_desk.services.merging import MergePreview, MergeSide
from entryhub_desk.services.reception_types import SearchHit
from entryhub_desk.services.visitors import VisitorsService
from entryhub_desk.views.common import InlineError, is_language_change
from entryhub_desk.views.discard_guard import DiscardGuard
from entryhub_desk.views.forms.ui_reception_merge_dialog import Ui_MergeDialog
from entryhub_desk.views.reception.display import (
    country_text,
    date_text,
    full_name,
    gender_text,
    latin_name,
)

HIT_ROLE: Final = Qt.ItemDataRole.UserRole + 1
PICK_DELAY_MS: Final = 150
(
    ROW_NAME,
    ROW_ORIGINAL,
    ROW_CODE,
    ROW_BORN,
    ROW_GENDER,
    ROW_COUNTRY,
    ROW_PHONE,
    ROW_VISITS,
    ROW_LAST_VISIT,
    ROW_PROFILE,
    ROW_REGISTERED,
) = range(11)


def describe_hit(hit: SearchHit) -> str:
    person = hit.person
    year = f", {person.birth_year}" if person.birth_year else ""
    return f"{full_name(person)} ({hit.code}{year})"


class MergeDialog(QDialog):
    """Emits :attr:`merged` with the kept :class:`Person`."""

    merged = Signal(object)

    def __init__(
        self,
        visitors: VisitorsService,
        first: SearchHit,
        second: SearchHit | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._visitors = visitors
        self._first = first
        self._second = second
        self._searched = ""
        self.preview: MergePreview | None = None
        self.ui = Ui_MergeDialog()
        self.ui.setupUi(self)
        self._error = InlineError(self.ui.errorLabel)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PICK_DELAY_MS)
        self._timer.timeout.connect(self.search)
        self.ui.pickEdit.textChanged.connect(lambda _text: self._timer.start())
        self.ui.pickEdit.installEventFilter(self)
        self.ui.pickList.currentItemChanged.connect(lambda _now, _before: self._picked())
        self.ui.pickGroup.setVisible(second is None)
        table = self.ui.compareTable
        table.setRowCount(ROW_REGISTERED + 1)
        table.setColumnCount(2)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.ui.keepFirstRadio.toggled.connect(lambda _on: self._retranslate())
        self.ui.buttonBox.accepted.connect(self._submit)
        self._compare()
        self._retranslate()
        # Escape or Cancel after a search typed or the kept record changed asks first
        self.guard = DiscardGuard(self)
        self.ui.buttonBox.rejected.connect(self.guard.cancel)
        if second is None:
            self.ui.pickEdit.setFocus()
        else:
            self._kept_radio().setFocus()

    # -- side by side ---------------------------------------------------------------------

    def _kept_radio(self) -> QWidget:
        first = self.ui.keepFirstRadio.isChecked()
        return self.ui.keepFirstRadio if first else self.ui.keepSecondRadio

    def _compare(self) -> None:
        """Both records side by side, and the proposal which to keep (a new pair only)."""
        second = self._second
        self.preview = None
        if second is not None:
            try:
                self.preview = self._visitors.merge_preview(self._first.person.id, second.person.id)
            except DeskError as error:
                self._error.show(error)
        preview = self.preview
        self.ui.compareTable.setVisible(preview is not None)
        self.ui.suggestionLabel.setVisible(preview is not None)
        if preview is not None:
            radio = self.ui.keepFirstRadio if preview.keep_first else self.ui.keepSecondRadio
            radio.setChecked(True)

    def _cells(self, side: MergeSide) -> list[str]:
        person = side.person
        return [
            latin_name(person),
            person.original_script_name or "",
            side.code,
            "" if person.birth_year is None else str(person.birth_year),
            gender_text(person),
            country_text(person.country_of_birth),
            person.phone or person.phone_as_written or "",
            str(side.visits),
            date_text(side.last_visit),
            self.tr("yes") if side.has_profile else self.tr("no"),
            date_text(side.registered),
        ]

    def _fill_table(self, preview: MergePreview) -> None:
        table = self.ui.compareTable
        table.setVerticalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Original script"),
                self.tr("Code"),
                self.tr("Born"),
                self.tr("Gender"),
                self.tr("Country of birth"),
                self.tr("Phone"),
                self.tr("Visits"),
                self.tr("Last visit"),
                self.tr("Profile"),
                self.tr("Registered"),
            ]
        )
        keep_first = self.ui.keepFirstRadio.isChecked()
        titles = []
        for column, (side, kept) in enumerate(
            ((preview.first, keep_first), (preview.second, not keep_first))
        ):
            for row, text in enumerate(self._cells(side)):
                table.setItem(row, column, QTableWidgetItem(text))
            titles.append(
                self.tr("{code}: kept") if kept else self.tr("{code}: merged into the other")
            )
            titles[-1] = titles[-1].format(code=side.code)
        table.setHorizontalHeaderLabels(titles)
        richer, poorer = (
            (preview.first, preview.second)
            if preview.keep_first
            else (preview.second, preview.first)
        )
        if richer.visits != poorer.visits:
            why = self.tr("it has more visits")
        elif richer.has_profile != poorer.has_profile:
            why = self.tr("it has a profile")
        else:
            why = self.tr("it was registered earlier")
        self.ui.suggestionLabel.setText(
            self.tr("Suggested: keep {code}, because {why}. You may keep the other one.").format(
                code=richer.code, why=why
            )
        )

    # -- the second record ----------------------------------------------------------------

    def search(self) -> None:
        self._timer.stop()
        query = self.ui.pickEdit.text().strip()
        self._searched = query
        self.ui.pickList.clear()
        if not query:
            return
        try:
            hits = self._visitors.search(query)
        except DeskError as error:
            self._error.show(error)
            return
        for hit in hits:
            if hit.person.id == self._first.person.id:
                continue
            item = QListWidgetItem(describe_hit(hit), self.ui.pickList)
            item.setData(HIT_ROLE, hit)
        if self.ui.pickList.count():
            self.ui.pickList.setCurrentRow(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.ui.pickEdit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.ui.pickEdit.text().strip() != self._searched
        ):
            self.search()  # Enter on a new query searches; on the same one it merges
            return True
        return super().eventFilter(watched, event)

    def _picked(self) -> None:
        item = self.ui.pickList.currentItem()
        hit = item.data(HIT_ROLE) if item is not None else None
        self._second = hit if isinstance(hit, SearchHit) else None
        self._compare()
        self._retranslate()

    # -- merge ----------------------------------------------------------------------------

    def _submit(self) -> None:
        second = self._second
        if second is None:
            self.ui.pickEdit.setFocus()
            return
        keep, other = (
            (self._first, second) if self.ui.keepFirstRadio.isChecked() else (second, self._first)
        )
        try:
            person = self._visitors.merge(keep.person.id, other.person.id)
        except DeskError as error:
            self._error.show(error)
            return
        self._error.show(None)
        self.merged.emit(person)
        self.accept()

    # -- language -------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.ui.keepFirstRadio.setText(
            self.tr("Keep {person}").format(person=describe_hit(self._first))
        )
        second = self._second
        self.ui.keepSecondRadio.setVisible(second is not None)
        if second is not None:
            self.ui.keepSecondRadio.setText(
                self.tr("Keep {person}").format(person=describe_hit(second))
            )
            self.ui.introLabel.setText(
                self.tr(
                    "Merge {first} and {second}? The record kept receives the visits and "
                    "consents of the other one. This cannot be undone."
                ).format(first=describe_hit(self._first), second=describe_hit(second))
            )
        else:
            self.ui.introLabel.setText(
                self.tr(
                    "Merge {first} with another record of the same person: search for the "
                    "other record below."
                ).format(first=describe_hit(self._first))
            )
        if self.preview is not None:
            self._fill_table(self.preview)
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Merge"))
        ok.setEnabled(second is not None)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._error.retranslate()
