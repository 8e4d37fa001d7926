"""Moving the desk's own records when the server assigns something new.

- :func:`move_to_hub`: at enrolment, records made under the provisional hub id (and their
  waiting outbox entries) move to the hub the server named (:mod:`entryhub_desk.sync.enrolment`).
- :func:`move_to_epoch`: after a restore from backup, when the server already holds the
  desk's epoch, the waiting changes and the identity are renumbered into a fresh one
  (:mod:`entryhub_desk.sync.engine`).
"""

from __future__ import annotations

from entryhub_desk.store.connection import DeskConnection, transaction
from entryhub_desk.store.outbox import dump_fields, load_fields
from entryhub_desk.store.sync_tables import tables_with_column
from entryhub_wire import codes


def move_to_hub(conn: DeskConnection, old: str, new: str) -> None:
    """Records (and waiting changes) made under the provisional hub id move to the real one:
    the columns naming a record's hub (``hub_id``, and ``added_by_hub`` of the network's
    employers and openings, which the server checks: ``codes.ADDED_BY_HUB_FIELDS``).

    Runs in the caller's transaction (the enrolment stores the hub and the token with it)."""
    if old == new:
        return
    columns = sorted({"hub_id", *codes.ADDED_BY_HUB_FIELDS})
    for column in columns:
        for table in tables_with_column(conn, column):
            if table == "identity":
                continue
            conn.execute(
                f'UPDATE "{table}" SET "{column}" = ? WHERE "{column}" = ?',  # noqa: S608
                (new, old),
            )
    rows = conn.execute(
        "SELECT epoch, seq, fields_json FROM outbox WHERE fields_json LIKE ?", (f"%{old}%",)
    ).fetchall()
    for epoch, seq, fields_json in rows:
        fields = load_fields(fields_json)
        moved = False
        for column in columns:
            hub = fields.get(column)
            if isinstance(hub, dict) and hub.get("value") == old:
                hub["value"] = new
                moved = True
        if moved:
            conn.execute(
                "UPDATE outbox SET fields_json = ? WHERE epoch = ? AND seq = ?",
                (dump_fields(fields), epoch, seq),
            )


def move_to_epoch(conn: DeskConnection, old: int, new: int) -> None:
    """The waiting changes of epoch ``old`` and the identity move to epoch ``new`` (one
    transaction)."""
    with transaction(conn):
        conn.execute("UPDATE outbox SET epoch = ? WHERE epoch = ?", (new, old))
        conn.execute("UPDATE identity SET epoch = ?", (new,))
