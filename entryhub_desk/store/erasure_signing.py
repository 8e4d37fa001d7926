"""The coordinator's signature on every outbox entry that erases a person.

An erasure blanks the person's waiting outbox entries into ``deleted`` markers (see
``sync_tables.purge_person``); for the server each such marker of the person record is an
erasure too, so each carries the same ``erasure_auth`` as the erasure itself.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from entryhub_desk.store.connection import DeskConnection
from entryhub_desk.store.outbox import dump_fields, load_fields

ERASURE_AUTH_FIELD = "erasure_auth"


def sign_erasure_markers(conn: DeskConnection, person_id: str, auth: Mapping[str, object]) -> int:
    """Add ``auth`` to the person's waiting erasure markers (inside the caller's transaction);
    returns how many were signed."""
    rows = conn.execute(
        "SELECT epoch, seq, fields_json FROM outbox WHERE entity = 'person' AND entity_id = ?",
        (person_id,),
    ).fetchall()
    signed = 0
    for epoch, seq, fields_json in rows:
        fields: dict[str, Any] = load_fields(fields_json)
        deleted = fields.get("deleted") if isinstance(fields, dict) else None
        if not isinstance(deleted, dict) or deleted.get("value") is not True:
            continue
        if ERASURE_AUTH_FIELD in fields:
            continue
        fields[ERASURE_AUTH_FIELD] = {"value": dict(auth), "hlc": deleted.get("hlc")}
        conn.execute(
            "UPDATE outbox SET fields_json = ? WHERE epoch = ? AND seq = ?",
            (dump_fields(fields), epoch, seq),
        )
        signed += 1
    return signed
