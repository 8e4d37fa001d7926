"""The coordinator root key of each desk (signed roles; erasures are checked against it).

Revision ID: 0002
Revises: 0001

Devices enrolled before this revision have no root: their erasures are refused
(``erasure_unverified``) until the admin registers it (``coordinator-key``).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("device", schema=None) as batch_op:
        batch_op.add_column(sa.Column("coordinator_root", sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("device", schema=None) as batch_op:
        batch_op.drop_column("coordinator_root")
