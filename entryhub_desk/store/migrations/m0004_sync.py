"""Schema 4: Sync: enrolment and cursor, conflicts, erasures, parked remote changes."""

from __future__ import annotations

from entryhub_desk.store.connection import DeskConnection

VERSION = 4

STATEMENTS: tuple[str, ...] = (
    # One row: where this desk syncs to and how far it got. The token and the pinned server
    # keys live here, inside the encrypted store.
    """CREATE TABLE sync_state (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    server_url TEXT,
    device_token TEXT,
    network_id TEXT,
    server_signing_public BLOB,
    server_exchange_public BLOB,
    enrolled_at TEXT,
    revoked INTEGER NOT NULL DEFAULT 0 CHECK (revoked IN (0, 1)),
    cursor TEXT NOT NULL DEFAULT '0',
    last_sync_at TEXT,
    last_attempt_at TEXT,
    last_error TEXT,
    synced_epoch INTEGER,
    audit_flag TEXT,
    reported_audit_seq INTEGER NOT NULL DEFAULT 0
)""",
    "INSERT INTO sync_state (singleton) VALUES (1)",
    # A field that two desks changed since they last agreed: the value that lost the merge
    # is kept here until a coordinator picks one (nothing typed is silently lost).
    """CREATE TABLE sync_conflict (
    id TEXT PRIMARY KEY NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    person_id TEXT,
    field TEXT NOT NULL,
    kept_value TEXT NOT NULL,
    kept_hlc TEXT NOT NULL,
    lost_value TEXT NOT NULL,
    lost_hlc TEXT NOT NULL,
    detected_at TEXT NOT NULL,
    resolved_at TEXT,
    resolved_by TEXT,
    resolution TEXT CHECK (resolution IN ('kept', 'lost', 'superseded')),
    UNIQUE (entity, entity_id, field, lost_hlc)
)""",
    "CREATE INDEX sync_conflict_open ON sync_conflict (resolved_at, detected_at)",
    # Persons erased (right to be forgotten): only the tombstone is left.
    """CREATE TABLE erasure (
    person_id TEXT PRIMARY KEY NOT NULL,
    hlc TEXT NOT NULL,
    erased_at TEXT NOT NULL
)""",
    # Changes the server refused for good (acknowledged, never applied), kept aside.
    """CREATE TABLE sync_rejected (
    epoch INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    person_id TEXT,
    fields_json TEXT NOT NULL,
    reason TEXT NOT NULL,
    rejected_at TEXT NOT NULL,
    PRIMARY KEY (epoch, seq)
)""",
    # Pulled changes that cannot be applied yet (a record whose first change has not arrived,
    # a reference to a record not here yet); retried after every pull.
    """CREATE TABLE sync_parked (
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    fields_json TEXT NOT NULL,
    parked_at TEXT NOT NULL,
    PRIMARY KEY (entity, entity_id)
)""",
)


def upgrade(conn: DeskConnection) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
