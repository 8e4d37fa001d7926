"""Employers, openings and introductions between two hubs through a real server (issue 15).

Umeå has two desks (``a``, ``a2``), Luleå one (``b``); each a real encrypted store, syncing with
a live server over HTTP. Employers, their contacts and log, and openings are the network's:
every hub holds one copy and may change it. Introductions are a person's: they travel with the
person's scope (its hub, and other hubs while the sharing consent holds) and go with an erasure.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from entryhub_desk.domain.consent import Consent, ConsentPurpose
from entryhub_desk.domain.employers import CardKind, IntroductionState, OpeningState
from entryhub_desk.ids import short_code
from entryhub_desk.services import Session
from entryhub_desk.services.changes import Changes
from entryhub_desk.services.employers import EmployersService
from entryhub_desk.services.introductions import IntroductionsService
from entryhub_desk.services.openings import OpeningsService
from entryhub_desk.services.sync import SyncService
from entryhub_desk.store.repositories import ConsentRepository
from entryhub_desk.store.repositories.employers import EmployerContactRepository
from entryhub_desk.store.repositories.introductions import (
    IntroductionRepository,
    IntroductionStepRepository,
)
from entryhub_desk.store.repositories.openings import OpeningRepository
from tests.conftest import FakeClock
from tests.server.helpers import opened_values
from tests.sync.helpers import add_person, enrolled, make_desk
from tests.sync.server import LiveServer

CONTACT = "Xavera Contactsdottir"
PHONE = "070-999 12 34"
LATER_PHONE = "070-111 22 33"
ROLE = "Rekryteringschef Qwz"


class Hubs:
    def __init__(self, tmp_path: Path, server: LiveServer) -> None:
        self.clock = FakeClock()
        self.a, self.sa = enrolled(tmp_path, server, "a", self.clock, hub="Umeå")
        self.a2, self.sa2 = enrolled(tmp_path, server, "a2", self.clock, hub="Umeå")
        self.b, self.sb = enrolled(tmp_path, server, "b", self.clock, hub="Luleå")
        self.sessions = [self.a, self.a2, self.b]
        self.services = [self.sa, self.sa2, self.sb]

    def sync_all(self) -> None:
        for _ in range(2):  # twice: what one desk pushed after another pulled arrives
            for service in self.services:
                self.clock.advance(1)
                service.sync_now()

    def close(self) -> None:
        for session in self.sessions:
            session.close()


@pytest.fixture
def hubs(tmp_path: Path, server: LiveServer) -> object:
    world = Hubs(tmp_path, server)
    yield world
    world.close()


def _holds(session: Session, text: str) -> list[str]:
    """Tables whose rows still hold ``text`` (read through the key)."""
    conn = session.opened.conn
    found = []
    for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
        for row in conn.execute(f'SELECT * FROM "{table}"'):
            if any(isinstance(v, str) and text in v for v in row):
                found.append(str(table))
                break
    return found


def _share(session: Session, person_id: str) -> Consent:
    return ConsentRepository(session.opened.context).add(
        Consent(
            person_id=person_id,
            purpose=ConsentPurpose.SHARE_ACROSS_HUBS,
            notice_version="1",
            given=True,
            recorded_at=datetime.fromtimestamp(session.desk.config.clock(), UTC),
            staff_id=session.staff.id,
        )
    )


def test_employers_and_openings_reach_every_hub_and_any_hub_may_change_them(
    hubs: Hubs, server: LiveServer
) -> None:
    employers = EmployersService(hubs.a)
    employer = employers.add("Svetsverket AB", org_number="556036-0793", municipality="Umeå")
    contact = employers.add_contact(employer.id, CONTACT, role=ROLE, phone=PHONE)
    employers.log(employer.id, "Ringde om praktikplatser")
    opening = OpeningsService(hubs.a).add(employer_id=employer.id, title="Svetsare", places=2)
    heard: list[Changes] = []
    hubs.b.listen(heard.append)
    hubs.sync_all()
    # the screens hear of the pulled employers and openings (they name no person)
    assert any(c.employers for c in heard) and any(c.openings for c in heard)

    umea = server.hub("Umeå")
    for session in (hubs.a2, hubs.b):
        there = EmployersService(session)
        assert [e.name for e in there.list()] == ["Svetsverket AB"]
        assert there.get(employer.id).added_by_hub == umea
        assert [c.phone for c in there.contacts(employer.id)] == [contact.phone]
        assert [entry.text for entry in there.history(employer.id)] == ["Ringde om praktikplatser"]
        got = OpeningsService(session).get(opening.id)
        assert (got.title, got.places, got.added_by_hub) == ("Svetsare", 2, umea)

    # Luleå fills Umeå's opening and adds one of its own to the same employer
    OpeningsService(hubs.b).set_state(opening.id, OpeningState.FILLED)
    theirs = OpeningsService(hubs.b).add(employer_id=employer.id, title="Lagerarbetare")
    hubs.sync_all()
    for session in hubs.sessions:
        openings = {o.id: o for o in OpeningsService(session).list()}
        assert openings[opening.id].state == OpeningState.FILLED
        assert openings[theirs.id].added_by_hub == server.hub("Luleå")
        assert SyncService(session).conflicts() == []


def test_two_hubs_editing_one_opening_at_once_converge(hubs: Hubs) -> None:
    employer = EmployersService(hubs.a).add("Vårdhemmet")
    opening = OpeningsService(hubs.a).add(employer_id=employer.id, title="Undersköterska")
    hubs.sync_all()
    # neither has seen the other's edit; Luleå's state is the later one
    here, there = OpeningsService(hubs.a), OpeningsService(hubs.b)
    here.save(_with(here.get(opening.id), title="Undersköterska natt", places=3))
    hubs.clock.advance(5)
    there.set_state(opening.id, OpeningState.CLOSED)
    there.save(_with(there.get(opening.id), places=4))
    hubs.sync_all()
    seen = {
        (o.title, o.places, o.state)
        for session in hubs.sessions
        for o in [OpeningsService(session).get(opening.id)]
    }
    assert seen == {("Undersköterska natt", 4, OpeningState.CLOSED)}
    # the one field both changed: the older value is kept aside as a conflict, not lost
    lost = {
        (c.field, c.kept_value, c.lost_value)
        for session in hubs.sessions
        for c in SyncService(session).conflicts()
        if c.entity_id == opening.id
    }
    assert lost == {("places", 4, 3)}


def _with(opening: object, **fields: object) -> object:
    import dataclasses

    return dataclasses.replace(opening, **fields)  # type: ignore[type-var]


def test_introductions_follow_the_persons_scope_and_go_with_its_erasure(
    hubs: Hubs, server: LiveServer
) -> None:
    employer = EmployersService(hubs.a).add("Svetsverket AB")
    opening = OpeningsService(hubs.a).add(employer_id=employer.id, title="Svetsare")
    person = add_person(hubs.a, family_name="Introducedsson")
    intro = IntroductionsService(hubs.a).introduce(person.id, opening.id, card=CardKind.ANONYMOUS)
    IntroductionsService(hubs.a).set_state(intro.id, IntroductionState.INTERVIEW)
    heard: list[Changes] = []
    hubs.a2.listen(heard.append)
    hubs.sync_all()
    assert any(person.id in c.introductions for c in heard)
    assert [i.id for i in IntroductionsService(hubs.a2).for_opening(opening.id)] == [intro.id]
    assert len(IntroductionsService(hubs.a2).steps(intro.id)) == 2
    assert IntroductionRepository(hubs.b.opened.context).find(intro.id) is None  # not shared

    consent = _share(hubs.a, person.id)
    hubs.sync_all()
    assert IntroductionsService(hubs.b).get(intro.id).state == IntroductionState.INTERVIEW
    IntroductionsService(hubs.b).set_state(intro.id, IntroductionState.HIRED)
    hubs.sync_all()
    assert IntroductionsService(hubs.a).get(intro.id).state == IntroductionState.HIRED
    assert len(IntroductionsService(hubs.a2).steps(intro.id)) == 3

    ConsentRepository(hubs.a.opened.context).withdraw(consent.id, staff_id=hubs.a.staff.id)
    hubs.sync_all()
    assert IntroductionRepository(hubs.b.opened.context).find(intro.id) is None
    assert IntroductionStepRepository(hubs.b.opened.context).for_introduction(intro.id) == []
    assert OpeningRepository(hubs.b.opened.context).find(opening.id) is not None  # network's

    hubs.sa.erase_person(person.id, confirmation=short_code(person.id))
    hubs.sync_all()
    for session in (hubs.a, hubs.a2):
        assert IntroductionRepository(session.opened.context).find(intro.id) is None
        assert _holds(session, intro.id) == []
    assert not any(intro.id in value for value in opened_values(server.context))


def test_an_erased_contact_is_erased_everywhere_even_after_a_later_edit(
    tmp_path: Path, hubs: Hubs, server: LiveServer
) -> None:
    # a Luleå desk that synced before and pulls the log only after the erasure
    behind, behind_sync = enrolled(tmp_path, server, "behind", hubs.clock, hub="Luleå")
    behind_sync.sync_now()
    employers = EmployersService(hubs.a)
    employer = employers.add("Svetsverket AB")
    contact = employers.add_contact(employer.id, CONTACT, role=ROLE, phone=PHONE)
    hubs.sync_all()
    # Umeå erases the contact; Luleå, not having heard, changes the phone a little later
    employers.erase_contact(contact.id)
    hubs.clock.advance(5)
    theirs = EmployerContactRepository(hubs.b.opened.context)
    theirs.update(_with(theirs.get(contact.id), phone=LATER_PHONE))  # type: ignore[arg-type]
    hubs.sync_all()

    for session in hubs.sessions:
        held = EmployerContactRepository(session.opened.context).get(contact.id)
        assert (held.erased, held.name, held.phone) == (True, "", ""), session.identity.device_id
        for secret in (CONTACT, PHONE, LATER_PHONE, ROLE):
            assert _holds(session, secret) == [], (session.identity.hub_id, secret)
    stored = " ".join(opened_values(server.context))
    assert CONTACT not in stored and PHONE not in stored and LATER_PHONE not in stored

    # the desk behind gets the history without the personal values, then the erasure
    try:
        assert behind_sync.sync_now().rejected == 0
        held = EmployerContactRepository(behind.opened.context).get(contact.id)
        assert (held.erased, held.name, held.role, held.employer_id) == (True, "", "", employer.id)
        assert _holds(behind, CONTACT) == [] and _holds(behind, ROLE) == []
        assert behind.opened.conn.execute("SELECT count(*) FROM sync_parked").fetchone()[0] == 0
    finally:
        behind.close()

    # a desk enrolled later at Luleå gets the contact once, erased, with its employer
    late = make_desk(tmp_path, "late", hubs.clock)
    try:
        SyncService(late).enrol(server.url, server.code("Luleå"))
        SyncService(late).sync_now()
        held = EmployerContactRepository(late.opened.context).get(contact.id)
        assert (held.erased, held.name, held.employer_id) == (True, "", employer.id)
        assert _holds(late, CONTACT) == []
    finally:
        late.close()


def test_an_employer_added_before_enrolment_is_accepted_as_the_desks_hub(
    tmp_path: Path, server: LiveServer
) -> None:
    clock = FakeClock()
    early = make_desk(tmp_path, "early", clock)
    other, so = enrolled(tmp_path, server, "other", clock, hub="Luleå")
    try:
        employer = EmployersService(early).add("Tidiga AB")  # under the provisional hub id
        opening = OpeningsService(early).add(employer_id=employer.id, title="Kock")
        service = SyncService(early)
        service.enrol(server.url, server.code("Umeå"))
        result = service.sync_now()
        assert result.rejected == 0
        so.sync_now()
        assert OpeningsService(other).get(opening.id).added_by_hub == server.hub("Umeå")
    finally:
        early.close()
        other.close()
