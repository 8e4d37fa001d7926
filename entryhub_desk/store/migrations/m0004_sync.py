"""Schema 4: Sync: cursors, conflicts, enrolment."""

from __future__ import annotations

from entryhub_desk.store.connection import DeskConnection

VERSION = 4

STATEMENTS: tuple[str, ...] = ()


def upgrade(conn: DeskConnection) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
