"""The desk's identity: one row created at set-up, inside the encrypted store."""

from __future__ import annotations

import os
import time
from dataclasses import dataclass

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from entryhub_desk.config import Clock
from entryhub_desk.errors import DeskError
from entryhub_desk.ids import new_id
from entryhub_desk.store.connection import DeskConnection, storage_errors, transaction

AUDIT_SECRET_BYTES = 32

_RAW = serialization.Encoding.Raw
_RAW_PRIVATE = serialization.PrivateFormat.Raw
_RAW_PUBLIC = serialization.PublicFormat.Raw
_NO_ENCRYPTION = serialization.NoEncryption()


@dataclass(frozen=True, repr=False)
class DeskIdentity:
    """Who this desk is. ``repr`` leaves the secrets out."""

    database_uuid: str
    device_id: str
    epoch: int
    hub_id: str
    hub_name: str
    signing_private: bytes  # Ed25519, raw 32 bytes
    signing_public: bytes
    exchange_private: bytes  # X25519, raw 32 bytes
    exchange_public: bytes
    audit_secret: bytes
    created_at: str

    def __repr__(self) -> str:
        return (
            f"DeskIdentity(database_uuid={self.database_uuid!r}, device_id={self.device_id!r}, "
            f"epoch={self.epoch}, hub_id={self.hub_id!r})"
        )

    def signing_key(self) -> Ed25519PrivateKey:
        return Ed25519PrivateKey.from_private_bytes(self.signing_private)

    def exchange_key(self) -> X25519PrivateKey:
        return X25519PrivateKey.from_private_bytes(self.exchange_private)


def iso_utc(seconds: float) -> str:
    """Fixed-width ISO 8601 UTC text that sorts in time order."""
    whole = int(seconds)
    micros = round((seconds - whole) * 1_000_000)
    if micros >= 1_000_000:
        whole, micros = whole + 1, micros - 1_000_000
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(whole)) + f".{micros:06d}Z"


_COLUMNS = (
    "database_uuid, device_id, epoch, hub_id, hub_name, signing_private, signing_public, "
    "exchange_private, exchange_public, audit_secret, created_at"
)

_INSERT = (
    "INSERT INTO identity (singleton, database_uuid, device_id, epoch, hub_id, hub_name, "
    "signing_private, signing_public, exchange_private, exchange_public, audit_secret, "
    "created_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def initialise_identity(
    conn: DeskConnection,
    *,
    database_uuid: str,
    hub_name: str,
    clock: Clock,
    hub_id: str | None = None,
) -> DeskIdentity:
    """Create the identity row (new device id, key pairs, audit secret); epoch 1.

    ``hub_id`` is provisional (a new id) until enrolment gives the real one (:func:`set_hub`).
    """
    signing = Ed25519PrivateKey.generate()
    exchange = X25519PrivateKey.generate()
    identity = DeskIdentity(
        database_uuid=database_uuid,
        device_id=new_id(),
        epoch=1,
        hub_id=hub_id or new_id(),
        hub_name=hub_name,
        signing_private=signing.private_bytes(_RAW, _RAW_PRIVATE, _NO_ENCRYPTION),
        signing_public=signing.public_key().public_bytes(_RAW, _RAW_PUBLIC),
        exchange_private=exchange.private_bytes(_RAW, _RAW_PRIVATE, _NO_ENCRYPTION),
        exchange_public=exchange.public_key().public_bytes(_RAW, _RAW_PUBLIC),
        audit_secret=os.urandom(AUDIT_SECRET_BYTES),
        created_at=iso_utc(clock()),
    )
    with transaction(conn):
        if conn.execute("SELECT count(*) FROM identity").fetchone()[0]:
            raise DeskError("store.exists", path=str(conn.desk_path.parent))
        conn.execute(
            _INSERT,
            (
                identity.database_uuid,
                identity.device_id,
                identity.epoch,
                identity.hub_id,
                identity.hub_name,
                identity.signing_private,
                identity.signing_public,
                identity.exchange_private,
                identity.exchange_public,
                identity.audit_secret,
                identity.created_at,
            ),
        )
    return identity


def load_identity(conn: DeskConnection) -> DeskIdentity:
    with storage_errors():
        sql = f"SELECT {_COLUMNS} FROM identity WHERE singleton = 1"  # noqa: S608 - constant
        row = conn.execute(sql).fetchone()
    if row is None:
        raise DeskError("store.corrupt", cause="no_identity")
    return DeskIdentity(
        database_uuid=str(row[0]),
        device_id=str(row[1]),
        epoch=int(row[2]),
        hub_id=str(row[3]),
        hub_name=str(row[4]),
        signing_private=bytes(row[5]),
        signing_public=bytes(row[6]),
        exchange_private=bytes(row[7]),
        exchange_public=bytes(row[8]),
        audit_secret=bytes(row[9]),
        created_at=str(row[10]),
    )


def start_new_epoch(conn: DeskConnection, *, minimum: int | None = None) -> int:
    """After a restore: a new epoch (at least ``minimum``), outbox numbering restarts at 1.

    Returns the new epoch.
    """
    with transaction(conn):
        current = int(conn.execute("SELECT epoch FROM identity").fetchone()[0])
        epoch = max(current + 1, minimum or 0)
        conn.execute("UPDATE identity SET epoch = ?, next_outbox_seq = 1", (epoch,))
        return epoch


def set_hub(conn: DeskConnection, *, hub_id: str, hub_name: str) -> None:
    """Record the hub the server assigned at enrolment."""
    with transaction(conn):
        conn.execute("UPDATE identity SET hub_id = ?, hub_name = ?", (hub_id, hub_name))
