"""The rows of the ``audit`` table: the last one, appending one, all in chain order.

What the rows mean (the HMAC chain, its key, its checks) is
:mod:`entryhub_desk.security.audit`; this module only reads and writes them. The caller holds
the transaction (an append reads the last row and writes the next under one write lock).
"""

from __future__ import annotations

from typing import Any, Final

from entryhub_desk.store.connection import DeskConnection

_COLUMNS: Final = "seq, at, staff_id, action, subject_id, details, prev_tag, tag"

# (seq, at, staff_id, action, subject_id, details, prev_tag, tag)
AuditRow = tuple[int, str, str | None, str, str | None, str, str, str]


def last_audit_row(conn: DeskConnection) -> tuple[int, str] | None:
    """``(seq, tag)`` of the newest row; None while the table is empty."""
    row = conn.execute("SELECT seq, tag FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    return None if row is None else (int(row[0]), str(row[1]))


def insert_audit_row(conn: DeskConnection, row: AuditRow) -> None:
    conn.execute(
        f"INSERT INTO audit ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",  # noqa: S608
        row,
    )


def audit_rows(conn: DeskConnection) -> list[tuple[Any, ...]]:
    """Every row as stored (columns in :data:`AuditRow` order), oldest first."""
    sql = f"SELECT {_COLUMNS} FROM audit ORDER BY seq"  # noqa: S608 - constant
    rows: list[tuple[Any, ...]] = conn.execute(sql).fetchall()
    return rows


def newest_audit_rows(
    conn: DeskConnection,
    *,
    staff_id: str | None = None,
    action: str | None = None,
    since: str | None = None,
    before: str | None = None,
    limit: int = 5000,
) -> list[tuple[Any, ...]]:
    """Rows matching every given filter, newest first, at most ``limit``.

    ``since``/``before`` are :func:`~entryhub_desk.store.identity.iso_utc` texts (fixed width,
    so they compare in time order): ``since <= at < before``. The filter runs in SQL so a
    coordinator narrowing a long log reads only the rows shown (the dialog used to decode the
    whole log on every change of a filter).
    """
    clauses: list[str] = []
    values: list[Any] = []
    for clause, value in (
        ("staff_id = ?", staff_id),
        ("action = ?", action),
        ("at >= ?", since),
        ("at < ?", before),
    ):
        if value is not None:
            clauses.append(clause)
            values.append(value)
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    sql = f"SELECT {_COLUMNS} FROM audit {where} ORDER BY seq DESC LIMIT ?"  # noqa: S608
    rows: list[tuple[Any, ...]] = conn.execute(sql, (*values, max(0, limit))).fetchall()
    return rows


def audit_actions(conn: DeskConnection) -> list[str]:
    """The distinct actions the log holds, sorted."""
    rows = conn.execute("SELECT DISTINCT action FROM audit ORDER BY action").fetchall()
    return [str(row[0]) for row in rows]
