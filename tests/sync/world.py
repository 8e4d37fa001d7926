"""A small world for convergence tests: one server, several desks, a model of who saw what.

Every edit records the field's clock it replaced on its desk (its base) and the clock it got.
"Nothing lost" then means: every edit's value is the final value, or a later edit was made on
top of exactly that value (someone saw it and changed it), or it sits in a conflict table
(kept or lost) on some desk. The bases come from the desks' own stores, so the check stays
exact when a cut connection leaves it unclear what the server received.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from entryhub_desk.domain.visit import Visit
from entryhub_desk.errors import DeskError
from entryhub_desk.services import Session
from entryhub_desk.services.sync import SyncService
from entryhub_desk.store import field_clocks
from entryhub_desk.store.repositories import VisitRepository
from entryhub_desk.store.sync_state import update_sync_state
from entryhub_desk.sync.engine import RoundResult
from tests.conftest import FakeClock
from tests.sync.helpers import add_person, edit_person, make_desk
from tests.sync.server import LiveServer

START = 1_790_000_000.0
EDITABLE = ("family_name", "municipality")
SYNCED_TABLES = ("person", "visit", "consent")


@dataclass
class Edit:
    number: int
    desk: int
    record: str
    field: str
    value: Any
    base: str | None  # the clock of the value this edit replaced on its desk
    hlc: str


@dataclass
class DeskSlot:
    session: Session
    service: SyncService
    clock: FakeClock
    persons: set[str] = field(default_factory=set)


class World:
    def __init__(
        self, root: Path, server: LiveServer, count: int, *, skews: tuple[float, ...] = ()
    ) -> None:
        self.server = server
        self.desks: list[DeskSlot] = []
        self.edits: list[Edit] = []
        for index in range(count):
            skew = skews[index] if index < len(skews) else 0.0
            clock = FakeClock(START + skew)
            session = make_desk(root, f"desk{index}", clock)
            service = SyncService(session)
            service.enrol(server.url, server.code("Umeå"))
            self.desks.append(DeskSlot(session, service, clock))

    def route_through(self, url: str) -> None:
        for slot in self.desks:
            update_sync_state(slot.session.opened.conn, server_url=url)

    def close(self) -> None:
        for slot in self.desks:
            slot.session.close()

    def tick(self, seconds: float = 1.0) -> None:
        for slot in self.desks:
            slot.clock.advance(seconds)

    # -- edits ---------------------------------------------------------------------------

    def _clock_of(self, desk: int, record: str, name: str) -> str | None:
        row = (
            self.desks[desk]
            .session.opened.conn.execute(
                "SELECT origin, field_clocks FROM person WHERE id = ?", (record,)
            )
            .fetchone()
        )
        if row is None:
            return None
        conn = self.desks[desk].session.opened.conn
        stored = {"origin": row[0], "field_clocks": row[1]}
        return field_clocks.read(conn, "person", stored).get(name)

    def _record(self, desk: int, record: str, name: str, value: Any, base: str | None) -> None:
        hlc = self._clock_of(desk, record, name)
        assert hlc is not None
        self.edits.append(Edit(len(self.edits), desk, record, name, value, base, hlc))

    def new_person(self, desk: int, rng: random.Random) -> None:
        slot = self.desks[desk]
        values = {"family_name": f"F{rng.randrange(10**6)}", "municipality": "Umeå"}
        person = add_person(slot.session, given_name=f"G{rng.randrange(10**6)}", **values)
        slot.persons.add(person.id)
        for name, value in values.items():
            self._record(desk, person.id, name, value, None)

    def edit(self, desk: int, rng: random.Random) -> None:
        slot = self.desks[desk]
        if not slot.persons:
            self.new_person(desk, rng)
            return
        person_id = rng.choice(sorted(slot.persons))
        name = rng.choice(EDITABLE)
        value = f"{name[0].upper()}{rng.randrange(10**6)}"
        base = self._clock_of(desk, person_id, name)
        edit_person(slot.session, person_id, **{name: value})
        self._record(desk, person_id, name, value, base)

    def visit(self, desk: int, rng: random.Random) -> None:
        slot = self.desks[desk]
        if not slot.persons:
            self.new_person(desk, rng)
            return
        person_id = rng.choice(sorted(slot.persons))
        when = datetime.fromtimestamp(slot.clock(), UTC)
        VisitRepository(slot.session.opened.context).create(
            Visit(person_id=person_id, hub_id=slot.session.identity.hub_id, visited_at=when)
        )

    # -- sync ----------------------------------------------------------------------------

    def sync(self, desk: int) -> RoundResult | None:
        slot = self.desks[desk]
        try:
            result = slot.service.sync_now()
        except DeskError as error:
            if error.code not in ("sync.unreachable", "sync.bad_payload", "sync.push_stalled"):
                raise
            return None
        finally:
            slot.persons |= _person_ids(slot.session)
        return result

    def sync_until_done(self, desk: int, attempts: int = 40) -> None:
        for _ in range(attempts):
            if self.sync(desk) is not None:
                return
        raise AssertionError(f"desk {desk} never completed a round")

    def settle(self) -> None:
        for _ in range(2):
            for index in range(len(self.desks)):
                self.sync_until_done(index)

    # -- checks --------------------------------------------------------------------------

    def states(self) -> list[dict[str, list[tuple[Any, ...]]]]:
        return [snapshot(slot.session) for slot in self.desks]

    def lost_edits(self) -> list[Edit]:
        """Edits whose value is neither final, nor knowingly replaced, nor kept as conflict."""
        final = {
            (row[0], name): row[i + 1]
            for row in _persons(self.desks[0].session)
            for i, name in enumerate(EDITABLE)
        }
        conflicted: set[tuple[str, str, str]] = set()
        for slot in self.desks:
            for entity_id, name, kept, lost in slot.session.opened.conn.execute(
                "SELECT entity_id, field, kept_value, lost_value FROM sync_conflict"
            ):
                conflicted.add((entity_id, name, json.loads(kept)))
                conflicted.add((entity_id, name, json.loads(lost)))
        missing = []
        for edit in self.edits:
            if final.get((edit.record, edit.field)) == edit.value:
                continue
            replaced = any(
                later.record == edit.record and later.field == edit.field and later.base == edit.hlc
                for later in self.edits
            )
            if replaced or (edit.record, edit.field, edit.value) in conflicted:
                continue
            missing.append(edit)
        return missing


def _persons(session: Session) -> list[tuple[Any, ...]]:
    columns = ", ".join(EDITABLE)
    return session.opened.conn.execute(f"SELECT id, {columns} FROM person ORDER BY id").fetchall()


def _person_ids(session: Session) -> set[str]:
    return {str(r[0]) for r in session.opened.conn.execute("SELECT id FROM person")}


def snapshot(session: Session) -> dict[str, list[tuple[Any, ...]]]:
    """The synced tables without the columns each desk keeps for itself."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    conn = session.opened.conn
    for table in SYNCED_TABLES:
        cursor = conn.execute(f'SELECT * FROM "{table}" ORDER BY id')
        names = [d[0] for d in cursor.description]
        keep = [i for i, n in enumerate(names) if n not in ("created_at", "updated_at")]
        out[table] = [tuple(row[i] for i in keep) for row in cursor.fetchall()]
    return out
