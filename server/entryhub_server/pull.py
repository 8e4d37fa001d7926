"""Pull: the events after a cursor that the device's hub may see, in position order.

What a hub sees: the changes of its own persons and records, of other hubs' persons shared
across hubs, and of the network's records (employers, openings: network.py); erasures; and the
scope events of persons that became shared or stopped being so.

The network's counter is read first: every position up to its committed value belongs to a
committed transaction (positions are taken under the network's counter row lock, held until
commit; :mod:`entryhub_server.positions`), so the page and ``next_cursor`` never pass a change
that becomes visible later. Positions count per network.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from json.encoder import encode_basestring as _text
from typing import Any

from sqlalchemy import Connection, and_, false, not_, or_, select, true

from entryhub_server.auth import Device
from entryhub_server.clocks import bound_ms, demote, served
from entryhub_server.context import ServerContext
from entryhub_server.db import tables as t
from entryhub_server.keys.at_rest import open_event, open_field
from entryhub_server.keys.vault import Vault
from entryhub_server.merge import CHANGE, ERASURE, SCOPE_GRANT, SCOPE_REMOVAL
from entryhub_server.network import NETWORK_ENTITIES
from entryhub_server.positions import committed_top
from entryhub_wire import wire


def pull(ctx: ServerContext, device: Device, request: wire.PullRequest) -> wire.PullResponse:
    with ctx.engine.begin() as conn:
        return pull_in(conn, device, request, ctx.vault, bound=_bound(ctx))


def _bound(ctx: ServerContext) -> int:
    """Clocks beyond this are served demoted (clocks.served; docs/sync.md, "Clock bounds")."""
    return bound_ms(ctx.now(), ctx.settings.clock_margin)


def pull_body(ctx: ServerContext, device: Device, request: wire.PullRequest) -> bytes:
    """The same page as :func:`pull`, as the gzip JSON body, byte for byte what
    ``wire.encode_body(pull(...).to_json())`` gives, without building the messages: a change's
    stored ``fields_json``, once opened (keys/at_rest.py), is the canonical JSON of its fields."""
    bound = _bound(ctx)
    with ctx.engine.begin() as conn:
        rows, next_cursor, has_more = _page(conn, device, request)
        changes: list[str] = []
        removals: list[str] = []
        erasures: list[str] = []
        for row in rows:
            position = int(row.position)
            if row.kind == CHANGE:
                hlc, fields = served(str(row.hlc), open_event(conn, ctx.vault, row), bound)
                text = _change_text(row, fields, hlc)
                changes.append(f'{{"change":{text},"position":{position}}}')
            elif row.kind == ERASURE:
                erasure = wire.Erasure(position, str(row.person_id), demote(str(row.hlc), bound))
                erasures.append(wire.canonical(erasure.to_json()))
            elif row.kind == SCOPE_REMOVAL:
                removal = wire.ScopeRemoval(position, str(row.person_id))
                removals.append(wire.canonical(removal.to_json()))
            else:
                changes.extend(
                    wire.canonical(wire.PulledChange(position, change).to_json())
                    for change in snapshot(conn, ctx.vault, device.network_id, str(row.person_id))
                )
    text = (
        f'{{"changes":[{",".join(changes)}],"erasures":[{",".join(erasures)}],'
        f'"has_more":{"true" if has_more else "false"},"next_cursor":{next_cursor},'
        f'"scope_removals":[{",".join(removals)}]}}'
    )
    return wire.compress(text.encode())


def _change_text(row: Any, fields: str, hlc: str) -> str:
    """``wire.dumps(_change(row).to_json())`` (keys sorted, compact), from the stored text."""
    person = "null" if row.person_id is None else _text(str(row.person_id))
    return (
        f'{{"device_id":{_text(str(row.device_id))},"entity":{_text(str(row.entity))},'
        f'"entity_id":{_text(str(row.entity_id))},"epoch":{int(row.epoch)},'
        f'"fields":{fields},"hlc":{_text(hlc)},"person_id":{person},'
        f'"seq":{int(row.seq)}}}'
    )


def _page(
    conn: Connection, device: Device, request: wire.PullRequest
) -> tuple[list[Any], int, bool]:
    """The event rows of the page, ``next_cursor`` and ``has_more``."""
    top = committed_top(conn, device.network_id)
    e, p = t.event, t.person
    hub = device.hub_id
    visible = or_(
        e.c.kind == ERASURE,
        and_(
            e.c.kind == CHANGE,
            or_(
                e.c.hub_id == hub,
                and_(p.c.shared == true(), p.c.erased == false()),
                # records of the whole network (network.py): every hub's
                and_(e.c.person_id.is_(None), e.c.entity.in_(sorted(NETWORK_ENTITIES))),
            ),
        ),
        and_(e.c.kind == SCOPE_GRANT, e.c.hub_id != hub, p.c.shared == true()),
        and_(e.c.kind == SCOPE_REMOVAL, e.c.hub_id != hub),
    )
    conditions = [
        e.c.network_id == device.network_id,
        e.c.position > request.cursor,
        e.c.position <= top,
        visible,
    ]
    if not request.include_own:
        conditions.append(not_(and_(e.c.kind == CHANGE, e.c.device_id == device.id)))
    rows = conn.execute(
        select(e)
        .select_from(e.outerjoin(p, p.c.id == e.c.person_id))
        .where(*conditions)
        .order_by(e.c.position)
        .limit(request.limit + 1)
    ).all()
    has_more = len(rows) > request.limit
    rows = rows[: request.limit]
    if request.max_bytes is not None:
        kept = _within_bytes(rows, request.max_bytes)
        has_more = has_more or kept < len(rows)
        rows = rows[:kept]
    next_cursor = int(rows[-1].position) if has_more else max(top, request.cursor)
    return list(rows), next_cursor, has_more


_EVENT_BYTES = 240  # the JSON of an event around a change's fields (ids, clock, keys)


def _within_bytes(rows: Sequence[Any], max_bytes: int) -> int:
    """How many of ``rows`` fit in about ``max_bytes`` of page JSON (at least one): a slow
    link asks for small pages. A scope grant counts as one event (its snapshot is not sized)."""
    total = 0
    for count, row in enumerate(rows):
        fields = row.fields_json if row.kind == CHANGE else None
        total += _EVENT_BYTES + (len(fields) if fields else 0)
        if count and total > max_bytes:
            return count
    return len(rows)


def pull_in(
    conn: Connection, device: Device, request: wire.PullRequest, vault: Vault, *, bound: int
) -> wire.PullResponse:
    rows, next_cursor, has_more = _page(conn, device, request)
    changes: list[wire.PulledChange] = []
    removals: list[wire.ScopeRemoval] = []
    erasures: list[wire.Erasure] = []
    for row in rows:
        position = int(row.position)
        if row.kind == CHANGE:
            hlc, fields = served(str(row.hlc), open_event(conn, vault, row), bound)
            changes.append(wire.PulledChange(position, _change(row, fields, hlc)))
        elif row.kind == ERASURE:
            erasures.append(wire.Erasure(position, str(row.person_id), demote(str(row.hlc), bound)))
        elif row.kind == SCOPE_REMOVAL:
            removals.append(wire.ScopeRemoval(position, str(row.person_id)))
        else:
            changes.extend(
                wire.PulledChange(position, change)
                for change in snapshot(conn, vault, device.network_id, str(row.person_id))
            )
    return wire.PullResponse(
        changes=tuple(changes),
        scope_removals=tuple(removals),
        erasures=tuple(erasures),
        next_cursor=next_cursor,
        has_more=has_more,
    )


def _fields(text: str) -> dict[str, wire.FieldValue]:
    raw: dict[str, Any] = json.loads(text)
    return {name: wire.FieldValue(item["value"], str(item["hlc"])) for name, item in raw.items()}


def _change(row: Any, fields: str, hlc: str) -> wire.Change:
    return wire.Change(
        device_id=str(row.device_id),
        epoch=int(row.epoch),
        seq=int(row.seq),
        entity=str(row.entity),
        entity_id=str(row.entity_id),
        person_id=None if row.person_id is None else str(row.person_id),
        hlc=hlc,
        fields=_fields(fields),
    )


def snapshot(conn: Connection, vault: Vault, network_id: str, person_id: str) -> list[wire.Change]:
    """The person's current merged state as changes (epoch = seq = 0), person first."""
    f = t.field_state
    rows = conn.execute(
        select(f.c.entity, f.c.entity_id, f.c.field, f.c.value_json, f.c.hlc)
        .where(f.c.person_id == person_id)
        .order_by(f.c.entity != wire.PERSON_ENTITY, f.c.entity, f.c.entity_id, f.c.field)
    ).all()
    grouped: dict[tuple[str, str], dict[str, wire.FieldValue]] = defaultdict(dict)
    for row in rows:
        key = (str(row.entity), str(row.entity_id))
        value = open_field(conn, vault, network_id, *key, str(row.field), str(row.value_json))
        grouped[key][str(row.field)] = wire.FieldValue(json.loads(value), str(row.hlc))
    changes = []
    for (entity, entity_id), fields in grouped.items():
        hlc = max(value.hlc for value in fields.values())
        changes.append(
            wire.Change(
                device_id=hlc.split("-", 2)[2],
                epoch=0,
                seq=0,
                entity=entity,
                entity_id=entity_id,
                person_id=person_id,
                hlc=hlc,
                fields=fields,
            )
        )
    return changes
