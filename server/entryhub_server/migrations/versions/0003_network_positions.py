"""Positions per network: one counter row per network, events keyed by (network, position).

Revision ID: 0003
Revises: 0002

Existing events keep their positions (a desk's cursor means what it meant). Every network
continues from the old global counter's value, not from its own highest event: a pull
answered ``next_cursor`` up to the global counter, so a desk's cursor may lie beyond its
network's last event, and a new position at or below it would never reach that desk.
"""

from __future__ import annotations

import warnings

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "network_position",
        sa.Column("network_id", sa.String(length=64), nullable=False),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("network_id"),
    )
    op.execute(
        "INSERT INTO network_position (network_id, value) "
        "SELECT n.network_id, COALESCE((SELECT value FROM counter WHERE name = 'position'), 0) "
        "FROM (SELECT id AS network_id FROM network "
        "UNION SELECT DISTINCT network_id FROM event) AS n"
    )
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.drop_index("ix_event_network_position")
    if op.get_bind().dialect.name == "postgresql":
        op.drop_constraint("event_pkey", "event", type_="primary")
        op.create_primary_key("event_pkey", "event", ["network_id", "position"])
    else:
        _sqlite_primary_key(["network_id", "position"])


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.drop_constraint("event_pkey", "event", type_="primary")
        op.create_primary_key("event_pkey", "event", ["position"])
    else:
        _sqlite_primary_key(["position"])
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.create_index("ix_event_network_position", ["network_id", "position"])
    op.drop_table("network_position")


def _sqlite_primary_key(columns: list[str]) -> None:
    """SQLite: the event table copied with the new primary key (SQLAlchemy warns that the
    copy's key differs from the reflected one: that is the point)."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "Table '_alembic_tmp_event' specifies columns")
        with op.batch_alter_table("event", schema=None, recreate="always") as batch_op:
            batch_op.create_primary_key("pk_event", columns)
