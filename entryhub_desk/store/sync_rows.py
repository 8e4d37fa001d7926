"""Row-level helpers of the sync apply path: reading and writing one record's columns,
decoding through its repository, and the conflicts table (record, settle, resolve by a write).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import sqlcipher3

from entryhub_desk.errors import DeskError
from entryhub_desk.ids import new_id
from entryhub_desk.store import field_clocks
from entryhub_desk.store.connection import DeskConnection, transaction
from entryhub_desk.store.hlc import Hlc
from entryhub_desk.store.identity import iso_utc
from entryhub_desk.store.outbox import JsonValue, record_change
from entryhub_desk.store.repositories.base import Repository, StoreContext, to_column


class Unready(Exception):
    """The change cannot be applied yet (missing columns or references): park it."""


def load_row(conn: DeskConnection, table: str, record_id: str) -> dict[str, Any] | None:
    cursor = conn.execute(f'SELECT * FROM "{table}" WHERE id = ?', (record_id,))  # noqa: S608
    row = cursor.fetchone()
    if row is None:
        return None
    return {str(d[0]): value for d, value in zip(cursor.description, row, strict=True)}


def decoded(repo: Repository[Any], row: Mapping[str, Any]) -> object:
    """The record of ``row`` (validated as the domain type does); Unready if it is none."""
    try:
        return repo._decode(dict(row))
    except (DeskError, KeyError, TypeError, ValueError) as error:
        raise Unready from error


def decoded_values(
    repo: Repository[Any], row: Mapping[str, Any]
) -> tuple[object, dict[str, JsonValue]]:
    obj = decoded(repo, row)
    return obj, repo._values(obj)


def later_fields(
    old: Mapping[str, Mapping[str, JsonValue]], new: Mapping[str, Mapping[str, JsonValue]]
) -> dict[str, Mapping[str, JsonValue]]:
    """``{field: {"value", "hlc"}}`` merged per field: the change with the later clock."""
    merged: dict[str, Mapping[str, JsonValue]] = dict(old)
    for name, change in new.items():
        before = merged.get(name)
        if before is None or str(change.get("hlc", "")) > str(before.get("hlc", "")):
            merged[name] = change
    return merged


def device_of(hlc: str) -> str:
    try:
        return Hlc.parse(hlc).device_id
    except ValueError:
        return ""


def write_columns(
    conn: DeskConnection, table: str, record_id: str, updates: Mapping[str, Any]
) -> None:
    assignments = ", ".join(f'"{name}" = ?' for name in updates)
    try:
        conn.execute(
            f'UPDATE "{table}" SET {assignments} WHERE id = ?',  # noqa: S608 - names are ours
            (*updates.values(), record_id),
        )
    except sqlcipher3.IntegrityError as error:
        raise Unready from error


def dump_value(value: JsonValue) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def record_conflict(
    ctx: StoreContext,
    entity: str,
    record_id: str,
    person_id: str | None,
    name: str,
    kept: tuple[JsonValue, str],
    lost: tuple[JsonValue, str],
) -> int:
    cursor = ctx.conn.execute(
        "INSERT OR IGNORE INTO sync_conflict (id, entity, entity_id, person_id, field, "
        "kept_value, kept_hlc, lost_value, lost_hlc, detected_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            new_id(),
            entity,
            record_id,
            person_id,
            name,
            dump_value(kept[0]),
            kept[1],
            dump_value(lost[0]),
            lost[1],
            iso_utc(ctx.clock()),
        ),
    )
    return max(int(cursor.rowcount), 0)


def settle(
    ctx: StoreContext, entity: str, record_id: str, name: str, value: JsonValue, hlc: str
) -> None:
    """A newer value equal to one side of an open conflict settles it (someone picked it)."""
    ctx.conn.execute(
        "UPDATE sync_conflict SET resolution = 'superseded', resolved_at = ? "
        "WHERE entity = ? AND entity_id = ? AND field = ? AND resolved_at IS NULL "
        "AND kept_hlc < ? AND lost_hlc < ? AND (kept_value = ? OR lost_value = ?)",
        (
            iso_utc(ctx.clock()),
            entity,
            record_id,
            name,
            hlc,
            hlc,
            dump_value(value),
            dump_value(value),
        ),
    )


# -- local writes on behalf of sync (conflict resolutions) -------------------------------------


def write_fields(
    ctx: StoreContext, entity: str, record_id: str, values: Mapping[str, JsonValue]
) -> str:
    """Write ``values`` as a new local change (even if equal to what is stored); returns the HLC.

    Used when a coordinator picks a conflict's value: the pick must reach every desk as an
    edit with a clock later than both sides.
    """
    from entryhub_desk.store.sync_tables import synced  # every repository: not at a log-in

    entry = synced(entity)
    if entry is None:
        raise DeskError("store.not_found", entity=entity, id=record_id)
    conn = ctx.conn
    with transaction(conn):
        row = load_row(conn, entry.table, record_id)
        if row is None:
            raise DeskError("store.not_found", entity=entity, id=record_id)
        clocks = field_clocks.read(conn, entry.table, row)
        hlc = record_change(
            conn,
            ctx.clock,
            entity=entity,
            entity_id=record_id,
            values=values,
            field_clocks=clocks,
        )
        updates: dict[str, Any] = {k: to_column(v) for k, v in values.items()}
        clocks.update(dict.fromkeys(values, hlc))
        repo = entry.repository(ctx)
        try:
            obj, _ = decoded_values(repo, {**row, **updates})
        except Unready:
            raise DeskError("validation.invalid", field=next(iter(values), "")) from None
        updates.update(repo._derived(obj))
        updates["field_clocks"] = field_clocks.write(conn, entry.table, str(row["origin"]), clocks)
        updates["updated_at"] = iso_utc(ctx.clock())
        try:
            write_columns(conn, entry.table, record_id, updates)
        except Unready:
            raise DeskError("validation.invalid", field=next(iter(values), "")) from None
    return hlc


def open_conflict_count(conn: DeskConnection) -> int:
    return int(
        conn.execute("SELECT count(*) FROM sync_conflict WHERE resolved_at IS NULL").fetchone()[0]
    )
