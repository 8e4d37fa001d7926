"""Schema 2: Reception: search keys and index, purposes, merge redirects."""

from __future__ import annotations

from entryhub_desk.store.connection import DeskConnection

VERSION = 2

STATEMENTS: tuple[str, ...] = ()


def upgrade(conn: DeskConnection) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
