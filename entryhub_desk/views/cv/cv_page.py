"""CV: one person's CV with template, language and photo; preview, print and save as PDF.

The preview is rendered (service) and rasterised (PDFium) off the GUI thread whenever a
choice changes; only the latest request is shown. All CV work of the page runs on one worker
thread of its own, one task at a time (a session runs one operation at once). Printing and
saving are audited by :class:`~entryhub_desk.services.cv.CvService`. The dialogs that ask
the person something (printer, file names) are attributes, so tests can replace them.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QThreadPool, Signal
from PySide6.QtGui import QAction, QImage, QKeySequence, QShowEvent
from PySide6.QtWidgets import QWidget

from entryhub_desk.domain.staff import Action
from entryhub_desk.errors import DeskError
from entryhub_desk.services import Session
from entryhub_desk.services.changes import Changes
from entryhub_desk.services.cv import DEFAULT_LANGUAGE, DEFAULT_TEMPLATE, CvService, file_name
from entryhub_desk.services.cv_warmup import warm_up
from entryhub_desk.services.profile import Profiles
from entryhub_desk.views.common import InlineError, is_language_change, set_busy, warn
from entryhub_desk.views.cv.batch_dialog import CvBatchDialog
from entryhub_desk.views.cv.choices import fill_languages, fill_templates
from entryhub_desk.views.cv.file_dialogs import (
    AskPhotoPath,
    AskSavePath,
    AskThin,
    ask_photo_path,
    ask_save_path,
    ask_thin,
)
from entryhub_desk.views.cv.pdf_pages import render_pages
from entryhub_desk.views.cv.photo_file import PhotoRefused, read_photo
from entryhub_desk.views.cv.preview import PREVIEW_DPI
from entryhub_desk.views.cv.printing import (
    AskPrinter,
    PrintJob,
    ask_printer,
    print_dpi,
    rasterise,
)
from entryhub_desk.views.cv.zoom import ZoomControls
from entryhub_desk.views.error_text import error_text
from entryhub_desk.views.forms.ui_cv_page import Ui_CvPage
from entryhub_desk.views.profile.codes_text import code_text
from entryhub_desk.views.reception.display import full_name
from entryhub_desk.views.tasks import Op

_PHOTO_CODES = ("cv.photo_",)  # a photo that cannot be used


class CvPage(QWidget):
    """Emits :attr:`message` (status bar), :attr:`previewReady` (page count) or
    :attr:`previewFailed` after each preview, :attr:`saved` (path) and :attr:`printed`
    (page count) after the audited work is done, and :attr:`failed` on errors."""

    message = Signal(str)
    previewReady = Signal(int)
    previewFailed = Signal(object)
    saved = Signal(Path)
    printed = Signal(int)
    failed = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.service = CvService(session)
        self.may_print = session.staff.role.may(Action.PRINT_CV)
        self.person_id: str | None = None
        self._photo: bytes | None = None
        self._photo_name = ""
        self._generation = 0  # of the latest preview request
        self._preview_op: Op[tuple[int, list[QImage], tuple[str, ...]]] | None = None
        self._preview_again = False
        self._stale = False  # the person changed while the page was hidden
        self._kept_error: DeskError | None = None  # shown again after the next preview
        self._work_op: Op[object] | None = None
        self.batch_dialog: CvBatchDialog | None = None
        # One worker, one task at a time: previews, prints and saves never overlap.
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        # The page is built right after the log-in: the renderer, its fonts and tables load now,
        # on the page's worker, so that the first preview finds them (it queues behind).
        self._warm_op: Op[None] | None = None
        if self.may_print:
            # The made-up CV is skipped once a real preview was asked for (it waits behind).
            asked = self._generation
            work = functools.partial(
                warm_up,
                (DEFAULT_LANGUAGE, DEFAULT_TEMPLATE),
                still_wanted=lambda: self._generation == asked,
            )
            self._warm_op = Op(work, parent=self).run_in_background(self.pool)
        self.ask_printer: AskPrinter = lambda parent: ask_printer(parent)
        self.ask_save_path: AskSavePath = ask_save_path
        self.ask_photo_path: AskPhotoPath = ask_photo_path
        self.ask_thin: AskThin = ask_thin

        self.ui = Ui_CvPage()
        self.ui.setupUi(self)
        self.ui.titleLabel.setProperty("role", "title")
        self._error = InlineError(self.ui.errorLabel)
        set_busy(self.ui.busyBar, False)
        fill_templates(self.ui.templateCombo, DEFAULT_TEMPLATE)
        fill_languages(self.ui.languageCombo, DEFAULT_LANGUAGE)

        self.printAction = QAction(self)
        self.printAction.setShortcut(QKeySequence.StandardKey.Print)
        self.printAction.triggered.connect(self.print_cv)
        self.saveAction = QAction(self)
        self.saveAction.setShortcut(QKeySequence.StandardKey.Save)
        self.saveAction.triggered.connect(self.save_pdf)
        self.addActions([self.printAction, self.saveAction])
        buttons = (self.ui.zoomInButton, self.ui.zoomOutButton, self.ui.fitWidthButton)
        self.zoom = ZoomControls(self, self.ui.preview, buttons, self.ui.zoomLabel)
        # For the main window's menu: several CVs at once (also without an opened person).
        self.batchAction = QAction(self)
        self.batchAction.triggered.connect(self.open_batch)
        self.batchAction.setVisible(self.may_print)

        self.ui.templateCombo.currentIndexChanged.connect(self._choice_changed)
        self.ui.languageCombo.currentIndexChanged.connect(self._choice_changed)
        self.ui.choosePhotoButton.clicked.connect(self.choose_photo)
        self.ui.removePhotoButton.clicked.connect(self.remove_photo)
        self.ui.printButton.clicked.connect(self.print_cv)
        self.ui.saveButton.clicked.connect(self.save_pdf)
        self.ui.batchButton.clicked.connect(self.open_batch)
        self._update_buttons()
        self._retranslate()

    # -- choices --------------------------------------------------------------------------

    @property
    def template(self) -> str:
        return str(self.ui.templateCombo.currentData() or DEFAULT_TEMPLATE)

    @property
    def language(self) -> str:
        return str(self.ui.languageCombo.currentData() or DEFAULT_LANGUAGE)

    @property
    def photo(self) -> bytes | None:
        return self._photo

    def set_person(self, person_id: str) -> None:
        """Show the CV of ``person_id`` (a photo chosen for someone else is dropped).

        The preview is rendered now if the page is shown, else when it is next shown.
        """
        if person_id != self.person_id:
            self._set_photo(None, "")
            self.ui.preview.clear()
        self.person_id = person_id
        self.reload()

    def on_changes(self, changes: Changes) -> None:
        """The store changed elsewhere: follow a merge, drop an erased person, or render the
        CV again when the person's details or profile changed."""
        if self.person_id is None:
            return
        kept = changes.kept_for(self.person_id)
        if kept is not None:
            self.set_person(kept)
        elif changes.is_gone(self.person_id):
            self.drop_data()
            self.person_id = None
            self._update_buttons()
        elif changes.about(self.person_id) and not self._session.is_locked:
            self.reload()

    def reload(self) -> None:
        """Show the person's name again and render the preview anew (after unlock)."""
        if self.person_id is None or not self.may_print:
            self._update_buttons()
            return
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        try:
            person = Profiles(self._session).resolve_person(self.person_id)
        except DeskError as error:
            self._generation += 1
            self.ui.personLabel.clear()
            self.ui.preview.clear(self.tr("No preview."))
            self._show_error(error)
            self.previewFailed.emit(error)
            return
        self.ui.personLabel.setText(full_name(person))
        self._update_buttons()
        self.refresh_preview()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def drop_data(self) -> None:
        """Forget decrypted data (on lock): the pages, the name and the photo stay away
        until :meth:`reload`; the photo is dropped for good."""
        self._generation += 1  # a preview still running is never shown
        self._set_photo(None, "")
        self.ui.preview.clear()
        self.ui.personLabel.clear()

    def _choice_changed(self, _index: int) -> None:
        self.refresh_preview()

    def choose_photo(self) -> None:
        path = self.ask_photo_path(self)
        if path is None:
            return
        try:
            data = read_photo(path)
        except PhotoRefused as refused:
            self._show_error_text(refused.text)
            return
        self._set_photo(data, path.name)
        self.refresh_preview()

    def remove_photo(self) -> None:
        if self._photo is None:
            return
        self._set_photo(None, "")
        self.refresh_preview()

    def _set_photo(self, data: bytes | None, name: str) -> None:
        self._photo = data
        self._photo_name = name
        self._retranslate_photo()
        self._update_buttons()

    # -- preview --------------------------------------------------------------------------

    def refresh_preview(self) -> None:
        """Render the preview for the current choices (the latest request wins)."""
        if self.person_id is None or not self.may_print:
            return
        self._generation += 1
        self.ui.preview.set_placeholder(self.tr("Preparing the preview…"))
        if self._preview_op is not None and self._preview_op.running:
            self._preview_again = True  # started when the running one ends
            return
        self._start_preview()

    @property
    def preview_running(self) -> bool:
        return self._preview_op is not None and self._preview_op.running

    def _start_preview(self) -> None:
        assert self.person_id is not None
        self._preview_again = False
        generation = self._generation
        service, person_id = self.service, self.person_id
        language, template, photo = self.language, self.template, self._photo

        def outdated() -> bool:
            return generation != self._generation

        def work() -> tuple[int, list[QImage], tuple[str, ...]]:
            pdf = service.render(person_id, language=language, template=template, photo=photo)
            left_out = service.gaps(person_id).left_out  # emoji the CV cannot draw
            return generation, render_pages(pdf, PREVIEW_DPI, cancelled=outdated), left_out

        set_busy(self.ui.busyBar, True)
        self._preview_op = (
            Op(work, parent=self)
            .success(self._preview_done)
            .failure(lambda error: self._preview_error(generation, error))
            .finally_(self._preview_finished)
            .run_in_background(self.pool)
        )

    def _preview_done(self, result: tuple[int, list[QImage], tuple[str, ...]]) -> None:
        generation, images, left_out = result
        if generation != self._generation:
            return
        self._error.show(self._kept_error)
        if left_out and self._kept_error is None:
            note = self.tr("Emoji are left out of the CV (it has no font for them): %1")
            self._show_error_text(note.replace("%1", " ".join(left_out)))
        self._kept_error = None
        self.ui.preview.set_pages(images)
        self.zoom.update_label()
        self.previewReady.emit(len(images))

    def _preview_error(self, generation: int, error: Exception) -> None:
        if generation != self._generation:
            return
        if isinstance(error, DeskError) and error.code.startswith(_PHOTO_CODES) and self._photo:
            # Drop the unusable photo and show the CV without it (the error stays shown).
            self._set_photo(None, "")
            self._kept_error = error
            self.previewFailed.emit(error)
            self.refresh_preview()
            return
        self.ui.preview.clear(self.tr("No preview."))
        self._show_error(error)
        self.previewFailed.emit(error)

    def _preview_finished(self) -> None:
        if self._preview_again and self.person_id is not None:
            self._start_preview()
        else:
            self._update_busy()

    # -- print and save -------------------------------------------------------------------

    @property
    def work_running(self) -> bool:
        return self._work_op is not None and self._work_op.running

    def print_cv(self) -> None:
        """Ask for a printer, print the CV page by page and record the print."""
        if not self._may_act() or not self._thin_confirmed():
            return
        printer = self.ask_printer(self)
        if printer is None:
            return
        assert self.person_id is not None
        service, person_id = self.service, self.person_id
        language, template, photo = self.language, self.template, self._photo

        dpi = print_dpi(printer)

        def work() -> object:
            pdf = service.render(person_id, language=language, template=template, photo=photo)
            return rasterise(pdf, dpi)

        def draw(images: object) -> None:
            # Painting on the printer happens here, on the GUI thread (see PrintJob).
            assert isinstance(images, list)
            job = PrintJob(printer)
            try:
                pages = job.add_images(images)
            except BaseException:
                job.abort()
                raise
            job.finish()
            service.record_print(person_id, language=language, template=template)
            self._printed(pages)

        self._run_work(work, draw)

    def save_pdf(self) -> None:
        """Ask for a file name and save the CV there (audited as an export)."""
        if not self._may_act() or not self._thin_confirmed():
            return
        assert self.person_id is not None
        path = self.ask_save_path(self, self._suggested_name())
        if path is None:
            return
        service, person_id = self.service, self.person_id
        language, template, photo = self.language, self.template, self._photo

        def work() -> object:
            service.save(person_id, path, language=language, template=template, photo=photo)
            return path

        self._run_work(work, self._saved)

    def _suggested_name(self) -> str:
        assert self.person_id is not None
        try:
            person = Profiles(self._session).resolve_person(self.person_id)
        except DeskError:
            return "cv.pdf"
        return file_name(person, self.language)

    def _thin_confirmed(self) -> bool:
        """A nearly empty profile: say what is missing, print only if the person says so."""
        assert self.person_id is not None
        try:
            gaps = self.service.gaps(self.person_id)
        except DeskError:
            return True  # the print or save itself reports the error
        missing = [code_text("missing", code) for code in gaps.missing]
        return not gaps.thin or self.ask_thin(self, missing)

    def _may_act(self) -> bool:
        return self.may_print and self.person_id is not None and not self.work_running

    def _run_work(self, work: Callable[[], object], done: Callable[[object], None]) -> None:
        set_busy(self.ui.busyBar, True)
        self._error.show(None)
        op: Op[object] = Op(work, parent=self)
        op.success(done).failure(self._work_failed).finally_(self._work_finished)
        self._work_op = op
        self._update_buttons()
        op.run_in_background(self.pool)

    def _printed(self, pages: object) -> None:
        count = int(pages) if isinstance(pages, int) else 0
        self.message.emit(
            self.tr("The CV was sent to the printer ({count} pages).").format(count=count)
        )
        self.printed.emit(count)

    def _saved(self, path: object) -> None:
        assert isinstance(path, Path)
        self.message.emit(self.tr("The CV was saved as {name}.").format(name=path.name))
        self.saved.emit(path)

    def _work_failed(self, error: Exception) -> None:
        self._show_error(error)
        warn(self, self.tr("CV"), error_text(error))

    def _work_finished(self) -> None:
        self._work_op = None
        self._update_buttons()
        self._update_busy()

    # -- batch ----------------------------------------------------------------------------

    def open_batch(self) -> None:
        """The dialog for several persons' CVs (the current person chosen already)."""
        if not self.may_print or self._session.is_locked:
            return
        if self.batch_dialog is not None and self.batch_dialog.isVisible():
            self.batch_dialog.raise_()
            self.batch_dialog.activateWindow()
            return
        dialog = CvBatchDialog(
            self._session,
            self.window(),
            language=self.language,
            template=self.template,
            ask_printer=self.ask_printer,
            pool=self.pool,
        )
        if self.person_id is not None:
            dialog.choose(self.person_id)
        dialog.message.connect(self.message)
        self.batch_dialog = dialog
        dialog.open()

    def stop_batch(self) -> None:
        """On log-out: a running batch stops after the CV it is making (see the dialog)."""
        if self.batch_dialog is not None:
            self.batch_dialog.stop()

    # -- state ----------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        usable = self.may_print and self.person_id is not None
        idle = not self.work_running
        for widget in (self.ui.printButton, self.ui.saveButton):
            widget.setEnabled(usable and idle)
        self.printAction.setEnabled(usable and idle)
        self.saveAction.setEnabled(usable and idle)
        self.ui.choosePhotoButton.setEnabled(usable)
        self.ui.removePhotoButton.setEnabled(usable and self._photo is not None)
        self.ui.batchButton.setVisible(self.may_print)

    def _update_busy(self) -> None:
        set_busy(self.ui.busyBar, self.preview_running or self.work_running)

    def _show_error(self, error: BaseException) -> None:
        self._error.show(error)
        self.failed.emit(error)

    def _show_error_text(self, text: str) -> None:
        self._error.show(None)
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.setVisible(True)

    # -- language -------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        fill_templates(self.ui.templateCombo, self.template)
        fill_languages(self.ui.languageCombo, self.language)
        self.printAction.setText(self.tr("Print CV"))
        self.saveAction.setText(self.tr("Save CV as PDF"))
        self.batchAction.setText(self.tr("Print or save several CVs…"))
        self._error.retranslate()
        self._retranslate_photo()
        self.zoom.retranslate()
        if self.person_id is None:
            self.ui.preview.set_placeholder(self.tr("Open a visitor to see their CV here."))

    def _retranslate_photo(self) -> None:
        self.ui.photoNameLabel.setText(self._photo_name or self.tr("None"))
