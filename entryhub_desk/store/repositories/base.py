"""What every repository shares: row encoding and change capture into the outbox.

Every synced row carries ``id``, ``origin`` (device id that created it), ``deleted``
(tombstone) and ``field_clocks`` (``{field: hlc}`` of each field's last change). A create
records all fields as one outbox change; an update records only the fields whose value changed,
all stamped with one new HLC. Writes run inside :func:`~entryhub_desk.store.connection.
transaction` (joining the caller's transaction if there is one), so a rollback drops the row
change and its outbox entry together.
"""

from __future__ import annotations

import dataclasses
import functools
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import Enum
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

import sqlcipher3

from entryhub_desk.config import Clock
from entryhub_desk.domain.profile.dates import PartialDate
from entryhub_desk.errors import DeskError
from entryhub_desk.store import field_clocks
from entryhub_desk.store.connection import DeskConnection, storage_errors, transaction, utils_db
from entryhub_desk.store.identity import DeskIdentity, iso_utc
from entryhub_desk.store.outbox import JsonValue, record_change

if TYPE_CHECKING:  # loaded on the first write through it (see connection.utils_db)
    import sqlite_utils

_TIME_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"

Row = dict[str, Any]


@dataclass(frozen=True)
class StoreContext:
    conn: DeskConnection
    identity: DeskIdentity
    clock: Clock


def encode_time(value: datetime) -> str:
    """Fixed-width UTC text (sorts in time order)."""
    return value.astimezone(UTC).strftime(_TIME_FORMAT)


def decode_time(text: str) -> datetime:
    return datetime.strptime(text, _TIME_FORMAT).replace(tzinfo=UTC)


def encode_value(value: object) -> JsonValue:
    """A domain value as JSON (the outbox and sync representation)."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, Enum):
        return encode_value(value.value)
    if isinstance(value, datetime):
        return encode_time(value)
    if isinstance(value, PartialDate):  # "2014", "2014-05" or "2014-05-03"
        return str(value)
    if isinstance(value, tuple | list):
        return [encode_value(item) for item in value]
    raise TypeError(f"cannot store {type(value).__name__}")


def to_column(value: JsonValue) -> object:
    """A JSON value as a column value (lists as JSON text)."""
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return value


def str_tuple(text: str) -> tuple[str, ...]:
    return tuple(str(item) for item in json.loads(text))


def optional_str(value: object) -> str | None:
    return None if value is None else str(value)


def optional_int(value: object) -> int | None:
    return None if value is None else int(str(value))


T = TypeVar("T")


class Repository(Generic[T]):
    """Base of the repositories. Subclasses set ``table`` and implement ``_decode``."""

    table: ClassVar[str]

    def __init__(self, ctx: StoreContext) -> None:
        self.ctx = ctx
        self.conn = ctx.conn

    @functools.cached_property
    def db(self) -> sqlite_utils.Database:
        """sqlite-utils over the connection, made on first use (writes; reads are plain SQL)."""
        return utils_db(self.conn)

    # --- hooks -------------------------------------------------------------------------
    def _decode(self, row: Row) -> T:
        raise NotImplementedError

    def _derived(self, obj: T) -> dict[str, object]:
        """Local columns computed from the record (not synced, not in the outbox)."""
        del obj
        return {}

    def _check(self, obj: T, old: T | None) -> None:
        """Rules that need the store (uniqueness, last coordinator); raise DeskError."""
        del obj, old

    # --- encoding ----------------------------------------------------------------------
    @staticmethod
    def _values(obj: T) -> dict[str, JsonValue]:
        if not dataclasses.is_dataclass(obj) or isinstance(obj, type):
            raise TypeError("repositories store dataclass instances")
        return {
            f.name: encode_value(getattr(obj, f.name))
            for f in dataclasses.fields(obj)
            if f.name != "id"
        }

    @staticmethod
    def _id(obj: T) -> str:
        return str(getattr(obj, "id"))  # noqa: B009 - T is any domain dataclass

    def _table(self) -> sqlite_utils.db.Table:
        import sqlite_utils.db

        table = self.db.table(self.table)
        assert isinstance(table, sqlite_utils.db.Table)
        return table

    # --- reading -----------------------------------------------------------------------
    def _rows(
        self,
        where: str | None = None,
        params: Sequence[object] = (),
        *,
        order_by: str | None = None,
        limit: int | None = None,
        include_deleted: bool = False,
    ) -> list[Row]:
        clauses = [] if include_deleted else ["deleted = 0"]
        if where:
            clauses.append(f"({where})")
        # What sqlite-utils' rows_where runs, as plain SQL: no import of sqlite-utils and no
        # look-up of the table in sqlite_master before every read.
        sql = f'SELECT * FROM "{self.table}"'  # noqa: S608 - the names are ours
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
        if order_by is not None:
            sql += f" ORDER BY {order_by}"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        with storage_errors():
            try:
                cursor = self.conn.execute(sql, list(params))
            except sqlcipher3.OperationalError as error:
                if str(error).startswith("no such table"):
                    return []  # as rows_where: a table not made yet has no rows
                raise
            columns = [c[0] for c in cursor.description]
            return [dict(zip(columns, row, strict=True)) for row in cursor]

    def _select(
        self, where: str | None = None, params: Sequence[object] = (), **kw: Any
    ) -> list[T]:
        return [self._decode(row) for row in self._rows(where, params, **kw)]

    def find(self, record_id: str) -> T | None:
        rows = self._rows("id = ?", [record_id])
        return self._decode(rows[0]) if rows else None

    def get(self, record_id: str) -> T:
        found = self.find(record_id)
        if found is None:
            raise DeskError("store.not_found", entity=self.table, id=record_id)
        return found

    def field_clocks(self, record_id: str) -> dict[str, str]:
        rows = self._rows("id = ?", [record_id], include_deleted=True)
        if not rows:
            raise DeskError("store.not_found", entity=self.table, id=record_id)
        return field_clocks.read(self.conn, self.table, rows[0])

    # --- writing -----------------------------------------------------------------------
    def _create(self, obj: T) -> T:
        record_id = self._id(obj)
        values = self._values(obj)
        with transaction(self.conn):
            self._check(obj, None)
            hlc = record_change(
                self.conn, self.ctx.clock, entity=self.table, entity_id=record_id, values=values
            )
            now = iso_utc(self.ctx.clock())
            row: dict[str, object] = {
                "id": record_id,
                "origin": self.ctx.identity.device_id,
                "deleted": 0,
                "field_clocks": field_clocks.write(
                    self.conn, self.table, self.ctx.identity.device_id, dict.fromkeys(values, hlc)
                ),
                "created_at": now,
                "updated_at": now,
            }
            row.update({name: to_column(value) for name, value in values.items()})
            row.update(self._derived(obj))
            # Plain SQL on the hot path: sqlite-utils' insert inspects the table on every call,
            # which doubled the cost of registering a visitor (see tests/bench/bench_store.py).
            columns = ", ".join(f'"{name}"' for name in row)
            marks = ", ".join("?" for _ in row)
            self.conn.execute(
                f'INSERT INTO "{self.table}" ({columns}) VALUES ({marks})',  # noqa: S608 - names are ours
                tuple(row.values()),
            )
        return obj

    def _update(self, obj: T) -> T:
        """Store ``obj`` over the record with its id; only changed fields reach the outbox."""
        record_id = self._id(obj)
        with transaction(self.conn):
            rows = self._rows("id = ?", [record_id])
            if not rows:
                raise DeskError("store.not_found", entity=self.table, id=record_id)
            old = self._decode(rows[0])
            new_values, old_values = self._values(obj), self._values(old)
            changed = {k: v for k, v in new_values.items() if v != old_values.get(k)}
            if not changed:
                return old
            self._check(obj, old)
            clocks = field_clocks.read(self.conn, self.table, rows[0])
            hlc = record_change(
                self.conn,
                self.ctx.clock,
                entity=self.table,
                entity_id=record_id,
                values=changed,
                field_clocks=clocks,  # later than what it overwrites
            )
            clocks.update(dict.fromkeys(changed, hlc))
            updates: dict[str, object] = {k: to_column(v) for k, v in changed.items()}
            updates.update(self._derived(obj))
            updates["field_clocks"] = field_clocks.write(
                self.conn, self.table, str(rows[0]["origin"]), clocks
            )
            updates["updated_at"] = iso_utc(self.ctx.clock())
            self._table().update(record_id, updates)
        return obj
