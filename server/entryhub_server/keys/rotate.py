"""``rotate-keys``: a new master key (every wrapped key re-wrapped), and a network's new data
key (its values re-sealed in batches, then the old generations retired).

A new master key re-wraps the data keys and the server's private keys in one transaction; the
values themselves do not change. Stop the servers first and start them with the new key (a
running server still holds the old one). A new data key is safe while the servers run: new
values are sealed with it from its commit on, each batch re-seals values only if they did not
change meanwhile, and the old generation is deleted under its row lock (which waits for pushes
still sealing with it) once no value uses it.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import (
    ColumnElement,
    Connection,
    Engine,
    and_,
    delete,
    func,
    not_,
    select,
    tuple_,
    update,
)

from entryhub_server.db import tables as t
from entryhub_server.keys.at_rest import SEALED_KIND, event_ad_of
from entryhub_server.keys.master import MasterKeyError
from entryhub_server.keys.sealing import (
    SealingError,
    data_key_ad,
    field_ad,
    generation_prefix,
    server_key_ad,
    unwrap,
    wrap,
)
from entryhub_server.keys.server_keys import EXCHANGE, SIGNING
from entryhub_server.keys.vault import DATA_KEY_BYTES, Vault

BATCH = 1000


def rewrap_master(engine: Engine, old: bytes, new: bytes) -> int:
    """Re-wrap every data key and the server's private keys under ``new``; how many keys."""
    count = 0
    with engine.begin() as conn:
        for row in conn.execute(select(t.data_key).with_for_update()).all():
            ad = data_key_ad(str(row.network_id), int(row.generation))
            conn.execute(
                update(t.data_key)
                .where(
                    t.data_key.c.network_id == row.network_id,
                    t.data_key.c.generation == row.generation,
                )
                .values(wrapped=wrap(new, _unwrap(old, bytes(row.wrapped), ad), ad))
            )
            count += 1
        for row in conn.execute(select(t.server_key).with_for_update()).all():
            values = {
                name: wrap(
                    new,
                    _unwrap(old, bytes(getattr(row, name)), server_key_ad(name)),
                    server_key_ad(name),
                )
                for name in (SIGNING, EXCHANGE)
            }
            conn.execute(
                update(t.server_key)
                .where(t.server_key.c.singleton == row.singleton)
                .values(**values)
            )
            count += 2
    return count


def _unwrap(key: bytes, blob: bytes, ad: bytes) -> bytes:
    try:
        return unwrap(key, blob, ad)
    except SealingError:
        raise MasterKeyError("the master key does not open this database") from None


@dataclass
class DataKeyRotation:
    network_id: str
    generation: int
    values: int = 0  # field values re-sealed
    changes: int = 0  # change events re-sealed
    retired: int = 0  # older generations deleted


def rotate_data_key(
    engine: Engine,
    vault: Vault,
    network_id: str,
    *,
    now: float,
    batch: int = BATCH,
    progress: Callable[[DataKeyRotation], None] | None = None,
) -> DataKeyRotation:
    with engine.begin() as conn:
        generation = _new_generation(conn, vault, network_id, now)
    rotation = DataKeyRotation(network_id, generation)
    for _ in range(10):
        _reseal_fields(engine, vault, rotation, batch, progress)
        _reseal_events(engine, vault, rotation, batch, progress)
        with engine.begin() as conn:
            retired = _retire(conn, network_id, generation)
        if retired is not None:
            rotation.retired = retired
            return rotation
    raise MasterKeyError("values kept arriving under the old data key; run rotate-keys again")


def _new_generation(conn: Connection, vault: Vault, network_id: str, now: float) -> int:
    d = t.data_key
    rows = conn.execute(
        select(d.c.generation).where(d.c.network_id == network_id).with_for_update()
    ).all()
    if not rows:
        vault.create_first(conn, network_id, now=now)
        return 1
    generation = max(int(row.generation) for row in rows) + 1
    conn.execute(update(d).where(d.c.network_id == network_id).values(active=False))
    raw = os.urandom(DATA_KEY_BYTES)
    conn.execute(
        d.insert().values(
            network_id=network_id,
            generation=generation,
            wrapped=wrap(vault.master, raw, data_key_ad(network_id, generation)),
            active=True,
            created_at=now,
        )
    )
    return generation


# each field value with its record (which names the network)
_FIELDS = t.field_state.join(
    t.record,
    and_(
        t.record.c.entity == t.field_state.c.entity,
        t.record.c.entity_id == t.field_state.c.entity_id,
    ),
)


def _stale_fields(network_id: str, generation: int) -> list[ColumnElement[bool]]:
    """The network's field values (of :data:`_FIELDS`) not sealed with ``generation``."""
    f, r = t.field_state, t.record
    return [
        r.c.network_id == network_id,
        not_(f.c.value_json.like(generation_prefix(generation) + "%")),
    ]


def _stale_events(network_id: str, generation: int) -> list[ColumnElement[bool]]:
    """The network's change events not sealed with ``generation``."""
    e = t.event
    return [
        e.c.network_id == network_id,
        e.c.kind == SEALED_KIND,
        not_(e.c.fields_json.like(generation_prefix(generation) + "%")),
    ]


def _reseal_fields(
    engine: Engine,
    vault: Vault,
    rotation: DataKeyRotation,
    batch: int,
    progress: Callable[[DataKeyRotation], None] | None,
) -> None:
    f = t.field_state
    order = (f.c.entity, f.c.entity_id, f.c.field)
    last: tuple[str, str, str] | None = None
    while True:
        with engine.begin() as conn:
            query = (
                select(*order, f.c.value_json)
                .select_from(_FIELDS)
                .where(*_stale_fields(rotation.network_id, rotation.generation))
                .order_by(*order)
                .limit(batch)
            )
            if last is not None:
                query = query.where(tuple_(*order) > tuple_(*last))
            rows = conn.execute(query).all()
            if not rows:
                return
            new = vault.key(conn, rotation.network_id, rotation.generation)
            for row in rows:
                old_text = str(row.value_json)
                ad = field_ad(rotation.network_id, row.entity, row.entity_id, row.field)
                plain = vault.open(conn, old_text, rotation.network_id, ad)
                conn.execute(
                    update(f)
                    .where(
                        f.c.entity == row.entity,
                        f.c.entity_id == row.entity_id,
                        f.c.field == row.field,
                        f.c.value_json == old_text,  # unless a push changed it meanwhile
                    )
                    .values(value_json=new.seal(plain, ad))
                )
            rotation.values += len(rows)
            last = (rows[-1].entity, rows[-1].entity_id, rows[-1].field)
        if progress is not None:
            progress(rotation)


def _reseal_events(
    engine: Engine,
    vault: Vault,
    rotation: DataKeyRotation,
    batch: int,
    progress: Callable[[DataKeyRotation], None] | None,
) -> None:
    e = t.event
    position = -1
    while True:
        with engine.begin() as conn:
            rows = conn.execute(
                select(e)
                .where(
                    *_stale_events(rotation.network_id, rotation.generation),
                    e.c.position > position,
                )
                .order_by(e.c.position)
                .limit(batch)
            ).all()
            if not rows:
                return
            new = vault.key(conn, rotation.network_id, rotation.generation)
            for row in rows:
                ad = event_ad_of(row)
                plain = vault.open(conn, str(row.fields_json), rotation.network_id, ad)
                conn.execute(
                    update(e)
                    .where(
                        e.c.network_id == rotation.network_id,
                        e.c.position == row.position,
                        e.c.fields_json == row.fields_json,
                    )
                    .values(fields_json=new.seal(plain, ad))
                )
            rotation.changes += len(rows)
            position = int(rows[-1].position)
        if progress is not None:
            progress(rotation)


def _retire(conn: Connection, network_id: str, generation: int) -> int | None:
    """Delete the older generations if no value uses them any more (None: some still do)."""
    d = t.data_key
    old = conn.execute(
        select(d.c.generation)
        .where(d.c.network_id == network_id, d.c.generation != generation)
        .with_for_update()
    ).all()
    if not old:
        return 0
    fields_left = conn.execute(
        select(func.count()).select_from(_FIELDS).where(*_stale_fields(network_id, generation))
    ).scalar_one()
    events_left = conn.execute(
        select(func.count()).select_from(t.event).where(*_stale_events(network_id, generation))
    ).scalar_one()
    if fields_left or events_left:
        return None
    conn.execute(delete(d).where(d.c.network_id == network_id, d.c.generation != generation))
    return len(old)
