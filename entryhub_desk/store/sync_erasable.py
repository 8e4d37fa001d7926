"""Erasable network records (an employer's contact): once erased, no earlier value anywhere.

``entryhub_wire.codes.ERASABLE_FIELDS`` names the records and their personal fields; the server
follows the same rules (``entryhub_server/network.py``). An erasure is a change that empties
those fields and sets ``erased``. On this desk:

- pulled, it wins over the personal fields whatever their clocks (a value typed here or on
  another desk before it heard of the erasure is not kept, and no conflict keeps it either),
  and once a record is erased a pulled value for those fields is not taken
  (:func:`erasure_rule`);
- made here or pulled, :func:`erase_traces` removes what the sync tables hold of the earlier
  values: the personal fields of the record's changes still waiting in the outbox or kept as
  refused, its conflicts, parked and kept-for-later changes.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from entryhub_desk.store.connection import DeskConnection
from entryhub_desk.store.outbox import load_fields
from entryhub_wire import codes

ERASABLE = codes.ERASABLE_FIELDS
ERASED = codes.ERASED_FIELD


def personal_fields(entity: str) -> tuple[str, ...]:
    return ERASABLE.get(entity, ())


def erases(entity: str, fields: Mapping[str, Mapping[str, Any]]) -> bool:
    """Do ``fields`` (``{name: {"value", "hlc"}}``) erase a record of ``entity``?"""
    flag = fields.get(ERASED)
    return entity in ERASABLE and flag is not None and flag.get("value") is True


def erasure_rule(
    entity: str, fields: Mapping[str, Mapping[str, Any]], row: Mapping[str, Any]
) -> tuple[frozenset[str], frozenset[str]]:
    """For a pulled change of a stored record: the fields it sets whatever their clocks (an
    erasure's personal fields and flag) and the fields it may not set (a value for the
    personal fields of an erased record, or ``erased`` cleared)."""
    if entity not in ERASABLE:
        return frozenset(), frozenset()
    names = (*ERASABLE[entity], ERASED)
    if erases(entity, fields):
        return frozenset(name for name in names if name in fields), frozenset()
    if not row.get(ERASED):
        return frozenset(), frozenset()
    refused = {
        name
        for name in names
        if name in fields and fields[name].get("value") not in ("", None, True, 1)
    }
    return frozenset(), frozenset(refused)


def erase_traces(conn: DeskConnection, entity: str, entity_id: str) -> None:
    """Inside the caller's transaction: forget the earlier values of an erased record held by
    the sync tables (the record's own row is emptied by the erasure itself)."""
    personal = personal_fields(entity)
    if not personal:
        return
    for table, key in (("outbox", ("epoch", "seq")), ("sync_rejected", ("epoch", "seq"))):
        rows = conn.execute(
            f'SELECT {", ".join(key)}, fields_json FROM "{table}" '  # noqa: S608 - our names
            "WHERE entity = ? AND entity_id = ?",
            (entity, entity_id),
        ).fetchall()
        for *ids, fields_json in rows:
            fields = load_fields(fields_json)
            blanked = False
            for name in personal:
                change = fields.get(name)
                if isinstance(change, dict) and change.get("value") not in ("", None):
                    change["value"] = ""
                    blanked = True
            if blanked:
                conn.execute(
                    f'UPDATE "{table}" SET fields_json = ? '  # noqa: S608 - our names
                    f"WHERE {' AND '.join(f'{k} = ?' for k in key)}",
                    (json.dumps(fields, ensure_ascii=False, sort_keys=True), *ids),
                )
    for table in ("sync_conflict", "sync_parked", "sync_unknown"):
        conn.execute(
            f'DELETE FROM "{table}" WHERE entity = ? AND entity_id = ?',  # noqa: S608
            (entity, entity_id),
        )
