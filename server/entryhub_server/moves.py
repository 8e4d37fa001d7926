"""Records moving from one person to another: a desk merged two records of one person.

The desk's merge rewrites the ``person_id`` of every visit, consent and profile entry of the
merged record; each arrives here as an ordinary change of that field. The server accepts it
when the pushing device may see both persons, and then:

- relabels what it holds of the record (its ``record`` row, merged state and earlier events)
  to the kept person, so that scope and erasure follow the record: erasing the kept person
  later purges the moved visit's note too, and a desk enrolling later gets it under the kept
  person;
- serves the move as an event carrying the record's whole merged state, so that a desk which
  may see the kept person but never saw the merged one (another hub, sharing consented)
  receives the whole record, not just its new ``person_id``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, and_, bindparam, delete, or_, select, update

from entryhub_server.db import tables as t
from entryhub_server.keys.at_rest import open_field
from entryhub_server.keys.vault import Vault
from entryhub_wire import wire

# (entity, entity_id, field) -> (value_json, hlc, person_id), as Applier.state
State = dict[tuple[str, str, str], tuple[str, str, str | None]]


@dataclass
class Move:
    entity: str
    entity_id: str
    source: str  # the merged person
    target: str  # the kept person
    hub_id: str  # the kept person's hub
    event: dict[str, Any]  # the move's event, completed by RecordMoves.write


class RecordMoves:
    def __init__(self, vault: Vault) -> None:
        self.moves: list[Move] = []
        self.vault = vault

    def add(self, move: Move) -> None:
        self.moves.append(move)

    def write(self, conn: Connection, state: State, erased: set[str]) -> None:
        """Relabel the moved records' rows, state and earlier events; give each move event the
        record's whole merged state (stored, or newer from this group). A record moved to a
        person erased in the same group is purged with it."""
        gone = [m for m in self.moves if m.target in erased]
        for move in gone:
            conn.execute(
                delete(t.event).where(
                    t.event.c.person_id == move.source,
                    t.event.c.entity == move.entity,
                    t.event.c.entity_id == move.entity_id,
                )
            )
            conn.execute(
                delete(t.field_state).where(
                    t.field_state.c.entity == move.entity,
                    t.field_state.c.entity_id == move.entity_id,
                )
            )
        self.moves = [m for m in self.moves if m.target not in erased]
        if not self.moves:
            return
        ordered = sorted(self.moves, key=lambda m: (m.entity, m.entity_id))
        keys = [{"e": m.entity, "i": m.entity_id, "s": m.source, "p": m.target} for m in ordered]
        same_record = and_(
            t.record.c.entity == bindparam("e"), t.record.c.entity_id == bindparam("i")
        )
        conn.execute(
            update(t.record)
            .where(same_record)
            .values(person_id=bindparam("p"), hub_id=bindparam("h")),
            [{**k, "h": m.hub_id} for k, m in zip(keys, ordered, strict=True)],
        )
        conn.execute(
            update(t.field_state)
            .where(
                t.field_state.c.entity == bindparam("e"),
                t.field_state.c.entity_id == bindparam("i"),
            )
            .values(person_id=bindparam("p")),
            keys,
        )
        # through the merged person's events (indexed by person), not a scan of every event
        conn.execute(
            update(t.event)
            .where(
                t.event.c.person_id == bindparam("s"),
                t.event.c.entity == bindparam("e"),
                t.event.c.entity_id == bindparam("i"),
            )
            .values(person_id=bindparam("p"), hub_id=bindparam("h")),
            [{**k, "h": m.hub_id} for k, m in zip(keys, ordered, strict=True)],
        )
        self._complete_events(conn, state)

    def _complete_events(self, conn: Connection, state: State) -> None:
        f = t.field_state
        wanted = {(m.entity, m.entity_id) for m in self.moves}
        network = {(m.entity, m.entity_id): str(m.event["network_id"]) for m in self.moves}
        fields: dict[tuple[str, str], dict[str, tuple[str, str]]] = {key: {} for key in wanted}
        either = [and_(f.c.entity == e, f.c.entity_id == i) for e, i in sorted(wanted)]
        for row in conn.execute(
            select(f.c.entity, f.c.entity_id, f.c.field, f.c.value_json, f.c.hlc).where(
                or_(*either)
            )
        ):
            key = (str(row.entity), str(row.entity_id))
            value = open_field(
                conn, self.vault, network[key], *key, str(row.field), str(row.value_json)
            )
            fields[key][row.field] = (value, row.hlc)
        for (entity, entity_id, name), (value_json, hlc, _) in state.items():
            held = fields.get((entity, entity_id))
            if held is not None and (name not in held or held[name][1] < hlc):
                held[name] = (value_json, hlc)
        for move in self.moves:
            record = fields[(move.entity, move.entity_id)]
            move.event["fields_json"] = wire.canonical(
                {
                    name: {"hlc": hlc, "value": json.loads(value)}
                    for name, (value, hlc) in record.items()
                }
            )
            move.event["hlc"] = max(hlc for _, hlc in record.values())
