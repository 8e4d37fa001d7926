"""Reception: one search box for returning visitors, check-in, new visitors and today's visits.

Searching runs on a worker thread of the page's own pool (one thread: searches, imports and
reading ahead never overlap), debounced while typing; results of an outdated query are dropped.
Writes (check-in, state changes) are quick and run on the GUI thread after any running search.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Final

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QObject,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import QFileDialog, QWidget

from entryhub_desk.domain.person import Person
from entryhub_desk.domain.staff import Action
from entryhub_desk.domain.visit import Visit, VisitState
from entryhub_desk.errors import DeskError
from entryhub_desk.ids import normalise_short_code
from entryhub_desk.services import Session
from entryhub_desk.services.changes import Changes
from entryhub_desk.services.consents import ConsentsService
from entryhub_desk.services.input_checks import is_phone_query
from entryhub_desk.services.person_details import Correction
from entryhub_desk.services.reception_types import SearchHit
from entryhub_desk.services.visitors import VisitorsService
from entryhub_desk.services.visits import VisitsService
from entryhub_desk.views.common import InlineError, is_language_change
from entryhub_desk.views.empty_hint import EmptyHint
from entryhub_desk.views.forms.ui_reception_page import Ui_ReceptionPage
from entryhub_desk.views.matching.person_openings import add_fit_note
from entryhub_desk.views.reception.checkin_dialog import CheckInDialog
from entryhub_desk.views.reception.consent_dialog import ConsentDialog
from entryhub_desk.views.reception.display import latin_name
from entryhub_desk.views.reception.edit_person_dialog import CorrectDetails
from entryhub_desk.views.reception.import_dialog import ImportRunner
from entryhub_desk.views.reception.keys import results_key, search_key, visits_key
from entryhub_desk.views.reception.live_search import LiveSearch
from entryhub_desk.views.reception.merge_dialog import MergeDialog
from entryhub_desk.views.reception.new_visitor_dialog import NewVisitorDialog
from entryhub_desk.views.reception.queue import VisitQueue
from entryhub_desk.views.reception.results_table import set_up_results_table
from entryhub_desk.views.reception.search_model import HIT_ROLE, NAME, SearchResultsModel
from entryhub_desk.views.reception.search_warmup import SearchWarmup
from entryhub_desk.views.reception.state_delegate import StatePillDelegate
from entryhub_desk.views.reception.todays_visits import TodaysVisits
from entryhub_desk.views.reception.visitor_card_dialog import VisitorCardButton
from entryhub_desk.views.reception.visits_model import STATE, VisitsTableModel

log = logging.getLogger(__name__)

SEARCH_LIMIT: Final = 50


class ReceptionPage(TodaysVisits, QWidget):
    """The Reception section.

    Emits :attr:`message` for the status bar; :attr:`activateRequested` when an action started
    elsewhere (Ctrl+N) needs the page on screen; :attr:`openProfileRequested` (person id) when
    the user asks for a visitor's profile (connect it and call :meth:`set_profile_available`);
    :attr:`searchFinished` (the query) whenever new results are shown.
    """

    message = Signal(str)
    activateRequested = Signal()
    openProfileRequested = Signal(str)
    searchFinished = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._visitors = VisitorsService(session)
        self._visits = VisitsService(session)
        self._consents = ConsentsService(session)
        self._staff = session.staff
        self.may_merge = self._staff.may(Action.MERGE_PERSONS)
        self.may_import = self._staff.may(Action.IMPORT_VISITORS)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._searched = ""  # query of the results on screen
        self._reselect: str | None = None  # the person to select again after a change
        self._enter_pending = False
        visitors = self._visitors
        self._search = LiveSearch(
            lambda query: visitors.search(query, limit=SEARCH_LIMIT), self._pool, self
        )
        self._search.found.connect(self._show_hits)
        self._search.failed.connect(self._search_failed)
        self._importer = ImportRunner(self._visitors, self._pool, self)
        self._warmup = SearchWarmup(  # the search index read into the cache between searches
            visitors.warm_search,
            lambda: self._search.pending() or self._importer.running,
            self._pool,
            self,
        )

        self.ui = Ui_ReceptionPage()
        self.ui.setupUi(self)
        self.ui.titleLabel.setProperty("role", "title")
        self._search_error = InlineError(self.ui.searchError)
        self._visits_error = InlineError(self.ui.visitsError)
        self.ui.profileButton.setVisible(False)
        self.ui.mergeButton.setVisible(self.may_merge)
        self.ui.importButton.setVisible(self.may_import)

        self.results = SearchResultsModel(self)
        self.ui.resultsTable.setModel(self.results)
        set_up_results_table(self.ui.resultsTable, multi=self.may_merge)
        self.ui.resultsTable.selectionModel().selectionChanged.connect(self._selection_changed)
        self.ui.resultsTable.doubleClicked.connect(lambda _index: self.check_in_selected())
        self.visits = VisitsTableModel(self)
        self.ui.visitsTable.setModel(self.visits)
        self.ui.visitsTable.setItemDelegateForColumn(STATE, StatePillDelegate(self))
        self.ui.visitsTable.selectionModel().selectionChanged.connect(self._visit_changed)
        self.ui.visitsTable.doubleClicked.connect(lambda _index: self.correct_selected())
        self.queue = VisitQueue(
            self.ui.visitsTable, self.visits, self.ui.visitsGroup, self.ui.visitButtons
        )
        self.visitsHint = EmptyHint(self.ui.visitsTable, self._no_visits_text)
        self.resultsHint = EmptyHint(self.ui.resultsTable, self._no_results_text)
        for view in (self.ui.searchEdit, self.ui.resultsTable, self.ui.visitsTable):
            view.installEventFilter(self)

        self.ui.searchEdit.textChanged.connect(self._search.set_query)

        self.newVisitorAction = QAction(self)
        self.newVisitorAction.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.newVisitorAction.triggered.connect(self.new_visitor)
        self.importAction = QAction(self)
        self.importAction.setVisible(self.may_import)
        self.importAction.triggered.connect(self.choose_import_file)
        self.ui.newVisitorButton.clicked.connect(self.new_visitor)
        self.ui.checkInButton.clicked.connect(self.check_in_selected)
        self.ui.consentButton.clicked.connect(self.consents_of_selected)
        self.ui.profileButton.clicked.connect(self._profile_selected)
        self.ui.mergeButton.clicked.connect(self.merge_selected)
        self.ui.importButton.clicked.connect(self.choose_import_file)
        self.ui.waitingButton.clicked.connect(lambda: self.set_selected_state(VisitState.WAITING))
        self.ui.meetingButton.clicked.connect(
            lambda: self.set_selected_state(VisitState.IN_MEETING)
        )
        self.ui.doneButton.clicked.connect(lambda: self.set_selected_state(VisitState.DONE))
        self.ui.correctButton.clicked.connect(self.correct_selected)
        self.correctDetails = CorrectDetails(  # "Correct details…" (F2) for the selected person
            session, self, self.ui.detailsButton, self.selected_hit, self.settle
        )
        self.correctDetails.corrected.connect(self._details_corrected)
        self.visitorCard = VisitorCardButton(
            session, self, self.selected_hit, row=self.ui.resultButtons, after=self.ui.profileButton
        )
        self._selection_changed()
        self._visit_changed()
        self._retranslate()

    # -- empty states ---------------------------------------------------------------------

    def _no_visits_text(self) -> str:
        return self.tr("No visits yet today. Find a visitor above and press Enter to check in.")

    def _no_results_text(self) -> str:
        if self.ui.searchEdit.text().strip():
            return ""  # the search status says what was (not) found
        return self.tr("Type a name, a phone number or a code, or scan a visitor card.")

    # -- data -----------------------------------------------------------------------------

    def reload(self) -> None:
        """Read today's visits again (after unlocking, on showing the page, after changes)."""
        if self._session.is_locked:
            return
        self._warmup.start()
        self.newVisitorAction.setEnabled(True)
        self.importAction.setEnabled(True)
        selected = self.selected_visit()
        try:
            rows = self._visits.visits_today()
        except DeskError as error:
            self._visits_error.show(error)
            return
        self._visits_error.show(None)
        known = self.visits.visit_ids()
        self.visits.set_rows(rows)
        self.queue.after_reload(known)
        self.queue.start()
        if selected is not None:
            self._select_visit(selected.visit.id)
        self._visit_changed()

    def on_changes(self, changes: Changes) -> None:
        """The store changed (this screen, another, a merge, an erasure, a sync): today's
        visits are read again, and so are the results when they may show other data now
        (the selected person stays selected while she is found)."""
        if self._session.is_locked:
            return
        self.reload()
        shown = {hit.person.id for hit in self.results.hits()}
        if self._searched and (changes.everything or changes.persons or changes.touched & shown):
            selected = self.selected_hit()
            self._reselect = selected.person.id if selected is not None else None
            self._search.set_query(self.ui.searchEdit.text())
            self._search.search_now()

    def drop_data(self) -> None:
        """Forget decrypted data (on lock): results, today's visits and the typed query."""
        self._search.stop()
        self._warmup.stop()
        self.newVisitorAction.setEnabled(False)
        self.importAction.setEnabled(False)
        self._enter_pending = False
        self.ui.searchEdit.blockSignals(True)
        self.ui.searchEdit.clear()
        self.ui.searchEdit.blockSignals(False)
        self._searched = ""
        self.results.clear()
        self.visits.clear()
        self.queue.stop()
        self.queue.refresh()
        self._selection_changed()
        self._visit_changed()

    def settle(self) -> None:
        """Wait for a running search before writing (searches are short)."""
        self._search.hold()
        self._pool.waitForDone()

    def set_profile_available(self, available: bool) -> None:
        """Show "Open profile" once something listens to :attr:`openProfileRequested`."""
        self.ui.profileButton.setVisible(available)

    def focus_search(self) -> None:
        self.ui.searchEdit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.ui.searchEdit.selectAll()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():
            self.reload()
            self.focus_search()

    # -- searching ------------------------------------------------------------------------

    def search_now(self) -> None:
        """Search for the typed text without waiting for the typing pause."""
        self._search.search_now()

    def enter_in_search(self) -> None:
        """Check in the selected visitor, or the first found once the typed text is searched."""
        if self._search.pending():
            self._enter_pending = True
            self.search_now()
        else:
            self.check_in_selected()

    def _search_failed(self, error: Exception) -> None:
        self._enter_pending = False
        self._search_error.show(error)

    def _show_hits(self, query: str, hits: list[SearchHit]) -> None:
        if query != self.ui.searchEdit.text().strip():
            return  # typed on meanwhile: a newer search follows
        self._search_error.show(None)
        self._searched = query
        self.results.set_hits(hits)
        if hits:
            row = max(self.results.row_of(self._reselect or ""), 0)
            # explicit flags: the view's selectRow and setCurrentIndex read the keyboard, and
            # after a Ctrl shortcut each toggled a multi-row table's row (left unselected)
            self.ui.resultsTable.selectionModel().setCurrentIndex(
                self.results.index(row, NAME),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._reselect = None
        self._selection_changed()
        self._update_status()
        self.searchFinished.emit(query)
        if self._enter_pending:
            self._enter_pending = False
            if hits:
                self.check_in_selected()

    def _update_status(self) -> None:
        count = self.results.rowCount()
        if not self._searched:
            text = ""
        elif count == 0:
            text = self.tr("Nobody found. Ctrl+N registers a new visitor.")
        else:
            text = self.tr("Visitors found: {count}").format(count=count)
        self.ui.searchStatus.setText(text)

    # -- selection ------------------------------------------------------------------------

    def selected_hits(self) -> list[SearchHit]:
        rows = self.ui.resultsTable.selectionModel().selectedRows()
        hits = [index.data(HIT_ROLE) for index in sorted(rows, key=lambda i: i.row())]
        return [hit for hit in hits if isinstance(hit, SearchHit)]

    def selected_hit(self) -> SearchHit | None:
        hits = self.selected_hits()
        if len(hits) == 1:
            return hits[0]
        current = self.ui.resultsTable.currentIndex()
        hit = current.data(HIT_ROLE) if current.isValid() and len(hits) > 1 else None
        return hit if isinstance(hit, SearchHit) else None

    def _selection_changed(
        self, _selected: QItemSelection | None = None, _deselected: QItemSelection | None = None
    ) -> None:
        count = len(self.selected_hits())
        self.ui.checkInButton.setEnabled(count == 1)
        self.ui.consentButton.setEnabled(count == 1)
        self.correctDetails.set_available(count == 1)
        self.ui.profileButton.setEnabled(count == 1)
        self.visitorCard.set_available(count == 1)
        self.ui.mergeButton.setEnabled(self.may_merge and count in (1, 2))

    def show_person(self, person: Person) -> SearchHit:
        """Put one person alone in the results (after registering, merging, choosing)."""
        hit = SearchHit(
            person=person, code=self._visitors.code_of(person.id), score=100.0, last_visit=None
        )
        self._search.stop()
        self.ui.searchEdit.blockSignals(True)
        self.ui.searchEdit.setText(hit.code)
        self.ui.searchEdit.blockSignals(False)
        self._show_hits(hit.code, [hit])
        return hit

    # -- actions on persons ---------------------------------------------------------------

    def check_in_selected(self) -> None:
        hit = self.selected_hit()
        if hit is not None:
            self.check_in(hit)

    def check_in(self, hit: SearchHit) -> None:
        if self._session.is_locked:  # a queued call after the lock opens nothing
            return
        self.settle()
        dialog = CheckInDialog(
            self._visits, hit.person, hit.code, staff_id=self._staff.id, parent=self
        )
        add_fit_note(dialog, self._session, hit.person.id)  # "3 openings fit"
        dialog.checkedIn.connect(lambda _visit: self._checked_in(hit))
        dialog.reopened.connect(lambda visit: self._reopened(hit, visit))
        dialog.open()

    # After an action here the page does not reload: the change it published comes back
    # through on_changes (queued, after the commit), and that one reload is enough.

    def _reopened(self, hit: SearchHit, visit: Visit) -> None:
        self.visits.update_visit(visit)  # back to waiting; the reload to come keeps it selected
        self._select_visit(visit.id)
        self.message.emit(
            self.tr("{name} was already checked in today; that visit is open.").format(
                name=latin_name(hit.person)
            )
        )
        self.ui.visitsTable.setFocus()

    def _checked_in(self, hit: SearchHit) -> None:
        self.message.emit(self.tr("{name} was checked in.").format(name=latin_name(hit.person)))
        self.focus_search()

    def new_visitor(self) -> None:
        if self._session.is_locked:
            return
        self.activateRequested.emit()
        self.settle()
        typed = self.ui.searchEdit.text().strip()
        dialog = NewVisitorDialog(self._visitors, parent=self)
        if typed and normalise_short_code(typed) is None:
            if is_phone_query(typed):
                dialog.ui.phoneEdit.setText(typed)
            else:
                dialog.prefill_name(typed)
        dialog.registered.connect(self._registered)
        dialog.existingChosen.connect(self._existing_chosen)
        dialog.open()

    def _registered(self, person: Person, check_in: bool) -> None:
        hit = self.show_person(person)
        self.message.emit(self.tr("{name} was registered.").format(name=latin_name(person)))
        if check_in:
            self.check_in(hit)

    def _existing_chosen(self, hit: SearchHit, check_in: bool) -> None:
        self.show_person(hit.person)
        if check_in:
            self.check_in(self.results.hit(0) or hit)
        else:
            self.ui.resultsTable.setFocus()

    def consents_of_selected(self) -> None:
        hit = self.selected_hit()
        if hit is None or self._session.is_locked:
            return
        self.settle()
        dialog = ConsentDialog(self._consents, hit.person, hit.code, parent=self)
        dialog.changed.connect(
            lambda: self.message.emit(
                self.tr("Consent of {name} recorded.").format(name=latin_name(hit.person))
            )
        )
        dialog.open()

    def _profile_selected(self) -> None:
        hit = self.selected_hit()
        if hit is not None:
            self.openProfileRequested.emit(hit.person.id)

    def merge_selected(self) -> None:
        hits = self.selected_hits()
        if not self.may_merge or not 1 <= len(hits) <= 2 or self._session.is_locked:
            return
        self.settle()
        second = hits[1] if len(hits) == 2 else None
        dialog = MergeDialog(self._visitors, hits[0], second, parent=self)
        dialog.merged.connect(self._merged)
        dialog.open()

    def _details_corrected(self, correction: Correction) -> None:
        self.show_person(correction.person)
        if correction.changed:
            name = latin_name(correction.person)
            self.message.emit(self.tr("Details of {name} corrected.").format(name=name))
        else:
            self.message.emit(self.tr("Nothing was changed."))
        self.ui.resultsTable.setFocus()

    def _merged(self, person: Person) -> None:
        self.show_person(person)
        self.message.emit(
            self.tr("The records were merged into {name}.").format(name=latin_name(person))
        )

    # -- import ---------------------------------------------------------------------------

    def choose_import_file(self) -> None:
        if not self.may_import or self._importer.running or self._session.is_locked:
            return
        self.activateRequested.emit()
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import visitors"),
            "",
            self.tr("Spreadsheets (*.xlsx *.csv);;All files (*)"),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        if self._session.is_locked:  # (an import started before the lock goes on behind it)
            return
        self.settle()
        self._importer.start(path)

    # -- keyboard -------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if watched is self.ui.searchEdit:
                return search_key(self, event)
            if watched is self.ui.resultsTable:
                return results_key(self, event)
            if watched is self.ui.visitsTable:
                return visits_key(self, event)
        return super().eventFilter(watched, event)

    # -- language -------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.newVisitorAction.setText(self.tr("&New visitor…"))
        self.importAction.setText(self.tr("&Import visitors…"))
        self.results.retranslate()
        self.visits.retranslate()
        self.queue.retranslate()
        self.visitorCard.retranslate()
        self._update_status()
        self._search_error.retranslate()
        self._visits_error.retranslate()
        self.correctDetails.retranslate()
