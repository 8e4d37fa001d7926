"""Import visitors from a spreadsheet: background work with a cancellable progress dialog,
then a report of counts, unknown columns, rejected rows and likely duplicates."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QProgressDialog,
    QTreeWidgetItem,
    QWidget,
)

from entryhub_desk.errors import DeskError
from entryhub_desk.services.import_values import ImportReport, RowProblem
from entryhub_desk.services.visitors import VisitorsService
from entryhub_desk.views.common import is_language_change, warn
from entryhub_desk.views.error_text import error_text
from entryhub_desk.views.forms.ui_reception_import_report import Ui_ImportReportDialog
from entryhub_desk.views.reception.display import reason_labels
from entryhub_desk.views.tasks import Op, TaskContext

log = logging.getLogger(__name__)

ROW, DETAIL, WHY = 0, 1, 2


def problem_text(problem: RowProblem) -> str:
    """A rejected row's reason in the interface language."""
    error = DeskError(problem.code)
    error.params = dict(problem.params)
    return error_text(error)


class ImportRunner(QObject):
    """Runs one import at a time in ``pool``; shows progress, then the report (or the error).

    Emits :attr:`finished` after every import that ran (also a cancelled one)."""

    finished = Signal()

    def __init__(self, visitors: VisitorsService, pool: QThreadPool, parent: QWidget) -> None:
        super().__init__(parent)
        self._visitors = visitors
        self._pool = pool
        self._parent = parent
        self._op: Op[ImportReport] | None = None
        self.progress: QProgressDialog | None = None
        self.report_dialog: ImportReportDialog | None = None

    @property
    def running(self) -> bool:
        return self._op is not None and self._op.running

    def start(self, path: Path) -> None:
        if self.running:
            return
        progress = QProgressDialog(
            self.tr("Importing visitors…"), self.tr("Cancel"), 0, 0, self._parent
        )
        progress.setWindowTitle(self.tr("Import visitors"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        self.progress = progress
        visitors = self._visitors

        def work(context: TaskContext) -> ImportReport:
            return visitors.import_visitors(
                path, progress=context.report, cancelled=context.cancelled
            )

        def report(done: int, total: int) -> None:
            progress.setMaximum(max(total, 0))
            progress.setValue(min(done, total) if total > 0 else 0)

        self._op = (
            Op.with_context(work, parent=self)
            .progress(report)
            .success(self._show_report)
            .failure(self._failed)
            .finally_(self._done)
        )
        progress.canceled.connect(self._op.cancel)
        progress.show()
        self._op.run_in_background(self._pool)

    def _done(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self.finished.emit()

    def _show_report(self, report: ImportReport) -> None:
        dialog = ImportReportDialog(report, self._visitors, self._parent)
        self.report_dialog = dialog
        dialog.open()

    def _failed(self, error: Exception) -> None:
        warn(self._parent, self.tr("Import visitors"), error_text(error))


class ImportReportDialog(QDialog):
    """What an import did: counts, unknown columns, rows not imported, likely duplicates."""

    def __init__(
        self, report: ImportReport, visitors: VisitorsService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.report = report
        self.ui = Ui_ImportReportDialog()
        self.ui.setupUi(self)
        self.ui.badRowsTree.setColumnCount(2)
        self.ui.duplicatesTree.setColumnCount(3)
        for tree in (self.ui.badRowsTree, self.ui.duplicatesTree):
            tree.setRootIsDecorated(False)
        for problem in report.rejected:
            QTreeWidgetItem(self.ui.badRowsTree, [str(problem.row), ""])
        self._years: list[int | None] = []
        for problem in report.duplicates:
            code = str(problem.params.get("match", ""))
            try:
                person = visitors.find_by_code(code) if code else None
            except DeskError:
                person = None
            self._years.append(person.birth_year if person is not None else None)
            QTreeWidgetItem(self.ui.duplicatesTree, [str(problem.row), code, ""])
        self.ui.badRowsLabel.setVisible(bool(report.rejected))
        self.ui.badRowsTree.setVisible(bool(report.rejected))
        self.ui.duplicatesLabel.setVisible(bool(report.duplicates))
        self.ui.duplicatesTree.setVisible(bool(report.duplicates))
        self.ui.unknownLabel.setVisible(bool(report.unknown_columns))
        self.ui.buttonBox.rejected.connect(self.reject)
        self._retranslate()
        focus = self.ui.badRowsTree if report.rejected else self.ui.buttonBox
        focus.setFocus()

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        report = self.report
        summary = self.tr(
            "{rows} rows read: {created} new visitors, {updated} updated, {unchanged} unchanged, "
            "{rejected} not imported, {duplicates} probably registered already."
        ).format(
            rows=report.rows,
            created=report.created,
            updated=report.updated,
            unchanged=report.unchanged,
            rejected=len(report.rejected),
            duplicates=len(report.duplicates),
        )
        if report.cancelled:
            summary = self.tr("The import was cancelled.") + " " + summary
        self.ui.summaryLabel.setText(summary)
        self.ui.unknownLabel.setText(
            self.tr("Columns not recognised (ignored): {columns}").format(
                columns=", ".join(report.unknown_columns)
            )
        )
        self.ui.badRowsTree.setHeaderLabels([self.tr("Row"), self.tr("Reason")])
        self.ui.duplicatesTree.setHeaderLabels(
            [self.tr("Row"), self.tr("Probably the same as"), self.tr("Why")]
        )
        for number, (problem, year) in enumerate(zip(report.duplicates, self._years, strict=True)):
            item = self.ui.duplicatesTree.topLevelItem(number)
            if item is not None:
                item.setText(WHY, reason_labels(problem.reasons, year))
        for number, problem in enumerate(report.rejected):
            item = self.ui.badRowsTree.topLevelItem(number)
            if item is not None:
                item.setText(DETAIL, problem_text(problem))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
