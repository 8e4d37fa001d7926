"""The sync service without a server: erasure, right of access, conflicts, roles."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from entryhub_desk.domain.consent import Consent, ConsentPurpose
from entryhub_desk.domain.staff import Role
from entryhub_desk.domain.visit import Visit
from entryhub_desk.errors import DeskError
from entryhub_desk.ids import short_code
from entryhub_desk.services.staff import StaffService
from entryhub_desk.services.sync import SyncService
from entryhub_desk.store.outbox import pending
from entryhub_desk.store.repositories import ConsentRepository, PersonRepository, VisitRepository
from tests.conftest import FakeClock
from tests.sync.helpers import add_person, edit_person, make_desk, transfer

NAME = "Zebulon"
FAMILY = "Quixotewright"
PHONE_DIGITS = "701234567"


def _fill(session, clock: FakeClock):
    person = add_person(session, given_name=NAME, family_name=FAMILY, phone="070-123 45 67")
    ctx = session.opened.context
    when = datetime.fromtimestamp(clock(), UTC)
    VisitRepository(ctx).create(
        Visit(person_id=person.id, hub_id=person.hub_id, visited_at=when, note=f"{FAMILY} came")
    )
    ConsentRepository(ctx).add(
        Consent(
            person_id=person.id,
            purpose=ConsentPurpose.KEEP_PROFILE,
            notice_version="1",
            given=True,
            recorded_at=when,
            staff_id=session.staff.id,
        )
    )
    return person


def test_erasure_leaves_no_trace_in_the_database_or_its_wal(tmp_path: Path) -> None:
    clock = FakeClock()
    session = make_desk(tmp_path, "a", clock, plaintext=True)
    person = _fill(session, clock)
    other = add_person(session, given_name="Keeper", family_name="Person")
    service = SyncService(session)
    with pytest.raises(DeskError) as caught:
        service.erase_person(person.id, confirmation="WRONG-CODE")
    assert caught.value.code == "sync.erase_unconfirmed"
    service.erase_person(short_code(person.id), confirmation=short_code(person.id).lower())
    assert PersonRepository(session.opened.context).find(person.id) is None
    assert PersonRepository(session.opened.context).find(other.id) is not None
    # the tombstone waits in the outbox; nothing else of the person does
    mine = [e for e in pending(session.opened.conn) if e.entity_id == person.id]
    assert mine[-1].fields["deleted"]["value"] is True
    data_dir = tmp_path / "a" / "data"
    for path in data_dir.glob("desk.db*"):
        raw = path.read_bytes()
        for secret in (NAME, FAMILY, PHONE_DIGITS):
            assert secret.encode() not in raw, f"{secret} left in {path.name}"
            assert secret.encode("utf-16-le") not in raw
    session.close()


def test_a_pulled_erasure_purges_here_too(tmp_path: Path) -> None:
    clock = FakeClock()
    a = make_desk(tmp_path, "a", clock)
    b = make_desk(tmp_path, "b", FakeClock(), plaintext=True)
    person = _fill(a, clock)
    transfer(a, b)
    assert PersonRepository(b.opened.context).find(person.id) is not None
    SyncService(a).erase_person(person.id, confirmation=short_code(person.id))
    transfer(a, b)
    assert PersonRepository(b.opened.context).find(person.id) is None
    assert b.opened.conn.execute("SELECT count(*) FROM visit").fetchone()[0] == 0
    for path in (tmp_path / "b" / "data").glob("desk.db*"):
        assert FAMILY.encode() not in path.read_bytes()


def test_only_a_coordinator_may_erase(tmp_path: Path) -> None:
    clock = FakeClock()
    session = make_desk(tmp_path, "a", clock)
    StaffService(session).add_staff("Johan Reception", Role.RECEPTIONIST, "Blåbärsskog-Tåg-17")
    person = add_person(session)
    desk = session.desk
    session.close()
    receptionist = desk.unlock("Johan Reception", "Blåbärsskog-Tåg-17")
    with pytest.raises(DeskError) as caught:
        SyncService(receptionist).erase_person(person.id, confirmation=short_code(person.id))
    assert caught.value.code == "auth.role_not_allowed"


def test_export_person_writes_json_and_pdf(tmp_path: Path) -> None:
    clock = FakeClock()
    session = make_desk(tmp_path, "a", clock)
    person = _fill(session, clock)
    target = tmp_path / "out" / "person.json"
    json_path, pdf_path = SyncService(session).export_person(short_code(person.id), target)
    document = json.loads(json_path.read_text(encoding="utf-8"))
    assert document["person"]["family_name"] == FAMILY
    assert document["person"]["phone"] == "+46701234567"
    assert len(document["records"]["visit"]) == 1
    assert len(document["records"]["consent"]) == 1
    assert pdf_path.read_bytes().startswith(b"%PDF")
    assert any(a["action"] == "export" for a in document["audit"]) is False  # written after
    with pytest.raises(DeskError):
        SyncService(session).export_person(person.id, target)  # never overwrites


def test_a_conflict_is_resolved_by_picking_the_other_value(tmp_path: Path) -> None:
    clock_a, clock_b = FakeClock(), FakeClock()
    a = make_desk(tmp_path, "a", clock_a)
    b = make_desk(tmp_path, "b", clock_b)
    person = add_person(a)
    transfer(a, b)
    for side in (a, b):
        side.opened.conn.execute("DELETE FROM outbox")
    edit_person(a, person.id, family_name="From A")
    clock_b.advance(60)
    edit_person(b, person.id, family_name="From B")
    transfer(b, a)
    b.opened.conn.execute("DELETE FROM outbox")  # b's change reached the server (acknowledged)
    service = SyncService(a)
    [conflict] = service.conflicts()
    assert (conflict.kept_value, conflict.lost_value) == ("From B", "From A")
    service.resolve(conflict.id, keep_lost=True)
    assert service.conflicts() == []
    assert PersonRepository(a.opened.context).get(person.id).family_name == "From A"
    # the pick travels as an edit newer than both, and settles b's copy of the conflict too
    transfer(a, b)
    assert PersonRepository(b.opened.context).get(person.id).family_name == "From A"
    assert SyncService(b).conflicts() == []
