"""Network records: employers, their contacts and log, openings (``codes.NETWORK_ENTITIES``).

A network record names no person (``person_id`` null). Every hub of the network pulls it
(:mod:`entryhub_server.pull`, :mod:`entryhub_server.snapshot`) and any device of the network
may create and change it; the fields merge as every record's do (later HLC wins). The ``record``
row keeps the hub that added it (``hub_id``), and a change may only name that hub in the fields
that say who added the record (``codes.ADDED_BY_HUB_FIELDS``): a desk cannot claim another hub
added an employer, nor change who did. A device of another network is refused
(``foreign_record``), as for every record.

An erasable record (``codes.ERASABLE_FIELDS``, an employer's contact: personal data) is erased
by a change that sets ``erased`` to true. The server then keeps no earlier value of it
(:class:`RecordErasures`): its personal fields become empty whatever their clocks, and its
change events keep their other fields but lose the personal values, so a desk that pulls them
later gets the record's history without them, then the erasure (which names every personal
field, emptied). A later change that would give the personal fields values again, or clear
``erased``, is refused (``erased``).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Mapping
from typing import Any, Protocol

from sqlalchemy import Connection, and_, bindparam, delete, or_, select, update

from entryhub_server.db import tables as t
from entryhub_server.db.dialect import one_of
from entryhub_server.keys.at_rest import event_ad_of, open_event, open_field
from entryhub_server.keys.vault import Vault
from entryhub_wire import codes, wire

NETWORK_ENTITIES = codes.NETWORK_ENTITIES
CHANGE = "change"  # merge.CHANGE: the events that carry values
EMPTY = wire.canonical("")
TRUE = wire.canonical(True)
_LOOKUP = 1000

# (entity, entity_id, field) -> (value_json, hlc, person_id), as Applier.state
State = dict[tuple[str, str, str], tuple[str, str, str | None]]
Key = tuple[str, str]


class RecordLike(Protocol):
    network_id: str
    hub_id: str
    person_id: str | None
    erased: bool


def erases(change: wire.Change) -> bool:
    """Does ``change`` erase an erasable network record?"""
    flag = change.fields.get(codes.ERASED_FIELD)
    return change.entity in codes.ERASABLE_FIELDS and flag is not None and flag.value is True


def _reopens(change: wire.Change) -> bool:
    """Would ``change`` give an erased record's personal fields values again (or un-erase it)?"""
    flag = change.fields.get(codes.ERASED_FIELD)
    if flag is not None and flag.value is not True:
        return True
    for name in codes.ERASABLE_FIELDS.get(change.entity, ()):
        given = change.fields.get(name)
        if given is not None and given.value not in ("", None):
            return True
    return False


def network_problem(
    record: RecordLike | None, change: wire.Change, *, network_id: str, hub_id: str
) -> str | None:
    """Why a device of ``hub_id`` in ``network_id`` may not make ``change`` of a network
    record (``record``: the server's row, None for a new record), or None."""
    if record is not None and (record.network_id != network_id or record.person_id is not None):
        return wire.REJECT_FOREIGN_RECORD
    added_by = hub_id if record is None else record.hub_id
    for name in codes.ADDED_BY_HUB_FIELDS:
        given = change.fields.get(name)
        if given is not None and given.value != added_by:
            return wire.REJECT_HUB_MISMATCH
    if record is not None and record.erased and _reopens(change):
        return wire.REJECT_ERASED
    return None


def lock_erasable(conn: Connection, wanted: dict[str, set[str]]) -> list[Any]:
    """The stored rows of the erasable records a push group names, locked until commit (in key
    order): an erasure and an edit of one contact in two groups at once apply one after the
    other, so the edit sees the record erased (PostgreSQL; SQLite runs one writer anyway)."""
    keys = [(e, i) for e, ids in wanted.items() if e in codes.ERASABLE_FIELDS for i in ids]
    if not keys:
        return []
    r = t.record
    return list(
        conn.execute(
            select(r)
            .where(_of(conn, r, sorted(keys)))
            .order_by(r.c.entity, r.c.entity_id)
            .with_for_update()
        )
    )


class RecordErasures:
    """The erasures of network records in one push group, written by :meth:`write`."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self.erased: dict[Key, str] = {}  # record -> its network

    def add(
        self,
        change: wire.Change,
        records: Mapping[Key, RecordLike | None],
        state: State,
        event: dict[str, Any],
    ) -> None:
        """Mark the record erased; empty its personal fields in the group's state whatever
        their clocks, and name every one of them, emptied, in the erasure's ``event``."""
        key = (change.entity, change.entity_id)
        record = records[key]
        assert record is not None  # applied: held or made by this group
        record.erased = True
        self.erased[key] = record.network_id
        fields = json.loads(event["fields_json"])
        for name in (*codes.ERASABLE_FIELDS[change.entity], codes.ERASED_FIELD):
            given = change.fields.get(name)
            hlc = change.hlc if given is None else given.hlc
            value = TRUE if name == codes.ERASED_FIELD else EMPTY
            state[(*key, name)] = (value, hlc, None)
            fields[name] = {"hlc": hlc, "value": json.loads(value)}
        event["fields_json"] = wire.canonical(fields)

    def write(
        self,
        conn: Connection,
        state: State,
        events: list[dict[str, Any]],
        new_records: list[dict[str, Any]],
    ) -> None:
        """Before the state is written: the erased records' stored merged state is replaced by
        the emptied one (newer clocks of the personal fields included), and their change
        events, stored or of this group, lose the personal values (emptied, clocks kept: the
        other fields still reach a desk that pulls them later). A record made by this group
        (``new_records``, not written yet) is written erased."""
        if not self.erased:
            return
        for new in new_records:
            new["erased"] = (new["entity"], new["entity_id"]) in self.erased
        keys = sorted(self.erased)
        whole = self._stored(conn, keys)
        forced = {
            (entity, entity_id, name)
            for entity, entity_id in keys
            for name in (*codes.ERASABLE_FIELDS[entity], codes.ERASED_FIELD)
        }
        for (entity, entity_id, name), (value_json, hlc, _) in state.items():
            held = whole.get((entity, entity_id))
            if held is None:
                continue
            stored = held.get(name)
            if stored is None or stored[1] < hlc or (entity, entity_id, name) in forced:
                held[name] = (value_json, hlc)
        for (entity, entity_id), fields in whole.items():
            for name, (value_json, hlc) in fields.items():
                state[(entity, entity_id, name)] = (value_json, hlc, None)
        conn.execute(delete(t.field_state).where(_of(conn, t.field_state, keys)))
        self._blank_stored_events(conn, keys)
        for event in events:
            if event["kind"] == CHANGE and (event["entity"], event["entity_id"]) in self.erased:
                event["fields_json"] = _blanked(event["entity"], event["fields_json"])
        conn.execute(
            update(t.record)
            .where(t.record.c.entity == bindparam("e"), t.record.c.entity_id == bindparam("i"))
            .values(erased=True),
            [{"e": entity, "i": entity_id} for entity, entity_id in keys],
        )

    def _stored(self, conn: Connection, keys: list[Key]) -> dict[Key, dict[str, tuple[str, str]]]:
        """The records' stored merged state, opened: field -> (value_json, hlc)."""
        whole: dict[Key, dict[str, tuple[str, str]]] = {key: {} for key in keys}
        f = t.field_state
        for row in conn.execute(
            select(f.c.entity, f.c.entity_id, f.c.field, f.c.value_json, f.c.hlc).where(
                _of(conn, f, keys)
            )
        ):
            key = (str(row.entity), str(row.entity_id))
            value = open_field(
                conn, self.vault, self.erased[key], *key, str(row.field), str(row.value_json)
            )
            whole[key][str(row.field)] = (value, str(row.hlc))
        return whole

    def _blank_stored_events(self, conn: Connection, keys: list[Key]) -> None:
        """Stored change events of the records with their personal values emptied (sealed
        again: a copy of the database keeps nothing of them either). Found through the
        partial index of events without a person (``ix_event_record``)."""
        e = t.event
        rows = conn.execute(
            select(e).where(e.c.person_id.is_(None), e.c.kind == CHANGE, _of(conn, e, keys))
        ).all()
        if not rows:
            return
        data_keys = self.vault.active(conn, {str(row.network_id) for row in rows})
        blanked = []
        for row in rows:
            text = _blanked(str(row.entity), open_event(conn, self.vault, row))
            sealed = data_keys[str(row.network_id)].seal(text, event_ad_of(row))
            blanked.append({"n": row.network_id, "p": row.position, "f": sealed})
        conn.execute(
            update(e)
            .where(e.c.network_id == bindparam("n"), e.c.position == bindparam("p"))
            .values(fields_json=bindparam("f")),
            blanked,
        )


def _blanked(entity: str, fields_json: str) -> str:
    """A change's fields (canonical JSON) with the record's personal values emptied."""
    fields = json.loads(fields_json)
    for name in codes.ERASABLE_FIELDS[entity]:
        if name in fields:
            fields[name]["value"] = ""
    return wire.canonical(fields)


def _of(conn: Connection, table: Any, keys: list[Key]) -> Any:
    """``table``'s rows of the records ``keys`` (one index range per entity and slice)."""
    by_entity: dict[str, list[str]] = defaultdict(list)
    for entity, entity_id in keys:
        by_entity[entity].append(entity_id)
    return or_(
        *(
            and_(table.c.entity == entity, one_of(conn, table.c.entity_id, ids[i : i + _LOOKUP]))
            for entity, ids in sorted(by_entity.items())
            for i in range(0, len(ids), _LOOKUP)
        )
    )
