"""Snapshot: a new desk's first sync as the current merged state of its scope, paged.

Pages go by person id (the persons the device's hub may see: its own, and other hubs' persons
shared across hubs; never an erased one), then by (entity, entity_id) through the records
without a person the hub may see: its own, and the network's (employers, openings:
:mod:`entryhub_server.network`). Each page is read in one transaction after reading the network's
committed position (:func:`entryhub_server.positions.committed_top`): every change up to that
position is in the state the page reads, so a desk that pulls the log from the first page's
position after the last page misses nothing (a later change read by a later page comes again
through the log with the same clock, and merges once). See
:mod:`entryhub_wire.snapshot_messages`.

The body is written as text from the canonical JSON of the values (opened with the
network's data key, :mod:`entryhub_server.keys.at_rest`), as the pull writes its pages.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterable
from itertools import groupby
from json.encoder import encode_basestring as _text
from operator import itemgetter
from typing import Any, Final

from sqlalchemy import Connection, and_, false, or_, select, true, tuple_

from entryhub_server.auth import Device
from entryhub_server.context import ServerContext
from entryhub_server.db import tables as t
from entryhub_server.db.dialect import one_of
from entryhub_server.keys.sealing import field_ad_head, field_ad_of
from entryhub_server.keys.vault import Vault
from entryhub_server.network import NETWORK_ENTITIES
from entryhub_server.positions import committed_top
from entryhub_wire import wire

PERSONS: Final = "person:"
RECORDS: Final = "record:"
# a page's JSON stops growing at about this size (at least one person or record per page)
MAX_PAGE_TEXT: Final = 2 * 1024 * 1024
# pages of more JSON than this are gzipped at level 1 (_compress)
FAST_GZIP_FROM: Final = 256 * 1024
_LOOKUP = 1000
# persons whose state one statement reads (a page reads no more chunks once it is full)
_CHUNK = 500


def snapshot_body(ctx: ServerContext, device: Device, request: wire.SnapshotRequest) -> bytes:
    """The page as the gzip JSON body."""
    changes, position, next_after, has_more = snapshot_page(ctx, device, request)
    text = (
        f'{{"changes":[{",".join(changes)}],"has_more":{"true" if has_more else "false"},'
        f'"next_after":{_text(next_after)},"position":{position}}}'
    )
    return _compress(text.encode())


def _compress(data: bytes) -> bytes:
    """gzip at the wire's level for a small page (a slow link asks for small pages: every
    byte counts), at level 1 for a large one: a fast link's page of megabytes is 14 % larger
    and costs a quarter of the CPU (2.3 instead of 9.1 ns per byte of JSON, measured on
    snapshot pages)."""
    if len(data) <= FAST_GZIP_FROM:
        return wire.compress(data)
    return gzip.compress(data, compresslevel=1, mtime=0)


def snapshot_page(
    ctx: ServerContext, device: Device, request: wire.SnapshotRequest
) -> tuple[list[str], int, str, bool]:
    """The page's changes (canonical JSON texts), its position, next key and whether more."""
    phase, key = _key(request.after)
    with ctx.engine.begin() as conn:
        position = committed_top(conn, device.network_id)
        page = _Page(conn, ctx.vault, device, skip=None if request.include_own else device.id)
        if phase == PERSONS:
            next_after, more = page.persons(key, request.limit)
            if more:
                return page.out, position, next_after, True
            key = None
        next_after, more = page.records(key, request.limit)
        return page.out, position, next_after, more


def _key(after: str) -> tuple[str, Any]:
    if after == "":
        return PERSONS, ""
    if after.startswith(PERSONS):
        return PERSONS, after[len(PERSONS) :]
    if after.startswith(RECORDS):
        entity, _, entity_id = after[len(RECORDS) :].partition("/")
        return RECORDS, (entity, entity_id) if entity else None
    raise wire.bad("after must be a previous answer's next_after")


class _Page:
    """One page being written: change texts in :attr:`out`, about :data:`MAX_PAGE_TEXT`."""

    def __init__(
        self, conn: Connection, vault: Vault, device: Device, *, skip: str | None = None
    ) -> None:
        self.conn, self.device = conn, device
        self.open_value = vault.opener(conn, device.network_id)
        self.skip = skip  # a device whose fields are left out (the asking desk holds them)
        self.out: list[str] = []
        self.size = 0

    def persons(self, after: str, limit: int) -> tuple[str, bool]:
        """The next persons' records; the next key and whether persons remain.

        Keyset paging in the primary key's order (``id > after``), and the state read
        :data:`_CHUNK` persons at a time until the page has its bytes: a page never reads the
        rows of persons it does not send."""
        p, f = t.person, t.field_state
        ids = [
            str(row[0])
            for row in self.conn.execute(
                select(p.c.id)
                .where(
                    p.c.network_id == self.device.network_id,
                    p.c.erased == false(),
                    or_(p.c.hub_id == self.device.hub_id, p.c.shared == true()),
                    p.c.id > after,
                )
                .order_by(p.c.id)
                .limit(limit + 1)
            ).all()
        ]
        more = len(ids) > limit
        ids = ids[:limit]
        if not ids:
            return RECORDS, False
        for start in range(0, len(ids), _CHUNK):
            rows = self.conn.execute(
                select(f.c.person_id, f.c.entity, f.c.entity_id, f.c.field, f.c.value_json, f.c.hlc)
                .where(one_of(self.conn, f.c.person_id, ids[start : start + _CHUNK]))
                .order_by(
                    f.c.person_id,
                    f.c.entity != wire.PERSON_ENTITY,
                    f.c.entity,
                    f.c.entity_id,
                    f.c.field,
                )
            ).all()  # at once: fetching row by row cost more than reading the rows
            for person_id, person_rows in groupby(rows, itemgetter(0)):
                self._add(person_rows, str(person_id))
                if self.size > MAX_PAGE_TEXT and person_id != ids[-1]:
                    return PERSONS + str(person_id), True
        return (PERSONS + ids[-1], True) if more else (RECORDS, False)

    def records(self, after: tuple[str, str] | None, limit: int) -> tuple[str, bool]:
        """The hub's own records and the network's (no person) after ``after``; the next key
        and whether more."""
        r, f = t.record, t.field_state
        conditions = [
            r.c.network_id == self.device.network_id,
            or_(r.c.hub_id == self.device.hub_id, r.c.entity.in_(sorted(NETWORK_ENTITIES))),
            r.c.person_id.is_(None),
        ]
        if after is not None:
            conditions.append(tuple_(r.c.entity, r.c.entity_id) > tuple_(*after))
        keys = [
            (str(row.entity), str(row.entity_id))
            for row in self.conn.execute(
                select(r.c.entity, r.c.entity_id)
                .where(*conditions)
                .order_by(r.c.entity, r.c.entity_id)
                .limit(limit + 1)
            )
        ]
        more = len(keys) > limit
        keys = keys[:limit]
        if not keys:
            return "", False
        wanted: dict[str, list[str]] = {}
        for entity, entity_id in keys:
            wanted.setdefault(entity, []).append(entity_id)
        either = [
            and_(f.c.entity == entity, one_of(self.conn, f.c.entity_id, ids[i : i + _LOOKUP]))
            for entity, ids in wanted.items()
            for i in range(0, len(ids), _LOOKUP)
        ]
        rows = self.conn.execute(
            select(f.c.person_id, f.c.entity, f.c.entity_id, f.c.field, f.c.value_json, f.c.hlc)
            .where(or_(*either), f.c.person_id.is_(None))
            .order_by(f.c.entity, f.c.entity_id, f.c.field)
        ).all()
        for key, record_rows in groupby(rows, lambda row: (str(row.entity), str(row.entity_id))):
            self._add(record_rows, None)
            if self.size > MAX_PAGE_TEXT and key != keys[-1]:
                return f"{RECORDS}{key[0]}/{key[1]}", True
        return (f"{RECORDS}{keys[-1][0]}/{keys[-1][1]}", True) if more else ("", False)

    def _add(self, rows: Iterable[Any], person_id: str | None) -> None:
        """Rows ``(person_id, entity, entity_id, field, value_json, hlc)`` of field_state
        (ordered by entity, entity_id, field) as change texts, one per record:
        ``wire.canonical(Change(...).to_json())`` with epoch = seq = 0. A field last written
        by :attr:`skip` is left out, and a record with no other field."""
        owner = "null" if person_id is None else _text(person_id)
        network_id, skip, open_value = self.device.network_id, self.skip, self.open_value
        for (entity, entity_id), fields in groupby(rows, itemgetter(1, 2)):
            entity, entity_id = str(entity), str(entity_id)
            head = field_ad_head(network_id, entity, entity_id)
            parts: list[str] = []
            hlc = ""
            for row in fields:
                field, field_hlc = str(row[3]), str(row[5])
                if skip is not None and field_hlc.split("-", 2)[2] == skip:
                    continue
                if field_hlc > hlc:
                    hlc = field_hlc
                value = open_value(str(row[4]), field_ad_of(head, field))
                parts.append(f'{_text(field)}:{{"hlc":{_text(field_hlc)},"value":{value}}}')
            if not parts:
                continue
            device_id = hlc.split("-", 2)[2]
            text = (
                f'{{"device_id":{_text(device_id)},"entity":{_text(entity)},'
                f'"entity_id":{_text(entity_id)},"epoch":0,"fields":{{{",".join(parts)}}},'
                f'"hlc":{_text(hlc)},"person_id":{owner},"seq":0}}'
            )
            self.out.append(text)
            self.size += len(text)
