"""Schema 3: Competence profile entries and drafts.

One synced table per kind of entry (``profile_<kind>``), each row with ``person_id`` and
``position`` (order within the person's list). Lists are JSON text, partial dates ISO text
(``2014``, ``2014-05``, ``2014-05-03``), flags 0/1. ``profile_draft`` holds the editor's
unsaved forms on this desk only (never synced). ``person.phone_as_written`` keeps a phone
number that is not valid as it was written (e.g. from an imported CV).
"""

from __future__ import annotations

from entryhub_desk.store.connection import DeskConnection

VERSION = 3

# Columns every synced table carries (as in schema 1), then the entry's owner and place.
_ENTRY = """
    id TEXT PRIMARY KEY NOT NULL,
    origin TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    field_clocks TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    person_id TEXT NOT NULL REFERENCES person (id),
    position INTEGER NOT NULL DEFAULT 0"""

_TABLES: dict[str, str] = {
    "profile_goals": """
    wants TEXT NOT NULL DEFAULT '[]',
    desired_occupations TEXT NOT NULL DEFAULT '[]',
    available_from TEXT,
    hours_per_week INTEGER,
    summary TEXT NOT NULL DEFAULT '',
    appraisal TEXT NOT NULL DEFAULT ''""",
    "profile_next_step": """
    text TEXT NOT NULL,
    due TEXT,
    done INTEGER NOT NULL DEFAULT 0""",
    "profile_language": """
    language TEXT NOT NULL,
    mother_tongue INTEGER NOT NULL DEFAULT 0,
    listening TEXT,
    reading TEXT,
    spoken_interaction TEXT,
    spoken_production TEXT,
    writing TEXT,
    certificate TEXT NOT NULL DEFAULT ''""",
    "profile_education": """
    institution TEXT NOT NULL DEFAULT '',
    country TEXT,
    field TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    isced_level INTEGER,
    eqf_level INTEGER,
    start TEXT,
    "end" TEXT,
    completed INTEGER,
    documents_available INTEGER""",
    "profile_credential": """
    name TEXT NOT NULL,
    issuer TEXT NOT NULL DEFAULT '',
    issued TEXT,
    issuing_country TEXT,
    status TEXT NOT NULL,
    authority TEXT NOT NULL DEFAULT '',
    recognised_as TEXT NOT NULL DEFAULT '',
    decision_date TEXT,
    bridging TEXT NOT NULL""",
    "profile_work": """
    title TEXT NOT NULL DEFAULT '',
    occupation TEXT,
    isco_group TEXT,
    employer TEXT NOT NULL DEFAULT '',
    place TEXT NOT NULL DEFAULT '',
    country TEXT,
    start TEXT,
    "end" TEXT,
    description TEXT NOT NULL DEFAULT '',
    tasks TEXT NOT NULL DEFAULT '[]',
    work_type TEXT NOT NULL""",
    "profile_skill": """
    skill TEXT,
    free_text TEXT NOT NULL DEFAULT '',
    level TEXT,
    shown_by TEXT NOT NULL,
    keywords TEXT NOT NULL DEFAULT '[]'""",
    "profile_digital": """
    area TEXT NOT NULL,
    level TEXT NOT NULL""",
    "profile_driving": """
    categories TEXT NOT NULL DEFAULT '[]',
    issuing_country TEXT,
    valid_in_sweden INTEGER""",
    "profile_interest": """
    name TEXT NOT NULL,
    keywords TEXT NOT NULL DEFAULT '[]'""",
    "profile_business": """
    idea TEXT NOT NULL DEFAULT '',
    sector TEXT,
    experience TEXT NOT NULL DEFAULT '',
    support_wanted TEXT NOT NULL DEFAULT ''""",
}

STATEMENTS: tuple[str, ...] = (
    *(f"CREATE TABLE {name} ({_ENTRY},{columns}\n)" for name, columns in _TABLES.items()),
    *(f"CREATE INDEX {name}_person ON {name} (person_id, position)" for name in _TABLES),
    """CREATE TABLE profile_draft (
    person_id TEXT NOT NULL,
    entry_kind TEXT NOT NULL,
    entry_id TEXT NOT NULL,
    payload TEXT NOT NULL,
    staff_id TEXT NOT NULL,
    saved_at TEXT NOT NULL,
    PRIMARY KEY (person_id, entry_kind, entry_id)
)""",
    "ALTER TABLE person ADD COLUMN phone_as_written TEXT",
)


def upgrade(conn: DeskConnection) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
