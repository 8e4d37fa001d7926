"""The visitor card (issue 14): name, short code and a QR code of the code, the size of a
payment card (ISO/IEC 7810 ID-1, 85.6 × 54 mm).

A returning visitor shows it at the desk; a USB scanner reads the QR code and types the code
into the search box, which finds her by code. The QR code holds the short code only: a lost
card tells a finder nothing about its owner but a code that opens nothing without the desk.

Two sheets: ``label`` is one page of the card's size (label and card printers print it as it
is); ``a4`` puts the card at the top of an A4 page with cut marks, for any office printer.
"""

from __future__ import annotations

import io
from enum import StrEnum
from typing import Any, Final

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from entryhub_desk.cv import fonts, pdfmeta
from entryhub_desk.cv.latin import render_scope
from entryhub_desk.cv.text import Span, direction, draw_line, layout
from entryhub_desk.errors import DeskError

CARD_WIDTH: Final = 85.6 * mm
CARD_HEIGHT: Final = 54 * mm
PADDING: Final = 4 * mm
QR_SIZE: Final = 26 * mm
BAND: Final = 9 * mm
ACCENT: Final = HexColor("#0f766e")
MUTED: Final = HexColor("#56606b")
TEXT: Final = HexColor("#1b2127")
CUT_MARK: Final = 4 * mm

LABELS: Final[dict[str, dict[str, str]]] = {
    "en": {
        "title": "Visitor card",
        "code": "Your code",
        "show": "Show this card at the desk.",
    },
    "sv": {
        "title": "Besökskort",
        "code": "Din kod",
        "show": "Visa kortet i receptionen.",
    },
}


class CardSheet(StrEnum):
    LABEL = "label"  # one page the size of the card
    A4 = "a4"  # the card at the top of an A4 page, with cut marks


def visitor_card_pdf(
    *,
    name: str,
    original_script_name: str | None,
    code: str,
    hub_name: str,
    sheet: CardSheet | str = CardSheet.A4,
    language: str = "sv",
) -> bytes:
    """The card as PDF bytes (``cv.bad_language`` for a language other than sv/en)."""
    labels = LABELS.get(language)
    if labels is None:
        raise DeskError("cv.bad_language", language=language)
    chosen = CardSheet(sheet)
    fonts.register_all()
    with render_scope():  # nothing of the name stays in a cache afterwards
        buffer = io.BytesIO()
        page = (CARD_WIDTH, CARD_HEIGHT) if chosen is CardSheet.LABEL else A4
        canvas = Canvas(buffer, pagesize=page, initialFontName=fonts.font_name(fonts.LATIN))
        if chosen is CardSheet.LABEL:
            x, y = 0.0, 0.0
        else:
            x, y = (A4[0] - CARD_WIDTH) / 2, A4[1] - 20 * mm - CARD_HEIGHT
            _cut_marks(canvas, x, y)
        _card(canvas, x, y, name, original_script_name, code, hub_name, labels)
        canvas.showPage()
        # The title names the card, not the person (the file may be left on a shared printer).
        canvas.setTitle(f"{labels['title']} {code}")
        canvas.setAuthor(hub_name)
        canvas.setCreator("Entry Hub Desk")
        pdfmeta.apply(
            canvas,
            title=f"{labels['title']} {code}",
            author=hub_name,
            language=language,
            producer="Entry Hub Desk",
        )
        canvas.save()
        return buffer.getvalue()


def _card(
    canvas: Canvas,
    x: float,
    y: float,
    name: str,
    original: str | None,
    code: str,
    hub_name: str,
    labels: dict[str, str],
) -> None:
    canvas.saveState()
    canvas.setStrokeColor(HexColor("#c2c9d0"))
    canvas.setLineWidth(0.5)
    canvas.roundRect(x, y, CARD_WIDTH, CARD_HEIGHT, 3 * mm, stroke=1, fill=0)
    # the hub's band along the top
    path = canvas.beginPath()
    top = y + CARD_HEIGHT
    radius = 3 * mm
    path.moveTo(x, top - BAND)
    path.lineTo(x, top - radius)
    path.arcTo(x, top - 2 * radius, x + 2 * radius, top, startAng=180, extent=-90)
    path.lineTo(x + CARD_WIDTH - radius, top)
    path.arcTo(
        x + CARD_WIDTH - 2 * radius, top - 2 * radius, x + CARD_WIDTH, top, startAng=90, extent=-90
    )
    path.lineTo(x + CARD_WIDTH, top - BAND)
    path.close()
    canvas.setFillColor(ACCENT)
    canvas.drawPath(path, stroke=0, fill=1)
    text_width = CARD_WIDTH - 3 * PADDING - QR_SIZE
    _line(
        canvas, hub_name, x + PADDING, top - BAND + 3 * mm, 9, CARD_WIDTH - 2 * PADDING, white, True
    )
    # the name, and the name in its own script
    cursor = top - BAND - 7 * mm
    cursor = _paragraph(canvas, name, x + PADDING, cursor, 12, text_width, TEXT, True, 2)
    if original:
        cursor = _paragraph(
            canvas, original, x + PADDING, cursor - 1 * mm, 10, text_width, TEXT, False, 1
        )
    # the code, large, for reading aloud and typing
    _line(canvas, labels["code"], x + PADDING, y + PADDING + 9 * mm, 7, text_width, MUTED, False)
    _line(canvas, code, x + PADDING, y + PADDING + 2.5 * mm, 17, text_width, TEXT, True)
    _qr(canvas, code, x + CARD_WIDTH - PADDING - QR_SIZE, y + PADDING + 3 * mm)
    _line(
        canvas,
        labels["show"],
        x + CARD_WIDTH - PADDING - QR_SIZE,
        y + PADDING - 0.5 * mm,
        5.5,
        QR_SIZE + PADDING,
        MUTED,
        False,
    )
    canvas.restoreState()


def _line(
    canvas: Canvas,
    text: str,
    x: float,
    baseline: float,
    size: float,
    width: float,
    color: Color,
    bold: bool,
) -> None:
    lines = layout([Span(text, bold=bold, color=color)], size, width, direction(text))
    if lines:
        draw_line(canvas, lines[0], x + (width - lines[0].width if lines[0].rtl else 0), baseline)


def _paragraph(
    canvas: Canvas,
    text: str,
    x: float,
    baseline: float,
    size: float,
    width: float,
    color: Color,
    bold: bool,
    most: int,
) -> float:
    """Up to ``most`` lines of ``text`` from ``baseline`` down; a longer text is shrunk once
    to fit rather than cut (a name is never shortened on the card)."""
    base = direction(text)  # an all-Arabic name runs, and is aligned, right to left
    lines = layout([Span(text, bold=bold, color=color)], size, width, base)
    if len(lines) > most:
        size *= 0.8
        lines = layout([Span(text, bold=bold, color=color)], size, width, base)
    for line in lines:
        draw_line(canvas, line, x + (width - line.width if line.rtl else 0), baseline)
        baseline -= size * 1.25
    return baseline


def _qr(canvas: Canvas, code: str, x: float, y: float) -> None:
    widget = QrCodeWidget(code, barLevel="M", barBorder=0)
    left, bottom, right, top = widget.getBounds()
    drawing: Any = Drawing(
        QR_SIZE, QR_SIZE, transform=[QR_SIZE / (right - left), 0, 0, QR_SIZE / (top - bottom), 0, 0]
    )
    drawing.add(widget)
    renderPDF.draw(drawing, canvas, x, y)


def _cut_marks(canvas: Canvas, x: float, y: float) -> None:
    canvas.saveState()
    canvas.setStrokeColor(MUTED)
    canvas.setLineWidth(0.3)
    gap = 2 * mm
    for cx in (x, x + CARD_WIDTH):
        for cy in (y, y + CARD_HEIGHT):
            outward_x = -1 if cx == x else 1
            outward_y = -1 if cy == y else 1
            canvas.line(cx + outward_x * gap, cy, cx + outward_x * (gap + CUT_MARK), cy)
            canvas.line(cx, cy + outward_y * gap, cx, cy + outward_y * (gap + CUT_MARK))
    canvas.restoreState()
