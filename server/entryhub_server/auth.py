"""Device tokens: the server keeps SHA-256 of each; network, hub and device come from it."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

from sqlalchemy import select, update

from entryhub_server.context import ServerContext
from entryhub_server.db import tables as t
from entryhub_server.errors import ServerError
from entryhub_wire import wire
from entryhub_wire.errors import ExitCode

TOKEN_BYTES = 32
# ``last_seen_at`` is refreshed by a token check at most this often (a push sets it anyway):
# a busy desk does not turn every pull into a write transaction.
SEEN_EVERY = 60.0


@dataclass(frozen=True)
class Device:
    id: str
    hub_id: str
    network_id: str
    signing_public: bytes
    exchange_public: bytes
    coordinator_root: bytes | None = None  # the root of the desk's signed roles (erasures)


def new_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def unauthorized(detail: str = "unknown device token") -> ServerError:
    return ServerError(
        401,
        wire.ERR_UNAUTHORIZED,
        detail,
        exit_code=ExitCode.NOT_ENROLLED,
        headers={"WWW-Authenticate": "Bearer"},
    )


def revoked() -> ServerError:
    return ServerError(
        401,
        wire.ERR_REVOKED,
        "this device has been revoked",
        exit_code=ExitCode.NOT_ENROLLED,
        headers={"WWW-Authenticate": "Bearer"},
    )


def bearer_token(authorization: str | None) -> str:
    """The token of an ``Authorization: Bearer <token>`` header; 401 if there is none."""
    if not authorization:
        raise unauthorized("no device token")
    scheme, _, token = authorization.partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token or len(token) > 200:
        raise unauthorized("expected 'Authorization: Bearer <token>'")
    return token


def device_for_token(ctx: ServerContext, authorization: str | None) -> Device:
    """The enrolled, unrevoked device that owns the bearer token; 401 otherwise."""
    token = bearer_token(authorization)
    with ctx.engine.begin() as conn:
        row = conn.execute(
            select(t.device).where(t.device.c.token_hash == token_hash(token))
        ).first()
        if row is None:
            raise unauthorized()
        if row.revoked_at is not None:
            raise revoked()
        now = ctx.now()
        if row.last_seen_at is None or not 0 <= now - row.last_seen_at < SEEN_EVERY:
            conn.execute(update(t.device).where(t.device.c.id == row.id).values(last_seen_at=now))
    return device_from_row(row)


def device_by_id(ctx: ServerContext, device_id: str) -> tuple[Device, bool] | None:
    """The device and whether it is revoked, or None."""
    with ctx.engine.begin() as conn:
        row = conn.execute(select(t.device).where(t.device.c.id == device_id)).first()
    return None if row is None else (device_from_row(row), row.revoked_at is not None)


def device_from_row(row: object) -> Device:
    return Device(
        id=str(getattr(row, "id")),  # noqa: B009
        hub_id=str(getattr(row, "hub_id")),  # noqa: B009
        network_id=str(getattr(row, "network_id")),  # noqa: B009
        signing_public=bytes(getattr(row, "signing_public")),  # noqa: B009
        exchange_public=bytes(getattr(row, "exchange_public")),  # noqa: B009
        coordinator_root=_optional_bytes(getattr(row, "coordinator_root", None)),
    )


def _optional_bytes(value: object) -> bytes | None:
    return None if value is None else bytes(value)  # type: ignore[call-overload]
