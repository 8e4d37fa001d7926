"""Personal values sealed at rest; the server's private keys wrapped under the master key.

Revision ID: 0004
Revises: 0003

Needs the master key (``migrate(engine, master_key=...)``, which ``open_context`` passes): a
database holding data is refused without one. Adds ``data_key`` (one wrapped data key per
network), wraps ``server_key``'s private keys, and seals every stored ``field_state.value_json``
and change ``event.fields_json`` (keys/sealing.py), in batches; values already sealed are left
as they are. Downgrading would put the plain values back: it is refused.
"""

from __future__ import annotations

import os
import time
from typing import Any

import sqlalchemy as sa
from alembic import context, op

from entryhub_server.keys.master import MasterKeyError
from entryhub_server.keys.sealing import (
    DataKey,
    data_key_ad,
    event_ad,
    field_ad,
    is_sealed,
    is_wrapped_key,
    server_key_ad,
    wrap,
)

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_BATCH = 1000

network = sa.table("network", sa.column("id", sa.String))
server_key = sa.table(
    "server_key",
    sa.column("singleton", sa.Integer),
    sa.column("signing_private", sa.LargeBinary),
    sa.column("exchange_private", sa.LargeBinary),
)
data_key = sa.table(
    "data_key",
    sa.column("network_id", sa.String),
    sa.column("generation", sa.Integer),
    sa.column("wrapped", sa.LargeBinary),
    sa.column("active", sa.Boolean),
    sa.column("created_at", sa.Float),
)
record = sa.table(
    "record",
    sa.column("entity", sa.String),
    sa.column("entity_id", sa.String),
    sa.column("network_id", sa.String),
)
field_state = sa.table(
    "field_state",
    sa.column("entity", sa.String),
    sa.column("entity_id", sa.String),
    sa.column("field", sa.String),
    sa.column("value_json", sa.Text),
)
event = sa.table(
    "event",
    sa.column("network_id", sa.String),
    sa.column("position", sa.BigInteger),
    sa.column("kind", sa.String),
    sa.column("device_id", sa.String),
    sa.column("epoch", sa.BigInteger),
    sa.column("seq", sa.BigInteger),
    sa.column("entity", sa.String),
    sa.column("entity_id", sa.String),
    sa.column("fields_json", sa.Text),
)


def upgrade() -> None:
    op.create_table(
        "data_key",
        sa.Column("network_id", sa.String(length=64), nullable=False),
        sa.Column("generation", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("wrapped", sa.LargeBinary(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("network_id", "generation"),
    )
    conn = op.get_bind()
    has_data = any(
        conn.execute(sa.select(sa.literal(1)).select_from(table).limit(1)).first()
        for table in (server_key, network, field_state, event)
    )
    if not has_data:
        return
    master = context.config.attributes.get("master_key")
    if not isinstance(master, bytes) or len(master) != 32:
        raise MasterKeyError(
            "this database's data must be sealed on upgrade: start the server with its master "
            "key (run 'entryhub-server init-keys' first for a database from before keys)"
        )
    _wrap_server_keys(conn, master)
    keys = {
        str(network_id): _first_key(conn, master, str(network_id))
        for network_id in conn.execute(sa.select(network.c.id)).scalars()
    }
    _seal_fields(conn, keys)
    _seal_events(conn, keys)


def _wrap_server_keys(conn: Any, master: bytes) -> None:
    for row in conn.execute(sa.select(server_key)).all():
        values = {}
        for name in ("signing_private", "exchange_private"):
            raw = bytes(getattr(row, name))
            if not is_wrapped_key(raw):  # (by length: see is_wrapped_key)
                values[name] = wrap(master, raw, server_key_ad(name))
        if values:
            conn.execute(
                server_key.update().where(server_key.c.singleton == row.singleton).values(**values)
            )


def _first_key(conn: Any, master: bytes, network_id: str) -> DataKey:
    raw = os.urandom(32)
    conn.execute(
        data_key.insert().values(
            network_id=network_id,
            generation=1,
            wrapped=wrap(master, raw, data_key_ad(network_id, 1)),
            active=True,
            created_at=time.time(),
        )
    )
    return DataKey(network_id, 1, raw)


def _seal_fields(conn: Any, keys: dict[str, DataKey]) -> None:
    f, r = field_state, record
    order = (f.c.entity, f.c.entity_id, f.c.field)
    last: tuple[str, str, str] | None = None
    while True:
        query = (
            sa.select(*order, f.c.value_json, r.c.network_id)
            .select_from(
                f.outerjoin(r, sa.and_(r.c.entity == f.c.entity, r.c.entity_id == f.c.entity_id))
            )
            .order_by(*order)
            .limit(_BATCH)
        )
        if last is not None:
            query = query.where(sa.tuple_(*order) > sa.tuple_(*last))
        rows = conn.execute(query).all()
        if not rows:
            return
        for row in rows:
            if is_sealed(str(row.value_json)):
                continue
            key = keys.get(str(row.network_id))
            if key is None:
                raise MasterKeyError(
                    f"a stored value of {row.entity} {row.entity_id} belongs to no network"
                )
            ad = field_ad(key.network_id, row.entity, row.entity_id, row.field)
            conn.execute(
                f.update()
                .where(
                    f.c.entity == row.entity,
                    f.c.entity_id == row.entity_id,
                    f.c.field == row.field,
                )
                .values(value_json=key.seal(str(row.value_json), ad))
            )
        last = (rows[-1].entity, rows[-1].entity_id, rows[-1].field)


def _seal_events(conn: Any, keys: dict[str, DataKey]) -> None:
    e = event
    for network_id, key in keys.items():
        position = -1
        while True:
            rows = conn.execute(
                sa.select(e)
                .where(e.c.network_id == network_id, e.c.position > position)
                .order_by(e.c.position)
                .limit(_BATCH)
            ).all()
            if not rows:
                break
            for row in rows:
                if row.kind != "change" or is_sealed(str(row.fields_json)):
                    continue
                ad = event_ad(
                    network_id,
                    row.kind,
                    row.device_id,
                    int(row.epoch),
                    int(row.seq),
                    row.entity,
                    row.entity_id,
                )
                conn.execute(
                    e.update()
                    .where(e.c.network_id == network_id, e.c.position == row.position)
                    .values(fields_json=key.seal(str(row.fields_json), ad))
                )
            position = int(rows[-1].position)


def downgrade() -> None:
    raise NotImplementedError("values sealed at rest are not put back in plain text")
