from __future__ import annotations

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

from entryhub_desk.errors import DeskError
from entryhub_desk.ids import new_id
from entryhub_desk.store.connection import DeskConnection
from entryhub_desk.store.identity import (
    DeskIdentity,
    initialise_identity,
    iso_utc,
    load_identity,
    set_hub,
    start_new_epoch,
)

from .conftest import FakeClock


def test_round_trip(conn: DeskConnection, identity: DeskIdentity) -> None:
    loaded = load_identity(conn)
    assert loaded == identity
    assert loaded.epoch == 1
    assert loaded.hub_name == "Umeå"
    assert len(loaded.audit_secret) == 32
    assert loaded.device_id[14] == "7"  # UUIDv7


def test_key_pairs_match(identity: DeskIdentity) -> None:
    signature = identity.signing_key().sign(b"hello")
    Ed25519PublicKey.from_public_bytes(identity.signing_public).verify(signature, b"hello")
    public = identity.exchange_key().public_key()
    assert X25519PublicKey.from_public_bytes(identity.exchange_public) == public


def test_repr_hides_secrets(identity: DeskIdentity) -> None:
    text = repr(identity)
    assert identity.audit_secret.hex() not in text
    assert "signing_private" not in text


def test_only_once(conn: DeskConnection, identity: DeskIdentity, clock: FakeClock) -> None:
    with pytest.raises(DeskError) as info:
        initialise_identity(conn, database_uuid=new_id(), hub_name="x", clock=clock)
    assert info.value.code == "store.exists"
    assert load_identity(conn) == identity


def test_missing_identity_is_corrupt(conn: DeskConnection) -> None:
    with pytest.raises(DeskError) as info:
        load_identity(conn)
    assert info.value.code == "store.corrupt"


def test_new_epoch_restarts_outbox_numbering(conn: DeskConnection, identity: DeskIdentity) -> None:
    conn.execute("UPDATE identity SET next_outbox_seq = 42")
    assert start_new_epoch(conn) == 2
    assert start_new_epoch(conn) == 3
    assert load_identity(conn).epoch == 3
    assert conn.execute("SELECT next_outbox_seq FROM identity").fetchone()[0] == 1
    assert start_new_epoch(conn, minimum=10) == 10
    assert start_new_epoch(conn, minimum=5) == 11


def test_set_hub(conn: DeskConnection, identity: DeskIdentity) -> None:
    hub = new_id()
    set_hub(conn, hub_id=hub, hub_name="Stockholm")
    loaded = load_identity(conn)
    assert (loaded.hub_id, loaded.hub_name) == (hub, "Stockholm")
    assert loaded.device_id == identity.device_id


def test_iso_utc() -> None:
    assert iso_utc(0) == "1970-01-01T00:00:00.000000Z"
    assert iso_utc(1_717_000_000.25) == "2024-05-29T16:26:40.250000Z"
    assert iso_utc(0.9999999) == "1970-01-01T00:00:01.000000Z"
