"""Right of access: everything the desk holds about one person, as JSON and as a PDF.

The records are found through the schema (every table with a ``person_id`` column, plus the
person row itself), so tables added later are included without changes here. Bookkeeping
columns (field clocks) are left out; the audit trail of who looked at or changed the record is
included (actions and times, no staff passwords or keys).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import SimpleDocTemplate

from entryhub_desk.cv import fonts
from entryhub_desk.cv.flow import Block, Para, Rule
from entryhub_desk.cv.latin import render_scope
from entryhub_desk.cv.text import Span
from entryhub_desk.ids import short_code
from entryhub_desk.store.connection import DeskConnection
from entryhub_desk.store.person_data import person_data
from entryhub_desk.store.repositories.introductions import introductions_export

FORMAT = "entryhub-person-export"


def collect(conn: DeskConnection, person_id: str, *, exported_at: str) -> dict[str, Any]:
    data = person_data(conn, person_id)
    return {
        "format": FORMAT,
        "version": 1,
        "exported_at": exported_at,
        "person_id": person_id,
        "short_code": short_code(person_id),
        "person": data.person,
        "records": data.records,
        "introductions": introductions_export(conn, person_id),
        "audit": data.audit,
    }


def _text(value: object) -> str:
    if value is None:
        return "—"
    if isinstance(value, str) and value[:1] in "[{":
        try:
            parsed = json.loads(value)
        except ValueError:
            return value
        if isinstance(parsed, list):
            return ", ".join(str(item) for item in parsed) or "—"
    return str(value)


_MARGIN = 18 * mm
_FRAME_HEIGHT = A4[1] - 2 * _MARGIN - 8 * mm
_GREY = Color(0.45, 0.45, 0.45)


def _heading(text: str, size: float = 12.0) -> Block:
    para = Para([Span(text, bold=True)], size=size, leading=size * 1.3, space_before=6.0)
    return Block([para, Rule(_GREY)], keep_with_next=True)


def _fields(rows: list[tuple[str, str]]) -> Block:
    """One record: a line per field, kept on one page unless taller than a page. The text is
    laid out with the CV's shaping and fonts, so names in Arabic, Tigrinya or Persian come
    out as written (reportlab's built-in fonts have no glyphs for them)."""
    paras = [
        Para([Span(f"{name.replace('_', ' ')}: ", bold=True, color=_GREY), Span(value)], 9, 12)
        for name, value in rows
    ]
    return Block(paras, space_after=8.0, max_height=_FRAME_HEIGHT)


def write_pdf(document: dict[str, Any], target: Path) -> None:
    """A plain, readable A4 rendering of :func:`collect`'s document."""
    fonts.register_all()
    story: list[Any] = [
        Block(
            [Para([Span(f"Data held about person {document['short_code']}", bold=True)], 16, 21)]
        ),
        Block(
            [Para([Span(f"Exported {document['exported_at']} (Entry Hub Desk)")], 9, 12)],
            space_after=6.0,
        ),
        _heading("Person"),
        _fields([(k, _text(v)) for k, v in sorted(document["person"].items())]),
    ]
    for table, rows in sorted(document["records"].items()):
        story.append(_heading(table.replace("_", " ").capitalize()))
        story.extend(_fields([(k, _text(v)) for k, v in sorted(row.items())]) for row in rows)
    if document.get("introductions"):
        story.append(_heading("Introductions to openings"))
    for introduction in document.get("introductions", []):
        rows = [(k, _text(v)) for k, v in introduction.items() if k != "steps"]
        rows += [(str(step["at"]), str(step["state"])) for step in introduction["steps"]]
        story.append(_fields(rows))
    if document["audit"]:
        story.append(_heading("Who worked with the record"))
        story.append(
            _fields(
                [(str(a["at"]), f"{a['action']} {_text(a['details'])}") for a in document["audit"]]
            )
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    with render_scope():  # nothing of the person's text stays in the CV text caches
        _document(target).build(story, canvasmaker=_EmbeddedFontCanvas)


def _document(target: Path) -> SimpleDocTemplate:
    return SimpleDocTemplate(
        str(target),
        pagesize=A4,
        leftMargin=_MARGIN,
        rightMargin=_MARGIN,
        topMargin=_MARGIN,
        bottomMargin=_MARGIN,
        title="Person data export",
        author="Entry Hub Desk",
        initialFontName=fonts.font_name(fonts.LATIN),  # else Helvetica, not embedded
    )


class _EmbeddedFontCanvas(Canvas):  # type: ignore[misc]  # reportlab is untyped
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("initialFontName", fonts.font_name(fonts.LATIN))
        super().__init__(*args, **kwargs)
