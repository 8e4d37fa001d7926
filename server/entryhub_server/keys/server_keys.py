"""The server's own key pairs (Ed25519 signing, X25519 bundle exchange), wrapped under the
master key in ``server_key``; made on the first start (the desks pin the public halves)."""

from __future__ import annotations

from collections.abc import Callable

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import Engine, insert, inspect, select
from sqlalchemy.exc import IntegrityError

from entryhub_server.db import tables as t
from entryhub_server.keys.master import MasterKeyError
from entryhub_server.keys.sealing import SealingError, server_key_ad, unwrap, wrap

SIGNING = "signing_private"
EXCHANGE = "exchange_private"
_RAW = serialization.Encoding.Raw
_RAW_PRIVATE = serialization.PrivateFormat.Raw


def raw_private(key: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    return key.private_bytes(_RAW, _RAW_PRIVATE, serialization.NoEncryption())


def has_server_keys(engine: Engine) -> bool:
    """Whether the database already holds key pairs (a new database has no master key yet)."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("server_key"):
            return False
        return conn.execute(select(t.server_key.c.singleton)).first() is not None


def load_server_keys(
    engine: Engine, master: bytes, clock: Callable[[], float]
) -> tuple[Ed25519PrivateKey, X25519PrivateKey]:
    with engine.begin() as conn:
        row = conn.execute(select(t.server_key).where(t.server_key.c.singleton == 1)).first()
    if row is None:
        signing, exchange = Ed25519PrivateKey.generate(), X25519PrivateKey.generate()
        try:
            with engine.begin() as conn:
                conn.execute(
                    insert(t.server_key).values(
                        singleton=1,
                        signing_private=wrap(master, raw_private(signing), server_key_ad(SIGNING)),
                        exchange_private=wrap(
                            master, raw_private(exchange), server_key_ad(EXCHANGE)
                        ),
                        created_at=clock(),
                    )
                )
        except IntegrityError:  # another process made them first
            pass
        with engine.begin() as conn:
            row = conn.execute(select(t.server_key).where(t.server_key.c.singleton == 1)).one()
    try:
        signing_raw = unwrap(master, bytes(row.signing_private), server_key_ad(SIGNING))
        exchange_raw = unwrap(master, bytes(row.exchange_private), server_key_ad(EXCHANGE))
    except SealingError:
        raise MasterKeyError(
            "the master key does not open this database (a wrong key file or variable, or "
            "the key was rotated: use the new one)"
        ) from None
    return (
        Ed25519PrivateKey.from_private_bytes(signing_raw),
        X25519PrivateKey.from_private_bytes(exchange_raw),
    )
