"""What a mutation changed: the services report a :class:`Changes` through the session (the
GUI's change hub listens), and a sync round's changes come from what applying it touched."""

from __future__ import annotations

from pathlib import Path

import pytest

from entryhub_desk.config import DeskConfig
from entryhub_desk.domain.consent import ConsentPurpose
from entryhub_desk.domain.profile import Interest
from entryhub_desk.domain.staff import Role
from entryhub_desk.errors import DeskError
from entryhub_desk.ids import short_code
from entryhub_desk.services import Session
from entryhub_desk.services.changes import Changes
from entryhub_desk.services.consents import ConsentsService
from entryhub_desk.services.person_details import PersonDetails
from entryhub_desk.services.profile import Profiles
from entryhub_desk.services.staff import StaffService
from entryhub_desk.services.sync import SyncService
from entryhub_desk.services.visitors import VisitorsService
from entryhub_desk.services.visits import VisitsService
from entryhub_desk.store.sync_apply import apply_remote
from entryhub_desk.sync.engine import RoundResult
from tests.conftest import FakeClock
from tests.services.helpers import coordinator_session, set_up_desk
from tests.sync.helpers import add_person, edit_person, make_desk, outbox_as_remote


@pytest.fixture
def session(desk_config: DeskConfig) -> Session:
    desk, _ = set_up_desk(desk_config)
    return coordinator_session(desk)


def _heard(session: Session) -> list[Changes]:
    heard: list[Changes] = []
    session.listen(heard.append)
    return heard


def _register(session: Session, given: str = "Hodan") -> str:
    visitors = VisitorsService(session)
    person = visitors.new_person(given_name=given, family_name="Warsame", birth_year=1990)
    return visitors.register(person, new_person_confirmed=True).id


def test_changes_combine_and_say_whom_they_touch() -> None:
    first = Changes.of(persons=["a"], gone=["b"], merged=[("b", "a")])
    both = first | Changes.of(visits=["c"], staff=True)
    assert both.touched == {"a", "b", "c"} and both.staff
    assert both.about("c") and not both.about("d") and not both.about(None)
    assert both.is_gone("b") and not both.is_gone("a")
    assert both.kept_for("b") == "a" and both.kept_for("a") is None
    assert Changes().empty and not both.empty
    assert Changes(everything=True).about("anyone")


def test_each_mutation_reports_what_it_changed(session: Session) -> None:
    heard = _heard(session)
    person_id = _register(session)
    assert heard[-1] == Changes.of(persons=[person_id])

    visit = VisitsService(session).check_in(person_id, purposes=["cv_help"])
    assert heard[-1] == Changes.of(visits=[person_id])
    VisitsService(session).correct_visit(visit.id, note="came with a friend")
    assert heard[-1] == Changes.of(visits=[person_id])

    ConsentsService(session).record_consent(person_id, ConsentPurpose.CONTACT_FOLLOW_UP, given=True)
    assert heard[-1] == Changes.of(consents=[person_id])

    PersonDetails(session).correct(person_id, family_name="Warsan")
    assert heard[-1] == Changes.of(persons=[person_id])
    Profiles(session).save(Interest(person_id=person_id, name="Football"))
    assert heard[-1] == Changes.of(profiles=[person_id])

    StaffService(session).add_staff("Lena Lind", Role.RECEPTIONIST, "Snöskoter-Lingon-81")
    assert heard[-1] == Changes(staff=True)

    count = len(heard)
    VisitorsService(session).search("Hodan")  # reading reports nothing
    assert len(heard) == count


def test_a_merge_and_an_erasure_say_who_is_gone(session: Session) -> None:
    kept, merged = _register(session), _register(session, "Xodan")
    heard = _heard(session)
    VisitorsService(session).merge(kept, merged)
    assert heard[-1].gone == {merged} and heard[-1].kept_for(merged) == kept
    assert heard[-1].about(kept)

    code = short_code(kept)
    SyncService(session).erase_person(code, confirmation=code)
    assert heard[-1] == Changes.of(gone=[kept])


def test_a_listener_that_stops_hears_no_more(session: Session) -> None:
    heard: list[Changes] = []
    stop = session.listen(heard.append)
    _register(session)
    stop()
    stop()  # twice is harmless
    _register(session, "Xodan")
    assert len(heard) == 1


def test_pulled_changes_name_the_persons_they_touched(tmp_path: Path) -> None:
    a = make_desk(tmp_path, "a", FakeClock(1_790_000_000.0))
    b = make_desk(tmp_path, "b", FakeClock(1_790_000_000.0))
    try:
        person = add_person(a, given_name="Hiwet", family_name="Tsegaye")
        apply_remote(b.opened.context, outbox_as_remote(a), cursor=None)
        edit_person(a, person.id, family_name="Gebremedhin")
        changes = outbox_as_remote(a)[-1:]
        applied = apply_remote(b.opened.context, changes, cursor=None)
        assert applied.changed_persons == {person.id}
        heard = _heard(b)
        result = RoundResult(applied=1, changed_persons={person.id}, purged_persons={"gone-id"})
        SyncService(b).round_done(result)
        assert heard[-1].persons == {person.id} and heard[-1].gone == {"gone-id"}
        assert heard[-1].introductions == {person.id}
        assert heard[-1].employers and heard[-1].openings  # network records may have come
        assert SyncService(b).round_done(RoundResult()).empty  # nothing applied: no reload
        assert "changed_persons" not in result.to_json()  # the CLI's JSON stays as it was
    finally:
        a.close()
        b.close()


def test_a_staff_change_from_elsewhere_drops_the_cached_staff_list(session: Session) -> None:
    StaffService(session).list_staff()  # now cached
    assert session.cached("staff", lambda: "reloaded") != "reloaded"
    session.publish(Changes(staff=True))  # e.g. a settled conflict or a pulled member
    assert session.cached("staff", lambda: "reloaded") == "reloaded"


def test_a_closed_session_refuses_a_visit_correction(session: Session) -> None:
    person_id = _register(session)
    visit = VisitsService(session).check_in(person_id, purposes=["job_search"])
    session.close()
    with pytest.raises(DeskError) as error:
        VisitsService(session).correct_visit(visit.id, note="later")
    assert error.value.code == "auth.logged_out"
