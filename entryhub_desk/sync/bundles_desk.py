"""Offline bundles on the desk: for hubs without a connection (a USB stick to the server).

``export_bundle`` writes every change not yet acknowledged, sealed to the server's pinned X25519
key and signed with the device key, with a pull request from the desk's cursor.
``import_answer`` checks the server's answer against the pinned server key, that it is meant
for this device and network, and applies it through the same code as an online sync: the push
answer acknowledges outbox entries, the pull page goes through the pull path. Importing the same
answer twice changes nothing (positions at or before the cursor are skipped).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from entryhub_desk.config import Clock
from entryhub_desk.errors import DeskError
from entryhub_desk.ids import new_id
from entryhub_desk.security.atomic import atomic_write_bytes
from entryhub_desk.security.audit import AuditLog
from entryhub_desk.store.connection import DeskConnection, transaction
from entryhub_desk.store.identity import iso_utc, load_identity
from entryhub_desk.store.outbox import OutboxEntry, pending
from entryhub_desk.store.repositories.base import StoreContext
from entryhub_desk.store.sync_state import SyncState, load_sync_state
from entryhub_desk.store.sync_tables import finish_purge
from entryhub_desk.sync.engine import apply_pull_page, settle_push_answer, to_wire_change
from entryhub_wire import bundle_crypto, wire

# Half the wire limit leaves room for the batch's own keys and the audit head.
BATCH_BYTES = wire.MAX_BATCH_JSON_BYTES // 2


@dataclass(frozen=True)
class BundleExport:
    changes: int
    ranges: tuple[tuple[int, int, int], ...]
    bytes: int


@dataclass(frozen=True)
class BundleImport:
    acknowledged: int
    rejected: int
    applied: int
    conflicts: int
    skipped_events: int
    has_more: bool


def _enrolled(conn: DeskConnection, *, revoked_ok: bool = False) -> SyncState:
    state = load_sync_state(conn)
    if (
        not state.enrolled
        or state.network_id is None
        or state.server_exchange_public is None
        or state.server_signing_public is None
    ):
        raise DeskError("sync.not_enrolled")
    if state.revoked and not revoked_ok:
        raise DeskError("sync.revoked")
    return state


def _ranges(entries: list[OutboxEntry]) -> tuple[tuple[int, int, int], ...]:
    ranges: list[list[int]] = []
    for entry in entries:
        last = ranges[-1] if ranges else None
        if last is not None and last[0] == entry.epoch and last[2] + 1 == entry.seq:
            last[2] = entry.seq
        else:
            ranges.append([entry.epoch, entry.seq, entry.seq])
    return tuple((r[0], r[1], r[2]) for r in ranges)


def export_bundle(conn: DeskConnection, clock: Clock, target: Path) -> BundleExport:
    if target.exists():
        raise DeskError("backup.target_exists", path=str(target))
    # a revoked desk too: its waiting changes leave in a bundle (sealed to the server) for a
    # coordinator to import, instead of waiting for a re-admission that may never come
    state = _enrolled(conn, revoked_ok=True)
    identity = load_identity(conn)
    entries = [e for e in pending(conn) if e.fields]
    changes = tuple(to_wire_change(conn, entry) for entry in entries)
    head = AuditLog(conn, identity, clock).head()
    audit_head = None if head is None else wire.AuditHead(seq=head[0], tag=head[1])
    ranges = _ranges(entries)
    header = bundle_crypto.BundleHeader(
        kind="desk",
        bundle_id=new_id(),
        network_id=str(state.network_id),
        device_id=identity.device_id,
        recipient=bytes(state.server_exchange_public or b""),
        ranges=ranges,
        cursor_from=state.cursor,
        created_at=iso_utc(clock()),
    )
    # A bundle carries every waiting change, in push batches the server accepts one by one.
    pushes = [
        wire.PushRequest(changes=batch, audit_head=audit_head).to_json()
        for batch in _batches(changes)
    ] or [wire.PushRequest(changes=(), audit_head=audit_head).to_json()]
    payload = {
        "pushes": pushes,
        "pull": wire.PullRequest(cursor=state.cursor, limit=wire.MAX_PULL_LIMIT).to_json(),
    }
    data = bundle_crypto.seal_bundle(header, payload, signing_key=identity.signing_key())
    atomic_write_bytes(target, data)
    return BundleExport(changes=len(changes), ranges=ranges, bytes=len(data))


def _batches(changes: tuple[wire.Change, ...]) -> list[tuple[wire.Change, ...]]:
    """Cut the changes into batches within the push limits (count and uncompressed size)."""
    batches: list[tuple[wire.Change, ...]] = []
    batch: list[wire.Change] = []
    size = 0
    for change in changes:
        change_size = len(json.dumps(change.to_json(), ensure_ascii=False))
        if batch and (len(batch) == wire.MAX_BATCH_CHANGES or size + change_size > BATCH_BYTES):
            batches.append(tuple(batch))
            batch, size = [], 0
        batch.append(change)
        size += change_size
    if batch:
        batches.append(tuple(batch))
    return batches


def import_answer(conn: DeskConnection, clock: Clock, source: Path) -> BundleImport:
    state = _enrolled(conn)
    identity = load_identity(conn)
    data = bundle_crypto.read_bundle_file(source)
    bundle = bundle_crypto.read_bundle(data)
    bundle_crypto.verify_bundle(
        bundle, bytes(state.server_signing_public or b""), signer="the network's server"
    )
    header = bundle.header
    if header.kind != "answer":
        raise DeskError("bundle.bad_format", detail="not an answer bundle")
    if header.network_id != state.network_id:
        raise DeskError("bundle.wrong_network")
    if header.device_id != identity.device_id:
        raise DeskError("bundle.wrong_device")
    payload = bundle_crypto.open_sealed(
        bundle, identity.exchange_key(), signer="the network's server"
    )
    try:
        push = wire.PushResponse.from_json(payload.get("push"))
        pull = wire.PullResponse.from_json(payload.get("pull"))
    except DeskError as error:
        raise DeskError("bundle.bad_format", detail=str(error.params.get("detail", ""))) from None
    acknowledged, rejected = _apply_push_answer(conn, clock, push)
    cursor = load_sync_state(conn).cursor
    fresh = wire.PullResponse(
        changes=tuple(c for c in pull.changes if c.position > cursor),
        scope_removals=tuple(r for r in pull.scope_removals if r.position > cursor),
        erasures=tuple(e for e in pull.erasures if e.position > cursor),
        next_cursor=max(cursor, pull.next_cursor),
        has_more=pull.has_more,
    )
    skipped = (
        len(pull.changes)
        + len(pull.scope_removals)
        + len(pull.erasures)
        - (len(fresh.changes) + len(fresh.scope_removals) + len(fresh.erasures))
    )
    result = apply_pull_page(StoreContext(conn, identity, clock), fresh)
    return BundleImport(
        acknowledged=acknowledged,
        rejected=rejected,
        applied=result.applied,
        conflicts=result.conflicts,
        skipped_events=skipped,
        has_more=pull.has_more,
    )


def _apply_push_answer(
    conn: DeskConnection, clock: Clock, answer: wire.PushResponse
) -> tuple[int, int]:
    with transaction(conn):
        waiting = {(e.epoch, e.seq): e for e in pending(conn)}
        dropped, rejected, erased = settle_push_answer(conn, clock, answer, waiting)
    if erased:
        finish_purge(conn)
    return dropped, rejected
