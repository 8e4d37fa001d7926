"""Inserting the new records of a pulled batch together (a first sync's snapshot pages bring
hundreds of persons each): one ``executemany`` per table and column set instead of a lookup
and an insert per record.

Only a change of a record this store does not hold takes this path, and only a plain one: a
known entity, every field a column (nothing kept for a later schema), no erasure, nothing
parked for the record, not a person erased here, the record not twice in the batch. Each is
validated as the one-by-one path validates it (through its repository: a value the domain
refuses makes the change go that way, where it is parked). Everything else goes through
:func:`~entryhub_desk.store.sync_apply.apply_remote`'s one-by-one path, and the records
gathered here are written before any such change is applied, so the batch keeps its order.
A batch the database refuses (a reference to a record not yet here, a constraint) is rolled
back to its savepoint and applied one by one, where what cannot be applied yet is parked.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import sqlcipher3

from entryhub_desk.store import field_clocks
from entryhub_desk.store.identity import iso_utc
from entryhub_desk.store.repositories.base import Repository, StoreContext, to_column
from entryhub_desk.store.sync_erasable import erases
from entryhub_desk.store.sync_items import ApplyResult, FieldChanges, RemoteChange, is_erasure
from entryhub_desk.store.sync_rows import Unready, decoded, device_of
from entryhub_desk.store.sync_tables import SyncedTable, synced

# columns the desk keeps itself: an incoming field of that name is ignored
LOCAL_COLUMNS = frozenset({"id", "origin", "field_clocks", "created_at", "updated_at"})


def new_row(
    repo: Repository[Any],
    columns: set[str],
    order: tuple[str, ...],
    change: RemoteChange,
    fields: FieldChanges,
    now: str,
) -> dict[str, Any]:
    """The columns to insert for a record first seen in ``change`` (with ``fields``, the
    change's own or merged with parked ones); Unready when its record does not validate."""
    clocks: dict[str, str] = {}
    stored: dict[str, Any] = {}
    for name, field in fields.items():  # one pass: a first sync takes thousands a page
        if name in columns and name not in LOCAL_COLUMNS:
            value = field.get("value")
            stored[name] = to_column(value) if isinstance(value, list | dict) else value
            clocks[name] = str(field.get("hlc"))
    origin = change.origin or device_of(max(clocks.values(), default="")) or "unknown"
    deleted = fields["deleted"].get("value") if "deleted" in clocks else 0
    stored["id"] = change.entity_id
    stored["origin"] = origin
    stored["deleted"] = int(bool(deleted))
    stored["field_clocks"] = field_clocks.encode(order, origin, clocks)
    stored["created_at"] = stored["updated_at"] = now
    row = dict.fromkeys(columns)
    row.update(stored)
    stored.update(repo._derived(decoded(repo, row)))
    return stored


def insert_rows(conn: Any, table: str, names: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """``INSERT`` the ``rows`` (values in the order of ``names``) into ``table``."""
    columns = ", ".join(f'"{name}"' for name in names)
    marks = ", ".join("?" for _ in names)
    conn.executemany(
        f'INSERT INTO "{table}" ({columns}) VALUES ({marks})',  # noqa: S608 - schema names
        rows,
    )


def held_ids(conn: Any, changes: Iterable[RemoteChange]) -> set[tuple[str, str]]:
    """The (entity, id) of the records of ``changes`` this store holds already."""
    wanted: dict[str, set[str]] = {}
    for change in changes:
        if synced(change.entity) is not None:
            wanted.setdefault(change.entity, set()).add(change.entity_id)
    held: set[tuple[str, str]] = set()
    for entity, ids in wanted.items():
        table = synced(entity)
        assert table is not None
        for (found,) in conn.execute(
            f'SELECT id FROM "{table.table}" '  # noqa: S608 - schema names
            "WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(sorted(ids)),),
        ):
            held.add((entity, str(found)))
    return held


class NewRecords:
    """The plain new records of a batch, gathered (:meth:`take`) and written together
    (:meth:`flush`, before any other change of the batch is applied)."""

    def __init__(
        self,
        ctx: StoreContext,
        result: ApplyResult,
        changes: Sequence[RemoteChange],
        *,
        columns: Callable[[str], set[str]],
        repository: Callable[[SyncedTable], Repository[Any]],
        person_of: Callable[[SyncedTable, RemoteChange], str | None],
    ) -> None:
        self.ctx, self.result = ctx, result
        self._columns, self._repository, self._person_of = columns, repository, person_of
        self.held = held_ids(ctx.conn, changes)
        self.now = iso_utc(ctx.clock())
        # (table, column names) -> [(change, person id, row values)], in the batch's order
        self.groups: dict[tuple[str, tuple[str, ...]], list[tuple[RemoteChange, Any, Any]]] = {}
        self.order: dict[str, tuple[str, ...]] = {}

    def note_held(self, entity: str, entity_id: str) -> None:
        """A record the one-by-one path wrote: a later change of it is an update."""
        self.held.add((entity, entity_id))

    def take(self, change: RemoteChange) -> bool:
        """Gather ``change`` if it is a plain new record (see the module); False: apply it
        one by one (after :meth:`flush`)."""
        entry = synced(change.entity)
        key = (change.entity, change.entity_id)
        if (
            entry is None
            or key in self.held
            or key in self.result.parked_keys
            or is_erasure(change)
            or erases(change.entity, change.fields)
        ):
            return False
        columns = self._columns(entry.table)
        if any(name not in columns and name not in LOCAL_COLUMNS for name in change.fields):
            return False  # a field this schema does not know: kept by the one-by-one path
        person_id = self._person_of(entry, change)
        if person_id is not None and person_id in self.result.erased:
            return False
        order = self.order.get(entry.table)
        if order is None:
            order = self.order[entry.table] = field_clocks.columns_in_order(
                self.ctx.conn, entry.table
            )
        try:
            row = new_row(
                self._repository(entry),
                columns,
                order,
                change,
                change.fields,
                self.now,
            )
        except Unready:
            return False  # parked by the one-by-one path
        self.held.add(key)
        names = tuple(row)
        self.groups.setdefault((entry.table, names), []).append(
            (change, person_id, tuple(row.values()))
        )
        return True

    def flush(self, one_by_one: Callable[[RemoteChange], None]) -> None:
        """Write what was gathered; a group the database refuses goes ``one_by_one``."""
        groups, self.groups = self.groups, {}
        conn = self.ctx.conn
        for (table, names), gathered in groups.items():
            conn.execute("SAVEPOINT desk_bulk_insert")
            try:
                insert_rows(conn, table, names, (row for _, _, row in gathered))
            except sqlcipher3.IntegrityError:
                conn.execute("ROLLBACK TO SAVEPOINT desk_bulk_insert")
                conn.execute("RELEASE SAVEPOINT desk_bulk_insert")
                for change, _, _ in gathered:
                    self.held.discard((change.entity, change.entity_id))
                    one_by_one(change)
                continue
            conn.execute("RELEASE SAVEPOINT desk_bulk_insert")
            for change, person_id, _ in gathered:
                self._applied(change, person_id)

    def _applied(self, change: RemoteChange, person_id: str | None) -> None:
        result = self.result
        entry = synced(change.entity)
        assert entry is not None
        if entry.on_applied is not None:  # run once for the batch, see apply_remote
            result.applied_ids.setdefault(entry.table, set()).add(change.entity_id)
        result.applied += 1
        kept = _kept_person(change) if change.entity == "person" else None
        result.changed_persons.update(p for p in (person_id, kept) if isinstance(p, str))


def _kept_person(change: RemoteChange) -> object:
    merged: Mapping[str, Any] = change.fields.get("merged_into", {})
    return merged.get("value")
