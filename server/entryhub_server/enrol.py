"""Enrolment: a one-time code (single use even under concurrency, rate-limited) → a token.

Enrolment can be retried, and a revoked device can be re-admitted (docs/server.md):

- **The same code again** (the answer was lost after the server applied it): the same answer,
  the same token, while the device has not used its token yet and for at most
  ``enrol_replay_window`` after the code was used.
- **A new code from the device's hub** for a device that never used its token: a new token.
- **A re-admission code** (``entryhub-server readmit DEVICE``, bound to that device): the
  revoked device gets a new token and is active again, with its history (sequence numbers,
  audit head, coordinator root) kept.

Each of these needs the request's proof (entryhub_wire/enrol_proof.py) made with the device key the
server registered, and the same keys: a code someone overheard is worth nothing without the
device key. The token is not stored: it is derived from a secret of the server's key (held
outside the database), the device id and the code, so only a request naming the code can be
answered again; the server keeps its hash as before.

Failed attempts count per client address and per IPv6 /64 (client_address.py), never in
total: failures from elsewhere never refuse a correct code. An address over its limit is
refused even with a correct code (otherwise the limit would not slow guessing down).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import Connection, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from entryhub_server.admin import code_hash, normalise_code
from entryhub_server.auth import token_hash
from entryhub_server.client_address import limit_keys
from entryhub_server.context import ServerContext
from entryhub_server.db import tables as t
from entryhub_server.errors import ServerError
from entryhub_wire import wire
from entryhub_wire.enrol_proof import proof_holds


def _bad_code() -> ServerError:
    return ServerError(403, wire.ERR_BAD_CODE, "the enrolment code is unknown, used or expired")


def _exists(detail: str = "this device is already enrolled") -> ServerError:
    return ServerError(409, wire.ERR_DEVICE_EXISTS, detail)


@dataclass(frozen=True)
class _Granted:
    token: str
    hub_id: str


def enrol(ctx: ServerContext, request: wire.EnrolRequest, *, client: str) -> wire.EnrolResponse:
    now = ctx.now()
    keys = limit_keys(client)
    _check_rate(ctx, keys, now)
    canonical = normalise_code(request.code)
    if canonical is None:
        _failure(ctx, keys, now)
        raise _bad_code()
    try:
        with ctx.engine.begin() as conn:
            granted = _enrol(ctx, conn, request, canonical, now)
            hub = conn.execute(
                select(t.hub.c.id, t.hub.c.name, t.hub.c.network_id, t.network.c.name.label("nn"))
                .join(t.network, t.network.c.id == t.hub.c.network_id)
                .where(t.hub.c.id == granted.hub_id)
            ).one()
    except ServerError as error:
        if error.code == wire.ERR_BAD_CODE:
            _failure(ctx, keys, now)
        raise
    except IntegrityError:  # the same device id enrolling twice at once
        raise _exists() from None
    return wire.EnrolResponse(
        device_token=granted.token,
        network_id=hub.network_id,
        network_name=hub.nn,
        hub_id=hub.id,
        hub_name=hub.name,
        server_signing_public=ctx.keys.signing_public,
        server_exchange_public=ctx.keys.exchange_public,
    )


def _enrol(
    ctx: ServerContext, conn: Connection, request: wire.EnrolRequest, canonical: str, now: float
) -> _Granted:
    hashed = code_hash(canonical)
    token = derived_token(ctx, request.device_id, canonical)
    code = conn.execute(
        select(t.enrolment_code.c.used_at, t.enrolment_code.c.device_id)
        .where(t.enrolment_code.c.code_hash == hashed)
        .with_for_update()
    ).first()
    # a re-admission code names its device before it is used; any other code only once used
    readmit = code is not None and code.used_at is None and code.device_id is not None
    # the one step that makes a code single-use: only one transaction can flip used_at
    used = conn.execute(
        update(t.enrolment_code)
        .where(
            t.enrolment_code.c.code_hash == hashed,
            t.enrolment_code.c.used_at.is_(None),
            t.enrolment_code.c.expires_at > now,
            t.enrolment_code.c.device_id.is_(None)
            | (t.enrolment_code.c.device_id == request.device_id),
        )
        .values(used_at=now, device_id=request.device_id)
        .returning(t.enrolment_code.c.hub_id)
    ).first()
    device = conn.execute(
        select(t.device).where(t.device.c.id == request.device_id).with_for_update()
    ).first()
    if used is None:
        return _answer_again(ctx, request, code, token, device, now)
    if device is None:
        if readmit:  # a re-admission code whose device is gone: nothing to re-admit
            raise _bad_code()
        if request.proof is not None and not proof_holds(request, request.signing_public):
            raise ServerError(400, wire.ERR_BAD_PAYLOAD, "the enrolment proof does not verify")
        conn.execute(
            insert(t.device).values(
                id=request.device_id,
                hub_id=used.hub_id,
                network_id=_network_of(conn, used.hub_id),
                token_hash=token_hash(token),
                signing_public=request.signing_public,
                exchange_public=request.exchange_public,
                desk_version=request.desk_version,
                coordinator_root=request.coordinator_root,
                enrolled_at=now,
            )
        )
        return _Granted(token, used.hub_id)
    if readmit:
        _same_device(request, device)
    elif device.revoked_at is not None:
        raise _exists("this device was revoked; a coordinator re-admits it with 'readmit'")
    elif device.last_seen_at is not None or device.hub_id != used.hub_id:
        raise _exists()
    else:  # enrolled, never used its token (the answer was lost): a new code, a new token
        _same_device(request, device, refused=_exists())
    conn.execute(
        update(t.device)
        .where(t.device.c.id == device.id)
        .values(
            token_hash=token_hash(token),
            revoked_at=None,
            last_seen_at=None,
            desk_version=request.desk_version,
            # a root once registered stays (docs/server.md); one that was missing is taken
            coordinator_root=device.coordinator_root
            if device.coordinator_root is not None
            else request.coordinator_root,
        )
    )
    return _Granted(token, str(device.hub_id))


def _answer_again(
    ctx: ServerContext,
    request: wire.EnrolRequest,
    code: Any,
    token: str,
    device: Any,
    now: float,
) -> _Granted:
    """A code already used (or unknown, or expired; ``code`` as read, locked, before the
    update that did not take it): the same answer if this device used it and may hear it
    again, else the refusal it always was."""
    if (
        code is None
        or code.used_at is None
        or code.device_id != request.device_id
        or device is None
        or not 0 <= now - code.used_at <= ctx.settings.enrol_replay_window
    ):
        raise _bad_code()
    _same_device(request, device, refused=_bad_code())
    if not hmac.compare_digest(str(device.token_hash), token_hash(token)):
        raise _bad_code()  # a later code or re-admission replaced this one's token
    if device.revoked_at is not None:
        raise _exists("this device was revoked; a coordinator re-admits it with 'readmit'")
    if device.last_seen_at is not None:
        raise _exists()  # it has used the token: it has the answer
    return _Granted(token, str(device.hub_id))


def _same_device(
    request: wire.EnrolRequest, device: Any, *, refused: ServerError | None = None
) -> None:
    """The request comes from the holder of the device key the server registered."""
    if (
        bytes(device.signing_public) != request.signing_public
        or bytes(device.exchange_public) != request.exchange_public
        or not proof_holds(request, bytes(device.signing_public))
    ):
        raise refused or _bad_code()


def _network_of(conn: Connection, hub_id: str) -> str:
    return str(conn.execute(select(t.hub.c.network_id).where(t.hub.c.id == hub_id)).scalar_one())


def derived_token(ctx: ServerContext, device_id: str, canonical_code: str) -> str:
    """The device token of an enrolment: HMAC of device id and code under a key derived from
    the server's signing key, so the same request can be answered again without the token
    being stored anywhere."""
    private = ctx.keys.signing.private_bytes(
        serialization.Encoding.Raw,
        serialization.PrivateFormat.Raw,
        serialization.NoEncryption(),
    )
    key = HKDF(hashes.SHA256(), 32, salt=None, info=b"entryhub enrolment tokens").derive(private)
    mac = hmac.new(key, f"{device_id}\n{canonical_code}".encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(mac).rstrip(b"=").decode("ascii")


def _check_rate(ctx: ServerContext, keys: tuple[str, ...], now: float) -> None:
    settings = ctx.settings
    since = now - settings.enrol_window
    limits = (settings.enrol_failures_per_client, settings.enrol_failures_per_network)
    with ctx.engine.begin() as conn:
        for key, limit in zip(keys, limits, strict=False):
            count = conn.execute(
                select(func.count(t.enrol_attempt.c.id)).where(
                    t.enrol_attempt.c.client == key, t.enrol_attempt.c.at > since
                )
            ).scalar_one()
            if count >= limit:
                raise ServerError(
                    429,
                    wire.ERR_RATE_LIMITED,
                    "too many failed enrolment attempts from this address; try again later",
                    headers={"Retry-After": str(int(settings.enrol_window))},
                )


def _failure(ctx: ServerContext, keys: tuple[str, ...], now: float) -> None:
    """One failed attempt, counted under each key (the address; its /64 for IPv6)."""
    with ctx.engine.begin() as conn:
        conn.execute(insert(t.enrol_attempt), [{"client": key, "at": now} for key in keys])
        conn.execute(
            delete(t.enrol_attempt).where(
                t.enrol_attempt.c.at < now - 10 * ctx.settings.enrol_window
            )
        )
