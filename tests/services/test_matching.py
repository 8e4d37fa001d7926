"""MatchingService on a real (encrypted) store: consent at the moment of matching, hard
requirements, near misses, ranking with reasons, openings for a person, roles."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

import pytest

from entryhub_desk.config import DeskConfig
from entryhub_desk.domain.consent import ConsentPurpose
from entryhub_desk.domain.employers import OpeningState
from entryhub_desk.domain.profile import (
    CefrLevel,
    DrivingCategory,
    DrivingLicence,
    Education,
    Goals,
    LanguageSkill,
    Skill,
    Work,
)
from entryhub_desk.domain.staff import Role
from entryhub_desk.errors import DeskError
from entryhub_desk.services import Desk, Session
from entryhub_desk.services.consents import ConsentsService
from entryhub_desk.services.employers import EmployersService
from entryhub_desk.services.matching import MatchingService, item_dicts, reason_lines
from entryhub_desk.services.openings import OpeningsService
from entryhub_desk.services.profile import Profiles
from entryhub_desk.services.staff import StaffService
from entryhub_desk.services.visitors import VisitorsService
from entryhub_desk.services.visits import VisitsService
from tests.conftest import FakeClock
from tests.matching.codes import ARC, BOILERMAKER, COOK, DRAWINGS, EQUIPMENT, TIG, WELDER
from tests.services.helpers import coordinator_session, set_up_desk

PASSWORD = "Tegelbruk-Sommar-77"
MATCH = ConsentPurpose.MATCH_OPENINGS


@pytest.fixture
def desk(desk_config: DeskConfig) -> Desk:
    return set_up_desk(desk_config)[0]


@pytest.fixture
def boss(desk: Desk) -> Session:
    return coordinator_session(desk)


def person(
    session: Session,
    given: str,
    *,
    skills: Sequence[str] = (),
    consent: bool = True,
    municipality: str | None = "Umeå",
    occupation: str | None = None,
    wants: Sequence[str] = (),
    swedish: CefrLevel | None = None,
    licence: bool = False,
    isced: int | None = None,
) -> str:
    visitors = VisitorsService(session)
    stored = visitors.register(
        visitors.new_person(given_name=given, family_name="Test", municipality=municipality),
        new_person_confirmed=True,
    )
    profiles = Profiles(session)
    for code in skills:
        profiles.save(Skill(person_id=stored.id, skill=code))
    if occupation is not None:
        profiles.save(Work(person_id=stored.id, occupation=occupation, title="x"))
    if wants:
        profiles.save(Goals(person_id=stored.id, desired_occupations=tuple(wants)))
    if swedish is not None:
        profiles.save(
            LanguageSkill(
                person_id=stored.id,
                language="sv",
                reading=swedish,
                spoken_interaction=swedish,
                spoken_production=swedish,
            )
        )
    if licence:
        profiles.save(DrivingLicence(person_id=stored.id, categories=(DrivingCategory.B,)))
    if isced is not None:
        profiles.save(Education(person_id=stored.id, isced_level=isced))
    if consent:
        ConsentsService(session).record_consent(stored.id, MATCH, given=True)
    return stored.id


def opening(session: Session, **fields: object) -> str:
    employer = EmployersService(session).add("Umeå Stål AB")
    return OpeningsService(session).add(employer_id=employer.id, title="Svetsare", **fields).id


def ranked_ids(session: Session, opening_id: str) -> list[str]:
    return [m.person_id for m in MatchingService(session).for_opening(opening_id)]


def test_only_consenting_persons_are_ranked_and_withdrawal_removes_at_once(
    boss: Session,
) -> None:
    wanted = opening(boss, must_skills=(TIG,))
    yes = person(boss, "Amina", skills=(TIG,))
    no = person(boss, "Bashir", skills=(TIG,), consent=False)
    refused = person(boss, "Cala", skills=(TIG,), consent=False)
    ConsentsService(boss).record_consent(refused, MATCH, given=False)
    assert ranked_ids(boss, wanted) == [yes]
    consents = ConsentsService(boss)
    consents.withdraw_consent(consents.current_consents(yes)[MATCH].id)
    assert ranked_ids(boss, wanted) == []
    assert MatchingService(boss).for_person(yes) == []
    assert MatchingService(boss).count_for_person(yes) == 0
    consents.record_consent(no, MATCH, given=True)
    assert ranked_ids(boss, wanted) == [no]
    consents.record_consent(no, MATCH, given=False)  # a refusal after the consent
    assert ranked_ids(boss, wanted) == []


def test_a_merged_person_is_not_ranked(boss: Session) -> None:
    wanted = opening(boss, must_skills=(TIG,))
    keep = person(boss, "Amina", skills=(ARC,))
    gone = person(boss, "Amina", skills=(TIG,))
    VisitorsService(boss).merge(keep, gone)
    assert ranked_ids(boss, wanted) == [keep]  # the skill moved to the kept person


def test_hard_requirement_excludes_and_near_miss_is_shown(boss: Session) -> None:
    soft = opening(boss, must_skills=(TIG, ARC), licences=(DrivingCategory.B,))
    hard = opening(boss, must_skills=(TIG, ARC), licences=(DrivingCategory.B,), hard=("licences",))
    full = person(boss, "Amina", skills=(TIG, ARC), licence=True)
    near = person(boss, "Bashir", skills=(TIG, ARC))
    service = MatchingService(boss)
    listed = service.for_opening(soft)
    assert [m.person_id for m in listed] == [full, near]
    assert [m.near_miss for m in listed] == [False, True]
    assert [i.code for i in listed[1].missing] == ["B"]
    assert [m.person_id for m in service.for_opening(hard)] == [full]
    local = opening(boss, municipality="Luleå", languages=("sv:B1",))  # no skill, no occupation
    here = person(boss, "Dahir", municipality="Luleå", swedish=CefrLevel.B2)
    there = person(boss, "Elmi", municipality="Luleå")
    listed = service.for_opening(local)
    assert [m.person_id for m in listed[:2]] == [here, there]
    assert {m.person_id for m in listed} == {here, there, full, near}
    assert [m.near_miss for m in listed] == [False, True, True, True]
    three = opening(boss, must_skills=(TIG, ARC, EQUIPMENT))
    person(boss, "Cala", skills=(TIG,))  # two must-have skills missing: no near miss
    assert [m.person_id for m in service.for_opening(three)] == [full, near]
    assert service.for_opening(three, limit=1)[0].person_id == full
    assert service.for_opening(three, limit=0) == []


def test_ranking_occupation_closeness_and_reasons_in_both_languages(
    boss: Session, clock: FakeClock
) -> None:
    wanted = opening(
        boss,
        occupation=WELDER,
        must_skills=(TIG, ARC, EQUIPMENT),
        nice_skills=(DRAWINGS,),
        languages=("sv:B1",),
        municipality="Umeå",
        min_education=3,
    )
    same = person(
        boss,
        "Amina",
        skills=(TIG, ARC, EQUIPMENT),
        occupation=WELDER,
        swedish=CefrLevel.B1,
        isced=3,
    )
    related = person(
        boss,
        "Bashir",
        skills=(TIG, ARC, EQUIPMENT),
        wants=(BOILERMAKER,),
        swedish=CefrLevel.B2,
        isced=4,
    )
    short = person(
        boss,
        "Cala",
        skills=(TIG, ARC),
        occupation=WELDER,
        swedish=CefrLevel.A2,
        isced=3,
        municipality="Luleå",
    )
    person(boss, "Dahir", occupation=COOK)  # shares nothing: not a candidate
    listed = MatchingService(boss).for_opening(wanted)
    assert [m.person_id for m in listed] == [same, related, short]
    assert listed[0].score == 100 - round(100 * 10 / 95)  # all but the nice skill
    assert reason_lines(listed[2].reasons, "en") == [
        "same occupation (welder; past work)",
        "2 of 3 must-have skills; missing: use welding equipment",
        "0 of 1 nice-to-have skills; missing: read engineering drawings",
        "Swedish B1 required, has A2",
        "education: upper secondary education ✓ (at least upper secondary education)",
        "work in Umeå, lives in Luleå",
    ]
    missing = item_dicts(listed[2].missing, "en")
    assert {"kind": "language", "code": "sv:B1", "text": "Swedish B1"} in missing
    assert listed[2].document("en")["missing"] == missing
    swedish = reason_lines(listed[2].reasons, "sv")
    assert swedish[3] == "svenska B1 krävs, har A2"
    assert swedish[1].startswith("2 av 3 kompetenser som krävs; saknas:")
    assert reason_lines(listed[1].reasons, "sv")[0].startswith("besläktat yrke (")


def test_ties_go_to_the_latest_visit(boss: Session, clock: FakeClock) -> None:
    wanted = opening(boss, must_skills=(TIG,))
    early = person(boss, "Amina", skills=(TIG,))
    late = person(boss, "Bashir", skills=(TIG,))
    never = person(boss, "Cala", skills=(TIG,))
    visits = VisitsService(boss)
    visits.check_in(late, purposes=("job_search",))
    clock.advance(3600)
    visits.check_in(early, purposes=("job_search",))
    assert ranked_ids(boss, wanted) == [early, late, never]


def test_openings_for_a_person_and_the_count(boss: Session) -> None:
    fits = opening(boss, must_skills=(TIG,))
    near = opening(boss, must_skills=(TIG, ARC))
    hard = opening(boss, must_skills=(TIG, ARC), hard=("must_skills",))
    unrelated = opening(boss, must_skills=(DRAWINGS,))
    closed = opening(boss, must_skills=(TIG,))
    OpeningsService(boss).set_state(closed, OpeningState.CLOSED)
    anyone = opening(boss)
    who = person(boss, "Amina", skills=(TIG,))
    found = MatchingService(boss).for_person(who)
    assert {m.opening.id for m in found} == {fits, near, anyone}
    assert [m.near_miss for m in found] == [False, False, True]
    assert found[-1].opening.id == near
    assert {hard, unrelated, closed}.isdisjoint(m.opening.id for m in found)
    assert MatchingService(boss).count_for_person(who) == 2
    assert found[0].document("en")["reasons"]
    # the session's decoded openings follow changes: closed, changed, added
    openings = OpeningsService(boss)
    openings.set_state(fits, OpeningState.FILLED)
    changed = openings.save(
        dataclasses.replace(openings.get(near), must_skills=(TIG,), title="Svetsare 2")
    )
    later = opening(boss, must_skills=(TIG,), nice_skills=(ARC,))
    again = MatchingService(boss).for_person(who)
    assert {m.opening.id for m in again} == {near, anyone, later}
    assert next(m for m in again if m.opening.id == near).opening == changed
    assert MatchingService(boss).count_for_person(who) == 3


def test_roles(desk: Desk, boss: Session) -> None:
    wanted = opening(boss, must_skills=(TIG,))
    who = person(boss, "Amina", skills=(TIG,))
    StaffService(boss).add_staff("Reception", Role.RECEPTIONIST, PASSWORD)
    reception = desk.unlock("Reception", PASSWORD)
    service = MatchingService(reception)
    assert service.count_for_person(who) == 1
    with pytest.raises(DeskError) as raised:
        service.for_opening(wanted)
    assert raised.value.code == "auth.role_not_allowed"
    with pytest.raises(DeskError):
        service.for_person(who)
