"""PDF pages as images, through PDFium (``pypdfium2``): the preview and printing use it.

QtPdf would do this inside Qt, but it needs PySide6 6.12. PDFium is not thread-safe, so every
call into it holds :data:`_PDFIUM_LOCK`; QImages may be made in any thread (the GUI thread
turns them into pixmaps). Points are PDF units (1/72 inch).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Final

import pypdfium2
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QImage

POINTS_PER_INCH: Final = 72.0

# PDFium keeps global state and must never run on two threads at once.
_PDFIUM_LOCK: Final = threading.Lock()


def _open(data: bytes) -> pypdfium2.PdfDocument:
    # The PDF comes from our own renderer: one PDFium cannot read is a bug, not a user error.
    return pypdfium2.PdfDocument(data)


def page_sizes(data: bytes) -> list[QSizeF]:
    """The size of every page in points."""
    with _PDFIUM_LOCK:
        document = _open(data)
        try:
            return [QSizeF(*document.get_page_size(i)) for i in range(len(document))]
        finally:
            document.close()


def page_count(data: bytes) -> int:
    with _PDFIUM_LOCK:
        document = _open(data)
        try:
            return len(document)
        finally:
            document.close()


def iter_pages(
    data: bytes, dpi: float, *, cancelled: Callable[[], bool] | None = None
) -> Iterator[QImage]:
    """Each page rasterised at ``dpi`` (white background, RGBX), one at a time.

    Stops early once ``cancelled()`` is true. The lock is held only while one page renders.
    """
    with _PDFIUM_LOCK:
        document = _open(data)
        count = len(document)
    try:
        for index in range(count):
            if cancelled is not None and cancelled():
                return
            with _PDFIUM_LOCK:
                image = _render(document, index, dpi)
            yield image
    finally:
        with _PDFIUM_LOCK:
            document.close()


def render_pages(
    data: bytes, dpi: float, *, cancelled: Callable[[], bool] | None = None
) -> list[QImage]:
    return list(iter_pages(data, dpi, cancelled=cancelled))


def _render(document: pypdfium2.PdfDocument, index: int, dpi: float) -> QImage:
    page = document[index]
    try:
        bitmap = page.render(
            scale=dpi / POINTS_PER_INCH,
            fill_color=(255, 255, 255, 255),
            rev_byteorder=True,
            prefer_bgrx=True,
        )
        try:
            width, height, stride = bitmap.width, bitmap.height, bitmap.stride
            pixels = bytes(bitmap.buffer)
        finally:
            bitmap.close()
    finally:
        page.close()
    # copy(): the QImage owns its pixels, independent of the Python bytes object.
    image = QImage(pixels, width, height, stride, QImage.Format.Format_RGBX8888).copy()
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    return image
