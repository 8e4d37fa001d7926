"""Offline bundles on the server: verify a desk bundle, apply it through the push path, answer.

Checks, in order: the envelope parses; it comes from a known device and that device's key
signed it; the device is not revoked; the header names the device's network and the server's
exchange key; every change is numbered for that device and lies in the signed ranges. Applying
is the push path (exactly once: importing twice changes nothing); the answer carries the push
answer and the pull from the bundle's cursor, sealed to the device and signed by the server.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError

from entryhub_server.auth import Device, device_by_id
from entryhub_server.context import ServerContext
from entryhub_server.db import tables as t
from entryhub_server.errors import ServerError
from entryhub_server.pull import pull
from entryhub_server.push import apply_push
from entryhub_wire import bundle_crypto as bc
from entryhub_wire import wire
from entryhub_wire.codec import want_list, want_obj
from entryhub_wire.errors import CodedError, ExitCode
from entryhub_wire.ids import new_id

BUNDLE_PULL_LIMIT = 100_000  # positions one answer bundle carries at most
MAX_BUNDLE_BATCHES = 1_000  # push batches in one desk bundle (500 changes each at most)


@dataclass(frozen=True)
class ImportResult:
    answer: bytes
    device_id: str
    already_imported: bool
    acknowledged: dict[int, int]
    rejected: int
    changes_out: int


def refused(detail: str, *, status: int = 400, code: str = wire.ERR_BAD_BUNDLE) -> ServerError:
    exit_code = ExitCode.NOT_ENROLLED if code == wire.ERR_REVOKED else ExitCode.FAILED
    return ServerError(status, code, detail, exit_code=exit_code)


def import_bundle(ctx: ServerContext, data: bytes) -> ImportResult:
    try:
        return _import(ctx, data)
    except CodedError as error:
        raise refused(error.english()) from None


def _import(ctx: ServerContext, data: bytes) -> ImportResult:
    bundle = bc.read_bundle(data)
    header = bundle.header
    if header.kind != "desk":
        raise CodedError("bundle.bad_format", detail="not a desk bundle")
    found = device_by_id(ctx, header.device_id)
    if found is None:
        raise CodedError("bundle.unknown_device")
    device, is_revoked = found
    bc.verify_bundle(bundle, device.signing_public, signer=f"device {device.id}")
    if is_revoked:
        raise refused(CodedError("bundle.revoked").english(), status=401, code=wire.ERR_REVOKED)
    if header.network_id != device.network_id:
        raise CodedError("bundle.wrong_network")
    if header.recipient != ctx.keys.exchange_public:
        raise CodedError("bundle.wrong_recipient")
    payload = want_obj(
        bc.open_sealed(bundle, ctx.keys.exchange, signer="the desk"), "bundle", {"pushes", "pull"}
    )
    push_requests = [
        wire.PushRequest.from_json(item)
        for item in want_list(payload["pushes"], "pushes", MAX_BUNDLE_BATCHES)
    ]
    if not push_requests:
        raise CodedError("bundle.bad_format", detail="no push batch")
    pull_request = wire.PullRequest.from_json(payload["pull"])
    for change in (c for request in push_requests for c in request.changes):
        inside = any(
            epoch == change.epoch and first <= change.seq <= last
            for epoch, first, last in header.ranges
        )
        if change.device_id != device.id or not inside:
            raise CodedError("bundle.wrong_device")
    with ctx.engine.begin() as conn:
        seen = conn.execute(
            select(t.imported_bundle.c.bundle_id).where(
                t.imported_bundle.c.bundle_id == header.bundle_id
            )
        ).first()
    push_response = _apply_batches(ctx, device, push_requests)
    pulled = _pull_all(ctx, device, pull_request)
    try:
        with ctx.engine.begin() as conn:
            conn.execute(
                insert(t.imported_bundle).values(
                    bundle_id=header.bundle_id, device_id=device.id, imported_at=ctx.now()
                )
            )
    except IntegrityError:
        pass
    answer_header = bc.BundleHeader(
        kind="answer",
        bundle_id=new_id(),
        network_id=device.network_id,
        device_id=device.id,
        recipient=device.exchange_public,
        ranges=header.ranges,
        cursor_from=pull_request.cursor,
        cursor_to=pulled.next_cursor,
        in_reply_to=header.bundle_id,
        created_at=time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(ctx.now())),
    )
    answer = bc.seal_bundle(
        answer_header,
        {"push": push_response.to_json(), "pull": pulled.to_json()},
        signing_key=ctx.keys.signing,
    )
    return ImportResult(
        answer=answer,
        device_id=device.id,
        already_imported=seen is not None,
        acknowledged=dict(push_response.acknowledged),
        rejected=len(push_response.rejected),
        changes_out=len(pulled.changes),
    )


def _apply_batches(
    ctx: ServerContext, device: Device, requests: list[wire.PushRequest]
) -> wire.PushResponse:
    """Each batch through the push path, in order; one answer for the desk. Acknowledgements
    are cumulative (the highest contiguous seq per epoch), so the last batch's stand."""
    responses = [apply_push(ctx, device, request) for request in requests]
    flags = [r.audit_flag for r in responses if r.audit_flag is not None]
    return wire.PushResponse(
        acknowledged=responses[-1].acknowledged,
        rejected=tuple(item for r in responses for item in r.rejected),
        highest_epoch=max(r.highest_epoch for r in responses),
        audit_flag=flags[0] if flags else None,
    )


def _pull_all(ctx: ServerContext, device: Device, request: wire.PullRequest) -> wire.PullResponse:
    """Pages from the bundle's cursor merged into one answer (up to BUNDLE_PULL_LIMIT)."""
    changes: list[wire.PulledChange] = []
    removals: list[wire.ScopeRemoval] = []
    erasures: list[wire.Erasure] = []
    cursor, served = request.cursor, 0
    while True:
        page = pull(
            ctx,
            device,
            wire.PullRequest(cursor, wire.MAX_PULL_LIMIT, include_own=request.include_own),
        )
        changes.extend(page.changes)
        removals.extend(page.scope_removals)
        erasures.extend(page.erasures)
        cursor = page.next_cursor
        served += wire.MAX_PULL_LIMIT
        if not page.has_more or served >= BUNDLE_PULL_LIMIT:
            break
    return wire.PullResponse(
        changes=tuple(changes),
        scope_removals=tuple(removals),
        erasures=tuple(erasures),
        next_cursor=cursor,
        has_more=page.has_more,
    )
