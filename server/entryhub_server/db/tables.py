"""The server's tables (SQLAlchemy Core). Schema changes go through Alembic migrations.

Personal data lives only in ``event.fields_json`` and ``field_state.value_json``, both sealed
with the network's data key (``data_key``, wrapped under the master key outside the database:
:mod:`entryhub_server.keys`); an erasure deletes those rows of the person (and its dependent
records) and keeps ids only. ``server_key`` holds the server's private keys wrapped likewise.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Float,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    false,
    text,
)
from sqlalchemy.types import TypeEngine

metadata = MetaData()

ID = 64


def hlc_type() -> TypeEngine[str]:
    """HLC text must compare byte-wise (PostgreSQL's default collation may not)."""
    return String(100).with_variant(String(100, collation="C"), "postgresql")


network = Table(
    "network",
    metadata,
    Column("id", String(ID), primary_key=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("created_at", Float, nullable=False),
)

hub = Table(
    "hub",
    metadata,
    Column("id", String(ID), primary_key=True),
    Column("network_id", String(ID), nullable=False, index=True),
    Column("name", String(200), nullable=False),
    Column("created_at", Float, nullable=False),
    Index("ux_hub_network_name", "network_id", "name", unique=True),
)

enrolment_code = Table(
    "enrolment_code",
    metadata,
    Column("code_hash", String(64), primary_key=True),
    Column("hub_id", String(ID), nullable=False),
    Column("created_at", Float, nullable=False),
    Column("expires_at", Float, nullable=False),
    Column("used_at", Float),
    Column("device_id", String(ID)),
)

enrol_attempt = Table(
    "enrol_attempt",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("client", String(100), nullable=False),
    Column("at", Float, nullable=False),
    Index("ix_enrol_attempt_at", "at"),
)

device = Table(
    "device",
    metadata,
    Column("id", String(ID), primary_key=True),
    Column("hub_id", String(ID), nullable=False),
    Column("network_id", String(ID), nullable=False),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("signing_public", LargeBinary, nullable=False),
    Column("exchange_public", LargeBinary, nullable=False),
    Column("desk_version", String(40), nullable=False, default=""),
    Column("enrolled_at", Float, nullable=False),
    Column("last_seen_at", Float),
    Column("revoked_at", Float),
    Column("audit_seq", BigInteger),
    Column("audit_tag", String(64)),
    Column("audit_flag", String(20)),
    Column("audit_flagged_at", Float),
    Column("coordinator_root", LargeBinary),  # Ed25519: the desk's signed roles (erasures)
)

device_epoch = Table(
    "device_epoch",
    metadata,
    Column("device_id", String(ID), primary_key=True),
    Column("epoch", BigInteger, primary_key=True),
    Column("contiguous", BigInteger, nullable=False),
)

received = Table(
    "received",
    metadata,
    Column("device_id", String(ID), primary_key=True),
    Column("epoch", BigInteger, primary_key=True),
    Column("seq", BigInteger, primary_key=True),
    Column("reason", String(40)),  # None: applied; else the rejection reason
)

person = Table(
    "person",
    metadata,
    Column("id", String(ID), primary_key=True),
    Column("network_id", String(ID), nullable=False),
    Column("hub_id", String(ID), nullable=False),
    Column("shared", Boolean, nullable=False, default=False),
    Column("erased", Boolean, nullable=False, default=False),
)

share_consent = Table(
    "share_consent",
    metadata,
    Column("consent_id", String(ID), primary_key=True),
    Column("person_id", String(ID), nullable=False, index=True),
    Column("withdrawn", Boolean, nullable=False, default=False),
)

record = Table(
    "record",
    metadata,
    Column("entity", String(64), primary_key=True),
    Column("entity_id", String(ID), primary_key=True),
    Column("network_id", String(ID), nullable=False),
    Column("hub_id", String(ID), nullable=False),
    Column("person_id", String(ID)),
    # an erasable network record (codes.ERASABLE_FIELDS) once erased: its personal fields
    # hold nothing any more and may not be given values again (alembic 0006)
    Column("erased", Boolean, nullable=False, default=False, server_default=false()),
)

field_state = Table(
    "field_state",
    metadata,
    Column("entity", String(64), primary_key=True),
    Column("entity_id", String(ID), primary_key=True),
    Column("field", String(64), primary_key=True),
    Column("person_id", String(ID), index=True),
    Column("value_json", Text, nullable=False),
    Column("hlc", hlc_type(), nullable=False),
)

event = Table(
    "event",
    metadata,
    # positions count per network (entryhub_server/positions.py)
    Column("network_id", String(ID), primary_key=True),
    Column("position", BigInteger, primary_key=True, autoincrement=False),
    Column("hub_id", String(ID), nullable=False),
    Column("person_id", String(ID)),
    Column("kind", String(20), nullable=False),  # change, erasure, scope_grant, scope_removal
    Column("device_id", String(ID), nullable=False),
    Column("epoch", BigInteger, nullable=False),
    Column("seq", BigInteger, nullable=False),
    Column("entity", String(64), nullable=False),
    Column("entity_id", String(ID), nullable=False),
    Column("hlc", hlc_type(), nullable=False),
    Column("fields_json", Text, nullable=False),
    Index("ix_event_person", "person_id"),
    # the events of records without a person (hub and network records), by record: an
    # erased network record's earlier changes are found without a scan (alembic 0006)
    Index(
        "ix_event_record",
        "entity",
        "entity_id",
        postgresql_where=text("person_id IS NULL"),
        sqlite_where=text("person_id IS NULL"),
    ),
)

network_position = Table(  # the last position each network handed out
    "network_position",
    metadata,
    Column("network_id", String(ID), primary_key=True),
    Column("value", BigInteger, nullable=False),
)

counter = Table(  # "position": the global counter before alembic 0003 (kept, unused)
    "counter",
    metadata,
    Column("name", String(40), primary_key=True),
    Column("value", BigInteger, nullable=False),
)

# the private keys wrapped under the master key (keys/sealing.wrap), never in plain
server_key = Table(
    "server_key",
    metadata,
    Column("singleton", Integer, primary_key=True, autoincrement=False),
    Column("signing_private", LargeBinary, nullable=False),
    Column("exchange_private", LargeBinary, nullable=False),
    Column("created_at", Float, nullable=False),
)

# per network and generation, the data key wrapped under the master key; new values are
# sealed with the active generation, older ones stay readable until rotate-keys retires them
data_key = Table(
    "data_key",
    metadata,
    Column("network_id", String(ID), primary_key=True),
    Column("generation", Integer, primary_key=True, autoincrement=False),
    Column("wrapped", LargeBinary, nullable=False),
    Column("active", Boolean, nullable=False),
    Column("created_at", Float, nullable=False),
)

imported_bundle = Table(
    "imported_bundle",
    metadata,
    Column("bundle_id", String(ID), primary_key=True),
    Column("device_id", String(ID), nullable=False),
    Column("imported_at", Float, nullable=False),
)
