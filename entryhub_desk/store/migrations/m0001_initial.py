"""Schema 1: identity, staff, person, visit, consent, outbox, audit."""

from __future__ import annotations

from entryhub_desk.store.connection import DeskConnection

VERSION = 1

# Columns every synced table carries (DESIGN.md, "Sync").
_SYNCED = """
    id TEXT PRIMARY KEY NOT NULL,
    origin TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    field_clocks TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL"""

STATEMENTS = (
    """CREATE TABLE identity (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    database_uuid TEXT NOT NULL,
    device_id TEXT NOT NULL,
    epoch INTEGER NOT NULL CHECK (epoch >= 1),
    hub_id TEXT NOT NULL,
    hub_name TEXT NOT NULL,
    signing_private BLOB NOT NULL,
    signing_public BLOB NOT NULL,
    exchange_private BLOB NOT NULL,
    exchange_public BLOB NOT NULL,
    audit_secret BLOB NOT NULL,
    hlc_ms INTEGER NOT NULL DEFAULT 0,
    hlc_counter INTEGER NOT NULL DEFAULT 0,
    next_outbox_seq INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL
)""",
    f"""CREATE TABLE staff ({_SYNCED},
    name TEXT NOT NULL,
    name_key TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL CHECK (role IN ('receptionist', 'volunteer', 'coordinator')),
    active INTEGER NOT NULL CHECK (active IN (0, 1))
)""",
    f"""CREATE TABLE person ({_SYNCED},
    given_name TEXT NOT NULL,
    family_name TEXT NOT NULL,
    original_script_name TEXT,
    birth_year INTEGER,
    gender TEXT NOT NULL,
    country_of_birth TEXT,
    languages TEXT NOT NULL DEFAULT '[]',
    phone TEXT,
    email TEXT,
    municipality TEXT,
    arrival_year INTEGER,
    hub_id TEXT NOT NULL
)""",
    "CREATE INDEX person_phone ON person (phone)",
    f"""CREATE TABLE visit ({_SYNCED},
    person_id TEXT NOT NULL REFERENCES person (id),
    hub_id TEXT NOT NULL,
    visited_at TEXT NOT NULL,
    purposes TEXT NOT NULL DEFAULT '[]',
    note TEXT NOT NULL DEFAULT '',
    referral TEXT NOT NULL DEFAULT '',
    handled_by TEXT,
    state TEXT NOT NULL CHECK (state IN ('waiting', 'in_meeting', 'done'))
)""",
    "CREATE INDEX visit_person ON visit (person_id)",
    "CREATE INDEX visit_visited_at ON visit (visited_at)",
    f"""CREATE TABLE consent ({_SYNCED},
    person_id TEXT NOT NULL REFERENCES person (id),
    purpose TEXT NOT NULL,
    notice_version TEXT NOT NULL,
    given INTEGER NOT NULL CHECK (given IN (0, 1)),
    recorded_at TEXT NOT NULL,
    staff_id TEXT NOT NULL,
    withdraws TEXT REFERENCES consent (id)
)""",
    "CREATE INDEX consent_person ON consent (person_id)",
    """CREATE TABLE outbox (
    epoch INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    device_id TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    fields_json TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (epoch, seq)
)""",
    """CREATE TABLE audit (
    seq INTEGER PRIMARY KEY NOT NULL,
    at TEXT NOT NULL,
    staff_id TEXT,
    action TEXT NOT NULL,
    subject_id TEXT,
    details TEXT NOT NULL,
    prev_tag TEXT NOT NULL,
    tag TEXT NOT NULL
)""",
)


def upgrade(conn: DeskConnection) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
