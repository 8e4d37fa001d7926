"""Schema 5: signed role grants and the coordinator root key.

``staff_grant`` holds the desk's chain of signed grants (``entryhub_wire.grants``), one row
per grant in sequence order; ``identity.coordinator_root`` the root (Ed25519 public key) they
chain to. Both start empty in an existing store: the first coordinator who logs in after the
upgrade makes the root and signs the grants of the staff as they are then (docs/internals.md,
"Roles").
"""

from __future__ import annotations

from entryhub_desk.store.connection import DeskConnection

VERSION = 5

STATEMENTS: tuple[str, ...] = (
    """CREATE TABLE staff_grant (
    seq INTEGER PRIMARY KEY CHECK (seq >= 1),
    staff_id TEXT NOT NULL,
    grant_json TEXT NOT NULL,
    recorded_at TEXT NOT NULL
)""",
    "CREATE INDEX staff_grant_staff ON staff_grant (staff_id)",
    "ALTER TABLE identity ADD COLUMN coordinator_root BLOB",
)


def upgrade(conn: DeskConnection) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
