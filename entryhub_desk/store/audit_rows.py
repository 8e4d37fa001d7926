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
