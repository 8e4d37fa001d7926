"""Network records (employers, their contacts and log, openings): erasable records.

Revision ID: 0006
Revises: 0005

``record.erased``: an erasable network record (``entryhub_wire.codes.ERASABLE_FIELDS``, an
employer's contact) once erased; the server then holds no earlier value of it and refuses a
change that would give its personal fields values again (``erased``). ``ix_event_record``: the
events of records without a person, by record, so an erasure finds the record's earlier
changes without a scan of every event (partial: person records have their own index).
Downgrading drops both.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_NO_PERSON = sa.text("person_id IS NULL")


def upgrade() -> None:
    with op.batch_alter_table("record", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("erased", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    op.create_index(
        "ix_event_record",
        "event",
        ["entity", "entity_id"],
        postgresql_where=_NO_PERSON,
        sqlite_where=_NO_PERSON,
    )


def downgrade() -> None:
    op.drop_index("ix_event_record", table_name="event")
    with op.batch_alter_table("record", schema=None) as batch_op:
        batch_op.drop_column("erased")
