"""One server's resources: settings, the engine (migrated) and the server's key pairs."""

from __future__ import annotations

from dataclasses import dataclass

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import Engine, insert, select
from sqlalchemy.exc import IntegrityError

from entryhub_server.db import tables as t
from entryhub_server.db.engine import make_engine, migrate
from entryhub_server.settings import Settings

_RAW = serialization.Encoding.Raw
_RAW_PRIVATE = serialization.PrivateFormat.Raw
_RAW_PUBLIC = serialization.PublicFormat.Raw


@dataclass(frozen=True, repr=False)
class ServerKeys:
    signing: Ed25519PrivateKey
    exchange: X25519PrivateKey

    @property
    def signing_public(self) -> bytes:
        return self.signing.public_key().public_bytes(_RAW, _RAW_PUBLIC)

    @property
    def exchange_public(self) -> bytes:
        return self.exchange.public_key().public_bytes(_RAW, _RAW_PUBLIC)


@dataclass(frozen=True)
class ServerContext:
    settings: Settings
    engine: Engine
    keys: ServerKeys

    def now(self) -> float:
        return self.settings.clock()


def open_context(settings: Settings) -> ServerContext:
    engine = make_engine(settings.db_url, pool_size=settings.pool_size)
    if settings.migrate:
        migrate(engine)
    return ServerContext(settings=settings, engine=engine, keys=load_keys(engine, settings))


def load_keys(engine: Engine, settings: Settings) -> ServerKeys:
    """The server's key pairs, made on first start (the desks pin the public halves)."""
    with engine.begin() as conn:
        row = conn.execute(select(t.server_key).where(t.server_key.c.singleton == 1)).first()
    if row is None:
        signing, exchange = Ed25519PrivateKey.generate(), X25519PrivateKey.generate()
        none = serialization.NoEncryption()
        try:
            with engine.begin() as conn:
                conn.execute(
                    insert(t.server_key).values(
                        singleton=1,
                        signing_private=signing.private_bytes(_RAW, _RAW_PRIVATE, none),
                        exchange_private=exchange.private_bytes(_RAW, _RAW_PRIVATE, none),
                        created_at=settings.clock(),
                    )
                )
        except IntegrityError:  # another process made them first
            pass
        with engine.begin() as conn:
            row = conn.execute(select(t.server_key).where(t.server_key.c.singleton == 1)).one()
    return ServerKeys(
        signing=Ed25519PrivateKey.from_private_bytes(bytes(row.signing_private)),
        exchange=X25519PrivateKey.from_private_bytes(bytes(row.exchange_private)),
    )
