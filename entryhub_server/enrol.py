"""Enrolment: a one-time code (single use even under concurrency, rate-limited) → a token."""

from __future__ import annotations

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from entryhub_desk.sync import wire
from entryhub_server.admin import code_hash, normalise_code
from entryhub_server.auth import new_token, token_hash
from entryhub_server.context import ServerContext
from entryhub_server.db import tables as t
from entryhub_server.errors import ServerError


def _bad_code() -> ServerError:
    return ServerError(403, wire.ERR_BAD_CODE, "the enrolment code is unknown, used or expired")


def enrol(ctx: ServerContext, request: wire.EnrolRequest, *, client: str) -> wire.EnrolResponse:
    now = ctx.now()
    _check_rate(ctx, client, now)
    canonical = normalise_code(request.code)
    if canonical is None:
        _failure(ctx, client, now)
        raise _bad_code()
    token = new_token()
    try:
        with ctx.engine.begin() as conn:
            exists = conn.execute(
                select(t.device.c.id).where(t.device.c.id == request.device_id)
            ).first()
            if exists is not None:
                raise ServerError(409, wire.ERR_DEVICE_EXISTS, "this device is already enrolled")
            # the one step that makes a code single-use: only one transaction can flip used_at
            used = conn.execute(
                update(t.enrolment_code)
                .where(
                    t.enrolment_code.c.code_hash == code_hash(canonical),
                    t.enrolment_code.c.used_at.is_(None),
                    t.enrolment_code.c.expires_at > now,
                )
                .values(used_at=now, device_id=request.device_id)
                .returning(t.enrolment_code.c.hub_id)
            ).first()
            if used is None:
                raise _bad_code()
            hub = conn.execute(
                select(t.hub.c.id, t.hub.c.name, t.hub.c.network_id, t.network.c.name.label("nn"))
                .join(t.network, t.network.c.id == t.hub.c.network_id)
                .where(t.hub.c.id == used.hub_id)
            ).one()
            conn.execute(
                insert(t.device).values(
                    id=request.device_id,
                    hub_id=hub.id,
                    network_id=hub.network_id,
                    token_hash=token_hash(token),
                    signing_public=request.signing_public,
                    exchange_public=request.exchange_public,
                    desk_version=request.desk_version,
                    coordinator_root=request.coordinator_root,
                    enrolled_at=now,
                )
            )
    except ServerError as error:
        if error.code == wire.ERR_BAD_CODE:
            _failure(ctx, client, now)
        raise
    except IntegrityError:  # the same device id enrolling twice at once
        raise ServerError(409, wire.ERR_DEVICE_EXISTS, "this device is already enrolled") from None
    return wire.EnrolResponse(
        device_token=token,
        network_id=hub.network_id,
        network_name=hub.nn,
        hub_id=hub.id,
        hub_name=hub.name,
        server_signing_public=ctx.keys.signing_public,
        server_exchange_public=ctx.keys.exchange_public,
    )


def _check_rate(ctx: ServerContext, client: str, now: float) -> None:
    settings = ctx.settings
    since = now - settings.enrol_window
    with ctx.engine.begin() as conn:
        count = func.count(t.enrol_attempt.c.id)
        mine = conn.execute(
            select(count).where(t.enrol_attempt.c.client == client, t.enrol_attempt.c.at > since)
        ).scalar_one()
        total = conn.execute(select(count).where(t.enrol_attempt.c.at > since)).scalar_one()
    if mine >= settings.enrol_failures_per_client or total >= settings.enrol_failures_total:
        raise ServerError(
            429,
            wire.ERR_RATE_LIMITED,
            "too many failed enrolment attempts; try again later",
            headers={"Retry-After": str(int(settings.enrol_window))},
        )


def _failure(ctx: ServerContext, client: str, now: float) -> None:
    with ctx.engine.begin() as conn:
        conn.execute(insert(t.enrol_attempt).values(client=client[:100], at=now))
        conn.execute(
            delete(t.enrol_attempt).where(
                t.enrol_attempt.c.at < now - 10 * ctx.settings.enrol_window
            )
        )
