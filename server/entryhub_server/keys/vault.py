"""The data keys of the networks, unwrapped on first use and kept in memory.

Each network has one *active* data key generation, which seals new values; older generations
stay readable until ``rotate-keys`` has re-sealed their values and retired them. A push reads
the active generation of its networks with a shared row lock (``FOR SHARE`` on PostgreSQL),
held until it commits, so retiring a generation (which locks its row for update) waits for
every push still sealing with it.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterable

from sqlalchemy import Connection, and_, select

from entryhub_server.db import tables as t
from entryhub_server.db.dialect import one_of, upsert
from entryhub_server.keys.master import MasterKeyError
from entryhub_server.keys.sealing import (
    SEALED_PREFIX,
    DataKey,
    SealingError,
    data_key_ad,
    generation_of,
    generation_prefix,
    is_sealed,
    unwrap,
    wrap,
)

DATA_KEY_BYTES = 32


class Vault:
    """The master key of this process and the data keys it has unwrapped."""

    def __init__(self, master: bytes) -> None:
        self._master = master
        self._keys: dict[tuple[str, int], DataKey] = {}
        self._lock = threading.Lock()

    @property
    def master(self) -> bytes:
        return self._master

    def unwrap_data_key(self, network_id: str, generation: int, wrapped: bytes) -> DataKey:
        key = self._keys.get((network_id, generation))
        if key is not None:
            return key
        try:
            raw = unwrap(self._master, bytes(wrapped), data_key_ad(network_id, generation))
        except SealingError:
            raise MasterKeyError(
                "the master key does not open this database's data keys (a wrong key file, "
                "or the key was rotated: use the new one)"
            ) from None
        key = DataKey(network_id, generation, raw)
        with self._lock:
            self._keys[(network_id, generation)] = key
        return key

    def key(self, conn: Connection, network_id: str, generation: int) -> DataKey:
        """The data key of ``generation`` (to open values sealed with it)."""
        key = self._keys.get((network_id, generation))
        if key is not None:
            return key
        wrapped = conn.execute(
            select(t.data_key.c.wrapped).where(
                t.data_key.c.network_id == network_id, t.data_key.c.generation == generation
            )
        ).scalar()
        if wrapped is None:
            raise SealingError("a value sealed with a data key this database no longer has")
        return self.unwrap_data_key(network_id, generation, wrapped)

    def active(self, conn: Connection, network_ids: Iterable[str]) -> dict[str, DataKey]:
        """The active data key of each network, its row share-locked until commit; a network
        without one gets its first."""
        wanted = sorted(set(network_ids))
        if not wanted:
            return {}
        d = t.data_key
        rows = conn.execute(
            select(d.c.network_id, d.c.generation, d.c.wrapped)
            .where(and_(one_of(conn, d.c.network_id, wanted), d.c.active.is_(True)))
            .order_by(d.c.network_id)
            .with_for_update(read=True)
        ).all()
        found = {
            str(row.network_id): self.unwrap_data_key(
                str(row.network_id), int(row.generation), row.wrapped
            )
            for row in rows
        }
        for network_id in wanted:
            if network_id not in found:
                found[network_id] = self.create_first(conn, network_id)
        return found

    def create_first(self, conn: Connection, network_id: str, *, now: float = 0.0) -> DataKey:
        """Generation 1 of a network's data key (if another process made it first, that one)."""
        raw = os.urandom(DATA_KEY_BYTES)
        conn.execute(
            upsert(conn, t.data_key)
            .values(
                network_id=network_id,
                generation=1,
                wrapped=wrap(self._master, raw, data_key_ad(network_id, 1)),
                active=True,
                created_at=now,
            )
            .on_conflict_do_nothing()
        )
        return self.key(conn, network_id, 1)

    def opener(self, conn: Connection, network_id: str) -> Callable[[str, bytes], str]:
        """:meth:`open` for the many values of one network (a snapshot page): each
        generation's key is looked up once."""
        keys: dict[str, DataKey] = {}
        start = len(SEALED_PREFIX)

        def open_value(text: str, ad: bytes) -> str:
            key = keys.get(text[: text.find(".", start) + 1])
            if key is None:
                if not is_sealed(text):
                    raise SealingError("a personal value stored in plain text")
                key = self.key(conn, network_id, generation_of(text))
                keys[generation_prefix(key.generation)] = key
            return key.open(text, ad)

        return open_value

    def open(self, conn: Connection, text: str, network_id: str, ad: bytes) -> str:
        """The plain text of a sealed value (refuses a value stored in plain text)."""
        if not is_sealed(text):
            raise SealingError("a personal value stored in plain text")
        return self.key(conn, network_id, generation_of(text)).open(text, ad)
