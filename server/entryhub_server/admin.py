"""What the admin command line does: networks, hubs, enrolment codes, devices."""

from __future__ import annotations

import base64
import binascii
import hashlib
import secrets
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select, update
from sqlalchemy.exc import IntegrityError

from entryhub_server.context import ServerContext
from entryhub_server.db import tables as t
from entryhub_server.errors import ServerError, UsageError
from entryhub_wire.ids import new_id

CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_CHARS = 10  # 50 random bits
_READ_AS = str.maketrans({"O": "0", "I": "1", "L": "1"})


def new_code() -> str:
    """A one-time enrolment code: 50 random bits as ``XXXXX-XXXXX`` (Crockford base32)."""
    chars = "".join(secrets.choice(CROCKFORD) for _ in range(CODE_CHARS))
    return f"{chars[:5]}-{chars[5:]}"


def normalise_code(text: str) -> str | None:
    """The code as typed (any case, spaces, dashes, O/I/L) → canonical, or None."""
    cleaned = "".join(text.split()).replace("-", "").upper().translate(_READ_AS)
    if len(cleaned) != CODE_CHARS or any(c not in CROCKFORD for c in cleaned):
        return None
    return cleaned


def code_hash(canonical: str) -> str:
    return hashlib.sha256(("entryhub enrolment code:" + canonical).encode()).hexdigest()


def create_network(ctx: ServerContext, name: str) -> str:
    name = _name(name, "network")
    network_id = new_id()
    try:
        with ctx.engine.begin() as conn:
            conn.execute(t.network.insert().values(id=network_id, name=name, created_at=ctx.now()))
            ctx.vault.create_first(conn, network_id, now=ctx.now())  # its data key
    except IntegrityError:
        raise UsageError(f"a network called {name!r} already exists") from None
    return network_id


def create_hub(ctx: ServerContext, *, network: str, name: str) -> str:
    name = _name(name, "hub")
    hub_id = new_id()
    with ctx.engine.begin() as conn:
        network_id = _network_id(conn, network)
        try:
            conn.execute(
                t.hub.insert().values(
                    id=hub_id, network_id=network_id, name=name, created_at=ctx.now()
                )
            )
        except IntegrityError:
            raise UsageError(f"network {network!r} already has a hub called {name!r}") from None
    return hub_id


@dataclass(frozen=True)
class IssuedCode:
    code: str
    hub_id: str
    hub_name: str
    expires_at: float


def enrolment_code(ctx: ServerContext, *, hub: str, network: str | None = None) -> IssuedCode:
    with ctx.engine.begin() as conn:
        hub_row = _hub(conn, hub, network)
        return _issue(ctx, conn, str(hub_row.id), str(hub_row.name))


def _issue(
    ctx: ServerContext, conn: Connection, hub_id: str, hub_name: str, device_id: str | None = None
) -> IssuedCode:
    """A new one-time code for the hub (bound to ``device_id`` for a re-admission); only its
    hash is stored."""
    code = new_code()
    expires = ctx.now() + ctx.settings.code_validity
    conn.execute(
        t.enrolment_code.insert().values(
            code_hash=code_hash(normalise_code(code) or ""),
            hub_id=hub_id,
            created_at=ctx.now(),
            expires_at=expires,
            device_id=device_id,
        )
    )
    return IssuedCode(code=code, hub_id=hub_id, hub_name=hub_name, expires_at=expires)


def readmit(ctx: ServerContext, device_id: str) -> IssuedCode:
    """A one-time code that only this device can use (with its device key) to enrol again: a
    revoked device becomes active with a new token, keeping its history; a device that lost
    its enrolment (an answer never received, a store restored from before it) gets a new
    token. Raises a usage error for an unknown device."""
    with ctx.engine.begin() as conn:
        found = conn.execute(
            select(t.device.c.hub_id, t.hub.c.name)
            .join(t.hub, t.hub.c.id == t.device.c.hub_id)
            .where(t.device.c.id == device_id)
        ).first()
        if found is None:
            raise UsageError(f"no device {device_id!r}")
        # bound to the device before it is used: a re-admission
        return _issue(ctx, conn, str(found.hub_id), str(found.name), device_id)


def list_devices(ctx: ServerContext) -> list[dict[str, Any]]:
    query = (
        select(
            t.device.c.id,
            t.device.c.hub_id,
            t.hub.c.name.label("hub_name"),
            t.network.c.name.label("network_name"),
            t.device.c.desk_version,
            t.device.c.enrolled_at,
            t.device.c.last_seen_at,
            t.device.c.revoked_at,
            t.device.c.audit_seq,
            t.device.c.audit_flag,
        )
        .join(t.hub, t.hub.c.id == t.device.c.hub_id)
        .join(t.network, t.network.c.id == t.device.c.network_id)
        .order_by(t.network.c.name, t.hub.c.name, t.device.c.enrolled_at)
    )
    with ctx.engine.begin() as conn:
        return [dict(row._mapping) for row in conn.execute(query)]


def revoke(ctx: ServerContext, device_id: str) -> bool:
    """Revoke a device (its token and bundles are refused from now on); False if it already
    was. Raises a usage error for an unknown device."""
    with ctx.engine.begin() as conn:
        found = conn.execute(
            select(t.device.c.revoked_at).where(t.device.c.id == device_id)
        ).first()
        if found is None:
            raise UsageError(f"no device {device_id!r}")
        if found.revoked_at is not None:
            return False
        conn.execute(
            update(t.device).where(t.device.c.id == device_id).values(revoked_at=ctx.now())
        )
    return True


def register_coordinator_key(ctx: ServerContext, device_id: str, key_text: str) -> None:
    """Register the coordinator root key of a desk enrolled before desks sent it (its
    ``root_key`` in ``keyslots.json``, base64): its erasures are checked against it from now
    on. A key once registered is never replaced here (enrol the desk again for that)."""
    try:
        key = base64.b64decode(key_text.strip(), validate=True)
    except (binascii.Error, ValueError):
        key = b""
    if len(key) != 32:
        raise UsageError("a coordinator key is 32 bytes in base64")
    with ctx.engine.begin() as conn:
        found = conn.execute(
            select(t.device.c.coordinator_root).where(t.device.c.id == device_id)
        ).first()
        if found is None:
            raise UsageError(f"no device {device_id!r}")
        if found.coordinator_root is not None:
            raise UsageError(
                "this device already has a coordinator key; enrol it again to change it"
            )
        conn.execute(
            update(t.device).where(t.device.c.id == device_id).values(coordinator_root=key)
        )


def _name(name: str, what: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned or len(cleaned) > 200:
        raise UsageError(f"a {what} name has 1 to 200 characters")
    return cleaned


def _network_id(conn: Any, network: str) -> str:
    row = conn.execute(
        select(t.network.c.id).where((t.network.c.name == network) | (t.network.c.id == network))
    ).first()
    if row is None:
        raise UsageError(f"no network {network!r}")
    return str(row.id)


def _hub(conn: Any, hub: str, network: str | None) -> Any:
    query = select(t.hub.c.id, t.hub.c.name).where((t.hub.c.name == hub) | (t.hub.c.id == hub))
    if network is not None:
        query = query.where(t.hub.c.network_id == _network_id(conn, network))
    rows = conn.execute(query).all()
    if not rows:
        raise UsageError(f"no hub {hub!r}")
    if len(rows) > 1:
        raise UsageError(f"several networks have a hub {hub!r}; name the --network")
    return rows[0]


def not_found(what: str) -> ServerError:
    return ServerError(404, "not_found", f"no such {what}")
