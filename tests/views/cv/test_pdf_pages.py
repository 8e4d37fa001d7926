"""PDF pages through PDFium: counts, sizes and images."""

from __future__ import annotations

import io
import threading

from PySide6.QtGui import QImage
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from entryhub_desk.views.cv.pdf_pages import iter_pages, page_count, page_sizes, render_pages


def make_pdf(pages: int) -> bytes:
    out = io.BytesIO()
    drawing = canvas.Canvas(out, pagesize=A4)
    for number in range(pages):
        drawing.rect(72, 72, 200 + number * 50, 100, fill=1)
        drawing.showPage()
    drawing.save()
    return out.getvalue()


def test_counts_and_sizes() -> None:
    data = make_pdf(3)
    assert page_count(data) == 3
    sizes = page_sizes(data)
    assert len(sizes) == 3
    assert round(sizes[0].width()) == round(A4[0])
    assert round(sizes[0].height()) == round(A4[1])


def test_pages_as_images_at_a_resolution() -> None:
    images = render_pages(make_pdf(2), 72)
    for image in images:  # A4 is 595.3 × 841.9 points; PDFium rounds to whole pixels
        assert abs(image.width() - 595.3) <= 1 and abs(image.height() - 841.9) <= 1
    assert images[0].format() == QImage.Format.Format_RGBX8888
    assert images[0].pixelColor(5, 5).name() == "#ffffff"  # white paper
    assert images[0].pixelColor(100, 842 - 100).name() == "#000000"  # the filled rectangle
    assert images[0] != images[1]
    doubled = render_pages(make_pdf(1), 144)[0]
    assert abs(doubled.width() - 1190.6) <= 1 and abs(doubled.height() - 1683.8) <= 1
    assert round(doubled.dotsPerMeterX() * 0.0254) == 144


def test_stops_when_cancelled() -> None:
    seen: list[QImage] = []
    for image in iter_pages(make_pdf(4), 36, cancelled=lambda: len(seen) >= 2):
        seen.append(image)
    assert len(seen) == 2


def test_threads_take_turns() -> None:
    data = make_pdf(2)
    results: list[int] = []

    def work() -> None:
        results.append(len(render_pages(data, 50)))

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert results == [2, 2, 2, 2]
