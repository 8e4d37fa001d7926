"""Applying accepted changes: authority, merged state per field (later HLC wins), events.

The applier works inside the push transaction on a whole batch at once: :meth:`Applier.load`
reads (and locks) every person and record the batch names in two statements, :meth:`Applier.
apply` decides each change in memory, :meth:`Applier.flush` hands new persons and records and
the merged state to :class:`Writes` (one statement each), and the push hands
:attr:`Applier.events` to :meth:`Writes.finish`, which numbers and inserts them as the last
step before commit, so the counter's row lock is held for milliseconds.
"""

from __future__ import annotations

import json
import logging
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, and_, delete, exists, or_, select, update

from entryhub_server import json_text, network
from entryhub_server.auth import Device
from entryhub_server.db import tables as t
from entryhub_server.db.dialect import one_of, upsert
from entryhub_server.db.writes import Writes
from entryhub_server.keys.at_rest import open_field, seal_changes
from entryhub_server.keys.vault import Vault
from entryhub_server.moves import Move, RecordMoves
from entryhub_server.scope import CONSENT_ENTITY, SHARE_PURPOSE, visibility_problem
from entryhub_wire import wire
from entryhub_wire.grants import check_erasure

CHANGE = "change"
log = logging.getLogger(__name__)

ERASURE = "erasure"
ERASURE_AUTH_FIELD = "erasure_auth"  # the coordinator's signature an erasure carries
SCOPE_GRANT = "scope_grant"
SCOPE_REMOVAL = "scope_removal"

# SQLite allows 32766 host parameters per statement; PostgreSQL 65535. Lookups stay far below.
_LOOKUP = 1000
_GROUPS = 20  # (entity, ids) groups per record lookup


@dataclass
class PersonRow:
    id: str
    network_id: str
    hub_id: str
    shared: bool
    erased: bool


@dataclass
class RecordRow:
    network_id: str
    hub_id: str  # a network record's: the hub that added it
    person_id: str | None
    erased: bool = False  # an erasable network record, erased (network.py)


def _record_row(row: Any) -> RecordRow:
    return RecordRow(row.network_id, row.hub_id, row.person_id, bool(row.erased))


def _slices(items: list[str]) -> list[list[str]]:
    return [items[i : i + _LOOKUP] for i in range(0, len(items), _LOOKUP)]


class Applier:
    """Applies the changes of a group of pushes; set :attr:`device` to each push's sender
    before applying its changes (persons and records made by one push are seen by the next)."""

    def __init__(
        self, conn: Connection, writes: Writes, vault: Vault, device: Device | None = None
    ) -> None:
        self.conn = conn
        self._device = device
        self.writes = writes
        self.vault = vault
        self.persons: dict[str, PersonRow | None] = {}
        self.records: dict[tuple[str, str], RecordRow | None] = {}
        # made in this batch, written by flush() (a person with its final flags)
        self.new_persons: list[PersonRow] = []
        self.new_records: list[dict[str, Any]] = []
        # (entity, entity_id, field) -> (value_json, hlc, person_id): the latest seen in batch
        self.state: dict[tuple[str, str, str], tuple[str, str, str | None]] = {}
        self.events: list[dict[str, Any]] = []
        self.moves = RecordMoves(vault)
        self.erasures = network.RecordErasures(vault)

    @property
    def device(self) -> Device:
        if self._device is None:
            raise RuntimeError("set Applier.device before applying changes")
        return self._device

    @device.setter
    def device(self, device: Device) -> None:
        self._device = device

    # --- lookups: one statement per table for the whole batch ------------------------------
    def load(self, changes: list[wire.Change]) -> None:
        """Read the persons (locked until commit, in id order) and records the batch names."""
        person_ids: set[str] = set()
        wanted: dict[str, set[str]] = defaultdict(set)
        for change in changes:
            if change.person_id is not None:
                person_ids.add(change.person_id)
            wanted[change.entity].add(change.entity_id)
        for part in _slices(sorted(person_ids)):
            rows = self.conn.execute(
                select(t.person)
                .where(one_of(self.conn, t.person.c.id, part))
                .order_by(t.person.c.id)
                .with_for_update()
            )
            for row in rows:
                self.persons[row.id] = PersonRow(
                    row.id, row.network_id, row.hub_id, row.shared, row.erased
                )
        for person_id in person_ids:
            self.persons.setdefault(person_id, None)
        # records: one statement for every entity of the batch (OR of one index range each)
        groups = [(entity, part) for entity, ids in wanted.items() for part in _slices(sorted(ids))]
        for start in range(0, len(groups), _GROUPS):
            either = [
                and_(t.record.c.entity == entity, one_of(self.conn, t.record.c.entity_id, part))
                for entity, part in groups[start : start + _GROUPS]
            ]
            for row in self.conn.execute(select(t.record).where(or_(*either))):
                self.records[(row.entity, row.entity_id)] = _record_row(row)
        # erasable records again, locked (network.py: an erasure and an edit apply in turn)
        for row in network.lock_erasable(self.conn, wanted):
            self.records[(row.entity, row.entity_id)] = _record_row(row)
        for entity, ids in wanted.items():
            for entity_id in ids:
                self.records.setdefault((entity, entity_id), None)
        # the persons records belong to now: a change may move a record to another person
        # (read for visibility only, not locked: the batch's own persons are)
        owners = {r.person_id for r in self.records.values() if r is not None and r.person_id}
        for part in _slices(sorted(owners - set(self.persons))):
            for row in self.conn.execute(
                select(t.person).where(one_of(self.conn, t.person.c.id, part))
            ):
                self.persons[row.id] = PersonRow(
                    row.id, row.network_id, row.hub_id, row.shared, row.erased
                )

    def person(self, person_id: str) -> PersonRow | None:
        return self.persons.get(person_id)

    def record(self, entity: str, entity_id: str) -> RecordRow | None:
        return self.records.get((entity, entity_id))

    def _new_record(self, entity: str, entity_id: str, hub_id: str, person_id: str | None) -> None:
        network_id = self.device.network_id
        self.new_records.append(
            {
                "entity": entity,
                "entity_id": entity_id,
                "network_id": network_id,
                "hub_id": hub_id,
                "person_id": person_id,
                "erased": False,
            }
        )
        self.records[(entity, entity_id)] = RecordRow(network_id, hub_id, person_id)

    # --- applying ----------------------------------------------------------------------
    def apply(self, change: wire.Change) -> str | None:
        """Apply one fresh change; the rejection reason, or None when applied."""
        if change.device_id != self.device.id:
            return wire.REJECT_WRONG_DEVICE
        if change.entity == wire.PERSON_ENTITY:
            return self._person_change(change)
        if change.entity in network.NETWORK_ENTITIES:
            if change.person_id is not None:  # no desk would apply it under a person
                return wire.REJECT_FOREIGN_RECORD
            return self._network_change(change)
        if change.person_id is None:
            if change.entity in wire.PERSON_OWNED_ENTITIES:
                # not a hub record: held as one, no desk could ever apply it
                return wire.REJECT_PERSON_MISSING
            return self._hub_change(change)
        return self._dependent_change(change, change.person_id)

    def _person_change(self, change: wire.Change) -> str | None:
        person_id = change.entity_id
        person = self.person(person_id)
        hub_field = change.fields.get(wire.HUB_ID_FIELD)
        if person is None:
            if hub_field is None or hub_field.value != self.device.hub_id:
                return wire.REJECT_HUB_MISMATCH
            if self.record(wire.PERSON_ENTITY, person_id) is not None:
                return wire.REJECT_FOREIGN_RECORD
            person = PersonRow(person_id, self.device.network_id, self.device.hub_id, False, False)
            self.persons[person_id] = person
            self.new_persons.append(person)
            self._new_record(wire.PERSON_ENTITY, person_id, person.hub_id, person_id)
        else:
            problem = visibility_problem(
                person, network_id=self.device.network_id, hub_id=self.device.hub_id
            )
            if problem is not None:
                return problem
            if hub_field is not None and hub_field.value != person.hub_id:
                return wire.REJECT_HUB_MISMATCH
        if change.is_erasure:
            problem = check_erasure(
                _field_value(change, ERASURE_AUTH_FIELD),
                root_public=self.device.coordinator_root,
                device_id=self.device.id,
                person_id=person_id,
            )
            if problem is not None:
                log.warning("an erasure was refused: %s", problem)
                return wire.REJECT_ERASURE_UNVERIFIED
            self._erase(person, change)
            return None
        texts = self._merge(change, person_id)
        self._event(CHANGE, change, hub_id=person.hub_id, person_id=person_id, texts=texts)
        return None

    def _dependent_change(self, change: wire.Change, person_id: str) -> str | None:
        device = self.device
        network_id, hub_id = device.network_id, device.hub_id
        person = self.persons.get(person_id)
        if (  # visible (the common case) without the call; else why not
            person is None
            or person.network_id != network_id
            or person.erased
            or (person.hub_id != hub_id and not person.shared)
        ):
            problem = visibility_problem(person, network_id=network_id, hub_id=hub_id)
            return problem or wire.REJECT_UNKNOWN_PERSON
        record = self.records.get((change.entity, change.entity_id))
        source: PersonRow | None = None
        if record is None:
            self._new_record(change.entity, change.entity_id, person.hub_id, person_id)
        elif record.network_id != network_id or record.person_id is None:
            return wire.REJECT_FOREIGN_RECORD
        elif record.person_id != person_id:  # moved by a merge: both persons must be visible
            source = self.person(record.person_id)
            if source is None or visibility_problem(source, network_id=network_id, hub_id=hub_id):
                return wire.REJECT_FOREIGN_RECORD
            self._move(change, record, source, person)
        texts = self._merge(change, person_id)
        self._event(CHANGE, change, hub_id=person.hub_id, person_id=person_id, texts=texts)
        if source is not None:
            self.moves.add(
                Move(
                    change.entity,
                    change.entity_id,
                    source.id,
                    person.id,
                    person.hub_id,
                    self.events[-1],
                )
            )
        if change.entity == CONSENT_ENTITY:
            self._consent(change, person)
            if source is not None:  # the merged person may have lost its sharing consent
                self._refresh_shared(source, change.hlc)
        return None

    def _move(
        self, change: wire.Change, record: RecordRow, source: PersonRow, target: PersonRow
    ) -> None:
        """Relabel what this group holds of the record (the stored rows: RecordMoves.write)."""
        key = (change.entity, change.entity_id)
        record.person_id, record.hub_id = target.id, target.hub_id
        for name_key, (value_json, hlc, _) in list(self.state.items()):
            if name_key[:2] == key:
                self.state[name_key] = (value_json, hlc, target.id)
        for event in self.events:
            if (event["entity"], event["entity_id"]) == key and event["person_id"] == source.id:
                event["person_id"], event["hub_id"] = target.id, target.hub_id
        if change.entity == CONSENT_ENTITY:
            self.conn.execute(
                update(t.share_consent)
                .where(t.share_consent.c.consent_id == change.entity_id)
                .values(person_id=target.id)
            )

    def _hub_change(self, change: wire.Change) -> str | None:
        record = self.record(change.entity, change.entity_id)
        if record is None:
            self._new_record(change.entity, change.entity_id, self.device.hub_id, None)
        elif record.hub_id != self.device.hub_id or record.person_id is not None:
            return wire.REJECT_FOREIGN_RECORD
        texts = self._merge(change, None)
        self._event(CHANGE, change, hub_id=self.device.hub_id, person_id=None, texts=texts)
        return None

    def _network_change(self, change: wire.Change) -> str | None:
        """A record of the whole network (network.py): any device of the network."""
        record = self.record(change.entity, change.entity_id)
        problem = network.network_problem(
            record, change, network_id=self.device.network_id, hub_id=self.device.hub_id
        )
        if problem is not None:
            return problem
        if record is None:
            self._new_record(change.entity, change.entity_id, self.device.hub_id, None)
        texts = self._merge(change, None)
        self._event(CHANGE, change, hub_id=self.device.hub_id, person_id=None, texts=texts)
        if network.erases(change):
            self.erasures.add(change, self.records, self.state, self.events[-1])
        return None

    # --- consent to share across hubs -> scope events --------------------------------------
    def _consent(self, change: wire.Change, person: PersonRow) -> None:
        purpose = change.fields.get("purpose")
        if purpose is None:
            stored = self.state.get((CONSENT_ENTITY, change.entity_id, "purpose"))
            value = json.loads(stored[0]) if stored else self._stored_purpose(change.entity_id)
        else:
            value = purpose.value
        if value != SHARE_PURPOSE:
            return
        given = change.fields.get("given")
        withdraws = change.fields.get("withdraws")
        if given is not None and given.value is True:
            statement = upsert(self.conn, t.share_consent).values(
                consent_id=change.entity_id, person_id=person.id, withdrawn=False
            )
            self.conn.execute(statement.on_conflict_do_nothing())
        if withdraws is not None and isinstance(withdraws.value, str):
            self.conn.execute(
                update(t.share_consent)
                .where(
                    t.share_consent.c.consent_id == withdraws.value,
                    t.share_consent.c.person_id == person.id,
                )
                .values(withdrawn=True)
            )
        self._refresh_shared(person, change.hlc)

    def _refresh_shared(self, person: PersonRow, hlc: str) -> None:
        """Recompute whether the person is shared across hubs; a scope event if it changed."""
        shared = bool(
            self.conn.execute(
                select(
                    exists().where(
                        t.share_consent.c.person_id == person.id,
                        t.share_consent.c.withdrawn.is_(False),
                    )
                )
            ).scalar()
        )
        if shared != person.shared:
            person.shared = shared
            self.conn.execute(
                update(t.person).where(t.person.c.id == person.id).values(shared=shared)
            )
            kind = SCOPE_GRANT if shared else SCOPE_REMOVAL
            self._scope_event(kind, person, hlc)

    def _stored_purpose(self, consent_id: str) -> object:
        row = self.conn.execute(
            select(t.field_state.c.value_json).where(
                t.field_state.c.entity == CONSENT_ENTITY,
                t.field_state.c.entity_id == consent_id,
                t.field_state.c.field == "purpose",
            )
        ).first()
        if row is None:
            return None
        network_id = self.device.network_id  # a consent of a person this device may see
        key = (network_id, CONSENT_ENTITY, consent_id, "purpose")
        return json.loads(open_field(self.conn, self.vault, *key, str(row.value_json)))

    # --- erasure ---------------------------------------------------------------------------
    def _erase(self, person: PersonRow, change: wire.Change) -> None:
        """Purge every stored value and change of the person and its records; keep ids."""
        person.erased, person.shared = True, False
        self.conn.execute(
            update(t.person).where(t.person.c.id == person.id).values(erased=True, shared=False)
        )
        self.conn.execute(delete(t.field_state).where(t.field_state.c.person_id == person.id))
        self.conn.execute(delete(t.event).where(t.event.c.person_id == person.id))
        self.state = {k: v for k, v in self.state.items() if v[2] != person.id}
        self.events = [e for e in self.events if e["person_id"] != person.id]
        tombstone = change.fields[wire.DELETED_FIELD]
        self.events.append(
            {
                "kind": ERASURE,
                "network_id": self.device.network_id,
                "hub_id": person.hub_id,
                "person_id": person.id,
                "device_id": change.device_id,
                "epoch": change.epoch,
                "seq": change.seq,
                "entity": wire.PERSON_ENTITY,
                "entity_id": person.id,
                "hlc": change.hlc,
                "fields_json": wire.canonical({wire.DELETED_FIELD: tombstone.to_json()}),
            }
        )

    # --- state and events --------------------------------------------------------------
    def _merge(self, change: wire.Change, person_id: str | None) -> dict[str, str]:
        """Keep each field's value where its clock is later than the one held; the canonical
        JSON text of every value of the change (its event's, :meth:`_event`)."""
        texts: dict[str, str] = {}
        state, entity, entity_id = self.state, change.entity, change.entity_id
        for name, value in change.fields.items():
            texts[name] = text = json_text.value_json(value.value)
            key = (entity, entity_id, name)
            held = state.get(key)
            if held is None or held[1] < value.hlc:
                state[key] = (text, value.hlc, person_id)
        return texts

    def _event(
        self,
        kind: str,
        change: wire.Change,
        *,
        hub_id: str,
        person_id: str | None,
        texts: dict[str, str] | None = None,
    ) -> None:
        self.events.append(
            {
                "kind": kind,
                "network_id": self.device.network_id,
                "hub_id": hub_id,
                "person_id": person_id,
                "device_id": change.device_id,
                "epoch": change.epoch,
                "seq": change.seq,
                "entity": change.entity,
                "entity_id": change.entity_id,
                "hlc": change.hlc,
                "fields_json": json_text.fields_json(change.fields, texts),
            }
        )

    def _scope_event(self, kind: str, person: PersonRow, hlc: str) -> None:
        self.events.append(
            {
                "kind": kind,
                "network_id": self.device.network_id,
                "hub_id": person.hub_id,
                "person_id": person.id,
                "device_id": self.device.id,
                "epoch": 0,
                "seq": 0,
                "entity": wire.PERSON_ENTITY,
                "entity_id": person.id,
                "hlc": hlc,
                "fields_json": "{}",
            }
        )

    def flush(self) -> None:
        """Write new persons and records, then the merged state (a later HLC wins).

        One executemany statement each; rows in key order so that concurrent pushes touching
        the same rows lock them in the same order (no deadlock)."""
        erased = {p.id for p in self.persons.values() if p is not None and p.erased}
        self.moves.write(self.conn, self.state, erased)
        if self.new_persons:
            # a PersonRow's fields are the person table's columns
            self.writes.insert(t.person, [dict(vars(p)) for p in self.new_persons])
        self.erasures.write(self.conn, self.state, self.events, self.new_records)
        if self.new_records:
            self.new_records.sort(key=lambda row: (row["entity"], row["entity_id"]))
            self.writes.insert(t.record, self.new_records)
        rows = [
            {
                "entity": entity,
                "entity_id": entity_id,
                "field": field,
                "value_json": value_json,
                "hlc": hlc,
                "person_id": person_id,
            }
            for (entity, entity_id, field), (value_json, hlc, person_id) in sorted(
                self.state.items()
            )
        ]
        # sealed last: each value and each change once, with its network's active data key
        seal_changes(self.conn, self.vault, rows, self.events, self._network_of)
        made = {(row["entity"], row["entity_id"]) for row in self.new_records}
        self.writes.state(rows, made)

    def _network_of(self, entity: str, entity_id: str) -> str:
        record = self.records.get((entity, entity_id))
        return record.network_id if record is not None else self.device.network_id


def _field_value(change: wire.Change, name: str) -> object:
    field = change.fields.get(name)
    return None if field is None else field.value
