"""Dialect-specific statements shared by SQLite and PostgreSQL (INSERT … ON CONFLICT)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    ColumnElement,
    Connection,
    Float,
    Integer,
    LargeBinary,
    Row,
    String,
    Table,
    any_,
    bindparam,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.types import UserDefinedType


def upsert(conn: Connection, table: Table) -> Any:
    """An ``insert`` with ``on_conflict_do_nothing``/``on_conflict_do_update`` for this backend."""
    if conn.dialect.name == "postgresql":
        return postgresql.insert(table)
    return sqlite.insert(table)


def one_of(conn: Connection, column: Column[Any], values: Sequence[str]) -> ColumnElement[bool]:
    """``column IN values``: on PostgreSQL ``= ANY(array)``, one parameter however many values
    (an IN list of hundreds of parameters costs more to send and plan than the lookup)."""
    if conn.dialect.name == "postgresql":
        array = pg_array(list(values))
        if isinstance(array, str):
            # the literal as the parameter itself, typed ``text[]`` by its cast (as the
            # inserts' arrays): a constant the planner sees whole, like psycopg's array, without
            # psycopg's quoting step per value (a group's record lookup has thousands). Not
            # ``CAST(varchar AS varchar[])``: a cast at run time hid the array from the planner,
            # which then scanned the whole record table
            return column == any_(bindparam(None, array, type_=_ARRAY_LITERAL))
        return column == any_(bindparam(None, array, type_=_TEXT_ARRAY))
    return column.in_(list(values))


class _ArrayLiteral(UserDefinedType[str]):
    """A text array parameter sent as the text of its literal: ``%(p)s::TEXT[]``, the value
    passed to psycopg as it is (as text of no stated type, which the cast types)."""

    cache_ok = True
    render_bind_cast = True

    def get_col_spec(self, **_kw: Any) -> str:
        return "TEXT[]"


def chunks(rows: list[dict[str, Any]], size: int = 500) -> list[list[dict[str, Any]]]:
    """Rows in slices small enough for one multi-row statement (SQLite's variable limit)."""
    return [rows[i : i + size] for i in range(0, len(rows), size)]


def insert_rows(
    conn: Connection,
    table: Table,
    rows: list[dict[str, Any]],
    *,
    conflict: Sequence[str] = (),
    update: Sequence[str] = (),
    newer: str | None = None,
    returning: Sequence[str] = (),
) -> list[Row[Any]]:
    """Insert many rows in one statement; the ``returning`` columns of the rows written.

    ``conflict``: the unique key; with no ``update`` a row that collides is skipped (``ON
    CONFLICT DO NOTHING``), else ``update`` columns are overwritten, only where the stored
    ``newer`` column is lower than the incoming one (``None``: always).

    PostgreSQL: ``INSERT … SELECT * FROM unnest(%(c)s::type[], …)``: one column array per
    parameter, so the SQL text is the same for any number of rows (parsed and planned as one
    statement; psycopg's executemany would run one statement per row). SQLite, in process:
    executemany of one compiled statement.
    """
    if not rows:
        return []
    if conn.dialect.name == "postgresql":
        sql, params = pg_insert_sql(
            table, rows, conflict=conflict, update=update, newer=newer, returning=returning
        )
        result = conn.exec_driver_sql(sql, params)
        return list(result.all()) if returning else []  # fetchall, not one fetch per row
    statement = sqlite.insert(table)
    if conflict and update:
        statement = statement.on_conflict_do_update(
            index_elements=list(conflict),
            set_={name: statement.excluded[name] for name in update},
            where=None if newer is None else table.c[newer] < statement.excluded[newer],
        )
    elif conflict:
        statement = statement.on_conflict_do_nothing(index_elements=list(conflict))
    if returning:
        return list(conn.execute(statement.returning(*(table.c[n] for n in returning)), rows))
    conn.execute(statement, rows)
    return []


def update_rows(conn: Connection, table: Table, rows: list[dict[str, Any]], key: str) -> None:
    """Set the columns of ``rows`` (dicts of column names) in the row whose ``key`` column
    matches each: on PostgreSQL one ``UPDATE … FROM unnest(…)`` for them all, on SQLite an
    executemany."""
    if not rows:
        return
    if conn.dialect.name != "postgresql":
        names = [column.name for column in table.columns if column.name in rows[0]]
        values: dict[str, Any] = {n: bindparam(f"v_{n}") for n in names if n != key}
        statement = update(table).where(table.c[key] == bindparam(f"v_{key}")).values(values)
        conn.execute(statement, [{f"v_{n}": row[n] for n in names} for row in rows])
        return
    conn.exec_driver_sql(*pg_update_sql(table, rows, key))


def pg_update_sql(table: Table, rows: list[dict[str, Any]], key: str) -> tuple[str, dict[str, Any]]:
    """PostgreSQL ``UPDATE … FROM unnest(…)`` of ``rows`` (see :func:`update_rows`)."""
    names = [column.name for column in table.columns if column.name in rows[0]]
    quoted = ", ".join(f'"{n}"' for n in names)
    sets = ", ".join(f'"{n}" = u."{n}"' for n in names if n != key)
    # names from the table's metadata only; every value is a parameter
    sql = (
        f'UPDATE "{table.name}" SET {sets} FROM {pg_unnest(table, names)} '  # noqa: S608
        f'AS u({quoted}) WHERE "{table.name}"."{key}" = u."{key}"'
    )
    return sql, pg_arrays(names, rows)


def _pg_type(column: Column[Any]) -> str:
    kind = column.type
    if isinstance(kind, BigInteger):
        return "bigint"
    if isinstance(kind, Integer):
        return "integer"
    if isinstance(kind, Boolean):
        return "boolean"
    if isinstance(kind, Float):
        return "double precision"
    if isinstance(kind, LargeBinary):
        return "bytea"
    return "text"


def pg_insert_sql(
    table: Table,
    rows: list[dict[str, Any]],
    *,
    conflict: Sequence[str] = (),
    update: Sequence[str] = (),
    newer: str | None = None,
    returning: Sequence[str] = (),
) -> tuple[str, dict[str, Any]]:
    """PostgreSQL ``INSERT … SELECT * FROM unnest(…)`` of ``rows`` (see :func:`insert_rows`)."""
    names = [column.name for column in table.columns if column.name in rows[0]]
    quoted = ", ".join(f'"{n}"' for n in names)
    sql = f'INSERT INTO "{table.name}" ({quoted}) SELECT * FROM {pg_unnest(table, names)}'  # noqa: S608
    if conflict:
        target = ", ".join(f'"{n}"' for n in conflict)
        if update:
            sets = ", ".join(f'"{n}" = EXCLUDED."{n}"' for n in update)
            sql += f" ON CONFLICT ({target}) DO UPDATE SET {sets}"
            if newer is not None:
                sql += f' WHERE "{table.name}"."{newer}" < EXCLUDED."{newer}"'
        else:
            sql += f" ON CONFLICT ({target}) DO NOTHING"
    if returning:
        sql += " RETURNING " + ", ".join(f'"{n}"' for n in returning)
    return sql, pg_arrays(names, rows)


def pg_unnest(table: Table, names: list[str]) -> str:
    """``unnest(%(c0)s::type[], …)``: one array parameter per column (names come from the
    table's metadata, never from a request)."""
    arrays = ", ".join(f"%(c{i})s::{_pg_type(table.c[n])}[]" for i, n in enumerate(names))
    return f"unnest({arrays})"


def pg_arrays(names: list[str], rows: list[dict[str, Any]]) -> dict[str, Any]:
    """The column arrays of ``rows`` as parameters of :func:`pg_unnest`."""
    return {f"c{i}": pg_array([row[n] for row in rows]) for i, n in enumerate(names)}


def pg_array(values: list[Any]) -> Any:
    """``values`` as one PostgreSQL array parameter: the text of an array literal when the
    values allow it (written by the C JSON encoder: a push's tens of thousands of values cost
    microseconds instead of a Python step each), else the list (psycopg's array dumper).

    The JSON text of a list of strings, integers, booleans and nulls is the array literal
    with ``[ ]`` for ``{ }`` as long as it has no backslash: every string is then quoted
    with nothing escaped (no quote, backslash or control character in it), ``null`` is
    PostgreSQL's NULL, and ``true``/``false`` and integers read the same. Floats, bytes and
    other values go through the list.

    Texts alone (ids, names, clocks, sealed values: most columns of a push) are joined
    between quotes without the encoder, a third of its cost or less, when no quote or
    backslash is among them (a text of the column holds one: the list)."""
    if values:
        try:  # texts alone: join refuses anything else (None, numbers: the encoder below)
            whole = "".join(values)
        except TypeError:
            pass
        else:
            # two scans for one character each: a fraction of counting the quotes
            if '"' in whole or "\\" in whole:
                return values
            return '{"' + '","'.join(values) + '"}'
    kinds = set(map(type, values))
    if not kinds <= _LITERAL_TYPES:
        return values
    text = _JSON_ARRAY(values)
    if "\\" in text:
        return values
    return "{" + text[1:-1] + "}"


_TEXT_ARRAY = postgresql.ARRAY(String)
_ARRAY_LITERAL = _ArrayLiteral()
_LITERAL_TYPES = frozenset({str, int, bool, type(None)})
_JSON_ARRAY = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
