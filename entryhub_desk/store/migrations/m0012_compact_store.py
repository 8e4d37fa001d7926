"""Schema 12: a smaller store.

- The rows' ``field_clocks`` in the compact text of :mod:`entryhub_desk.store.field_clocks`
  (fields grouped by clock, a bit set over the table's columns, the origin device's id left
  out), instead of JSON that spelt out every field's name and clock: a person's row held about
  1.1 KB of clocks, and 24 bytes now. Every row of every table with a ``field_clocks`` column
  is rewritten; the mapping each row holds is the same before and after (a row whose clocks
  the compact text cannot say stays JSON, which the program reads as before).
- The waiting changes of ``outbox`` in the compact form of
  :func:`entryhub_desk.store.outbox.dump_fields` (the change's one clock written once, not
  once per field), the same changes as before.
- Indexes that a longer index with the same leading column makes redundant are dropped:
  ``visit_person`` (``visit_last`` starts with ``person_id``) and the ``<profile>_person``
  indexes of the profile tables whose ``<profile>_match`` index starts with ``person_id``
  (a person's few entries in ``position`` order are sorted after the lookup).

``VACUUM`` cannot run inside the migration's transaction: the space comes back as pages are
reused.
"""

from __future__ import annotations

from typing import Any

from entryhub_desk.store import field_clocks
from entryhub_desk.store.connection import DeskConnection
from entryhub_desk.store.outbox import dump_fields, load_fields

VERSION = 12

REDUNDANT_INDEXES: tuple[str, ...] = (
    "visit_person",
    "profile_language_person",
    "profile_goals_person",
    "profile_driving_person",
    "profile_education_person",
)


def upgrade(conn: DeskConnection) -> None:
    for index in REDUNDANT_INDEXES:
        conn.execute(f'DROP INDEX IF EXISTS "{index}"')
    tables = [
        str(row[0])
        for row in conn.execute(
            "SELECT m.name FROM sqlite_master AS m WHERE m.type = 'table' AND EXISTS"
            " (SELECT 1 FROM pragma_table_info(m.name) WHERE name = 'field_clocks')"
            " ORDER BY m.name"
        ).fetchall()
    ]
    for table in tables:
        columns = field_clocks.columns_in_order(conn, table)
        rows = conn.execute(
            f'SELECT rowid, origin, field_clocks FROM "{table}"'  # noqa: S608 - names are ours
        ).fetchall()
        conn.executemany(
            f'UPDATE "{table}" SET field_clocks = ? WHERE rowid = ?',  # noqa: S608
            [
                (
                    field_clocks.encode(
                        columns,
                        str(origin),
                        field_clocks.decode(columns, str(origin), text),
                    ),
                    rowid,
                )
                for rowid, origin, text in rows
            ],
        )
    waiting = conn.execute("SELECT epoch, seq, fields_json FROM outbox").fetchall()
    compact = [(dump_fields(f), epoch, seq) for epoch, seq, f in _loaded(waiting) if f]
    conn.executemany("UPDATE outbox SET fields_json = ? WHERE epoch = ? AND seq = ?", compact)


def _loaded(rows: list[Any]) -> list[tuple[int, int, dict[str, Any]]]:
    return [(int(epoch), int(seq), load_fields(text)) for epoch, seq, text in rows]
