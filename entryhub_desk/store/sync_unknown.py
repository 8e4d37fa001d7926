"""Fields and records from newer desks that this desk's schema does not know yet.

A desk with a newer program may send a field this desk has no column for, or a record of an
entity it has no table for. Dropping them would lose them for good (the cursor moves past the
change), so the apply path keeps them here, in ``sync_unknown``, with their clocks: per record
``{field: {"value", "hlc"}}`` merged by clock (the later one wins), the person the record is
about (so that erasure and scope removal purge them with the person) and the device that made
the record. After a migration that knows them, :func:`take_known` hands them back, and the
normal apply path merges them as if they had just arrived (last writer wins by clock: a newer
local edit keeps its value).

Not kept: records of desk-local entities (:data:`~entryhub_desk.store.sync_tables.
LOCAL_ENTITIES`, e.g. staff accounts), which a desk skips on purpose.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from entryhub_desk.store.connection import DeskConnection
from entryhub_desk.store.outbox import JsonValue
from entryhub_desk.store.sync_rows import device_of, later_fields

if TYPE_CHECKING:  # sync_tables (every repository) loads in take_known: unknown_count is light
    from entryhub_desk.store.sync_items import FieldChanges

Loser = tuple[str, tuple[JsonValue, str], tuple[JsonValue, str]]  # field, kept, lost


@dataclass(frozen=True)
class UnknownRecord:
    entity: str
    entity_id: str
    person_id: str | None
    origin: str
    fields: dict[str, Mapping[str, JsonValue]]
    lost: list[Loser]


def unknown_record_person(entity: str, entity_id: str, fields: FieldChanges) -> str | None:
    """The person a record of an unknown entity names (its own id for a person)."""
    if entity == "person":
        return entity_id
    named = fields.get("person_id", {}).get("value")
    return named if isinstance(named, str) else None


def park_unknown(
    conn: DeskConnection,
    record: tuple[str, str, str | None, str],
    fields: FieldChanges,
    *,
    now: str,
    lost: Sequence[Loser] = (),
) -> None:
    """Keep ``fields`` of ``record`` = (entity, entity_id, person_id, origin), merged by clock
    with what is kept already (inside the caller's transaction). An incoming value that loses
    to a later one kept from another device is kept too (``lost``), to become a conflict once
    the schema knows its field, as on the apply path."""
    entity, entity_id, person_id, origin = record
    if not fields and not lost:
        return
    row = conn.execute(
        "SELECT person_id, origin, fields_json, lost_json, parked_at FROM sync_unknown "
        "WHERE entity = ? AND entity_id = ?",
        (entity, entity_id),
    ).fetchone()
    losers: list[Loser] = [*lost]
    if row is not None:
        kept: FieldChanges = json.loads(str(row[2]))
        losers = [_loser(item) for item in json.loads(str(row[3]))] + losers
        for name, change in fields.items():
            before = kept.get(name)
            hlc, value = str(change.get("hlc", "")), change.get("value")
            kept_hlc = "" if before is None else str(before.get("hlc", ""))
            if before is None or hlc >= kept_hlc or value == before.get("value"):
                continue
            if device_of(hlc) != device_of(kept_hlc):
                losers.append((name, (before.get("value"), kept_hlc), (value, hlc)))
        fields = later_fields(kept, fields)
        person_id = person_id or (None if row[0] is None else str(row[0]))
        origin = str(row[1]) or origin
        now = str(row[4])  # the first arrival keeps its place in the order
    conn.execute(
        "INSERT OR REPLACE INTO sync_unknown "
        "(entity, entity_id, person_id, origin, fields_json, lost_json, parked_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            entity,
            entity_id,
            person_id,
            origin,
            json.dumps(fields, ensure_ascii=False, sort_keys=True),
            json.dumps(losers, ensure_ascii=False),
            now,
        ),
    )


def _loser(item: list[Any]) -> Loser:
    name, kept, lost = item
    return (str(name), (kept[0], str(kept[1])), (lost[0], str(lost[1])))


def unknown_count(conn: DeskConnection) -> int:
    return int(conn.execute("SELECT count(*) FROM sync_unknown").fetchone()[0])


def take_known(conn: DeskConnection) -> list[UnknownRecord]:
    """Remove and return the kept records of which the schema now knows at least one field
    (inside the caller's transaction; what is still unknown is kept again when applied)."""
    if unknown_count(conn) == 0:
        return []
    from entryhub_desk.store.sync_tables import synced, table_columns

    columns: dict[str, set[str]] = {}
    found: list[UnknownRecord] = []
    rows = conn.execute(
        "SELECT entity, entity_id, person_id, origin, fields_json, lost_json FROM sync_unknown "
        "ORDER BY parked_at, entity, entity_id"
    ).fetchall()
    for entity, entity_id, person_id, origin, fields_json, lost_json in rows:
        entry = synced(str(entity))
        if entry is None:
            continue
        if entry.table not in columns:
            columns[entry.table] = table_columns(conn, entry.table)
        fields: dict[str, Mapping[str, JsonValue]] = json.loads(str(fields_json))
        if not columns[entry.table] & set(fields):
            continue
        found.append(
            UnknownRecord(
                str(entity),
                str(entity_id),
                None if person_id is None else str(person_id),
                str(origin),
                fields,
                [_loser(item) for item in json.loads(str(lost_json))],
            )
        )
        conn.execute(
            "DELETE FROM sync_unknown WHERE entity = ? AND entity_id = ?", (entity, entity_id)
        )
    return found
