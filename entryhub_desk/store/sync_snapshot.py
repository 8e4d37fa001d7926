"""The progress of a new desk's first sync through the server's snapshot (``sync_state``)."""

from __future__ import annotations

import json
from dataclasses import dataclass

from entryhub_desk.store.connection import DeskConnection, storage_errors


@dataclass(frozen=True)
class SnapshotProgress:
    position: int  # the first page's position: the log is pulled from there afterwards
    after: str  # the key of the next page


def load_snapshot_progress(conn: DeskConnection) -> SnapshotProgress | None:
    with storage_errors():
        row = conn.execute("SELECT snapshot_json FROM sync_state").fetchone()
    if row is None or row[0] is None:
        return None
    try:
        data = json.loads(str(row[0]))
        return SnapshotProgress(int(data["position"]), str(data["after"]))
    except (ValueError, KeyError, TypeError):
        return None  # unreadable: the snapshot starts again (its pages merge idempotently)


def save_snapshot_progress(conn: DeskConnection, progress: SnapshotProgress | None) -> None:
    """Call inside the transaction that applies the page."""
    text = (
        None
        if progress is None
        else json.dumps({"position": progress.position, "after": progress.after})
    )
    conn.execute("UPDATE sync_state SET snapshot_json = ?", (text,))
