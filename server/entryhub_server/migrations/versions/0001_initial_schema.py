"""Initial schema: networks, hubs, devices, enrolment codes, changes, merged state, events.

Revision ID: 0001
Revises: (none)
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "counter",
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("name"),
    )
    counter = sa.table("counter", sa.column("name", sa.String), sa.column("value", sa.BigInteger))
    op.bulk_insert(counter, [{"name": "position", "value": 0}])
    op.create_table(
        "device",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("hub_id", sa.String(length=64), nullable=False),
        sa.Column("network_id", sa.String(length=64), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("signing_public", sa.LargeBinary(), nullable=False),
        sa.Column("exchange_public", sa.LargeBinary(), nullable=False),
        sa.Column("desk_version", sa.String(length=40), nullable=False),
        sa.Column("enrolled_at", sa.Float(), nullable=False),
        sa.Column("last_seen_at", sa.Float(), nullable=True),
        sa.Column("revoked_at", sa.Float(), nullable=True),
        sa.Column("audit_seq", sa.BigInteger(), nullable=True),
        sa.Column("audit_tag", sa.String(length=64), nullable=True),
        sa.Column("audit_flag", sa.String(length=20), nullable=True),
        sa.Column("audit_flagged_at", sa.Float(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("token_hash"),
    )
    op.create_table(
        "device_epoch",
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("epoch", sa.BigInteger(), nullable=False),
        sa.Column("contiguous", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("device_id", "epoch"),
    )
    op.create_table(
        "enrol_attempt",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("client", sa.String(length=100), nullable=False),
        sa.Column("at", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("enrol_attempt", schema=None) as batch_op:
        batch_op.create_index("ix_enrol_attempt_at", ["at"], unique=False)

    op.create_table(
        "enrolment_code",
        sa.Column("code_hash", sa.String(length=64), nullable=False),
        sa.Column("hub_id", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.Float(), nullable=False),
        sa.Column("expires_at", sa.Float(), nullable=False),
        sa.Column("used_at", sa.Float(), nullable=True),
        sa.Column("device_id", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("code_hash"),
    )
    op.create_table(
        "event",
        sa.Column("position", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("network_id", sa.String(length=64), nullable=False),
        sa.Column("hub_id", sa.String(length=64), nullable=False),
        sa.Column("person_id", sa.String(length=64), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("epoch", sa.BigInteger(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("entity", sa.String(length=64), nullable=False),
        sa.Column("entity_id", sa.String(length=64), nullable=False),
        sa.Column(
            "hlc",
            sa.String(length=100).with_variant(sa.String(length=100, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column("fields_json", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("position"),
    )
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.create_index("ix_event_network_position", ["network_id", "position"], unique=False)
        batch_op.create_index("ix_event_person", ["person_id"], unique=False)

    op.create_table(
        "field_state",
        sa.Column("entity", sa.String(length=64), nullable=False),
        sa.Column("entity_id", sa.String(length=64), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("person_id", sa.String(length=64), nullable=True),
        sa.Column("value_json", sa.Text(), nullable=False),
        sa.Column(
            "hlc",
            sa.String(length=100).with_variant(sa.String(length=100, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("entity", "entity_id", "field"),
    )
    with op.batch_alter_table("field_state", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_field_state_person_id"), ["person_id"], unique=False)

    op.create_table(
        "hub",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("network_id", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("hub", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_hub_network_id"), ["network_id"], unique=False)
        batch_op.create_index("ux_hub_network_name", ["network_id", "name"], unique=True)

    op.create_table(
        "imported_bundle",
        sa.Column("bundle_id", sa.String(length=64), nullable=False),
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("imported_at", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("bundle_id"),
    )
    op.create_table(
        "network",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "person",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("network_id", sa.String(length=64), nullable=False),
        sa.Column("hub_id", sa.String(length=64), nullable=False),
        sa.Column("shared", sa.Boolean(), nullable=False),
        sa.Column("erased", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "received",
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("epoch", sa.BigInteger(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("reason", sa.String(length=40), nullable=True),
        sa.PrimaryKeyConstraint("device_id", "epoch", "seq"),
    )
    op.create_table(
        "record",
        sa.Column("entity", sa.String(length=64), nullable=False),
        sa.Column("entity_id", sa.String(length=64), nullable=False),
        sa.Column("network_id", sa.String(length=64), nullable=False),
        sa.Column("hub_id", sa.String(length=64), nullable=False),
        sa.Column("person_id", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("entity", "entity_id"),
    )
    op.create_table(
        "server_key",
        sa.Column("singleton", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("signing_private", sa.LargeBinary(), nullable=False),
        sa.Column("exchange_private", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("singleton"),
    )
    op.create_table(
        "share_consent",
        sa.Column("consent_id", sa.String(length=64), nullable=False),
        sa.Column("person_id", sa.String(length=64), nullable=False),
        sa.Column("withdrawn", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("consent_id"),
    )
    with op.batch_alter_table("share_consent", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_share_consent_person_id"), ["person_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("share_consent", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_share_consent_person_id"))

    op.drop_table("share_consent")
    op.drop_table("server_key")
    op.drop_table("record")
    op.drop_table("received")
    op.drop_table("person")
    op.drop_table("network")
    op.drop_table("imported_bundle")
    with op.batch_alter_table("hub", schema=None) as batch_op:
        batch_op.drop_index("ux_hub_network_name")
        batch_op.drop_index(batch_op.f("ix_hub_network_id"))

    op.drop_table("hub")
    with op.batch_alter_table("field_state", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_field_state_person_id"))

    op.drop_table("field_state")
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.drop_index("ix_event_person")
        batch_op.drop_index("ix_event_network_position")

    op.drop_table("event")
    op.drop_table("enrolment_code")
    with op.batch_alter_table("enrol_attempt", schema=None) as batch_op:
        batch_op.drop_index("ix_enrol_attempt_at")

    op.drop_table("enrol_attempt")
    op.drop_table("device_epoch")
    op.drop_table("device")
    op.drop_table("counter")
