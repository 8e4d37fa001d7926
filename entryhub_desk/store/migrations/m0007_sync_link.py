"""Schema 7: what sync learnt about the link to its server.

``sync_state.link_json`` keeps the batch size, rate and compression ratio learnt with one server
(:mod:`entryhub_desk.sync.link`), so the next round starts where the last one ended instead of
small again; it is ignored when the server's address changes. Empty in an existing store.
"""

from __future__ import annotations

from entryhub_desk.store.connection import DeskConnection

VERSION = 7

STATEMENTS: tuple[str, ...] = ("ALTER TABLE sync_state ADD COLUMN link_json TEXT",)


def upgrade(conn: DeskConnection) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
