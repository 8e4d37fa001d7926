"""Schema 3: Competence profile entries and drafts."""

from __future__ import annotations

from entryhub_desk.store.connection import DeskConnection

VERSION = 3

STATEMENTS: tuple[str, ...] = ()


def upgrade(conn: DeskConnection) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
