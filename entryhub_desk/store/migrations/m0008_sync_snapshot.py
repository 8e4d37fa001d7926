"""Schema 8: how far a new desk's first sync (the server's snapshot) got.

``sync_state.snapshot_json`` holds ``{"position": …, "after": …}`` while the snapshot's pages
are being applied (:mod:`entryhub_desk.sync.first_sync`): a round cut short goes on from the
next page, and the log is pulled from the first page's position once the last page is in.
Empty (null) otherwise.
"""

from __future__ import annotations

from entryhub_desk.store.connection import DeskConnection

VERSION = 8

STATEMENTS: tuple[str, ...] = ("ALTER TABLE sync_state ADD COLUMN snapshot_json TEXT",)


def upgrade(conn: DeskConnection) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
