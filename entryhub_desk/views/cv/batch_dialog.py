"""Several CVs at once: choose visitors, then save their PDFs to a folder or print them.

The work runs off the GUI thread with a progress dialog that can be cancelled; a cancelled
batch keeps what was finished (files written, pages sent to the printer), and each of those
is audited by :class:`~entryhub_desk.services.cv.CvService`.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QStandardPaths, Qt, QThreadPool, Signal
from PySide6.QtGui import QAction, QImage, QKeySequence
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidgetItem,
    QProgressDialog,
    QPushButton,
    QWidget,
)

from entryhub_desk.errors import DeskError
from entryhub_desk.services import Session
from entryhub_desk.services.cv import CvService
from entryhub_desk.services.profile import Profiles
from entryhub_desk.services.reception_types import SearchHit
from entryhub_desk.services.visitors import VisitorsService
from entryhub_desk.views.common import InlineError, is_language_change
from entryhub_desk.views.cv.choices import fill_languages, fill_templates
from entryhub_desk.views.cv.file_dialogs import AskFolder, ask_folder
from entryhub_desk.views.cv.printing import (
    AskPrinter,
    PrintJob,
    ask_printer,
    print_dpi,
    rasterise,
)
from entryhub_desk.views.error_text import error_text
from entryhub_desk.views.forms.ui_cv_batch_dialog import Ui_CvBatchDialog
from entryhub_desk.views.reception.display import full_name
from entryhub_desk.views.reception.live_search import LiveSearch
from entryhub_desk.views.tasks import Op, TaskContext

log = logging.getLogger(__name__)

PERSON_ROLE = Qt.ItemDataRole.UserRole


def _error(code: str, params: dict[str, object]) -> DeskError:
    error = DeskError(code)
    error.params = dict(params)
    return error


@dataclass(frozen=True)
class BatchFailed:
    person_id: str
    error: DeskError


@dataclass(frozen=True)
class BatchOutcome:
    """What a batch did: ``done`` CVs finished (saved or printed) out of ``total``."""

    printing: bool
    done: int
    total: int
    failed: tuple[BatchFailed, ...]
    cancelled: bool
    written: tuple[Path, ...] = ()
    to_print: tuple[tuple[str, list[QImage]], ...] = ()  # rasterised pages, for the GUI thread


class CvBatchDialog(QDialog):
    """Emits :attr:`batchFinished` (a :class:`BatchOutcome`) after each batch, and
    :attr:`message` with a short summary for the status bar. The printer and folder dialogs
    are attributes (``ask_printer``, ``ask_folder``) so tests can replace them."""

    batchFinished = Signal(object)
    message = Signal(str)

    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        *,
        language: str,
        template: str,
        ask_printer: AskPrinter = ask_printer,
        pool: QThreadPool | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._service = CvService(session)
        self._pool = pool or QThreadPool.globalInstance()
        self.ask_printer = ask_printer
        self.ask_folder: AskFolder = ask_folder
        self._names: dict[str, str] = {}  # person id -> name shown (for the result)
        self._op: Op[BatchOutcome] | None = None
        self.progress: QProgressDialog | None = None
        self.outcome: BatchOutcome | None = None
        self._printer: QPrinter | None = None  # the printer of the batch being printed
        self._print_choice = ("", "")  # its language and template
        self._stopped = False  # log-out: the session is closing

        self.ui = Ui_CvBatchDialog()
        self.ui.setupUi(self)
        self._error = InlineError(self.ui.errorLabel)
        self.ui.resultLabel.setVisible(False)
        fill_templates(self.ui.templateCombo, template)
        fill_languages(self.ui.languageCombo, language)
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        self.ui.folderEdit.setText(documents)
        self.startButton = QPushButton(self)
        self.startButton.setAutoDefault(False)
        self.ui.buttonBox.addButton(self.startButton, QDialogButtonBox.ButtonRole.ActionRole)
        self.ui.buttonBox.rejected.connect(self.reject)
        # No default button: Enter searches (search box) or adds (list), never closes.
        for button in self.ui.buttonBox.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
                button.setDefault(False)

        self._search = LiveSearch(VisitorsService(session).search, self._pool, self)
        self._search.found.connect(self._show_found)
        self._search.failed.connect(self._error.show)
        self.ui.searchEdit.textChanged.connect(self._search.set_query)
        self.ui.searchEdit.returnPressed.connect(self._search.search_now)
        self.ui.foundList.itemActivated.connect(lambda _item: self.add_selected())
        self.ui.addButton.clicked.connect(self.add_selected)
        self.ui.removeButton.clicked.connect(self.remove_selected)
        remove = QAction(self.ui.chosenList)
        remove.setShortcut(QKeySequence.StandardKey.Delete)
        remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove.triggered.connect(self.remove_selected)
        self.ui.chosenList.addAction(remove)
        self.ui.foundList.itemSelectionChanged.connect(self._update_buttons)
        self.ui.chosenList.itemSelectionChanged.connect(self._update_buttons)
        self.ui.saveRadio.toggled.connect(self._update_buttons)
        self.ui.browseButton.clicked.connect(self.browse)
        self.startButton.clicked.connect(self.start)
        self._retranslate()
        self._update_buttons()

    # -- choosing persons -----------------------------------------------------------------

    def chosen_ids(self) -> list[str]:
        return [
            str(self.ui.chosenList.item(row).data(PERSON_ROLE))
            for row in range(self.ui.chosenList.count())
        ]

    def choose(self, person_id: str) -> None:
        """Add ``person_id`` to the list (e.g. the visitor whose CV is open)."""
        if person_id in self.chosen_ids():
            return
        try:
            person = Profiles(self._session).person(person_id)
        except DeskError as error:
            self._error.show(error)
            return
        self._add(person_id, full_name(person), VisitorsService.code_of(person_id))

    def _add(self, person_id: str, name: str, code: str) -> None:
        if person_id in self.chosen_ids():
            return
        self._names[person_id] = name
        item = QListWidgetItem(f"{name} · {code}", self.ui.chosenList)
        item.setData(PERSON_ROLE, person_id)
        self._update_buttons()

    def _show_found(self, query: str, hits: list[SearchHit]) -> None:
        if query != self.ui.searchEdit.text().strip():
            return  # an answer to older text
        self.ui.foundList.clear()
        for hit in hits:
            item = QListWidgetItem(f"{full_name(hit.person)} · {hit.code}", self.ui.foundList)
            item.setData(PERSON_ROLE, hit.person.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, full_name(hit.person))
            item.setData(Qt.ItemDataRole.UserRole + 2, hit.code)
        if hits:
            self.ui.foundList.setCurrentRow(0)
        self._update_buttons()

    def add_selected(self) -> None:
        for item in self.ui.foundList.selectedItems():
            self._add(
                str(item.data(PERSON_ROLE)),
                str(item.data(Qt.ItemDataRole.UserRole + 1)),
                str(item.data(Qt.ItemDataRole.UserRole + 2)),
            )

    def remove_selected(self) -> None:
        for item in self.ui.chosenList.selectedItems():
            self.ui.chosenList.takeItem(self.ui.chosenList.row(item))
        self._update_buttons()

    def browse(self) -> None:
        folder = self.ask_folder(self)
        if folder is not None:
            self.ui.folderEdit.setText(str(folder))

    # -- running --------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._op is not None and self._op.running

    @property
    def printing(self) -> bool:
        return self.ui.printRadio.isChecked()

    def start(self) -> None:
        if self.running or self._stopped or self._session.is_locked:
            return
        ids = self.chosen_ids()
        if not ids:
            self._show_error_text(self.tr("Add at least one visitor to the list."))
            return
        language = str(self.ui.languageCombo.currentData())
        template = str(self.ui.templateCombo.currentData())
        if self.printing:
            printer = self.ask_printer(self)
            if printer is None:
                return
            work = self._print_work(ids, printer, language, template)
        else:
            folder = Path(self.ui.folderEdit.text().strip()).expanduser()
            if not self.ui.folderEdit.text().strip() or not folder.is_dir():
                self._show_error_text(self.tr("Choose a folder that exists."))
                return
            work = self._save_work(ids, folder, language, template)
        self._error.show(None)
        self.ui.resultLabel.setVisible(False)
        self._run(work, len(ids))

    def _save_work(
        self, ids: list[str], folder: Path, language: str, template: str
    ) -> Callable[[TaskContext], BatchOutcome]:
        service = self._service

        def work(context: TaskContext) -> BatchOutcome:
            report = service.batch(
                ids,
                folder,
                language=language,
                template=template,
                progress=context.report,
                cancelled=context.cancelled,
            )
            failed = tuple(
                BatchFailed(f.person_id, _error(f.code, f.params)) for f in report.failed
            )
            return BatchOutcome(
                printing=False,
                done=len(report.written),
                total=len(ids),
                failed=failed,
                cancelled=report.cancelled,
                written=report.written,
            )

        return work

    def _print_work(
        self, ids: list[str], printer: QPrinter, language: str, template: str
    ) -> Callable[[TaskContext], BatchOutcome]:
        service = self._service

        dpi = print_dpi(printer)
        self._printer = printer
        self._print_choice = (language, template)

        def work(context: TaskContext) -> BatchOutcome:
            # The worker renders and rasterises; the GUI thread paints and audits (see
            # PrintJob.add_images for why painting stays on the GUI thread).
            rendered: list[tuple[str, list[QImage]]] = []
            failed: list[BatchFailed] = []
            cancelled = False
            for index, person_id in enumerate(ids):
                if context.cancelled():
                    cancelled = True
                    break
                try:
                    pdf = service.render(person_id, language=language, template=template)
                    rendered.append((person_id, rasterise(pdf, dpi)))
                except DeskError as error:
                    failed.append(BatchFailed(person_id, error))
                context.report(index + 1, len(ids))
            return BatchOutcome(
                printing=True,
                done=0,
                total=len(ids),
                failed=tuple(failed),
                cancelled=cancelled,
                to_print=tuple(rendered),
            )

        return work

    def _print_rendered(self, outcome: BatchOutcome) -> BatchOutcome:
        """Paint what the worker rasterised, audit each CV printed (GUI thread)."""
        if self._printer is None:
            return outcome
        job = PrintJob(self._printer)
        done = 0
        try:
            for person_id, images in outcome.to_print:
                job.add_images(images)
                language, template = self._print_choice
                self._service.record_print(person_id, language=language, template=template)
                done += 1
        finally:
            job.finish()  # what was drawn is printed (and was audited)
            self._printer = None
        return dataclasses.replace(outcome, done=done, to_print=())

    def _run(self, work: Callable[[TaskContext], BatchOutcome], total: int) -> None:
        label = self.tr("Printing CVs…") if self.printing else self.tr("Saving CVs…")
        progress = QProgressDialog(label, self.tr("Cancel"), 0, total, self)
        progress.setWindowTitle(self.windowTitle())
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setValue(0)
        self.progress = progress

        def report(done: int, count: int) -> None:
            progress.setMaximum(max(count, 1))
            progress.setValue(min(done, count))

        op = Op.with_context(work, parent=self)
        op.progress(report).success(self._finished).failure(self._failed)
        op.finally_(self._done)
        self._op = op
        progress.canceled.connect(self._cancel)
        self._update_buttons()
        progress.show()
        op.run_in_background(self._pool)

    def _cancel(self) -> None:
        if self._op is not None:
            self._op.cancel()
        if self.progress is not None:
            self.progress.setLabelText(self.tr("Stopping after the current CV…"))

    def stop(self) -> None:
        """Log-out: cancel a running batch and wait for the CV being made. What was saved
        stays saved (and audited); nothing more is sent to the printer, since the session
        that would audit it is closing."""
        self._stopped = True
        if self._op is not None:
            self._op.cancel()
        self._search.stop()
        self._pool.waitForDone()

    def _finished(self, outcome: BatchOutcome) -> None:
        if self._stopped:
            return
        if outcome.printing:
            outcome = self._print_rendered(outcome)
        self.outcome = outcome
        self._show_outcome()
        self.message.emit(self._summary(outcome))
        self.batchFinished.emit(outcome)

    def _failed(self, error: Exception) -> None:
        self._error.show(error)

    def _done(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self._op = None
        self._update_buttons()

    def _summary(self, outcome: BatchOutcome) -> str:
        if outcome.printing:
            text = self.tr("{done} of {total} CVs were sent to the printer.")
        else:
            text = self.tr("{done} of {total} CVs were saved.")
        return text.format(done=outcome.done, total=outcome.total)

    def _show_outcome(self) -> None:
        outcome = self.outcome
        if outcome is None:
            return
        lines = [self._summary(outcome)]
        if outcome.cancelled:
            lines.append(self.tr("The batch was cancelled; the rest were not made."))
        for failure in outcome.failed:
            name = self._names.get(failure.person_id, failure.person_id)
            lines.append(
                self.tr("{name}: {error}").format(name=name, error=error_text(failure.error))
            )
        self.ui.resultLabel.setText("\n".join(lines))
        self.ui.resultLabel.setVisible(True)

    # -- state ----------------------------------------------------------------------------

    def _update_buttons(self, *_args: object) -> None:
        idle = not self.running
        self.ui.addButton.setEnabled(idle and bool(self.ui.foundList.selectedItems()))
        self.ui.removeButton.setEnabled(idle and bool(self.ui.chosenList.selectedItems()))
        self.ui.folderEdit.setEnabled(not self.printing)
        self.ui.browseButton.setEnabled(not self.printing)
        self.startButton.setEnabled(idle and self.ui.chosenList.count() > 0)
        self._retranslate_start()

    def _show_error_text(self, text: str) -> None:
        self._error.show(None)
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.setVisible(True)

    def reject(self) -> None:
        if self.running:
            return  # the progress dialog's Cancel stops a batch first
        self._search.stop()
        super().reject()

    # -- language -------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            template = str(self.ui.templateCombo.currentData())
            language = str(self.ui.languageCombo.currentData())
            self.ui.retranslateUi(self)
            fill_templates(self.ui.templateCombo, template)
            fill_languages(self.ui.languageCombo, language)
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self._retranslate_start()
        self._error.retranslate()
        self._show_outcome()

    def _retranslate_start(self) -> None:
        self.startButton.setText(self.tr("Print &now") if self.printing else self.tr("Save &now"))
