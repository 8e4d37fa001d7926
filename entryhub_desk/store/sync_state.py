"""The desk's sync settings and progress (one row of ``sync_state``, inside the encrypted store).

The device token and the server's pinned public keys never leave this table except in the
requests that need them; ``repr`` leaves the token out.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from entryhub_desk.store.connection import DeskConnection, storage_errors, transaction
from entryhub_desk.store.outbox import OutboxEntry

_COLUMNS = (
    "server_url, device_token, network_id, server_signing_public, server_exchange_public, "
    "enrolled_at, revoked, cursor, last_sync_at, last_attempt_at, last_error, synced_epoch, "
    "audit_flag, reported_audit_seq"
)


@dataclass(frozen=True, repr=False)
class SyncState:
    server_url: str | None
    device_token: str | None
    network_id: str | None
    server_signing_public: bytes | None
    server_exchange_public: bytes | None
    enrolled_at: str | None
    revoked: bool
    cursor: int
    last_sync_at: str | None
    last_attempt_at: str | None
    last_error: str | None
    synced_epoch: int | None
    audit_flag: str | None
    reported_audit_seq: int

    @property
    def enrolled(self) -> bool:
        return bool(self.device_token and self.server_url)

    def __repr__(self) -> str:
        return (
            f"SyncState(server_url={self.server_url!r}, enrolled={self.enrolled}, "
            f"revoked={self.revoked}, cursor={self.cursor})"
        )


def load_sync_state(conn: DeskConnection) -> SyncState:
    with storage_errors():
        row = conn.execute(f"SELECT {_COLUMNS} FROM sync_state").fetchone()  # noqa: S608
    return SyncState(
        server_url=row[0],
        device_token=row[1],
        network_id=row[2],
        server_signing_public=None if row[3] is None else bytes(row[3]),
        server_exchange_public=None if row[4] is None else bytes(row[4]),
        enrolled_at=row[5],
        revoked=bool(row[6]),
        cursor=int(row[7] or 0),
        last_sync_at=row[8],
        last_attempt_at=row[9],
        last_error=row[10],
        synced_epoch=None if row[11] is None else int(row[11]),
        audit_flag=row[12],
        reported_audit_seq=int(row[13]),
    )


_SETTABLE = frozenset(_COLUMNS.replace(" ", "").split(","))


def update_sync_state(conn: DeskConnection, **values: object) -> None:
    """Set columns of the sync state (names as in :class:`SyncState`)."""
    unknown = set(values) - _SETTABLE
    if unknown:
        raise ValueError(f"unknown sync state columns {sorted(unknown)}")
    assignments = ", ".join(f"{name} = ?" for name in values)
    stored = [int(v) if isinstance(v, bool) else v for v in values.values()]
    stored = [str(v) if name == "cursor" else v for name, v in zip(values, stored, strict=True)]
    with transaction(conn):
        conn.execute(f"UPDATE sync_state SET {assignments}", stored)  # noqa: S608


def keep_rejected(
    conn: DeskConnection, entry: OutboxEntry, person_id: str | None, reason: str, at: str
) -> None:
    """Keep a change the server refused for good (it is acknowledged and not sent again)."""
    conn.execute(
        "INSERT OR REPLACE INTO sync_rejected (epoch, seq, entity, entity_id, person_id, "
        "fields_json, reason, rejected_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            entry.epoch,
            entry.seq,
            entry.entity,
            entry.entity_id,
            person_id,
            json.dumps(entry.fields, ensure_ascii=False, sort_keys=True),
            reason,
            at,
        ),
    )


def load_link_state(conn: DeskConnection) -> str | None:
    """What sync learnt about the link (``entryhub_desk.sync.link``), as kept; None if nothing."""
    with storage_errors():
        row = conn.execute("SELECT link_json FROM sync_state").fetchone()
    return None if row is None or row[0] is None else str(row[0])


def save_link_state(conn: DeskConnection, text: str) -> None:
    with transaction(conn):
        conn.execute("UPDATE sync_state SET link_json = ?", (text,))
