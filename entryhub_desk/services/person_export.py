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
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from entryhub_desk.errors import DeskError
from entryhub_desk.ids import short_code
from entryhub_desk.store.connection import DeskConnection
from entryhub_desk.store.sync_tables import tables_with_column

FORMAT = "entryhub-person-export"
_SKIP_COLUMNS = frozenset({"field_clocks", "sid"})
_SKIP_TABLES = frozenset({"outbox", "erasure", "person_prefix"})


def _rows(conn: DeskConnection, sql: str, params: tuple[object, ...]) -> list[dict[str, Any]]:
    cursor = conn.execute(sql, params)
    names = [str(d[0]) for d in cursor.description]
    out = []
    for row in cursor.fetchall():
        record: dict[str, Any] = {}
        for name, value in zip(names, row, strict=True):
            if name in _SKIP_COLUMNS or isinstance(value, bytes | memoryview):
                continue
            record[name] = value
        out.append(record)
    return out


def collect(conn: DeskConnection, person_id: str, *, exported_at: str) -> dict[str, Any]:
    person = _rows(conn, "SELECT * FROM person WHERE id = ?", (person_id,))
    if not person:
        raise DeskError("store.not_found", entity="person", id=person_id)
    records: dict[str, list[dict[str, Any]]] = {}
    for table in tables_with_column(conn, "person_id"):
        if table in _SKIP_TABLES:
            continue
        rows = _rows(conn, f'SELECT * FROM "{table}" WHERE person_id = ?', (person_id,))  # noqa: S608
        if rows:
            records[table] = rows
    audit = _rows(
        conn,
        "SELECT at, action, staff_id, details FROM audit WHERE subject_id = ? ORDER BY seq",
        (person_id,),
    )
    return {
        "format": FORMAT,
        "version": 1,
        "exported_at": exported_at,
        "person_id": person_id,
        "short_code": short_code(person_id),
        "person": person[0],
        "records": records,
        "audit": audit,
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


def _table(rows: list[tuple[str, str]], style: Any) -> Table:
    data = [[Paragraph(escape(k), style), Paragraph(escape(v), style)] for k, v in rows]
    table = Table(data, colWidths=[50 * mm, 120 * mm])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
                ("BACKGROUND", (0, 0), (0, -1), colors.whitesmoke),
            ]
        )
    )
    return table


def write_pdf(document: dict[str, Any], target: Path) -> None:
    """A plain, readable A4 rendering of :func:`collect`'s document."""
    styles = getSampleStyleSheet()
    body = styles["BodyText"]
    story: list[Any] = [
        Paragraph(escape(f"Data held about person {document['short_code']}"), styles["Title"]),
        Paragraph(escape(f"Exported {document['exported_at']} (Entry Hub Desk)"), body),
        Spacer(1, 6 * mm),
        Paragraph("Person", styles["Heading2"]),
        _table([(k, _text(v)) for k, v in sorted(document["person"].items())], body),
    ]
    for table, rows in sorted(document["records"].items()):
        story.append(Paragraph(escape(table.replace("_", " ").capitalize()), styles["Heading2"]))
        for row in rows:
            story.append(_table([(k, _text(v)) for k, v in sorted(row.items())], body))
            story.append(Spacer(1, 3 * mm))
    if document["audit"]:
        story.append(Paragraph("Who worked with the record", styles["Heading2"]))
        story.append(
            _table(
                [(str(a["at"]), f"{a['action']} {_text(a['details'])}") for a in document["audit"]],
                body,
            )
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    SimpleDocTemplate(
        str(target), pagesize=A4, title="Person data export", author="Entry Hub Desk"
    ).build(story)
