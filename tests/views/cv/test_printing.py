"""Printing PDF pages onto a QPrinter (a PDF-format printer stands in for a real one)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, QSizeF

from entryhub_desk.views.cv.pdf_pages import page_count, page_sizes
from entryhub_desk.views.cv.printing import PRINT_DPI, PrintJob, _fit, new_printer
from tests.views.cv.conftest import pdf_printer
from tests.views.cv.test_pdf_pages import make_pdf

pytestmark = pytest.mark.usefixtures("qapp")  # QPrinter needs the application


def test_new_printer_is_a4_at_300_dpi() -> None:
    printer = new_printer()
    assert printer.resolution() == PRINT_DPI
    assert printer.pageLayout().pageSize().id().name == "A4"
    assert printer.fullPage()


def test_job_prints_every_page_of_several_documents(tmp_path: Path) -> None:
    output = tmp_path / "out.pdf"
    job = PrintJob(pdf_printer(output))
    assert job.add(make_pdf(2)) == 2
    assert job.add(make_pdf(1)) == 1
    job.finish()
    data = output.read_bytes()
    assert page_count(data) == 3 == job.pages
    size = page_sizes(data)[0]
    assert abs(size.width() - 595) < 2 and abs(size.height() - 842) < 2


def test_cancelled_job_stops_between_pages(tmp_path: Path) -> None:
    output = tmp_path / "out.pdf"
    job = PrintJob(pdf_printer(output))
    assert job.add(make_pdf(3), cancelled=lambda: job.pages >= 1) == 1
    job.finish()
    assert page_count(output.read_bytes()) == 1


def test_fit_keeps_the_aspect_and_centres() -> None:
    room = QRectF(0, 0, 200, 400)
    fitted = _fit(room, QSizeF(100, 100))
    assert fitted == QRectF(0, 100, 200, 200)
