"""Server private keys that revision 0004 left in the clear: wrapped now.

Revision ID: 0007
Revises: 0006

Revision 0004 took a stored value for an already wrapped key when its first byte was the wrap
format's version byte; a private key in the clear starts with that byte one time in 256, so
about one server in 128 upgraded from before 0004 kept a key unwrapped and then refused to
start ("the master key does not open this database"). 0004 now tells the two apart by length
(``keys/sealing.is_wrapped_key``); this revision wraps a key still in the clear (exactly 32
bytes) under the master key, which it then needs. Downgrading changes nothing.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import context, op

from entryhub_server.keys.master import MasterKeyError
from entryhub_server.keys.sealing import RAW_KEY_BYTES, server_key_ad, wrap

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

server_key = sa.table(
    "server_key",
    sa.column("singleton", sa.Integer),
    sa.column("signing_private", sa.LargeBinary),
    sa.column("exchange_private", sa.LargeBinary),
)
_NAMES = ("signing_private", "exchange_private")


def upgrade() -> None:
    conn: Any = op.get_bind()
    rows = conn.execute(sa.select(server_key)).all()
    clear = [
        (row, [n for n in _NAMES if len(bytes(getattr(row, n))) == RAW_KEY_BYTES]) for row in rows
    ]
    clear = [(row, names) for row, names in clear if names]
    if not clear:
        return
    master = context.config.attributes.get("master_key")
    if not isinstance(master, bytes) or len(master) != 32:
        raise MasterKeyError(
            "a server key is stored in the clear and must be wrapped on upgrade: start the "
            "server with its master key"
        )
    for row, names in clear:
        values = {n: wrap(master, bytes(getattr(row, n)), server_key_ad(n)) for n in names}
        conn.execute(
            server_key.update().where(server_key.c.singleton == row.singleton).values(**values)
        )


def downgrade() -> None:
    """Nothing to undo: wrapped keys stay wrapped."""
