"""Employers, openings and introductions services on a real store: roles, changes heard,
the consent a named card needs, steps, merge, erasure and export, and the apply path."""

from __future__ import annotations

import dataclasses
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest

from entryhub_desk.config import DeskConfig
from entryhub_desk.domain.consent import NOTICE_VERSIONS, ConsentPurpose
from entryhub_desk.domain.employers import (
    CardKind,
    IntroductionState,
    OpeningKind,
    OpeningState,
)
from entryhub_desk.domain.staff import Role
from entryhub_desk.errors import DeskError
from entryhub_desk.ids import short_code
from entryhub_desk.services import Desk, Session
from entryhub_desk.services.changes import Changes
from entryhub_desk.services.consents import ConsentsService
from entryhub_desk.services.employers import EmployersService
from entryhub_desk.services.introductions import IntroductionsService
from entryhub_desk.services.openings import OpeningsService
from entryhub_desk.services.person_export import collect, write_pdf
from entryhub_desk.services.reception_types import ConsentChoice
from entryhub_desk.services.staff import StaffService
from entryhub_desk.services.sync import SyncService
from entryhub_desk.services.visitors import VisitorsService
from entryhub_desk.store.identity import iso_utc
from tests.conftest import FakeClock
from tests.services.helpers import coordinator_session, set_up_desk
from tests.sync.helpers import make_desk, transfer

PASSWORD = "Tegelbruk-Sommar-77"
WELDER = "7aedaa07-3884-4c5b-88f9-80997b2aa54b"
ARC = "27d26fd6-5795-4f0a-884e-112df7c68314"
UNKNOWN = "00000000-0000-4000-8000-000000000000"


@pytest.fixture
def desk(desk_config: DeskConfig) -> Desk:
    return set_up_desk(desk_config)[0]


@pytest.fixture
def boss(desk: Desk) -> Session:
    return coordinator_session(desk)


def _member(desk: Desk, boss: Session, role: Role) -> Session:
    name = f"Member {role.value}"
    StaffService(boss).add_staff(name, role, PASSWORD)
    return desk.unlock(name, PASSWORD)


def _person(session: Session, given: str = "Maxamed") -> str:
    visitors = VisitorsService(session)
    person = visitors.new_person(given_name=given, family_name="Cali")
    return visitors.register(person, new_person_confirmed=True).id


def _heard(session: Session) -> list[Changes]:
    heard: list[Changes] = []
    session.listen(heard.append)
    return heard


def test_employers_add_resolve_update_and_changes_heard(boss: Session) -> None:
    heard = _heard(boss)
    employers = EmployersService(boss)
    steel = employers.add("Umeå Stål AB", org_number="5560360793", sector="industry")
    cafe = employers.add("Ålidhems Café", municipality="Umeå")
    assert steel.org_number == "556036-0793" and steel.added_by_hub == boss.identity.hub_id
    assert steel.added_by == boss.staff.id
    assert heard and all(c.employers for c in heard)
    assert [e.name for e in employers.list()] == ["Umeå Stål AB", "Ålidhems Café"]
    assert employers.resolve(cafe.id) == cafe
    assert employers.resolve("ÅLIDHEMS CAFÉ") == cafe
    assert employers.resolve("556036-0793") == steel
    assert employers.find("indus") == [steel]
    with pytest.raises(DeskError) as error:
        employers.add("Stålet igen", org_number="556036-0793")
    assert error.value.code == "employer.exists"
    employers.add("Ålidhems café")
    with pytest.raises(DeskError) as error:
        employers.resolve("ålidhems café")
    assert error.value.code == "employer.ambiguous"
    with pytest.raises(DeskError) as error:
        employers.resolve("Nobody AB")
    assert error.value.code == "store.not_found"
    moved = employers.update(dataclasses.replace(cafe, notes="Öppet 7–16", added_by=None))
    assert moved.notes == "Öppet 7–16" and moved.added_by == boss.staff.id  # who added stays
    assert employers.get(cafe.id) == moved


def test_contacts_log_erasure_and_export(boss: Session) -> None:
    employers = EmployersService(boss)
    employer = employers.add("Byggbolaget i Norr")
    contact = employers.add_contact(
        employer.id, "Kerstin Berg", role="HR", phone="090-12 34 56", email="k@example.se"
    )
    assert employers.contacts(employer.id) == [contact]
    held = employers.export_contact(contact.id)
    assert held["name"] == "Kerstin Berg" and held["email"] == "k@example.se"
    assert held["employer"] == {"id": employer.id, "name": "Byggbolaget i Norr"}
    entry = employers.log(employer.id, "Ringde om praktikplatser")
    assert employers.history(employer.id) == [entry] and entry.staff_id == boss.staff.id
    erased = employers.erase_contact(contact.id)
    assert erased.erased and erased.name == ""
    assert employers.export_contact(contact.id)["name"] == ""
    with pytest.raises(DeskError):  # an erased contact stays erased
        employers.update_contact(dataclasses.replace(erased, name="Kerstin", erased=False))


def test_openings_add_save_state_resolve_and_taxonomy(boss: Session) -> None:
    employer = EmployersService(boss).add("Umeå Stål AB")
    openings = OpeningsService(boss)
    heard = _heard(boss)
    opening = openings.add(
        employer_id=employer.id,
        title="Svetsare",
        occupation=WELDER,
        must_skills=(ARC,),
        languages=("sv:B1",),
        kind=OpeningKind.JOB,
        starts="2027-03",
        source="jobsearch:42",
    )
    assert heard and heard[-1].openings
    assert opening.added_by_hub == boss.identity.hub_id and opening.added_by == boss.staff.id
    assert openings.get(opening.id) == opening
    assert openings.resolve(short_code(opening.id).lower()) == opening
    assert openings.resolve(opening.id) == opening
    assert openings.by_source("jobsearch:42") == opening
    closed = openings.set_state(opening.id, OpeningState.FILLED)
    assert openings.list(state=OpeningState.OPEN) == []
    assert openings.list(state=OpeningState.FILLED) == [closed]
    assert openings.list(employer_id=employer.id) == [closed]
    saved = openings.save(dataclasses.replace(closed, title="Svetsare TIG", added_by=None))
    assert saved.title == "Svetsare TIG" and saved.added_by == boss.staff.id
    for fields, code in (
        ({"occupation": UNKNOWN}, "validation.unknown_occupation"),
        ({"must_skills": (UNKNOWN,)}, "validation.unknown_skill"),
        ({"nice_skills": (UNKNOWN,)}, "validation.unknown_skill"),
        ({"added_by": boss.staff.id}, "validation.invalid"),
        ({"colour": "blue"}, "validation.invalid"),
    ):
        with pytest.raises(DeskError) as error:
            openings.add(employer_id=employer.id, title="X", **fields)
        assert error.value.code == code
    with pytest.raises(DeskError) as error:
        openings.add(employer_id=UNKNOWN, title="Nobody's")
    assert error.value.code == "store.not_found"
    with pytest.raises(DeskError) as error:
        openings.resolve("ZZZZ-ZZZZ")
    assert error.value.code == "store.not_found"


def test_roles(desk: Desk, boss: Session) -> None:
    employer = EmployersService(boss).add("Umeå Stål AB")
    opening = OpeningsService(boss).add(employer_id=employer.id, title="Svetsare")
    person = _person(boss)
    receptionist = _member(desk, boss, Role.RECEPTIONIST)
    assert [e.id for e in EmployersService(receptionist).list()] == [employer.id]
    assert OpeningsService(receptionist).list() == [opening]
    for write in (
        lambda: EmployersService(receptionist).add("Mitt AB"),
        lambda: OpeningsService(receptionist).add(employer_id=employer.id, title="X"),
        lambda: IntroductionsService(receptionist).introduce(
            person, opening.id, card=CardKind.ANONYMOUS
        ),
    ):
        with pytest.raises(DeskError) as error:
            write()
        assert error.value.code == "auth.role_not_allowed"
    volunteer = _member(desk, boss, Role.VOLUNTEER)
    with pytest.raises(DeskError):
        EmployersService(volunteer).add("Mitt AB")
    introduced = IntroductionsService(volunteer).introduce(
        person, opening.id, card=CardKind.ANONYMOUS
    )
    assert introduced.introduced_by == volunteer.staff.id


def test_a_named_card_needs_consent_and_every_state_is_a_step(
    boss: Session, clock: FakeClock
) -> None:
    employer = EmployersService(boss).add("Umeå Stål AB")
    opening = OpeningsService(boss).add(employer_id=employer.id, title="Svetsare")
    person = _person(boss)
    introductions = IntroductionsService(boss)
    with pytest.raises(DeskError) as error:
        introductions.introduce(person, opening.id, card=CardKind.NAMED)
    assert error.value.code == "introduction.needs_consent"
    consents = ConsentsService(boss)
    given = consents.record_consent(person, ConsentPurpose.SHARE_WITH_EMPLOYERS, given=True)
    heard = _heard(boss)
    introduction = introductions.introduce(person, opening.id, card=CardKind.NAMED)
    assert heard[-1].introductions == {person} and heard[-1].about(person)
    assert introduction.state is IntroductionState.SENT and introduction.card is CardKind.NAMED
    with pytest.raises(DeskError) as error:  # one going introduction per opening
        introductions.introduce(person, opening.id, card=CardKind.ANONYMOUS)
    assert error.value.code == "introduction.exists"

    clock.advance(3600)
    moved = introductions.set_state(introduction.id, IntroductionState.INTERVIEW)
    assert introductions.set_state(introduction.id, IntroductionState.INTERVIEW) == moved
    hired_at = datetime(2027, 1, 15, 8, 0, tzinfo=UTC)
    hired = introductions.set_state(introduction.id, IntroductionState.HIRED, at=hired_at)
    assert hired.state_at == hired_at and introductions.get(introduction.id) == hired
    assert [s.state for s in introductions.steps(introduction.id)] == [
        IntroductionState.SENT,
        IntroductionState.INTERVIEW,
        IntroductionState.HIRED,
    ]
    with pytest.raises(DeskError):
        introductions.set_state(introduction.id, IntroductionState.SENT)
    assert introductions.for_person(person) == [hired]
    assert introductions.for_opening(opening.id) == [hired]

    consents.withdraw_consent(given.id)  # checked at the moment of introducing
    with pytest.raises(DeskError) as error:
        introductions.introduce(person, opening.id, card=CardKind.NAMED)
    assert error.value.code == "introduction.needs_consent"
    again = introductions.introduce(person, opening.id, card=CardKind.ANONYMOUS)
    assert again.card is CardKind.ANONYMOUS  # the earlier one is over (hired)
    OpeningsService(boss).set_state(opening.id, OpeningState.CLOSED)
    with pytest.raises(DeskError) as error:
        introductions.introduce(_person(boss, "Samir"), opening.id, card=CardKind.ANONYMOUS)
    assert error.value.code == "opening.not_open"


def test_merge_moves_introductions_and_export_names_opening_and_employer(
    boss: Session, tmp_path: Path
) -> None:
    employer = EmployersService(boss).add("Umeå Stål AB")
    opening = OpeningsService(boss).add(employer_id=employer.id, title="Svetsare")
    keep, other = _person(boss), _person(boss, "Mohamed")
    introductions = IntroductionsService(boss)
    introduction = introductions.introduce(other, opening.id, card=CardKind.ANONYMOUS)
    introductions.set_state(introduction.id, IntroductionState.TRIAL)
    VisitorsService(boss).merge(keep, other)
    assert [i.id for i in introductions.for_person(keep)] == [introduction.id]
    assert {s.person_id for s in introductions.steps(introduction.id)} == {keep}

    document = collect(boss.opened.conn, keep, exported_at=iso_utc(boss.clock()))
    (exported,) = document["introductions"]
    assert exported["opening_title"] == "Svetsare"
    assert exported["employer_name"] == "Umeå Stål AB"
    assert [s["state"] for s in exported["steps"]] == ["sent", "trial"]
    assert {r["id"] for r in document["records"]["introduction"]} == {introduction.id}
    pdf = tmp_path / "person.pdf"
    write_pdf(document, pdf)
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Introductions to openings" in text
    assert "Svetsare" in text and "Umeå Stål AB" in text and "trial" in text


def test_erasure_removes_introductions_and_keeps_the_opening(boss: Session) -> None:
    employer = EmployersService(boss).add("Umeå Stål AB")
    opening = OpeningsService(boss).add(employer_id=employer.id, title="Svetsare")
    person = _person(boss)
    introduction = IntroductionsService(boss).introduce(person, opening.id, card=CardKind.ANONYMOUS)
    SyncService(boss).erase_person(person, confirmation=short_code(person))
    conn = boss.opened.conn
    for table in ("introduction", "introduction_step"):
        count = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        assert count == 0
    with pytest.raises(DeskError):
        IntroductionsService(boss).get(introduction.id)
    assert OpeningsService(boss).get(opening.id) == opening


def test_records_reach_another_desk_through_the_apply_path(tmp_path: Path) -> None:
    a = make_desk(tmp_path, "a", FakeClock(1_790_000_000.0))
    b = make_desk(tmp_path, "b", FakeClock(1_790_000_000.0))
    try:
        employer = EmployersService(a).add("Umeå Stål AB", org_number="556036-0793")
        contact = EmployersService(a).add_contact(employer.id, "Kerstin Berg")
        entry = EmployersService(a).log(employer.id, "Besök")
        opening = OpeningsService(a).add(
            employer_id=employer.id, title="Svetsare", starts="2027-03", must_skills=(ARC,)
        )
        person = _person(a)
        introduction = IntroductionsService(a).introduce(
            person, opening.id, card=CardKind.ANONYMOUS
        )
        transfer(a, b)
        assert EmployersService(b).get(employer.id) == employer
        assert EmployersService(b).contacts(employer.id) == [contact]
        assert EmployersService(b).history(employer.id) == [entry]
        assert OpeningsService(b).get(opening.id) == opening
        assert IntroductionsService(b).for_person(person) == [introduction]
        assert len(IntroductionsService(b).steps(introduction.id)) == 1
        unknown = b.opened.conn.execute("SELECT count(*) FROM sync_unknown").fetchone()[0]
        assert unknown == 0
    finally:
        a.close()
        b.close()


def test_consents_are_recorded_under_their_purposes_notice_version(boss: Session) -> None:
    person = _person(boss)
    consents = ConsentsService(boss)
    match = consents.record_consent(person, ConsentPurpose.MATCH_OPENINGS, given=True)
    keep = consents.record_consent(person, ConsentPurpose.KEEP_PROFILE, given=True)
    named = consents.record_consent(
        person, ConsentPurpose.SHARE_WITH_EMPLOYERS, given=True, notice_version="2024-9"
    )
    assert match.notice_version == NOTICE_VERSIONS[ConsentPurpose.MATCH_OPENINGS] == "2026-1"
    assert keep.notice_version == "2025-1" and named.notice_version == "2024-9"
    visitors = VisitorsService(boss)
    registered = visitors.register(
        visitors.new_person(given_name="Samir", family_name="Haddad"),
        [ConsentChoice(ConsentPurpose.MATCH_OPENINGS, True)],
        new_person_confirmed=True,
    )
    (recorded,) = consents.consent_history(registered.id)
    assert recorded.notice_version == "2026-1"
