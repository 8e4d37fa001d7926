"""Reception service: register, search, visits, consent history, merge, permissions."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest

from entryhub_desk.cli.reception import describe
from entryhub_desk.config import DeskConfig
from entryhub_desk.domain.consent import ConsentPurpose
from entryhub_desk.domain.staff import Role
from entryhub_desk.domain.visit import VisitState
from entryhub_desk.errors import DeskError
from entryhub_desk.security.audit import AuditLog
from entryhub_desk.services import Desk, Session
from entryhub_desk.services.consents import ConsentsService
from entryhub_desk.services.reception_types import CONSENT_NOTICE_VERSION, ConsentChoice
from entryhub_desk.services.staff import StaffService
from entryhub_desk.services.visitors import VisitorsService
from entryhub_desk.services.visits import PURPOSES, VisitsService
from entryhub_desk.store.outbox import pending
from entryhub_desk.store.repositories.persons import PersonRepository
from entryhub_desk.store.search_warm import warmer_of
from tests.conftest import FakeClock
from tests.services.helpers import coordinator_session, set_up_desk

RECEPTIONIST_PASSWORD = "Snöskoter-Lingon-81"


@pytest.fixture
def desk(desk_config: DeskConfig) -> Desk:
    return set_up_desk(desk_config)[0]


@pytest.fixture
def session(desk: Desk) -> Session:
    return coordinator_session(desk)


@pytest.fixture
def reception(session: Session) -> Session:
    return session


def _receptionist(desk: Desk, session: Session, name: str) -> Session:
    StaffService(session).add_staff(name, Role.RECEPTIONIST, RECEPTIONIST_PASSWORD)
    return desk.unlock(name, RECEPTIONIST_PASSWORD)


def _register(reception: Session, *, confirmed: bool = False, **fields: object) -> str:
    values: dict[str, object] = {"given_name": "Maxamed", "family_name": "Cali Xasan"}
    values.update(fields)
    person = VisitorsService(reception).new_person(**values)
    return VisitorsService(reception).register(person, new_person_confirmed=confirmed).id


def test_register_with_consents_and_find_again(reception: Session) -> None:
    person = VisitorsService(reception).new_person(
        given_name="Maxamed",
        family_name="Cali",
        phone="070-123 45 67",
        birth_year=1990,
        gender="male",
        country_of_birth="so",
        languages=("so", "sv"),
        preferred_language="so",
    )
    VisitorsService(reception).register(
        person,
        [
            ConsentChoice(ConsentPurpose.KEEP_PROFILE, True),
            ConsentChoice(ConsentPurpose.SHARE_WITH_EMPLOYERS, False),
        ],
    )
    hits = VisitorsService(reception).search("Mohamed Ali")
    assert [h.person.id for h in hits] == [person.id]
    assert hits[0].code == VisitorsService(reception).code_of(person.id)
    assert hits[0].last_visit is None
    assert VisitorsService(reception).search("0046 70 123 45 67")[0].person.id == person.id
    assert VisitorsService(reception).search(hits[0].code.lower())[0].score == 100.0
    assert VisitorsService(reception).find_by_code(hits[0].code) == person
    current = ConsentsService(reception).current_consents(person.id)
    assert set(current) == {ConsentPurpose.KEEP_PROFILE}
    assert len(ConsentsService(reception).consent_history(person.id)) == 2
    described = describe(hits[0])
    assert {"id", "code", "given_name", "family_name", "original_name", "phone"} <= set(described)
    assert described["phone"] == "+46701234567"
    assert 0 <= float(str(described["score"])) <= 100


def test_register_is_one_transaction(reception: Session) -> None:
    person = VisitorsService(reception).new_person(given_name="Hodan")
    twice = [ConsentChoice(ConsentPurpose.KEEP_PROFILE, True)] * 2
    with pytest.raises(DeskError):
        VisitorsService(reception).register(person, twice)
    assert VisitorsService(reception).search("Hodan") == []


def test_results_update_while_typing(reception: Session) -> None:
    wanted = _register(reception, given_name="Yohannes", family_name="Tesfay Habte")
    _register(reception, given_name="Yonas", family_name="Kidane")
    for typed in ("y", "yo", "yoh", "yohan", "yohannes t", "tesf"):
        ids = [h.person.id for h in VisitorsService(reception).search(typed)]
        assert wanted in ids, typed
    assert VisitorsService(reception).search("   ") == []


def test_likely_duplicates_while_typing(reception: Session) -> None:
    same_phone = _register(reception, given_name="Amina", phone="0701112233")
    same_name = _register(reception, given_name="Fadumo", family_name="Ibrahim", birth_year=1988)
    _register(reception, given_name="Fadumo", family_name="Ibrahim", birth_year=1960)
    found = VisitorsService(reception).likely_duplicates(
        given_name="Someone", phone="+46 70 111 22 33"
    )
    assert [h.person.id for h in found] == [same_phone]
    found = VisitorsService(reception).likely_duplicates(
        given_name="Faadumo", family_name="Ibraahim", birth_year=1989
    )
    assert [h.person.id for h in found] == [same_name]


def test_check_in_and_todays_visits(reception: Session, clock: FakeClock) -> None:
    person_id = _register(reception)
    visit = VisitsService(reception).check_in(
        person_id,
        purposes=["cv_help", "other"],
        other_text="Driving licence",
        note="First time",
        referral="Mentor network Umeå",
    )
    assert visit.handled_by == reception.staff.id
    assert visit.recorded_by == visit.handled_by
    rows = VisitsService(reception).visits_today()
    assert [r.visit.id for r in rows] == [visit.id]
    assert rows[0].handled_by_name == reception.staff.name
    assert rows[0].person.id == person_id
    assert (
        VisitsService(reception).set_visit_state(visit.id, VisitState.IN_MEETING).state
        is VisitState.IN_MEETING
    )
    assert VisitorsService(reception).search("maxamed")[0].last_visit == visit.visited_at
    clock.advance(2 * 86_400)
    assert VisitsService(reception).visits_today() == []
    assert [v.id for v in VisitsService(reception).visits_of(person_id)] == [visit.id]


@pytest.mark.parametrize(
    ("purposes", "other", "code"),
    [
        ([], "", "validation.required"),
        (["coffee"], "", "validation.unknown_code"),
        (["other"], " ", "validation.required"),
    ],
)
def test_check_in_checks_purposes(
    reception: Session, purposes: list[str], other: str, code: str
) -> None:
    person_id = _register(reception)
    with pytest.raises(DeskError) as caught:
        VisitsService(reception).check_in(person_id, purposes=purposes, other_text=other)
    assert caught.value.code == code
    assert "other" in PURPOSES


def test_visit_correction_by_author_or_coordinator(desk: Desk, session: Session) -> None:
    first = _receptionist(desk, session, "Lena Reception")
    second = _receptionist(desk, session, "Omar Reception")
    person_id = _register(first)
    visit = VisitsService(first).check_in(person_id, purposes=["job_search"])
    assert VisitsService(first).may_correct(visit) and VisitsService(session).may_correct(visit)
    assert not VisitsService(second).may_correct(visit)
    with pytest.raises(DeskError) as caught:
        VisitsService(second).correct_visit(visit.id, note="not mine")
    assert caught.value.code == "auth.role_not_allowed"
    corrected = VisitsService(first).correct_visit(
        visit.id, purposes=["cv_help"], note="CV in Swedish"
    )
    assert corrected.purposes == ("cv_help",) and corrected.note == "CV in Swedish"
    again = VisitsService(session).correct_visit(
        visit.id, handled_by=second.staff.id, referral="Employer X"
    )
    assert again.handled_by == second.staff.id
    assert again.purposes == ("cv_help",)


def test_consent_withdrawal_is_kept_as_history(reception: Session, clock: FakeClock) -> None:
    person_id = _register(reception)
    given = ConsentsService(reception).record_consent(
        person_id, ConsentPurpose.CONTACT_FOLLOW_UP, given=True
    )
    clock.advance(60)
    withdrawal = ConsentsService(reception).withdraw_consent(given.id)
    assert withdrawal.withdraws == given.id and not withdrawal.given
    history = ConsentsService(reception).consent_history(person_id)
    assert [c.id for c in history] == [given.id, withdrawal.id]
    assert history[0].given and history[0].notice_version == CONSENT_NOTICE_VERSION
    assert ConsentsService(reception).current_consents(person_id) == {}
    with pytest.raises(DeskError) as caught:
        ConsentsService(reception).withdraw_consent(given.id)
    assert caught.value.code == "consent.not_in_force"
    renewed = ConsentsService(reception).record_consent(
        person_id, ConsentPurpose.CONTACT_FOLLOW_UP, given=True, notice_version="2026-1"
    )
    assert (
        ConsentsService(reception).current_consents(person_id)[ConsentPurpose.CONTACT_FOLLOW_UP]
        == renewed
    )
    assert len(ConsentsService(reception).consent_history(person_id)) == 3


def test_merge_moves_everything_and_redirects(reception: Session, session: Session) -> None:
    keep = _register(reception, given_name="Maxamed", family_name="Cali")
    other = _register(
        reception,
        confirmed=True,  # two records of one person, to be merged
        given_name="Mohamed",
        family_name="Ali",
        original_script_name="محمد علي",
        phone="0709998877",
        birth_year=1985,
    )
    visit = VisitsService(reception).check_in(other, purposes=["job_search"])
    consent = ConsentsService(reception).record_consent(
        other, ConsentPurpose.KEEP_PROFILE, given=True
    )
    before = {(e.epoch, e.seq) for e in pending(session.opened.conn)}

    kept = VisitorsService(reception).merge(keep, other)

    assert kept.id == keep and kept.phone == "+46709998877" and kept.birth_year == 1985
    assert VisitorsService(reception).person(other).id == keep  # the redirect is followed
    assert [v.id for v in VisitsService(reception).visits_of(keep)] == [visit.id]
    assert [c.id for c in ConsentsService(reception).consent_history(keep)] == [consent.id]
    ids = [h.person.id for h in VisitorsService(reception).search("محمد علي")]
    assert ids == [keep]  # the merged record is gone, its names still find the person
    changes = [e for e in pending(session.opened.conn) if (e.epoch, e.seq) not in before]
    by_entity = {(e.entity, e.entity_id): e.fields for e in changes}
    assert by_entity[("person", other)]["merged_into"]["value"] == keep
    assert by_entity[("visit", visit.id)]["person_id"]["value"] == keep
    assert by_entity[("consent", consent.id)]["person_id"]["value"] == keep
    audit = AuditLog(session.opened.conn, session.identity, session.desk.config.clock)
    merge_rows = [e for e in audit.entries() if e.action == "merge"]
    assert len(merge_rows) == 1 and merge_rows[0].subject_id == keep
    assert merge_rows[0].details["merged"] == other
    assert "Mohamed" not in json.dumps(merge_rows[0].details)
    with pytest.raises(DeskError) as caught:
        VisitorsService(reception).merge(keep, other)
    assert caught.value.code == "reception.already_merged"
    with pytest.raises(DeskError) as caught:
        VisitorsService(reception).merge(keep, keep)
    assert caught.value.code == "reception.merge_same"


def test_merge_and_import_are_for_coordinators(
    desk: Desk, session: Session, tmp_path: Path
) -> None:
    receptionist = _receptionist(desk, session, "Lena Reception")
    a, b = _register(receptionist), _register(receptionist, given_name="Cabdi")
    for call in (
        lambda: VisitorsService(receptionist).merge(a, b),
        lambda: VisitorsService(receptionist).import_visitors(tmp_path / "x.csv"),
    ):
        with pytest.raises(DeskError) as caught:
            call()
        assert caught.value.code == "auth.role_not_allowed"


def test_person_view_is_audited(reception: Session, session: Session) -> None:
    person_id = _register(reception)
    VisitorsService(reception).person(person_id)
    audit = AuditLog(session.opened.conn, session.identity, session.desk.config.clock)
    assert any(e.action == "view_person" and e.subject_id == person_id for e in audit.entries())


def test_lock_drops_caches_and_search_still_works_after(
    reception: Session, session: Session
) -> None:
    person_id = _register(reception)
    session.lock()
    session.verify_password("Tegelbruk-Vinter-42")
    assert VisitorsService(reception).search("maxamed")[0].person.id == person_id


def test_a_code_two_persons_share_finds_neither(reception: Session) -> None:
    """find_by_code reads through PersonRepository.resolve_id: a shared code is not guessed
    (it returned the first of the two)."""
    first_id = _register(reception, confirmed=True)
    twin_id = f"01a00000-0000-7000-8000-{first_id[-12:]}"
    repo = PersonRepository(reception.opened.context)
    repo.create(dataclasses.replace(repo.get(first_id), id=twin_id, given_name="Cabdi"))
    visitors = VisitorsService(reception)
    code = visitors.code_of(first_id)
    assert visitors.code_of(twin_id) == code
    assert visitors.find_by_code(code) is None
    assert visitors.find_by_code("ZZZZ-ZZZZ") is None
    assert visitors.find_by_code(visitors.code_of(_register(reception, confirmed=True)))


def test_a_check_in_reads_only_the_persons_own_visits_of_today(
    reception: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whether the person came today is selected in SQL: the day's other visits are not
    decoded (every check-in decoded all of them)."""
    from entryhub_desk.store.repositories.visits import VisitRepository

    visits = VisitsService(reception)
    for n in range(5):
        visits.check_in(
            _register(reception, confirmed=True, given_name=f"Other{n}"), purposes=["cv_help"]
        )
    person_id = _register(reception, confirmed=True)
    decoded: list[str] = []
    real = VisitRepository._decode

    def counted(self: VisitRepository, row: Any) -> Any:
        decoded.append(str(row["id"]))
        return real(self, row)

    monkeypatch.setattr(VisitRepository, "_decode", counted)
    assert visits.visit_today(person_id) is None
    visit = visits.check_in(person_id, purposes=["cv_help"])
    assert decoded == []  # she had no visit today: nothing decoded
    assert visits.visit_today(person_id) == visit
    assert decoded == [visit.id]
    assert len(visits.visits_today()) == 6


def test_the_search_index_is_read_ahead_and_again_after_the_idle_lock(
    reception: Session, session: Session
) -> None:
    """warm_search reads the index into the page cache a few slices a call; the idle lock
    empties the cache, so it is read again after unlocking; while locked it reads nothing."""
    person_id = _register(reception, phone="070-123 45 67")
    visitors = VisitorsService(reception)
    warmer = warmer_of(session.opened.conn)
    calls = 1
    while not visitors.warm_search(slices=1):
        calls += 1
    assert calls >= 8 and warmer.done  # one slice per part at least
    assert visitors.warm_search() is True  # nothing left
    session.lock()
    assert not warmer.done
    read = warmer.slices
    assert visitors.warm_search() is True and warmer.slices == read  # locked: nothing read
    session.verify_password("Tegelbruk-Vinter-42")
    assert visitors.warm_search(slices=100) is True and warmer.slices > read
    assert visitors.search("070 123 45 67")[0].person.id == person_id
