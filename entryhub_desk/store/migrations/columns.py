"""The generic schema step: a column for every dataclass field its table does not have yet.

Runs after the numbered migrations at every opening (:func:`entryhub_desk.store.migrations.
migrate`), so a new *optional or defaulted* field of a profile entry needs no numbered
migration: its column is derived from the field's type. Anything else (a new table, a renamed
or retyped column, data to move, an index) stays a numbered migration. The step never bumps
``user_version``: a program without the field reads the same schema version and ignores the
column (and a store newer than the program is still refused before this runs).

Sync needs nothing more: a repository sends every dataclass field of a saved entry to the
outbox with its own clock in ``field_clocks``; a desk whose store lacks the column parks the
pulled values in ``sync_unknown`` and applies them once this step has added it (``apply_unknown``
runs after the migrations at every opening).

Column types: a tuple is JSON text (``'[]'``); ``str``, an enum or a partial date is ``TEXT``;
``bool`` and ``int`` are ``INTEGER``. A field that may be ``None`` is a nullable column; any
other needs a default in the dataclass, which becomes the column's constant default.
"""

from __future__ import annotations

import dataclasses
from enum import Enum
from typing import Any

from entryhub_desk.domain.profile import ENTRY_TYPES
from entryhub_desk.domain.profile.fields import field_hints
from entryhub_desk.store.connection import DeskConnection
from entryhub_desk.store.repositories.profile import table_name


def dataclass_tables() -> dict[str, type[Any]]:
    """The tables whose columns are their dataclass's fields."""
    return {table_name(kind): entry_type for kind, entry_type in ENTRY_TYPES.items()}


def _literal(value: object) -> str:
    if isinstance(value, Enum):
        value = value.value
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return "'" + value.replace("'", "''") + "'"
    raise TypeError(f"no SQL default for {value!r}")


def column_definition(entry_type: type[Any], name: str) -> str:
    """``"work_permit" TEXT`` for the field ``name`` of ``entry_type``."""
    field = next(f for f in dataclasses.fields(entry_type) if f.name == name)
    hint = field_hints(entry_type)[name]
    if hint.base is tuple:
        return f"\"{name}\" TEXT NOT NULL DEFAULT '[]'"
    base = hint.base
    sql_type = "INTEGER" if isinstance(base, type) and issubclass(base, int) else "TEXT"
    if hint.optional:
        return f'"{name}" {sql_type}'
    if field.default is dataclasses.MISSING:
        raise ValueError(f"{entry_type.__name__}.{name} needs a default or a numbered migration")
    return f'"{name}" {sql_type} NOT NULL DEFAULT {_literal(field.default)}'


def missing_columns(conn: DeskConnection) -> list[tuple[str, str]]:
    """``(table, column definition)`` for every field whose table lacks its column."""
    out = []
    for table, entry_type in dataclass_tables().items():
        rows = conn.execute("SELECT name FROM pragma_table_info(?)", (table,)).fetchall()
        have = {str(row[0]) for row in rows}
        if not have:
            continue  # the table itself comes from a numbered migration
        for f in dataclasses.fields(entry_type):
            if f.name not in have:
                out.append((table, column_definition(entry_type, f.name)))
    return out


def add_missing_columns(conn: DeskConnection, missing: list[tuple[str, str]]) -> None:
    """Add the columns of :func:`missing_columns` (in the caller's transaction)."""
    for table, definition in missing:
        conn.execute(f'ALTER TABLE "{table}" ADD COLUMN {definition}')
