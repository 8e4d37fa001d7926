"""An erased employer contact: the erasure wins over its personal fields whatever their clocks,
and no sync table keeps an earlier value (outbox, refused changes, conflicts, parked)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from entryhub_desk.services import Session
from entryhub_desk.services.employers import EmployersService
from entryhub_desk.store.repositories.employers import EmployerContactRepository
from entryhub_desk.store.sync_apply import RemoteChange, apply_remote
from entryhub_desk.store.sync_erasable import erasure_rule
from tests.conftest import FakeClock
from tests.sync.helpers import make_desk, outbox_as_remote, transfer

CONTACT = "Xavera Contactsdottir"
PHONE = "070-999 12 34"
LATER = "070-111 22 33"
ROLE = "Rekryteringschef Qwz"


@pytest.fixture
def desks(tmp_path: Path):
    clock = FakeClock(1_790_000_000.0)
    a, b = make_desk(tmp_path, "a", clock), make_desk(tmp_path, "b", clock)
    yield a, b, clock
    a.close()
    b.close()


def _holds(session: Session, text: str) -> list[str]:
    conn = session.opened.conn
    found = []
    for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
        for row in conn.execute(f'SELECT * FROM "{table}"'):
            if any(isinstance(v, str) and text in v for v in row):
                found.append(str(table))
                break
    return found


def test_a_local_erasure_blanks_the_changes_still_waiting_to_be_sent(desks) -> None:
    a, _b, _clock = desks
    employers = EmployersService(a)
    employer = employers.add("Svetsverket AB")
    contact = employers.add_contact(employer.id, CONTACT, phone=PHONE)
    assert sorted(_holds(a, CONTACT)) == ["employer_contact", "outbox"]
    employers.erase_contact(contact.id)
    assert _holds(a, CONTACT) == [] and _holds(a, PHONE) == []
    waiting = [e for e in outbox_as_remote(a) if e.entity_id == contact.id]
    assert len(waiting) == 2  # the numbering has no gaps; the creation is emptied
    assert waiting[0].fields["employer_id"]["value"] == employer.id


def test_a_pulled_erasure_beats_a_later_local_value_and_keeps_no_conflict(desks) -> None:
    a, b, clock = desks
    employers = EmployersService(a)
    employer = employers.add("Svetsverket AB")
    contact = employers.add_contact(employer.id, CONTACT, role=ROLE, phone=PHONE)
    transfer(a, b)
    a.opened.conn.execute("DELETE FROM outbox")
    employers.erase_contact(contact.id)
    clock.advance(5)
    theirs = EmployerContactRepository(b.opened.context)
    theirs.update(dataclasses.replace(theirs.get(contact.id), phone=LATER))
    # the server refused b's edit earlier; b keeps it aside (as a sync round does)
    b.opened.conn.execute(
        "INSERT INTO sync_rejected (epoch, seq, entity, entity_id, person_id, fields_json, "
        "reason, rejected_at) SELECT epoch, seq, entity, entity_id, NULL, fields_json, 'erased', "
        "'2026-01-01' FROM outbox WHERE entity_id = ?",
        (contact.id,),
    )
    transfer(a, b)
    held = theirs.get(contact.id)
    assert (held.erased, held.name, held.role, held.phone) == (True, "", "", "")
    for secret in (CONTACT, PHONE, LATER, ROLE):
        assert _holds(b, secret) == [], secret
    # a value for the erased contact's personal fields is not taken afterwards
    clock.advance(5)
    late_hlc = f"{int(clock() * 1000):013d}-0000-{a.identity.device_id}"
    apply_remote(
        b.opened.context,
        [
            RemoteChange(
                "employer_contact",
                contact.id,
                {"phone": {"value": PHONE, "hlc": late_hlc}},
                origin=a.identity.device_id,
            )
        ],
        cursor=None,
    )
    assert theirs.get(contact.id).phone == ""


def test_the_erasure_rule_reads_only_erasable_records() -> None:
    fields = {"erased": {"value": True, "hlc": "x"}, "name": {"value": "", "hlc": "x"}}
    assert erasure_rule("employer", fields, {}) == (frozenset(), frozenset())
    assert erasure_rule("employer_contact", fields, {}) == (
        frozenset({"erased", "name"}),
        frozenset(),
    )
    refill = {"phone": {"value": PHONE, "hlc": "y"}, "employer_id": {"value": "e", "hlc": "y"}}
    assert erasure_rule("employer_contact", refill, {"erased": 1}) == (
        frozenset(),
        frozenset({"phone"}),
    )
    assert erasure_rule("employer_contact", refill, {"erased": 0}) == (frozenset(), frozenset())
