"""Schema 6: fields and records from newer desks that this schema does not know yet.

A pulled change may carry a field this desk has no column for, or a whole record of an entity
it has no table for (written by a desk with a newer program). They are kept in ``sync_unknown``
with their clocks (``fields_json`` as in the outbox: ``{field: {"value", "hlc"}}``; ``lost_json``
the values that lost to a later one from another device, recorded as conflicts once the schema
knows their field: ``[[field, [kept value, hlc], [lost value, hlc]], …]``), and applied
through the normal apply path once a migration adds what they need
(:func:`entryhub_desk.store.sync_apply.apply_unknown`). ``person_id`` names the person they are
about, so erasure and scope removal purge them with the person.
"""

from __future__ import annotations

from entryhub_desk.store.connection import DeskConnection

VERSION = 6

STATEMENTS: tuple[str, ...] = (
    """CREATE TABLE sync_unknown (
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    person_id TEXT,
    origin TEXT NOT NULL,
    fields_json TEXT NOT NULL,
    lost_json TEXT NOT NULL DEFAULT '[]',
    parked_at TEXT NOT NULL,
    PRIMARY KEY (entity, entity_id)
)""",
    "CREATE INDEX sync_unknown_person ON sync_unknown (person_id)",
)


def upgrade(conn: DeskConnection) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
