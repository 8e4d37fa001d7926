"""Printing CVs: the system print dialog, and PDF pages drawn onto a QPrinter.

Qt allows painting on a QPrinter from a worker thread (as on a QImage), so a
:class:`PrintJob` runs inside an :class:`~entryhub_desk.views.tasks.Op`; the printer is made
and shown to the person in the GUI thread first (:func:`ask_printer`) and not touched there
while the job runs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Final

from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from entryhub_desk.views.cv.pdf_pages import iter_pages

PRINT_DPI: Final = 300

# Asks the person for a printer (the system dialog); None when they cancelled.
AskPrinter = Callable[[QWidget], "QPrinter | None"]


def new_printer() -> QPrinter:
    """A printer set up for A4 CVs at :data:`PRINT_DPI`."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setResolution(PRINT_DPI)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)  # the CV has its own margins
    return printer


def ask_printer(parent: QWidget, *, title: str = "") -> QPrinter | None:
    """Show the system print dialog; the chosen printer, or None."""
    printer = new_printer()
    dialog = QPrintDialog(printer, parent)
    if title:
        dialog.setWindowTitle(title)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return printer


def print_dpi(printer: QPrinter) -> int:
    """The resolution pages are rasterised at for ``printer`` (read on the GUI thread)."""
    return max(72, min(printer.resolution(), 600))


def rasterise(pdf: bytes, dpi: int) -> list[QImage]:
    """Every page of ``pdf`` as an image: safe on a worker thread (no painting)."""
    return list(iter_pages(pdf, dpi))


class PrintJob:
    """Draws the pages of one or more PDFs onto ``printer``, one sheet per page.

    ``add`` may be called several times (a batch); ``finish`` ends the job and sends it.
    Pages are rasterised at the printer's resolution and scaled into its paper, keeping the
    aspect ratio.
    """

    def __init__(self, printer: QPrinter) -> None:
        self._printer = printer
        self._painter: QPainter | None = None
        self.pages = 0

    def add(self, pdf: bytes, *, cancelled: Callable[[], bool] | None = None) -> int:
        """Print every page of ``pdf``; returns the number of pages printed (GUI thread)."""
        return self.add_images(iter_pages(pdf, print_dpi(self._printer), cancelled=cancelled))

    def add_images(self, images: Iterable[QImage]) -> int:
        """Print pages rasterised beforehand (e.g. by a worker with :func:`rasterise`).

        Call it on the GUI thread only: Qt's PDF engine looks up image plugins under a Qt lock
        while drawing, and on a worker holding Python's GIL that deadlocked against a GUI
        thread waiting for the GIL inside Qt (seen in CI).
        """
        printed = 0
        for image in images:
            painter = self._begin_page()
            target = _fit(self._paper_rect(), QSizeF(image.width(), image.height()))
            painter.drawImage(target, image)
            printed += 1
            self.pages += 1
        return printed

    def finish(self) -> None:
        if self._painter is not None:
            self._painter.end()
            self._painter = None

    def abort(self) -> None:
        """Drop the job (nothing more is drawn; a printer may discard the spooled pages)."""
        if self._painter is not None:
            self._printer.abort()
            self._painter.end()
            self._painter = None

    def _begin_page(self) -> QPainter:
        if self._painter is None:
            painter = QPainter()
            if not painter.begin(self._printer):
                raise OSError("the printer could not be opened")
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            self._painter = painter
        elif not self._printer.newPage():
            raise OSError("the printer refused a new page")
        return self._painter

    def _paper_rect(self) -> QRectF:
        return self._printer.paperRect(QPrinter.Unit.DevicePixel)


def _fit(room: QRectF, size: QSizeF) -> QRectF:
    """``size`` scaled to fit ``room`` (aspect kept), centred in it."""
    scaled = size.scaled(room.size(), Qt.AspectRatioMode.KeepAspectRatio)
    left = room.left() + (room.width() - scaled.width()) / 2
    top = room.top() + (room.height() - scaled.height()) / 2
    return QRectF(left, top, scaled.width(), scaled.height())
