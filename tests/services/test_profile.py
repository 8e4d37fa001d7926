"""The profile service: roles, save/remove/reorder, taxonomy checks, drafts, completeness."""

from __future__ import annotations

import pytest

from entryhub_desk.config import DeskConfig
from entryhub_desk.domain.person import Person
from entryhub_desk.domain.profile import (
    CefrLevel,
    DigitalSkill,
    Education,
    EntryKind,
    Goals,
    LanguageSkill,
    NextStep,
    Skill,
    Work,
)
from entryhub_desk.domain.staff import Role
from entryhub_desk.errors import DeskError
from entryhub_desk.ids import short_code
from entryhub_desk.services import Session
from entryhub_desk.services.profile import Profiles, draft_key, parse_draft_key
from entryhub_desk.services.staff import StaffService
from entryhub_desk.services.visitors import VisitorsService
from entryhub_desk.store.outbox import pending
from entryhub_desk.store.repositories import PersonRepository
from tests.services.helpers import coordinator_session, set_up_desk

NURSE = "8d3e8aaa-791b-4c75-a465-f3f827028f50"
UNKNOWN = "00000000-0000-4000-8000-000000000000"
PASSWORD = "Tegelbruk-Sommar-77"


@pytest.fixture
def sessions(desk_config: DeskConfig) -> dict[Role, Session]:
    desk, _ = set_up_desk(desk_config)
    boss = coordinator_session(desk)
    StaffService(boss).add_staff("Vera Volunteer", Role.VOLUNTEER, PASSWORD)
    StaffService(boss).add_staff("Rami Reception", Role.RECEPTIONIST, PASSWORD)
    return {
        Role.COORDINATOR: boss,
        Role.VOLUNTEER: desk.unlock("Vera Volunteer", PASSWORD),
        Role.RECEPTIONIST: desk.unlock("Rami Reception", PASSWORD),
    }


@pytest.fixture
def person(sessions: dict[Role, Session]) -> Person:
    session = sessions[Role.COORDINATOR]
    return PersonRepository(session.opened.context).create(
        Person(given_name="Amal", family_name="Haddad", hub_id=session.identity.hub_id)
    )


def test_volunteer_adds_edits_and_orders_entries(
    sessions: dict[Role, Session], person: Person
) -> None:
    profiles = Profiles(sessions[Role.VOLUNTEER])
    first = profiles.save(Work(person_id=person.id, title="Nurse", occupation=NURSE, start="2010"))
    second = profiles.save(Work(person_id=person.id, title="Interpreter", start="2018"))
    assert (first.position, second.position) == (0, 1)
    assert isinstance(first, Work) and first.isco_group == "2221"  # filled from ESCO
    edited = profiles.save(
        Work(id=first.id, person_id=person.id, title="Head nurse", occupation=NURSE)
    )
    assert edited.position == 0
    profiles.reorder(person.id, EntryKind.WORK, [second.id, first.id])
    titles = [e.title for e in profiles.entries(person.id, EntryKind.WORK) if isinstance(e, Work)]
    assert titles == ["Interpreter", "Head nurse"]
    profiles.remove(EntryKind.WORK, second.id)
    assert [e.id for e in profiles.entries(person.id, EntryKind.WORK)] == [first.id]
    entities = {change.entity for change in pending(sessions[Role.VOLUNTEER].opened.conn)}
    assert "profile_work" in entities


def test_receptionist_may_view_but_not_edit(sessions: dict[Role, Session], person: Person) -> None:
    Profiles(sessions[Role.VOLUNTEER]).save(NextStep(person_id=person.id, text="Call UHR"))
    desk = Profiles(sessions[Role.RECEPTIONIST])
    summary = desk.summary(person.id)
    assert summary.short_code == short_code(person.id)
    assert [e.text for e in summary.of(EntryKind.NEXT_STEP) if isinstance(e, NextStep)] == [
        "Call UHR"
    ]
    assert summary.completeness.score < 100
    for action in (
        lambda: desk.save(NextStep(person_id=person.id, text="x")),
        lambda: desk.save_draft(person.id, draft_key(EntryKind.WORK, person.id), {}),
        lambda: desk.drafts(person.id),
    ):
        with pytest.raises(DeskError) as caught:
            action()
        assert caught.value.code == "auth.role_not_allowed"


def test_unknown_codes_are_refused(sessions: dict[Role, Session], person: Person) -> None:
    profiles = Profiles(sessions[Role.VOLUNTEER])
    cases = [
        (Work(person_id=person.id, occupation=UNKNOWN), "validation.unknown_occupation"),
        (Skill(person_id=person.id, skill=UNKNOWN), "validation.unknown_skill"),
        (
            Goals(person_id=person.id, desired_occupations=(UNKNOWN,)),
            "validation.unknown_occupation",
        ),
        (Work(person_id=person.id, title="x", isco_group="9999"), "validation.unknown_code"),
        (Work(person_id=person.id, occupation=NURSE, isco_group="5321"), "validation.invalid"),
    ]
    for entry, code in cases:
        with pytest.raises(DeskError) as caught:
            profiles.save(entry)
        assert caught.value.code == code
    assert profiles.entries(person.id, EntryKind.WORK) == []


def test_one_goals_entry_one_entry_per_language(
    sessions: dict[Role, Session], person: Person
) -> None:
    profiles = Profiles(sessions[Role.VOLUNTEER])
    profiles.save(Goals(person_id=person.id, wants=("job",)))
    profiles.save(LanguageSkill(person_id=person.id, language="sv", reading="A2"))
    for entry in (
        Goals(person_id=person.id),
        LanguageSkill(person_id=person.id, language="sv"),
    ):
        with pytest.raises(DeskError) as caught:
            profiles.save(entry)
        assert caught.value.code == "profile.duplicate"


def test_entry_of_an_unknown_person(sessions: dict[Role, Session]) -> None:
    with pytest.raises(DeskError) as caught:
        Profiles(sessions[Role.VOLUNTEER]).save(NextStep(person_id=UNKNOWN, text="x"))
    assert caught.value.code == "store.not_found"


def test_drafts_are_offered_back_and_removed_on_save(
    sessions: dict[Role, Session], person: Person
) -> None:
    profiles = Profiles(sessions[Role.VOLUNTEER])
    entry = Education(person_id=person.id, institution="Aleppo University")
    key = draft_key(EntryKind.EDUCATION, entry.id)
    profiles.save_draft(person.id, key, {"institution": "Aleppo Univ", "isced_level": 6})
    sessions[Role.VOLUNTEER].lock()  # an auto-lock loses nothing
    assert profiles.drafts(person.id) == {key: {"institution": "Aleppo Univ", "isced_level": 6}}
    profiles.save(entry)
    assert profiles.drafts(person.id) == {}
    profiles.save_draft(person.id, key, {"institution": "x"})
    profiles.discard_draft(person.id, key)
    assert profiles.drafts(person.id) == {}
    assert parse_draft_key(key) == (EntryKind.EDUCATION, entry.id)
    with pytest.raises(DeskError):
        profiles.save_draft(person.id, "work:not-an-id", {})


def test_completeness_grows_as_the_profile_fills(
    sessions: dict[Role, Session], person: Person
) -> None:
    profiles = Profiles(sessions[Role.VOLUNTEER])
    before = profiles.completeness(person.id)
    profiles.save(LanguageSkill(person_id=person.id, language="ar", mother_tongue=True))
    profiles.save(DigitalSkill(person_id=person.id, area="communication", level="independent"))
    after = profiles.completeness(person.id)
    assert after.score > before.score
    assert "languages" in before.missing and "languages" not in after.missing
    assert "swedish" in after.missing


def test_resolve_person_by_id_or_short_code(sessions: dict[Role, Session], person: Person) -> None:
    profiles = Profiles(sessions[Role.RECEPTIONIST])
    assert profiles.resolve_person(person.id).id == person.id
    assert profiles.resolve_person(short_code(person.id).lower()).id == person.id
    with pytest.raises(DeskError) as caught:
        profiles.resolve_person("ZZZZ-ZZZZ")
    assert caught.value.code == "store.not_found"


def test_levels_survive_a_reopen(sessions: dict[Role, Session], person: Person) -> None:
    profiles = Profiles(sessions[Role.VOLUNTEER])
    saved = profiles.save(LanguageSkill(person_id=person.id, language="sv", writing="B2"))
    again = profiles.get(EntryKind.LANGUAGE, saved.id)
    assert isinstance(again, LanguageSkill) and again.writing is CefrLevel.B2


def test_merging_persons_moves_the_profile(sessions: dict[Role, Session], person: Person) -> None:

    boss = sessions[Role.COORDINATOR]
    other = PersonRepository(boss.opened.context).create(
        Person(given_name="Amal", family_name="Hadad", hub_id=boss.identity.hub_id)
    )
    profiles = Profiles(boss)
    profiles.save(Goals(person_id=person.id, wants=("job",)))
    profiles.save(Goals(person_id=other.id, summary="Nurse.", hours_per_week=20))
    profiles.save(LanguageSkill(person_id=person.id, language="sv", reading="A2"))
    profiles.save(LanguageSkill(person_id=other.id, language="sv", writing="A1"))
    profiles.save(Work(person_id=person.id, title="Cook"))
    profiles.save(Work(person_id=other.id, title="Nurse"))
    key = draft_key(EntryKind.WORK, other.id)
    profiles.save_draft(other.id, key, {"title": "x"})

    VisitorsService(boss).merge(person.id, other.id)

    [goals] = profiles.entries(person.id, EntryKind.GOALS)
    assert isinstance(goals, Goals)
    assert (goals.wants, goals.summary, goals.hours_per_week) == (("job",), "Nurse.", 20)
    [swedish] = profiles.entries(person.id, EntryKind.LANGUAGE)
    assert isinstance(swedish, LanguageSkill)
    assert (swedish.reading, swedish.writing) == (CefrLevel.A2, CefrLevel.A1)
    titles = [w.title for w in profiles.entries(person.id, EntryKind.WORK) if isinstance(w, Work)]
    assert titles == ["Cook", "Nurse"]
    assert all(profiles.entries(other.id, kind) == [] for kind in EntryKind)
    assert profiles.drafts(other.id) == {}
