"""Push: apply desk batches at most once, merge them, give their changes global positions.

Pushes are applied in groups (:func:`apply_group`; the HTTP endpoint groups the pushes that
arrive together, :mod:`entryhub_server.push_queue`): one short transaction and a fixed number
of statements per group, whatever the number of pushes and changes in it:

1. the group's devices by token (or id), locked in id order until commit, so that a device's
   batches apply one at a time; unknown and revoked devices get their 401 and drop out;
2. what the devices have had received: per device and epoch the contiguous seq (1..seq all
   held) and the keys held above it, in ``received`` (one read for the whole group); a key
   held neither way is claimed and applied, once (the device's lock makes the check and its
   writes one step; a batch sent again finds its keys held);
3. the new contiguous seqs (``device_epoch``); ``received`` gets a row only for a key that
   stays above it (a gap) or is rejected (with why), not one per change;
4. the group's persons (locked, in id order) and records, one statement each
   (:meth:`Applier.load`); authority and scope per change in memory, the per-field merge
   (later HLC wins) in memory;
5. the writes (the devices' last-seen and audit heads, new persons and records, merged state,
   contiguous seqs; :class:`Writes`), and last, positions from each network's counter row and
   the events (:meth:`Writes.finish`).
   On PostgreSQL these go in one pipeline with the ``COMMIT``: the counter's row lock (held until
   commit, so positions become visible in order) is held only while the server runs the
   event insert and the commit.

A group whose transaction fails for another reason than the database being unavailable is
applied again one push at a time, so one bad push cannot fail the others.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, literal, or_, select
from sqlalchemy.exc import OperationalError

from entryhub_server.auth import Device, device_from_row, revoked, token_hash, unauthorized
from entryhub_server.clocks import bound_ms, clock_ahead
from entryhub_server.context import ServerContext
from entryhub_server.db import tables as t
from entryhub_server.db.dialect import one_of
from entryhub_server.db.writes import Writes
from entryhub_server.merge import Applier
from entryhub_wire import wire


@dataclass
class PushJob:
    """One push of a group: who sent it (a token from HTTP, or a device id from a bundle),
    the batch, and once applied either its answer or the error to give that sender."""

    request: wire.PushRequest
    token: str | None = None
    device_id: str | None = None
    response: wire.PushResponse | None = None
    error: Exception | None = None
    # filled while applying
    device: Device | None = field(default=None, repr=False)
    audit_flag: str | None = field(default=None, repr=False)
    keys: list[tuple[int, int]] = field(default_factory=list, repr=False)


def apply_push(ctx: ServerContext, device: Device, request: wire.PushRequest) -> wire.PushResponse:
    """Apply a batch from ``device`` on its own (bundles, tests); raises its error."""
    job = PushJob(request, device_id=device.id)
    apply_group(ctx, [job])
    if job.error is not None:
        raise job.error
    assert job.response is not None
    return job.response


def apply_group(ctx: ServerContext, jobs: list[PushJob]) -> None:
    """Apply ``jobs`` in one transaction; each job gets its ``response`` or ``error``. An
    unavailable database fails them all (503, try again). Two jobs of one sender (a desk
    sending a batch again before its first try was answered) go in transactions one after
    the other, so the second sees what the first claimed."""
    rounds: list[tuple[set[tuple[str | None, str | None]], list[PushJob]]] = []
    for job in jobs:
        sender = (job.token, job.device_id)
        for senders, group in rounds:
            if sender not in senders:
                senders.add(sender)
                group.append(job)
                break
        else:
            rounds.append(({sender}, [job]))
    for _, group in rounds:
        _apply_round(ctx, group)


def _apply_round(ctx: ServerContext, jobs: list[PushJob]) -> None:
    try:
        _apply(ctx, jobs)
    except OperationalError as error:
        for job in jobs:
            job.response, job.error = None, error
    except Exception as error:  # noqa: BLE001 -- a bug met by one push must not fail the rest
        if len(jobs) == 1:
            jobs[0].response, jobs[0].error = None, error
            return
        for job in jobs:
            job.response = job.error = None
            _apply_round(ctx, [job])


def _apply(ctx: ServerContext, jobs: list[PushJob]) -> None:
    now = ctx.now()
    with ctx.engine.begin() as conn:
        writes = Writes(conn)
        live = _devices(conn, writes, jobs, now)
        live = _clocks_within_bound(ctx, live, now)
        for job in live:
            job.keys = [(change.epoch, change.seq) for change in job.request.changes]
        held = _held(conn, live)
        fresh = _claim(live, held)
        acknowledged, highest, gaps = _advance(writes, live, held, fresh)
        applier = Applier(conn, writes, ctx.vault)
        applier.load([c for job in live for c in job.request.changes])
        rejected_now: dict[str, list[wire.Rejection]] = defaultdict(list)
        for job in live:
            assert job.device is not None
            applier.device = job.device
            mine = fresh.get(job.device.id, set())
            for change in job.request.changes:
                if (change.epoch, change.seq) not in mine:
                    continue
                reason = applier.apply(change)
                if reason is not None:
                    rejected_now[job.device.id].append(
                        wire.Rejection(change.epoch, change.seq, reason)
                    )
        applier.flush()
        _receive(writes, gaps, rejected_now)
        for job in live:
            assert job.device is not None
            device_id = job.device.id
            rejected = rejected_now[device_id]
            mine = fresh.get(device_id, set())
            if len(mine) != len(job.keys):  # some held before: their rejections too
                before = [key for key in job.keys if key not in mine]
                rejected = rejected + _rejections(conn, device_id, before)
            job.response = wire.PushResponse(
                acknowledged=acknowledged[device_id],
                rejected=tuple(sorted(rejected, key=lambda r: (r.epoch, r.seq))),
                highest_epoch=highest[device_id],
                audit_flag=job.audit_flag,
            )
        writes.finish(applier.events)  # last: the counters' locks are held only from here on


def _clocks_within_bound(ctx: ServerContext, jobs: list[PushJob], now: float) -> list[PushJob]:
    """Refuse a whole push that carries a clock too far ahead (422 clock_ahead; clocks.py):
    nothing of it is held, so the desk keeps its changes for when its clock is right."""
    margin = ctx.settings.clock_margin
    bound = f"{bound_ms(now, margin):013d}"
    live = []
    for job in jobs:
        # an HLC text starts with its 13 digits of milliseconds: when the batch's greatest
        # text starts no later than the bound, none is ahead (the common case, no parsing)
        top = ""
        for change in job.request.changes:
            if change.hlc > top:
                top = change.hlc
            for value in change.fields.values():
                if value.hlc > top:
                    top = value.hlc
        job.error = None if top[:13] <= bound else clock_ahead(job.request, now, margin)
        if job.error is None:
            live.append(job)
    return live


def _devices(conn: Connection, writes: Writes, jobs: list[PushJob], now: float) -> list[PushJob]:
    """Lock the jobs' devices (id order: no deadlock with another group), answer 401 to
    unknown and revoked ones, note last-seen and the audit heads (written with the group's
    other writes: the rows stay locked until commit); the jobs that go on."""
    hashes = {token_hash(job.token): job for job in jobs if job.token is not None}
    ids = {job.device_id: job for job in jobs if job.device_id is not None}
    which = []
    if hashes:
        which.append(one_of(conn, t.device.c.token_hash, sorted(hashes)))
    if ids:
        which.append(one_of(conn, t.device.c.id, sorted(ids)))
    rows = conn.execute(
        select(t.device).where(or_(*which)).order_by(t.device.c.id).with_for_update()
    ).all()
    for job in jobs:  # also a fresh start for a job tried before in a failed group
        job.response, job.error, job.device, job.audit_flag = None, unauthorized(), None, None
    live: list[PushJob] = []
    values: list[dict[str, Any]] = []
    for row in rows:
        found = hashes.get(row.token_hash) or ids.get(row.id)
        if found is None or found.device is not None:
            continue
        job = found
        if row.revoked_at is not None:
            job.error = revoked()
            continue
        job.error, job.device = None, device_from_row(row)
        job.audit_flag, audit = _audit(row, job.request.audit_head, now)
        values.append({"id": row.id, "last_seen_at": now, **audit})
        live.append(job)
    writes.update(t.device, values, key="id")
    return live


def _audit(row: Any, head: wire.AuditHead | None, now: float) -> tuple[str | None, dict[str, Any]]:
    """Compare the desk's audit head with the last one seen; flag a chain going backwards.
    The flag of this push, and the device's audit columns after it."""
    stored = {
        "audit_seq": row.audit_seq,
        "audit_tag": row.audit_tag,
        "audit_flag": row.audit_flag,
        "audit_flagged_at": row.audit_flagged_at,
    }
    flag: str | None = None
    if head is None:
        if row.audit_seq is not None:
            flag = "rewound"
    elif row.audit_seq is None or head.seq > row.audit_seq:
        stored.update(audit_seq=head.seq, audit_tag=head.tag)
    elif head.seq < row.audit_seq:
        flag = "rewound"
    elif head.tag != row.audit_tag:
        flag = "forked"
    if flag is not None:
        stored.update(audit_flag=flag, audit_flagged_at=now)
    return flag, stored


@dataclass
class _Held:
    """What the group's devices have had received before this transaction: per device, the
    contiguous seq of each epoch (1..contiguous all held) and the keys held above it (out of
    order, or rejected: rows of ``received``)."""

    contiguous: dict[str, dict[int, int]]
    above: dict[str, set[tuple[int, int]]]


def _held(conn: Connection, jobs: list[PushJob]) -> _Held:
    """One read for the whole group, after :func:`_devices` locked its devices: no other
    transaction can add to what a locked device has had received until this one commits."""
    held = _Held(defaultdict(dict), defaultdict(set))
    device_ids = sorted(job.device.id for job in jobs if job.device is not None)
    if not device_ids:
        return held
    # one statement: each epoch's contiguous seq (kind 0), and every held seq above it per
    # device and epoch (kind 1, usually none)
    joined = t.received.outerjoin(
        t.device_epoch,
        (t.device_epoch.c.device_id == t.received.c.device_id)
        & (t.device_epoch.c.epoch == t.received.c.epoch),
    )
    contiguous = select(
        literal(0), t.device_epoch.c.device_id, t.device_epoch.c.epoch, t.device_epoch.c.contiguous
    ).where(one_of(conn, t.device_epoch.c.device_id, device_ids))
    above = (
        select(literal(1), t.received.c.device_id, t.received.c.epoch, t.received.c.seq)
        .select_from(joined)
        .where(
            one_of(conn, t.received.c.device_id, device_ids),
            or_(
                t.device_epoch.c.contiguous.is_(None),
                t.received.c.seq > t.device_epoch.c.contiguous,
            ),
        )
    )
    for kind, device_id, epoch, seq in conn.execute(contiguous.union_all(above)).all():
        if kind == 0:
            held.contiguous[device_id][epoch] = seq
        else:
            held.above[device_id].add((epoch, seq))
    return held


def _claim(jobs: list[PushJob], held: _Held) -> dict[str, set[tuple[int, int]]]:
    """Per device, the keys of its batch not held yet: those are applied, once.

    A key is held when its seq is at most its epoch's contiguous seq, or when ``received``
    has a row for it. The device's row lock (:func:`_devices`, until commit) makes this check
    and the writes of :func:`_advance` and :func:`_receive` one step for the device: a batch
    sent again, at once or after the answer was lost, finds its keys held."""
    fresh: dict[str, set[tuple[int, int]]] = {}
    for job in jobs:
        if job.device is None:
            continue
        contiguous = held.contiguous[job.device.id]
        above = held.above[job.device.id]
        fresh[job.device.id] = {
            (epoch, seq)
            for epoch, seq in job.keys
            if seq > contiguous.get(epoch, 0) and (epoch, seq) not in above
        }
    return fresh


def _advance(
    writes: Writes, jobs: list[PushJob], held: _Held, fresh: dict[str, set[tuple[int, int]]]
) -> tuple[dict[str, dict[int, int]], dict[str, int], list[tuple[str, int, int]]]:
    """Per device, and per epoch of its batch, the highest seq such that 1..seq are all held
    (with this batch); the highest epoch held for the device; and the keys claimed now that
    stay above their epoch's contiguous seq (gaps: ``received`` rows, :func:`_receive`)."""
    acknowledged: dict[str, dict[int, int]] = {}
    highest: dict[str, int] = {}
    changed: list[dict[str, Any]] = []
    gaps: list[tuple[str, int, int]] = []
    for job in jobs:
        assert job.device is not None
        device_id = job.device.id
        mine = held.contiguous[device_id]
        claimed = fresh.get(device_id, set())
        seqs: dict[int, list[int]] = defaultdict(list)
        for epoch, seq in (*held.above[device_id], *claimed):
            seqs[epoch].append(seq)
        epochs = sorted({epoch for epoch, _ in job.keys})
        acknowledged[device_id] = {}
        for epoch in epochs:
            before = contiguous = mine.get(epoch, 0)
            for seq in sorted(seqs[epoch]):
                if seq != contiguous + 1:
                    break
                contiguous = seq
            acknowledged[device_id][epoch] = contiguous
            if epoch not in mine or contiguous > before:
                changed.append({"device_id": device_id, "epoch": epoch, "contiguous": contiguous})
        gaps.extend(
            (device_id, epoch, seq)
            for epoch, seq in claimed
            if seq > acknowledged[device_id][epoch]
        )
        highest[device_id] = max([*mine, *epochs], default=0)
    writes.insert(
        t.device_epoch,
        sorted(changed, key=lambda row: (row["device_id"], row["epoch"])),
        conflict=("device_id", "epoch"),
        update=("contiguous",),
        newer="contiguous",
    )
    return acknowledged, highest, gaps


def _receive(
    writes: Writes,
    gaps: list[tuple[str, int, int]],
    rejected: dict[str, list[wire.Rejection]],
) -> None:
    """The ``received`` rows of this group: the keys claimed now above their epoch's
    contiguous seq, and every rejected change with why (held, acknowledged, never applied).
    A key at most the contiguous seq that was applied needs no row. A plain insert: a key
    held already would fail the group rather than be held twice."""
    reasons: dict[tuple[str, int, int], str | None] = dict.fromkeys(gaps)
    for device_id, items in rejected.items():
        for item in items:
            reasons[(device_id, item.epoch, item.seq)] = item.reason
    writes.insert(
        t.received,
        [
            {"device_id": d, "epoch": e, "seq": s, "reason": reasons[(d, e, s)]}
            for d, e, s in sorted(reasons)
        ],
    )


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
