"""Which repository tables sync, and how a person is purged from every table.

A synced table joins by registration: :func:`register_synced` with its repository class (the
entity name is the repository's ``table``; a change's field is the column of the same name;
the row's ``field_clocks`` JSON holds each field's HLC) and the column that names the person
the record is about (``"id"`` for the person table itself). The apply path
(:mod:`entryhub_desk.store.sync_apply`) is generic over these registrations.

Staff accounts are desk-local (their key slots live beside this store only): they are not
registered, and :data:`LOCAL_ENTITIES` says pulled staff changes are skipped on purpose (a
change of any other entity this desk does not know is kept for a later schema:
:mod:`entryhub_desk.store.sync_unknown`).

Purging a person (erasure, or the person leaving this hub's scope) deletes the person's rows
from every table that has a ``person_id`` column (found in the schema, so tables added later
are covered), the person row, parked changes and conflicts, and empties the person's pending
outbox entries (they stay as empty changes so the device's sequence numbers have no gaps).
Tables that hold a person's data under another column register a purge hook.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from entryhub_desk.store.connection import DeskConnection
from entryhub_desk.store.outbox import load_fields
from entryhub_desk.store.repositories.base import Repository, StoreContext
from entryhub_desk.store.repositories.consents import ConsentRepository
from entryhub_desk.store.repositories.employers import (
    EmployerContactRepository,
    EmployerLogRepository,
    EmployerRepository,
)
from entryhub_desk.store.repositories.introductions import (
    IntroductionRepository,
    IntroductionStepRepository,
)
from entryhub_desk.store.repositories.openings import OpeningRepository
from entryhub_desk.store.repositories.persons import PersonRepository
from entryhub_desk.store.repositories.profile import profile_repositories
from entryhub_desk.store.repositories.visits import VisitRepository
from entryhub_desk.store.search_bulk import index_new_persons
from entryhub_desk.store.search_index import index_person, remove_person

# Called with the store context and the record id after a pulled change was applied (e.g. to
# refresh a search index that is not kept by triggers).
AppliedHook = Callable[[StoreContext, set[str]], None]  # once per batch, its record ids
# Called with the connection and the person id while the person is purged.
PurgeHook = Callable[[DeskConnection, str], None]

KEEP_TABLES = frozenset({"erasure", "audit", "outbox"})  # never purged by person_id
# entities other desks send that this desk skips on purpose (not kept for a later schema)
LOCAL_ENTITIES = frozenset({"staff"})


@dataclass(frozen=True)
class SyncedTable:
    repository: type[Repository[Any]]
    person_column: str | None  # the column naming the person; "id" for the person table
    on_applied: AppliedHook | None = None

    @property
    def entity(self) -> str:
        return self.repository.table

    @property
    def table(self) -> str:
        return self.repository.table


_SYNCED: dict[str, SyncedTable] = {}
_PURGE_HOOKS: list[PurgeHook] = []


def register_synced(
    repository: type[Repository[Any]],
    *,
    person_column: str | None,
    on_applied: AppliedHook | None = None,
) -> None:
    """Make ``repository``'s table take part in sync (idempotent)."""
    _SYNCED[repository.table] = SyncedTable(repository, person_column, on_applied)


def register_purge_hook(hook: PurgeHook) -> None:
    """Run ``hook(conn, person_id)`` whenever a person is purged (inside the transaction)."""
    if hook not in _PURGE_HOOKS:
        _PURGE_HOOKS.append(hook)


def synced(entity: str) -> SyncedTable | None:
    return _SYNCED.get(entity)


def synced_entities() -> list[str]:
    return sorted(_SYNCED)


def _index_persons(ctx: StoreContext, person_ids: set[str]) -> None:
    """Pulled person changes keep the search index in step, as local edits do: once per
    batch, new persons together (a first sync brings thousands), the others one by one."""
    targets = {
        str(row[0])
        for row in ctx.conn.execute(
            "SELECT DISTINCT merged_into FROM person WHERE merged_into IS NOT NULL AND id IN "
            "(SELECT value FROM json_each(?))",
            (json.dumps(sorted(person_ids)),),
        )
    }  # a person merged into another adds their names to the other's entry
    repository = PersonRepository(ctx)
    for person_id in sorted(index_new_persons(ctx.conn, person_ids | targets)):
        cursor = ctx.conn.execute("SELECT * FROM person WHERE id = ?", (person_id,))
        row = cursor.fetchone()
        if row is None:
            continue
        values = {str(d[0]): v for d, v in zip(cursor.description, row, strict=True)}
        index_person(ctx.conn, repository._decode(values), deleted=bool(values["deleted"]))


register_synced(PersonRepository, person_column="id", on_applied=_index_persons)
register_purge_hook(remove_person)  # postings and vocabulary words go with the person
register_synced(VisitRepository, person_column="person_id")
register_synced(ConsentRepository, person_column="person_id")
# Competence profile entries (one table per kind, issue 4).
for _profile_repository in profile_repositories():
    register_synced(_profile_repository, person_column="person_id")
# Employers, their contacts and log, and openings are network records (issue 15): every hub of
# the network holds them, so they name no person; introductions and their steps are a person's.
for _network_repository in (
    EmployerRepository,
    EmployerContactRepository,
    EmployerLogRepository,
    OpeningRepository,
):
    register_synced(_network_repository, person_column=None)
register_synced(IntroductionRepository, person_column="person_id")
register_synced(IntroductionStepRepository, person_column="person_id")


def tables_with_column(conn: DeskConnection, column: str) -> list[str]:
    rows = conn.execute(
        "SELECT m.name FROM sqlite_master AS m JOIN pragma_table_info(m.name) AS p "
        "WHERE m.type = 'table' AND p.name = ? ORDER BY m.name",
        (column,),
    ).fetchall()
    return [str(row[0]) for row in rows]


def table_columns(conn: DeskConnection, table: str) -> set[str]:
    return {str(r[1]) for r in conn.execute("SELECT * FROM pragma_table_info(?)", (table,))}


def fts_tables(conn: DeskConnection) -> list[str]:
    rows = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND lower(sql) LIKE '%using fts5%'"
    ).fetchall()
    return [str(row[0]) for row in rows]


def person_of(conn: DeskConnection, entity: str, entity_id: str) -> str | None:
    """The person a stored record is about (None if unknown or not about a person)."""
    entry = _SYNCED.get(entity)
    if entry is None or entry.person_column is None:
        return None
    if entry.person_column == "id":
        return entity_id
    row = conn.execute(
        f'SELECT "{entry.person_column}" FROM "{entry.table}" WHERE id = ?',  # noqa: S608
        (entity_id,),
    ).fetchone()
    return None if row is None or row[0] is None else str(row[0])


def purge_person(conn: DeskConnection, person_id: str, *, erase: bool) -> int:
    """Delete everything held about ``person_id`` (inside the caller's transaction).

    ``erase``: the person is erased (not just out of this hub's scope): the person's pending
    outbox entries lose their content too and become ``deleted`` markers (the sequence numbers
    stay without gaps; the server drops them with the person). Returns how many rows went.
    The caller checkpoints the WAL after its commit (:func:`finish_purge`); ``secure_delete``
    zeroes the freed space in the database file.
    """
    removed = 0
    record_ids: set[str] = {person_id}
    for hook in _PURGE_HOOKS:
        hook(conn, person_id)
    for table in tables_with_column(conn, "person_id"):
        if table in KEEP_TABLES:
            continue
        columns = table_columns(conn, table)
        if "id" in columns:
            ids = conn.execute(
                f'SELECT id FROM "{table}" WHERE person_id = ?',  # noqa: S608 - schema names
                (person_id,),
            ).fetchall()
            record_ids.update(str(row[0]) for row in ids)
        # A record may name another record of the same table (consent.withdraws): null the
        # links first so the delete never trips a foreign key.
        for column in columns & {"withdraws"}:
            conn.execute(
                f'UPDATE "{table}" SET "{column}" = NULL WHERE person_id = ?',  # noqa: S608
                (person_id,),
            )
        cursor = conn.execute(
            f'DELETE FROM "{table}" WHERE person_id = ?',  # noqa: S608 - schema names
            (person_id,),
        )
        removed += max(int(cursor.rowcount), 0)
    cursor = conn.execute("DELETE FROM person WHERE id = ?", (person_id,))
    removed += max(int(cursor.rowcount), 0)
    for record_id in record_ids:
        if erase:
            _blank_outbox(conn, record_id, person_id)
        conn.execute("DELETE FROM sync_parked WHERE entity_id = ?", (record_id,))
        conn.execute("DELETE FROM sync_unknown WHERE entity_id = ?", (record_id,))
        conn.execute("DELETE FROM sync_conflict WHERE entity_id = ?", (record_id,))
    for entity_id, fields_json in conn.execute(
        "SELECT entity_id, fields_json FROM sync_parked"
    ).fetchall():
        fields = json.loads(str(fields_json))
        named = fields.get("person_id", {}).get("value") if isinstance(fields, dict) else None
        if named == person_id:
            conn.execute("DELETE FROM sync_parked WHERE entity_id = ?", (entity_id,))
    for table in fts_tables(conn):
        conn.execute(f'INSERT INTO "{table}" ("{table}") VALUES (\'optimize\')')  # noqa: S608
    return removed


def _blank_outbox(conn: DeskConnection, record_id: str, person_id: str) -> None:
    rows = conn.execute(
        "SELECT epoch, seq, entity, fields_json FROM outbox WHERE entity_id = ?", (record_id,)
    ).fetchall()
    for epoch, seq, entity, fields_json in rows:
        fields = load_fields(fields_json)
        hlcs = [str(v.get("hlc")) for v in fields.values() if isinstance(v, dict) and v.get("hlc")]
        if not hlcs:
            continue
        marker: dict[str, dict[str, object]] = {"deleted": {"value": True, "hlc": max(hlcs)}}
        if entity != "person":  # the id says whose record it was (no personal data)
            marker["person_id"] = {"value": person_id, "hlc": max(hlcs)}
        conn.execute(
            "UPDATE outbox SET fields_json = ? WHERE epoch = ? AND seq = ?",
            (json.dumps(marker, separators=(",", ":")), epoch, seq),
        )


def finish_purge(conn: DeskConnection) -> None:
    """After the purge committed: copy the WAL into the file and empty the WAL."""
    if not conn.in_transaction:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
