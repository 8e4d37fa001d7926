"""The conflicts a coordinator reviews: fields two desks changed apart (``sync_conflict``).

:mod:`.sync_rows` records them as the merge finds them; here they are listed and settled.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from entryhub_desk.errors import DeskError
from entryhub_desk.store.connection import DeskConnection


@dataclass(frozen=True)
class Conflict:
    """A field two desks changed apart: the value kept and the value that lost."""

    id: str
    entity: str
    entity_id: str
    person_id: str | None
    field: str
    kept_value: Any
    lost_value: Any
    detected_at: str


_COLUMNS = "id, entity, entity_id, person_id, field, kept_value, lost_value, detected_at"


def _conflict(r: tuple[Any, ...]) -> Conflict:
    return Conflict(
        id=str(r[0]),
        entity=str(r[1]),
        entity_id=str(r[2]),
        person_id=None if r[3] is None else str(r[3]),
        field=str(r[4]),
        kept_value=json.loads(str(r[5])),
        lost_value=json.loads(str(r[6])),
        detected_at=str(r[7]),
    )


def open_conflicts(conn: DeskConnection) -> list[Conflict]:
    """The conflicts nobody settled yet, oldest first."""
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM sync_conflict "  # noqa: S608 - fixed columns
        "WHERE resolved_at IS NULL ORDER BY detected_at, id"
    ).fetchall()
    return [_conflict(tuple(r)) for r in rows]


def open_conflict(conn: DeskConnection, conflict_id: str) -> Conflict:
    """One conflict not settled yet (``store.not_found``)."""
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM sync_conflict "  # noqa: S608 - fixed columns
        "WHERE id = ? AND resolved_at IS NULL",
        (conflict_id,),
    ).fetchone()
    if row is None:
        raise DeskError("store.not_found", entity="conflict", id=conflict_id)
    return _conflict(tuple(row))


def mark_resolved(
    conn: DeskConnection, conflict_id: str, *, at: str, staff_id: str, keep_lost: bool
) -> None:
    """Settle a conflict (inside the caller's transaction, with the edit that settles it)."""
    conn.execute(
        "UPDATE sync_conflict SET resolved_at = ?, resolved_by = ?, resolution = ? WHERE id = ?",
        (at, staff_id, "lost" if keep_lost else "kept", conflict_id),
    )
