"""Push: apply a batch of desk changes at most once, merge them, give them global positions.

One short transaction per batch and a fixed number of statements whatever its size:

1. ``UPDATE device … RETURNING``: checks the token (or device id) and revocation and locks the
   device row until commit, so a device's batches apply one at a time;
2. claim the ``(device, epoch, seq)`` keys with one ``INSERT … ON CONFLICT DO NOTHING
   RETURNING``: only the keys claimed now are applied (the unique key decides, not a check);
3. the highest contiguous seq per epoch (two reads);
4. the batch's persons (locked, in id order) and records, one statement each
   (:meth:`Applier.load`); authority and scope per change in memory, the per-field merge
   (later HLC wins) in memory;
5. the writes (new persons and records, merged state, contiguous seqs; :class:`Writes`), and
   last, positions from the one-row counter and the events (:meth:`Writes.finish`). On
   PostgreSQL these go in one pipeline with the ``COMMIT``: the counter's row lock (held until
   commit, so positions become visible in order) is held only while the server runs the
   event insert and the commit.
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from sqlalchemy import ColumnElement, Connection, bindparam, select, update

from entryhub_desk.sync import wire
from entryhub_server.auth import Device, device_from_row, revoked, token_hash, unauthorized
from entryhub_server.context import ServerContext
from entryhub_server.db import tables as t
from entryhub_server.db.dialect import insert_rows
from entryhub_server.db.writes import Writes
from entryhub_server.merge import Applier


def apply_push(ctx: ServerContext, device: Device, request: wire.PushRequest) -> wire.PushResponse:
    """Apply a batch from ``device`` (bundles, tests)."""
    return _apply(ctx, t.device.c.id == device.id, request)


def apply_push_token(
    ctx: ServerContext, token: str, request: wire.PushRequest
) -> wire.PushResponse:
    """Apply a batch from the device owning ``token``: the token is checked in the push's
    own transaction (the same statement locks the device row), 401 if unknown or revoked."""
    return _apply(ctx, t.device.c.token_hash == token_hash(token), request)


def _apply(
    ctx: ServerContext, which: ColumnElement[bool], request: wire.PushRequest
) -> wire.PushResponse:
    now = ctx.now()
    with ctx.engine.begin() as conn:
        # the device row, locked until commit: a device's batches apply one at a time
        row = conn.execute(
            update(t.device).where(which).values(last_seen_at=now).returning(*t.device.c)
        ).first()
        if row is None:
            raise unauthorized()
        if row.revoked_at is not None:
            raise revoked()
        device = device_from_row(row)
        flag = _audit(conn, row, request.audit_head, now)
        keys = [(change.epoch, change.seq) for change in request.changes]
        fresh = _claim(conn, device.id, keys)
        writes = Writes(conn)
        acknowledged, highest = _advance(conn, writes, device.id, keys)
        changes = [change for change in request.changes if (change.epoch, change.seq) in fresh]
        applier = Applier(conn, device, writes)
        applier.load(changes)
        rejected_now: list[wire.Rejection] = []
        for change in changes:
            reason = applier.apply(change)
            if reason is not None:
                rejected_now.append(wire.Rejection(change.epoch, change.seq, reason))
        applier.flush()
        _hold_rejected(conn, device.id, rejected_now)
        if len(fresh) == len(keys):  # all new: no earlier rejection to report
            rejected = sorted(rejected_now, key=lambda item: (item.epoch, item.seq))
        else:
            rejected = _rejections(conn, device.id, keys)
        writes.finish(applier.events)  # last: the counter's lock is held only from here on
    return wire.PushResponse(
        acknowledged=acknowledged,
        rejected=tuple(rejected),
        highest_epoch=highest,
        audit_flag=flag,
    )


def _audit(conn: Connection, row: Any, head: wire.AuditHead | None, now: float) -> str | None:
    """Compare the desk's audit head with the last one seen; flag a chain going backwards."""
    flag: str | None = None
    values: dict[str, Any] = {}
    if head is None:
        if row.audit_seq is not None:
            flag = "rewound"
    elif row.audit_seq is None or head.seq > row.audit_seq:
        values.update(audit_seq=head.seq, audit_tag=head.tag)
    elif head.seq < row.audit_seq:
        flag = "rewound"
    elif head.tag != row.audit_tag:
        flag = "forked"
    if flag is not None:
        values.update(audit_flag=flag, audit_flagged_at=now)
    if values:
        conn.execute(update(t.device).where(t.device.c.id == row.id).values(**values))
    return flag


def _hold_rejected(conn: Connection, device_id: str, rejected: list[wire.Rejection]) -> None:
    """Record why: a rejected change is held (acknowledged) but never applied."""
    if rejected:
        conn.execute(
            update(t.received)
            .where(
                t.received.c.device_id == device_id,
                t.received.c.epoch == bindparam("e"),
                t.received.c.seq == bindparam("s"),
            )
            .values(reason=bindparam("r")),
            [{"e": item.epoch, "s": item.seq, "r": item.reason} for item in rejected],
        )


def _claim(conn: Connection, device_id: str, keys: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """Insert the keys not held yet; returns those (the unique key decides, not a check)."""
    if not keys:
        return set()
    rows = [{"device_id": device_id, "epoch": e, "seq": s, "reason": None} for e, s in keys]
    claimed = insert_rows(
        conn, t.received, rows, conflict=("device_id", "epoch", "seq"), returning=("epoch", "seq")
    )
    return {(int(r.epoch), int(r.seq)) for r in claimed}


def _advance(
    conn: Connection, writes: Writes, device_id: str, keys: list[tuple[int, int]]
) -> tuple[dict[int, int], int]:
    """Per epoch of the batch, the highest seq such that 1..seq are all held; and the
    highest epoch held for the device."""
    held = {
        int(epoch): int(contiguous)
        for epoch, contiguous in conn.execute(
            select(t.device_epoch.c.epoch, t.device_epoch.c.contiguous).where(
                t.device_epoch.c.device_id == device_id
            )
        )
    }
    epochs = sorted({epoch for epoch, _ in keys})
    acknowledged: dict[int, int] = {}
    changed: list[dict[str, Any]] = []
    for epoch in epochs:
        before = held.get(epoch, 0)
        contiguous = before
        above = conn.execute(
            select(t.received.c.seq)
            .where(
                t.received.c.device_id == device_id,
                t.received.c.epoch == epoch,
                t.received.c.seq > contiguous,
            )
            .order_by(t.received.c.seq)
        ).scalars()
        for seq in above:
            if seq != contiguous + 1:
                break
            contiguous = int(seq)
        acknowledged[epoch] = contiguous
        if epoch not in held or contiguous > before:
            changed.append({"device_id": device_id, "epoch": epoch, "contiguous": contiguous})
    writes.insert(
        t.device_epoch,
        changed,
        conflict=("device_id", "epoch"),
        update=("contiguous",),
        newer="contiguous",
    )
    return acknowledged, max([*held, *epochs], default=0)


def _rejections(
    conn: Connection, device_id: str, keys: list[tuple[int, int]]
) -> list[wire.Rejection]:
    """The batch's changes held as rejected (now or before): one range query per epoch."""
    by_epoch: dict[int, set[int]] = defaultdict(set)
    for epoch, seq in keys:
        by_epoch[epoch].add(seq)
    found: list[wire.Rejection] = []
    for epoch, seqs in sorted(by_epoch.items()):
        rows = conn.execute(
            select(t.received.c.seq, t.received.c.reason).where(
                t.received.c.device_id == device_id,
                t.received.c.epoch == epoch,
                t.received.c.seq.between(min(seqs), max(seqs)),
                t.received.c.reason.is_not(None),
            )
        )
        found.extend(
            wire.Rejection(epoch, int(r.seq), str(r.reason)) for r in rows if int(r.seq) in seqs
        )
    found.sort(key=lambda item: (item.epoch, item.seq))
    return found


def fields_json(change: wire.Change) -> str:
    return json.dumps(
        {name: value.to_json() for name, value in change.fields.items()},
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
    )
