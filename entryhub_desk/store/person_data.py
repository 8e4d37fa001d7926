"""Everything the store holds about one person, as plain rows (the right of access).

Read by :mod:`entryhub_desk.services.person_export`, which makes the export document and its
PDF. Key-like columns (field clocks, search row ids) and binary values are left out; so are
the outbox, the erasure table and the prefix index.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from entryhub_desk.errors import DeskError
from entryhub_desk.store.connection import DeskConnection
from entryhub_desk.store.sync_tables import tables_with_column

_SKIP_COLUMNS = frozenset({"field_clocks", "sid"})
_SKIP_TABLES = frozenset({"outbox", "erasure", "person_prefix"})


@dataclass(frozen=True)
class PersonData:
    """The person's row, the rows naming her per table, and the audit entries about her."""

    person: dict[str, Any]
    records: dict[str, list[dict[str, Any]]]
    audit: list[dict[str, Any]]


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


def person_data(conn: DeskConnection, person_id: str) -> PersonData:
    """Every row about ``person_id`` (``store.not_found`` when there is no such person)."""
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
    return PersonData(person[0], records, audit)
