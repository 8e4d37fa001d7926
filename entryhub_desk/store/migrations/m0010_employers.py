"""Schema 10: employers, their contacts and log, openings, introductions and their steps.

Employers, contacts, the employer log and openings are network records (no ``person_id``:
every hub of the network holds them); introductions and their steps are about a person
(``person_id``), so erasure and scoping remove them with the person. Lists are JSON text,
partial dates ISO text (``2027``, ``2027-03``, ``2027-03-01``), flags 0/1, times fixed-width
UTC text. No foreign keys between these tables: sync may bring a step before its
introduction, or an introduction before its opening.
"""

from __future__ import annotations

from entryhub_desk.store.connection import DeskConnection

VERSION = 10

# Columns every synced table carries (as in schema 1).
_SYNCED = """
    id TEXT PRIMARY KEY NOT NULL,
    origin TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    field_clocks TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL"""

STATEMENTS: tuple[str, ...] = (
    f"""CREATE TABLE employer ({_SYNCED},
    name TEXT NOT NULL,
    org_number TEXT,
    sector TEXT NOT NULL DEFAULT '',
    municipality TEXT,
    notes TEXT NOT NULL DEFAULT '',
    added_by_hub TEXT NOT NULL,
    added_by TEXT,
    added_at TEXT NOT NULL
)""",
    "CREATE INDEX employer_name ON employer (name COLLATE NOCASE)",
    f"""CREATE TABLE employer_contact ({_SYNCED},
    employer_id TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    erased INTEGER NOT NULL DEFAULT 0 CHECK (erased IN (0, 1))
)""",
    "CREATE INDEX employer_contact_employer ON employer_contact (employer_id)",
    f"""CREATE TABLE employer_log ({_SYNCED},
    employer_id TEXT NOT NULL,
    at TEXT NOT NULL,
    text TEXT NOT NULL,
    hub_id TEXT NOT NULL,
    staff_id TEXT
)""",
    "CREATE INDEX employer_log_employer ON employer_log (employer_id, at)",
    f"""CREATE TABLE opening ({_SYNCED},
    employer_id TEXT NOT NULL,
    title TEXT NOT NULL,
    occupation TEXT,
    must_skills TEXT NOT NULL DEFAULT '[]',
    nice_skills TEXT NOT NULL DEFAULT '[]',
    languages TEXT NOT NULL DEFAULT '[]',
    licences TEXT NOT NULL DEFAULT '[]',
    min_education INTEGER,
    hard TEXT NOT NULL DEFAULT '[]',
    kind TEXT NOT NULL DEFAULT 'job',
    hours_per_week INTEGER,
    municipality TEXT,
    remote INTEGER NOT NULL DEFAULT 0 CHECK (remote IN (0, 1)),
    starts TEXT,
    apply_by TEXT,
    places INTEGER NOT NULL DEFAULT 1,
    state TEXT NOT NULL DEFAULT 'open',
    notes TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    added_by_hub TEXT NOT NULL,
    added_by TEXT,
    added_at TEXT NOT NULL
)""",
    "CREATE INDEX opening_state ON opening (state)",
    "CREATE INDEX opening_employer ON opening (employer_id)",
    "CREATE INDEX opening_source ON opening (source)",
    f"""CREATE TABLE introduction ({_SYNCED},
    person_id TEXT NOT NULL REFERENCES person (id),
    opening_id TEXT NOT NULL,
    hub_id TEXT NOT NULL,
    introduced_by TEXT,
    introduced_at TEXT NOT NULL,
    card TEXT NOT NULL DEFAULT 'anonymous',
    state TEXT NOT NULL DEFAULT 'sent',
    state_at TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
)""",
    "CREATE INDEX introduction_person ON introduction (person_id)",
    "CREATE INDEX introduction_opening ON introduction (opening_id)",
    f"""CREATE TABLE introduction_step ({_SYNCED},
    introduction_id TEXT NOT NULL,
    person_id TEXT NOT NULL REFERENCES person (id),
    state TEXT NOT NULL,
    at TEXT NOT NULL,
    staff_id TEXT
)""",
    "CREATE INDEX introduction_step_introduction ON introduction_step (introduction_id, at)",
    "CREATE INDEX introduction_step_person ON introduction_step (person_id)",
)


def upgrade(conn: DeskConnection) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
