"""Version skew: a desk at schema N pulls changes written at schema N+1 by a newer desk.

The newer desk is simulated at the wire level (it pushes a field and an entity this desk's
schema lacks, through the real server); the desk keeps them with their clocks, moves its cursor
on, and applies them once a migration N+1 (registered by the test through the migration
runner's seam) knows them. The server stores and serves such fields untouched.
"""

from __future__ import annotations

import dataclasses
import json
import types
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from entryhub_desk.ids import new_id, short_code
from entryhub_desk.services import Desk, Session
from entryhub_desk.services.sync import SyncService
from entryhub_desk.store import field_clocks, sync_tables
from entryhub_desk.store.connection import DeskConnection
from entryhub_desk.store.migrations import CURRENT_SCHEMA, schema_version
from entryhub_desk.store.repositories import PersonRepository
from entryhub_desk.store.repositories.base import Repository, Row
from entryhub_server.enrol import enrol
from entryhub_wire import wire
from tests.conftest import COORDINATOR, COORDINATOR_PASSWORD
from tests.server.helpers import Desk as WireDesk
from tests.sync.helpers import add_person, edit_person, enrolled
from tests.sync.server import LiveServer

NEWER = CURRENT_SCHEMA + 1
START_MS = 1_790_000_100_000  # 100 s after the desks' fake clocks (1_790_000_000 s)


# -- what schema N+1 adds: a person field and an entity ---------------------------------------


@dataclass(frozen=True)
class MentorNote:
    id: str
    person_id: str
    text: str


class MentorNoteRepository(Repository[MentorNote]):
    table = "mentor_note"

    def _decode(self, row: Row) -> MentorNote:
        return MentorNote(str(row["id"]), str(row["person_id"]), str(row["text"]))


def _clocks(session: Any, table: str, record_id: str) -> dict[str, str]:
    """The stored field clocks of a record (compact text since schema 12)."""
    conn = session.opened.conn
    return field_clocks.read(conn, table, _row(session, table, record_id))


def newer_schema(backfill: dict[str, Any] | None = None) -> types.ModuleType:
    """Migration N+1. ``backfill``: a value the migration itself writes with a clock."""

    def upgrade(conn: DeskConnection) -> None:
        conn.execute("ALTER TABLE person ADD COLUMN pronouns TEXT")
        conn.execute(
            """CREATE TABLE mentor_note (
            id TEXT PRIMARY KEY NOT NULL,
            origin TEXT NOT NULL,
            deleted INTEGER NOT NULL DEFAULT 0,
            field_clocks TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            person_id TEXT NOT NULL REFERENCES person (id),
            text TEXT NOT NULL
        )"""
        )
        if backfill is not None:
            origin, text = conn.execute(
                "SELECT origin, field_clocks FROM person WHERE id = ?", (backfill["person_id"],)
            ).fetchone()
            row = {"origin": origin, "field_clocks": text}
            clocks = {**field_clocks.read(conn, "person", row), "pronouns": backfill["hlc"]}
            conn.execute(
                "UPDATE person SET pronouns = ?, field_clocks = ? WHERE id = ?",
                (
                    backfill["value"],
                    field_clocks.write(conn, "person", str(origin), clocks),
                    backfill["person_id"],
                ),
            )

    module = types.ModuleType(f"m{NEWER:04d}_newer")
    module.VERSION = NEWER  # type: ignore[attr-defined]
    module.upgrade = upgrade  # type: ignore[attr-defined]
    return module


@pytest.fixture
def newer_program(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The newer program's sync registry (the entity's repository), for this test only."""
    monkeypatch.setattr(sync_tables, "_SYNCED", dict(sync_tables._SYNCED))
    yield


# -- a newer desk at the wire level ------------------------------------------------------------


class NewerDesk:
    def __init__(self, server: LiveServer, hub: str = "Umeå") -> None:
        self.desk = WireDesk()
        answer = enrol(server.context, self.desk.enrol_request(server.code(hub)), client="::1")
        self.desk.take(answer)
        self.http = httpx.Client(base_url=server.url)
        self.ms = START_MS

    def hlc(self) -> str:
        self.ms += 1000
        return f"{self.ms:013d}-0000-{self.desk.device_id}"

    def push(self, entity: str, entity_id: str, owner: str, /, **values: Any) -> str:
        hlc = self.hlc()
        change = wire.Change(
            device_id=self.desk.device_id,
            epoch=1,
            seq=self.desk.next_seq,
            entity=entity,
            entity_id=entity_id,
            person_id=owner,
            hlc=hlc,
            fields={name: wire.FieldValue(value, hlc) for name, value in values.items()},
        )
        self.desk.next_seq += 1
        answer = self.desk.push_ok(self.http, [change])
        assert not answer.rejected, answer.rejected
        return hlc


def _kept(session: Session) -> dict[tuple[str, str], dict[str, Any]]:
    rows = session.opened.conn.execute(
        "SELECT entity, entity_id, fields_json FROM sync_unknown"
    ).fetchall()
    return {(str(r[0]), str(r[1])): json.loads(str(r[2])) for r in rows}


def _row(session: Session, table: str, record_id: str) -> dict[str, Any]:
    cursor = session.opened.conn.execute(f'SELECT * FROM "{table}" WHERE id = ?', (record_id,))
    found = cursor.fetchone()
    assert found is not None, f"{table} {record_id} is not here"
    return {str(d[0]): v for d, v in zip(cursor.description, found, strict=True)}


def _upgrade(session: Session, step: types.ModuleType) -> Session:
    """Quit, and start the newer program on the same data folder (migration N+1 runs)."""
    config = dataclasses.replace(session.desk.config, extra_schema_steps=(step,))
    session.close()
    sync_tables.register_synced(MentorNoteRepository, person_column="person_id")
    return Desk(config).unlock(COORDINATOR, COORDINATOR_PASSWORD)


# -- the N / N+1 round -------------------------------------------------------------------------


def test_fields_and_records_of_a_newer_schema_arrive_after_the_migration(
    tmp_path: Path, server: LiveServer, newer_program: None
) -> None:
    a, sa = enrolled(tmp_path, server, "a")
    b, sb = enrolled(tmp_path, server, "b")
    person = add_person(a, family_name="Yusuf")
    sa.sync_now()
    sb.sync_now()

    newer, other_newer = NewerDesk(server), NewerDesk(server)
    note_id = new_id()
    first = newer.push("person", person.id, person.id, family_name="Newer", pronouns="she/her")
    note_hlc = newer.push("mentor_note", note_id, person.id, person_id=person.id, text="Welding")
    later = newer.push("person", person.id, person.id, pronouns="they/them")
    # another newer desk changed it too without seeing that: an older clock, it loses
    other_newer.ms = START_MS + 1500
    older = other_newer.push("person", person.id, person.id, pronouns="he/him")
    assert first < older < later

    sb.sync_now()
    # the known field is applied at once; the unknown ones are kept with their clocks
    assert PersonRepository(b.opened.context).get(person.id).family_name == "Newer"
    kept = _kept(b)
    assert set(kept) == {("person", person.id), ("mentor_note", note_id)}  # no staff records
    assert kept[("person", person.id)] == {"pronouns": {"value": "they/them", "hlc": later}}
    assert b.opened.conn.execute("SELECT count(*) FROM sync_conflict").fetchone()[0] == 0
    assert kept[("mentor_note", note_id)]["text"] == {"value": "Welding", "hlc": note_hlc}
    # a newer local edit of a field the change carried
    edit_person(b, person.id, family_name="Local")
    local = _clocks(b, "person", person.id)["family_name"]
    assert local > later
    sb.sync_now()

    b = _upgrade(b, newer_schema())
    assert schema_version(b.opened.conn) == NEWER
    row = _row(b, "person", person.id)
    clocks = _clocks(b, "person", person.id)
    assert (row["pronouns"], clocks["pronouns"]) == ("they/them", later)
    assert (row["family_name"], clocks["family_name"]) == ("Local", local)  # the newer edit
    note = _row(b, "mentor_note", note_id)
    assert (note["person_id"], note["text"]) == (person.id, "Welding")
    assert _clocks(b, "mentor_note", note_id) == {"person_id": note_hlc, "text": note_hlc}
    assert note["origin"] == newer.desk.device_id
    assert _kept(b) == {}
    # "he/him" lost to a later value of another desk: a conflict to review, as on arrival
    conflicts = b.opened.conn.execute(
        "SELECT entity_id, field, kept_value, kept_hlc, lost_value, lost_hlc FROM sync_conflict"
    ).fetchall()
    assert [tuple(c) for c in conflicts] == [
        (person.id, "pronouns", '"they/them"', later, '"he/him"', older)
    ]
    # the desk goes on syncing at N+1
    SyncService(b).sync_now()
    assert _kept(b) == {}


def test_a_value_the_desk_holds_with_a_later_clock_keeps_it(
    tmp_path: Path, server: LiveServer, newer_program: None
) -> None:
    """Kept fields go through the normal merge: a value held with a later clock wins."""
    b, sb = enrolled(tmp_path, server, "b")
    person = add_person(b)
    sb.sync_now()
    newer = NewerDesk(server)
    pulled = newer.push("person", person.id, person.id, pronouns="she/her")
    sb.sync_now()
    assert set(_kept(b)) == {("person", person.id)}
    mine = f"{int(pulled[:13]) + 5:013d}-0000-{b.identity.device_id}"
    assert mine > pulled
    # the newer program writes the field itself (here: its migration) with a later clock
    backfill = {"person_id": person.id, "value": "they/them", "hlc": mine}
    b = _upgrade(b, newer_schema(backfill))
    row = _row(b, "person", person.id)
    assert row["pronouns"] == "they/them"
    assert _clocks(b, "person", person.id)["pronouns"] == mine
    assert _kept(b) == {}


def test_kept_fields_go_with_an_erased_person(
    tmp_path: Path, server: LiveServer, newer_program: None
) -> None:
    a, sa = enrolled(tmp_path, server, "a")
    b, sb = enrolled(tmp_path, server, "b")
    person = add_person(a, family_name="Quixotewright")
    sa.sync_now()
    sb.sync_now()
    newer = NewerDesk(server)
    newer.push("person", person.id, person.id, pronouns="Quixotewright's own")
    newer.push("mentor_note", new_id(), person.id, person_id=person.id, text="Quixotewright")
    sb.sync_now()
    assert len(_kept(b)) == 2
    sa.erase_person(person.id, confirmation=short_code(person.id))
    sa.sync_now()
    sb.sync_now()
    assert _kept(b) == {}
    b = _upgrade(b, newer_schema())
    assert b.opened.conn.execute("SELECT count(*) FROM mentor_note").fetchone()[0] == 0


# -- the server keeps what it does not know ------------------------------------------------------


def test_the_server_stores_and_serves_unknown_fields_untouched(
    tmp_path: Path, server: LiveServer
) -> None:
    a, sa = enrolled(tmp_path, server, "a")
    person = add_person(a)
    sa.sync_now()
    newer, reader = NewerDesk(server), NewerDesk(server)
    odd: dict[str, Any] = {"nested": {"list": [1, 2.5, None, "å"]}, "flag": False}
    hlc = newer.push("person", person.id, person.id, pronouns="she/her", future_shape=odd)
    note_id = new_id()
    newer.push("mentor_note", note_id, person.id, person_id=person.id, text="Welding")
    events, _ = reader.desk.pull_all(reader.http)
    changes = [e.change for e in events if isinstance(e, wire.PulledChange)]
    mine = [c for c in changes if c.device_id == newer.desk.device_id]
    assert [c.entity for c in mine] == ["person", "mentor_note"]
    assert mine[0].fields == {
        "pronouns": wire.FieldValue("she/her", hlc),
        "future_shape": wire.FieldValue(odd, hlc),
    }
    assert mine[1].person_id == person.id and mine[1].fields["text"].value == "Welding"
    # and from the merged state: a hub the person comes into the scope of gets its state
    elsewhere = NewerDesk(server, hub="Luleå")
    newer.push(
        "consent",
        new_id(),
        person.id,
        person_id=person.id,
        purpose="share_across_hubs",
        given=True,
    )
    events, _ = elsewhere.desk.pull_all(elsewhere.http)
    state = [
        e.change
        for e in events
        if isinstance(e, wire.PulledChange) and e.change.entity_id == person.id
    ]
    made_up = [c for c in state if c.epoch == 0]  # the current state, made up by the server
    assert len(made_up) == 1
    assert made_up[0].fields["pronouns"] == wire.FieldValue("she/her", hlc)
    assert made_up[0].fields["future_shape"] == wire.FieldValue(odd, hlc)
    notes = [e.change for e in events if isinstance(e, wire.PulledChange)]
    assert any(c.entity_id == note_id and c.fields["text"].value == "Welding" for c in notes)


def test_the_servers_person_owned_entities_are_the_desks() -> None:
    """The server refuses a change of these without person_id (``person_missing``)."""
    owned = {e for e in sync_tables.synced_entities() if sync_tables.synced(e).person_column}
    assert owned == wire.PERSON_OWNED_ENTITIES


def test_a_new_desk_keeps_a_newer_desks_fields_from_its_first_sync(
    tmp_path: Path, server: LiveServer
) -> None:
    """The first sync (the server's snapshot of the current state, then the log) keeps them."""
    a, sa = enrolled(tmp_path, server, "a")
    person = add_person(a)
    sa.sync_now()
    newer = NewerDesk(server)
    hlc = newer.push("person", person.id, person.id, pronouns="she/her")
    note_id = new_id()
    newer.push("mentor_note", note_id, person.id, person_id=person.id, text="Welding")
    c, sc = enrolled(tmp_path, server, "c")
    sc.sync_now()
    assert PersonRepository(c.opened.context).get(person.id).given_name == "Amina"
    kept = _kept(c)
    assert kept[("person", person.id)] == {"pronouns": {"value": "she/her", "hlc": hlc}}
    assert kept[("mentor_note", note_id)]["text"]["value"] == "Welding"
