"""The one path by which changes from other desks reach the local tables.

Used by the online pull and by offline answer bundles alike. :func:`apply_remote` takes a
batch of changes in the server's order and, in **one transaction**, merges them field by field,
records conflicts, purges erased persons and persons that left this hub's scope, advances the
desk's HLC past every clock it saw (:func:`~entryhub_desk.store.outbox.observe_hlc`) and stores
the new cursor. A failure leaves both rows and cursor as they were.

Merge, per field: the later HLC wins (the HLC string ends with the device id, so ties are
broken by device id). The server hands changes out in an order that respects causality (a
change made after pulling another comes after it), so an incoming clock *older* than the local
one means the two desks changed the field without seeing each other's change: the incoming
value loses and is kept in ``sync_conflict``. An incoming *newer* value that overwrites a local
change still waiting in the outbox is a conflict too (the other desk cannot have seen it); the
local value is kept there. A later value equal to one side of an open conflict settles it
(``superseded``: someone picked it, here or on another desk).

A change that cannot be applied yet (its record's first change, or a record it refers to, has
not arrived) is parked in ``sync_parked`` and retried after each batch. Fields and records this
schema does not know (from a desk with a newer program) are kept in ``sync_unknown`` with their
clocks and applied by :func:`apply_unknown` once a migration knows them.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

import sqlcipher3

from entryhub_desk.store import field_clocks
from entryhub_desk.store.connection import DeskConnection, transaction
from entryhub_desk.store.erasure import erase_here, erased_persons, ledger_of, note_erasures
from entryhub_desk.store.erasure_ledger import load_ledger
from entryhub_desk.store.hlc import Hlc
from entryhub_desk.store.identity import iso_utc
from entryhub_desk.store.outbox import load_fields, observe_hlc
from entryhub_desk.store.repositories.base import Repository, StoreContext, to_column
from entryhub_desk.store.sync_bulk import LOCAL_COLUMNS, NewRecords, new_row
from entryhub_desk.store.sync_erasable import erase_traces, erases, erasure_rule
from entryhub_desk.store.sync_items import (
    ApplyResult,
    FieldChanges,
    RemoteChange,
    RemoteErasure,
    RemoteItem,
    ScopeRemoval,
    coalesce,
    is_erasure,
)
from entryhub_desk.store.sync_rows import (
    Unready,
    decoded_values,
    device_of,
    later_fields,
    load_row,
    open_conflict_count,
    record_conflict,
    settle,
    write_columns,
)
from entryhub_desk.store.sync_tables import (
    LOCAL_ENTITIES,
    SyncedTable,
    finish_purge,
    purge_person,
    synced,
    table_columns,
)
from entryhub_desk.store.sync_unknown import (
    park_unknown,
    take_known,
    unknown_count,
    unknown_record_person,
)

__all__ = [  # the items are declared in sync_items; callers take them from here too
    "ApplyResult",
    "RemoteChange",
    "RemoteErasure",
    "RemoteItem",
    "ScopeRemoval",
    "apply_remote",
    "apply_unknown",
    "coalesce",
    "erase_here",
    "is_erased",
    "is_erasure",
]

_LOCAL_COLUMNS = LOCAL_COLUMNS


def apply_remote(
    ctx: StoreContext,
    items: Sequence[RemoteItem],
    *,
    cursor: str | None,
    fresh_local: Mapping[tuple[str, str, str], str] | None = None,
) -> ApplyResult:
    """Apply pulled changes and store ``cursor`` (None: keep it), all in one transaction.

    ``fresh_local``: this desk's changes pushed in the same round (see :class:`ApplyResult`).
    """
    conn = ctx.conn
    result = ApplyResult(fresh_local=fresh_local or {})
    purged = False
    with transaction(conn):
        result.open_conflicts = open_conflict_count(conn) > 0
        # the erasure record: the table and the ledger beside the store (which outlives a
        # restore), read once; changes of an erased person are skipped
        ledger = load_ledger(ledger_of(conn))
        result.erased = erased_persons(conn, ledger)
        result.parked_keys = {
            (str(r[0]), str(r[1]))
            for r in conn.execute("SELECT entity, entity_id FROM sync_parked")
        }
        batch = coalesce(items)
        fresh = NewRecords(
            ctx,
            result,
            [item for item in batch if isinstance(item, RemoteChange)],
            columns=lambda table: _columns(ctx, table, result),
            repository=lambda entry: _repository(ctx, entry, result),
            person_of=lambda entry, change: _person_named(entry, change, None),
        )

        def one_by_one(change: RemoteChange) -> None:
            _apply_change(ctx, change, result)  # notes the persons it changed
            fresh.note_held(change.entity, change.entity_id)

        for item in batch:
            if isinstance(item, RemoteChange) and fresh.take(item):
                _note_hlcs(result, item.fields)  # a new record, written with the others
                result.changed_entities.add(item.entity)
                continue
            fresh.flush(one_by_one)
            if isinstance(item, ScopeRemoval):
                _purge(conn, item.person_id, result, erase=False)
                purged = True
                continue
            if isinstance(item, RemoteErasure):
                _note_hlcs(result, {"deleted": {"hlc": item.hlc}})
                erase_here(conn, ctx.clock, item.person_id, item.hlc)
                result.erased.add(item.person_id)
                result.purged_persons.append(item.person_id)
                result.applied += 1
                purged = True
                continue
            _note_hlcs(result, item.fields)
            if is_erasure(item):
                hlc = str(item.fields["deleted"].get("hlc", ""))
                erase_here(conn, ctx.clock, item.entity_id, hlc)
                result.erased.add(item.entity_id)
                result.purged_persons.append(item.entity_id)
                result.applied += 1
                purged = True
            else:
                one_by_one(item)
                result.changed_entities.add(item.entity)
        fresh.flush(one_by_one)
        _retry_parked(ctx, result)
        for table, ids in sorted(result.applied_ids.items()):
            hook = synced(table)
            if hook is not None and hook.on_applied is not None:
                hook.on_applied(ctx, ids)
        # the ledger gets this batch's erasures (and any it lacks, e.g. from before it
        # existed), fsynced before they commit; read and written again only when the table
        # holds one it lacks (or it was damaged)
        note_erasures(conn, seen=ledger)
        if result.max_hlc is not None:
            observe_hlc(conn, ctx.clock, result.max_hlc)
        if cursor is not None:
            conn.execute("UPDATE sync_state SET cursor = ?", (cursor,))
    if purged:
        finish_purge(conn)
    return result


def _note_hlcs(result: ApplyResult, fields: FieldChanges) -> None:
    for change in fields.values():
        hlc = change.get("hlc")
        if isinstance(hlc, str) and (result.max_hlc is None or hlc > result.max_hlc):
            try:
                Hlc.parse(hlc)
            except ValueError:
                continue
            result.max_hlc = hlc


def _purge(conn: DeskConnection, person_id: str, result: ApplyResult, *, erase: bool) -> None:
    result.purged += purge_person(conn, person_id, erase=erase)
    result.purged_persons.append(person_id)


def is_erased(conn: DeskConnection, person_id: str) -> bool:
    found = conn.execute("SELECT 1 FROM erasure WHERE person_id = ?", (person_id,)).fetchone()
    return found is not None


# -- one change ---------------------------------------------------------------------------


def _person_named(
    entry: SyncedTable,
    change: RemoteChange,
    row: Mapping[str, Any] | None,
    fields: FieldChanges | None = None,
) -> str | None:
    """The person the record is about: by its incoming ``fields`` (the change's own, or
    with the parked ones merged in), else the stored row, else the change's label."""
    column = entry.person_column
    if column is None:
        return None
    if column == "id":
        return change.entity_id
    incoming = (change.fields if fields is None else fields).get(column, {}).get("value")
    if isinstance(incoming, str):
        return incoming
    if row is not None and row.get(column) is not None:
        return str(row[column])
    return change.person_id


def _apply_change(ctx: StoreContext, change: RemoteChange, result: ApplyResult) -> None:
    entry = synced(change.entity)
    if entry is None:
        owner = unknown_record_person(change.entity, change.entity_id, change.fields)
        owner = owner or change.person_id
        if change.entity not in LOCAL_ENTITIES and owner not in result.erased:
            _keep_unknown(ctx, change, change.fields, owner)  # for the schema that knows it
        result.skipped += 1
        return
    conn = ctx.conn
    key = (change.entity, change.entity_id)
    row = load_row(conn, entry.table, change.entity_id)
    fields = dict(change.fields)
    parked = None
    if key in result.parked_keys:
        parked = conn.execute(
            "SELECT fields_json FROM sync_parked WHERE entity = ? AND entity_id = ?", key
        ).fetchone()
    if parked is not None:
        fields = later_fields(json.loads(str(parked[0])), fields)
    # (a parked change retried names its person in its parked fields only)
    person_id = _person_named(entry, change, row, fields)
    if person_id is not None and person_id in result.erased:
        if key in result.parked_keys:
            _unpark(ctx, key, result)
        result.skipped += 1
        return
    # No savepoint: a change that cannot be applied fails before it writes (decoding) or in
    # one statement (constraints), so there is nothing to roll back but that statement.
    try:
        if row is None:
            _insert(ctx, entry, change, fields, result)
        else:
            result.conflicts += _update(ctx, entry, change.entity_id, row, fields, result)
            result.open_conflicts = result.open_conflicts or result.conflicts > 0
    except Unready:
        _park(ctx, change.entity, change.entity_id, fields)
        result.parked_keys.add(key)
        result.parked += 1
        return
    if parked is not None:
        _unpark(ctx, key, result)
    known = _columns(ctx, entry.table, result) | _LOCAL_COLUMNS
    _keep_unknown(ctx, change, {k: v for k, v in fields.items() if k not in known}, person_id)
    if erases(change.entity, fields):  # an erased contact: no earlier value kept (sync_erasable)
        erase_traces(conn, change.entity, change.entity_id)
    if entry.on_applied is not None:  # run once for the batch, see apply_remote
        result.applied_ids.setdefault(entry.table, set()).add(change.entity_id)
    result.applied += 1
    # the screens are told of the record's person and, for a merge, of the kept person
    kept = fields.get("merged_into", {}).get("value") if change.entity == "person" else None
    result.changed_persons.update(p for p in (person_id, kept) if isinstance(p, str))


def _keep_unknown(
    ctx: StoreContext, change: RemoteChange, fields: FieldChanges, person_id: str | None
) -> None:
    record = (change.entity, change.entity_id, person_id, change.origin)
    park_unknown(ctx.conn, record, fields, now=iso_utc(ctx.clock()))


def apply_unknown(ctx: StoreContext) -> ApplyResult | None:
    """Apply the kept fields and records that the schema now knows (after a migration), in one
    transaction, through the normal path: per field the later clock wins, so a newer local edit
    keeps its value. None when there was nothing to apply."""
    if unknown_count(ctx.conn) == 0:  # the usual opening: no write lock taken for nothing
        return None
    with transaction(ctx.conn):
        kept = take_known(ctx.conn)
        if not kept:
            return None
        items = [RemoteChange(k.entity, k.entity_id, k.fields, k.origin, k.person_id) for k in kept]
        result = apply_remote(ctx, items, cursor=None)
        for k in kept:  # values that lost between newer desks: conflicts now, as on arrival
            table = synced(k.entity)
            known = set() if table is None else _columns(ctx, table.table, result)
            if k.person_id in result.erased or not k.lost:
                continue
            for name, winner, loser in k.lost:
                if name in known:
                    record_conflict(ctx, k.entity, k.entity_id, k.person_id, name, winner, loser)
            still = [item for item in k.lost if item[0] not in known]
            record = (k.entity, k.entity_id, k.person_id, k.origin)
            park_unknown(ctx.conn, record, {}, now=iso_utc(ctx.clock()), lost=still)
        return result


def _unpark(ctx: StoreContext, key: tuple[str, str], result: ApplyResult) -> None:
    ctx.conn.execute("DELETE FROM sync_parked WHERE entity = ? AND entity_id = ?", key)
    result.parked_keys.discard(key)


def _park(ctx: StoreContext, entity: str, entity_id: str, fields: FieldChanges) -> None:
    ctx.conn.execute(
        "INSERT OR REPLACE INTO sync_parked (entity, entity_id, fields_json, parked_at) "
        "VALUES (?, ?, ?, ?)",
        (entity, entity_id, json.dumps(fields, sort_keys=True), iso_utc(ctx.clock())),
    )


def _retry_parked(ctx: StoreContext, result: ApplyResult) -> None:
    """Apply parked changes whose missing pieces have arrived (repeat while that helps)."""
    parked_before = result.parked
    while True:
        rows = ctx.conn.execute(
            "SELECT entity, entity_id FROM sync_parked ORDER BY parked_at, entity_id"
        ).fetchall()
        for entity, entity_id in rows:
            # the parked fields are merged in by _apply_change itself
            _apply_change(ctx, RemoteChange(str(entity), str(entity_id), {}), result)
        left = int(ctx.conn.execute("SELECT count(*) FROM sync_parked").fetchone()[0])
        if not rows or left >= len(rows):
            break
    result.parked = parked_before


def _repository(
    ctx: StoreContext, entry: SyncedTable, result: ApplyResult | None = None
) -> Repository[Any]:
    if result is None:
        return entry.repository(ctx)
    repo = result.repositories.get(entry.table)
    if repo is None:
        repo = result.repositories[entry.table] = entry.repository(ctx)
    return repo


def _columns(ctx: StoreContext, table: str, result: ApplyResult) -> set[str]:
    found = result.columns.get(table)
    if found is None:
        found = result.columns[table] = table_columns(ctx.conn, table)
    return found


def _insert(
    ctx: StoreContext,
    entry: SyncedTable,
    change: RemoteChange,
    fields: FieldChanges,
    result: ApplyResult,
) -> None:
    columns = _columns(ctx, entry.table, result)
    repo = _repository(ctx, entry, result)
    order = field_clocks.columns_in_order(ctx.conn, entry.table)
    stored = new_row(repo, columns, order, change, fields, iso_utc(ctx.clock()))
    names = ", ".join(f'"{name}"' for name in stored)
    marks = ", ".join("?" for _ in stored)
    try:
        ctx.conn.execute(
            f'INSERT INTO "{entry.table}" ({names}) VALUES ({marks})',  # noqa: S608
            tuple(stored.values()),
        )
    except sqlcipher3.IntegrityError as error:
        raise Unready from error


def _update(
    ctx: StoreContext,
    entry: SyncedTable,
    record_id: str,
    row: dict[str, Any],
    fields: FieldChanges,
    result: ApplyResult,
) -> int:
    """Merge ``fields`` into the stored ``row``; returns the number of conflicts recorded."""
    conn = ctx.conn
    columns = _columns(ctx, entry.table, result)
    repo = _repository(ctx, entry, result)
    _, local_values = decoded_values(repo, row)
    local_values.setdefault("deleted", bool(row.get("deleted")))
    clocks = field_clocks.read(conn, entry.table, row)
    person_id = _person_named(entry, RemoteChange(entry.entity, record_id, {}), row)
    updates: dict[str, Any] = {}
    conflicts = 0
    # an erasure's personal fields win whatever their clocks; an erased record takes no new
    # value for them (sync_erasable)
    forced, refused = erasure_rule(entry.entity, fields, row)
    for name, change in fields.items():
        if name not in columns or name in _LOCAL_COLUMNS or name in refused:
            continue
        value, hlc = change.get("value"), str(change.get("hlc", ""))
        local_hlc = clocks.get(name)
        local_value = local_values.get(name)
        if hlc == local_hlc:
            continue
        if name in forced and local_hlc is not None and hlc < local_hlc:
            if value != local_value:  # the later clock stays: nothing older overwrites it
                updates[name] = to_column(value)
            continue
        if local_hlc is None or hlc > local_hlc:
            if (
                name not in forced
                and local_hlc is not None
                and value != local_value
                and (
                    result.fresh_local.get((entry.entity, record_id, name)) == local_hlc
                    or _pending_here(ctx, entry.entity, record_id, name, local_hlc)
                )
            ):
                conflicts += record_conflict(
                    ctx,
                    entry.entity,
                    record_id,
                    person_id,
                    name,
                    (value, hlc),
                    (local_value, local_hlc),
                )
            updates[name] = to_column(value) if name != "deleted" else int(bool(value))
            clocks[name] = hlc
            if result.open_conflicts:
                settle(ctx, entry.entity, record_id, name, value, hlc)
        elif value != local_value and device_of(hlc) not in (
            ctx.identity.device_id,
            device_of(local_hlc),  # one device's own changes are never concurrent
        ):
            conflicts += record_conflict(
                ctx,
                entry.entity,
                record_id,
                person_id,
                name,
                (local_value, local_hlc),
                (value, hlc),
            )
    if updates:
        merged = {**row, **updates}
        obj, _ = decoded_values(repo, merged)
        updates.update(repo._derived(obj))
        updates["field_clocks"] = field_clocks.write(conn, entry.table, str(row["origin"]), clocks)
        updates["updated_at"] = iso_utc(ctx.clock())
        write_columns(conn, entry.table, record_id, updates)
    return conflicts


def _pending_here(ctx: StoreContext, entity: str, record_id: str, name: str, hlc: str) -> bool:
    """Is the local change of ``name`` at ``hlc`` still waiting in this desk's outbox?"""
    if device_of(hlc) != ctx.identity.device_id:
        return False
    for (fields_json,) in ctx.conn.execute(
        "SELECT fields_json FROM outbox WHERE entity = ? AND entity_id = ?", (entity, record_id)
    ).fetchall():
        change = load_fields(fields_json).get(name)
        if isinstance(change, dict) and change.get("hlc") == hlc:
            return True
    return False
