"""Merging: both records side by side, and the richer one proposed to keep."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest

from entryhub_desk.config import DeskConfig
from entryhub_desk.domain.profile.personal import Interest
from entryhub_desk.domain.staff import Role
from entryhub_desk.errors import DeskError
from entryhub_desk.ids import uuid7
from entryhub_desk.services import Session
from entryhub_desk.services.merging import registered_at
from entryhub_desk.services.profile import Profiles
from entryhub_desk.services.staff import StaffService
from entryhub_desk.services.visitors import VisitorsService
from entryhub_desk.services.visits import VisitsService
from tests.services.helpers import coordinator_session, set_up_desk


@pytest.fixture
def session(desk_config: DeskConfig) -> Session:
    return coordinator_session(set_up_desk(desk_config)[0])


def _id_made_at(ms: int) -> str:
    """A UUIDv7 of that millisecond (``uuid7`` never goes back in time)."""
    random_bits = uuid7().int & ((1 << 80) - 1)  # version, variant, random
    return str(uuid.UUID(int=(ms << 80) | random_bits))


def _person(reception: Session, given: str, *, at_ms: int) -> str:
    person = VisitorsService(reception).new_person(
        id=_id_made_at(at_ms), given_name=given, family_name="Warsame"
    )
    return VisitorsService(reception).register(person, new_person_confirmed=True).id


OLD, NEW = 1_700_000_000_000, 1_760_000_000_000


def test_the_richer_record_is_proposed(session: Session) -> None:
    reception = session
    older = _person(reception, "Hodan", at_ms=OLD)
    newer = _person(reception, "Xodan", at_ms=NEW)
    assert registered_at(older) == datetime.fromtimestamp(OLD / 1000, UTC)

    # nothing else differs: the older registration
    preview = VisitorsService(session).merge_preview(newer, older)
    assert (preview.first.person.id, preview.second.person.id) == (newer, older)
    assert not preview.keep_first
    assert preview.second.registered < preview.first.registered

    # a profile outweighs the older registration
    Profiles(session).save(Interest(person_id=newer, name="Football"))
    preview = VisitorsService(session).merge_preview(older, newer)
    assert preview.second.has_profile and not preview.first.has_profile
    assert not preview.keep_first

    # more visits outweigh a profile
    VisitsService(session).check_in(older, purposes=["job_search"])
    preview = VisitorsService(session).merge_preview(older, newer)
    assert (preview.first.visits, preview.second.visits) == (1, 0)
    assert preview.first.last_visit is not None and preview.second.last_visit is None
    assert preview.keep_first
    assert preview.first.code == VisitorsService(session).code_of(older)

    with pytest.raises(DeskError) as caught:
        VisitorsService(session).merge_preview(older, older)
    assert caught.value.code == "reception.merge_same"


def test_only_coordinators_preview_a_merge(session: Session) -> None:
    reception = session
    a = _person(reception, "Hodan", at_ms=OLD)
    b = _person(reception, "Xodan", at_ms=NEW)
    StaffService(session).add_staff("Lena Reception", Role.RECEPTIONIST, "Snöskoter-Lingon-81")
    with pytest.raises(DeskError) as caught:
        VisitorsService(session.desk.unlock("Lena Reception", "Snöskoter-Lingon-81")).merge_preview(
            a, b
        )
    assert caught.value.code == "auth.role_not_allowed"
