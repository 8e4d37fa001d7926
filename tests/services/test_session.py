from __future__ import annotations

from typing import Any

import pytest

from entryhub_desk.config import DeskConfig
from entryhub_desk.domain.staff import Action, Role
from entryhub_desk.errors import DeskError, ExitCode
from entryhub_desk.services import Desk
from entryhub_desk.services import session as session_module
from entryhub_desk.services.rekey import RekeyService
from entryhub_desk.services.staff import StaffService
from entryhub_desk.store.connection import open_database
from tests.conftest import COORDINATOR, COORDINATOR_PASSWORD, FakeClock
from tests.services.helpers import coordinator_session, set_up_desk

RECEPTIONIST = "Sara Receptionist"
RECEPTIONIST_PASSWORD = "Lingonris-Kaffe-88"


def test_coordinator_manages_staff(desk_config: DeskConfig) -> None:
    desk, _ = set_up_desk(desk_config)
    session = coordinator_session(desk)
    member = StaffService(session).add_staff(RECEPTIONIST, Role.RECEPTIONIST, RECEPTIONIST_PASSWORD)
    assert member.role is Role.RECEPTIONIST
    assert {m.name for m in StaffService(session).list_staff()} == {COORDINATOR, RECEPTIONIST}
    assert sorted(desk.staff_names()) == sorted([COORDINATOR, RECEPTIONIST])
    with pytest.raises(DeskError) as caught:
        StaffService(session).add_staff(RECEPTIONIST.upper(), Role.VOLUNTEER, RECEPTIONIST_PASSWORD)
    assert caught.value.code == "staff.exists"
    session.close()
    desk.unlock(RECEPTIONIST, RECEPTIONIST_PASSWORD).close()


def test_receptionist_may_not_manage_staff_or_rekey(desk_config: DeskConfig) -> None:
    desk, _ = set_up_desk(desk_config)
    session = coordinator_session(desk)
    StaffService(session).add_staff(RECEPTIONIST, Role.RECEPTIONIST, RECEPTIONIST_PASSWORD)
    session.close()
    receptionist = desk.unlock(RECEPTIONIST, RECEPTIONIST_PASSWORD)
    try:
        for attempt in (
            lambda: StaffService(receptionist).add_staff(
                "New Person", Role.VOLUNTEER, "Sjöbod-Morgon-123"
            ),
            lambda: StaffService(receptionist).disable_staff(COORDINATOR),
            lambda: StaffService(receptionist).reset_password(COORDINATOR, "Sjöbod-Morgon-123"),
            lambda: RekeyService(receptionist).rekey(),
        ):
            with pytest.raises(DeskError) as caught:
                attempt()
            assert caught.value.code == "auth.role_not_allowed"
            assert caught.value.exit_code == ExitCode.DENIED
    finally:
        receptionist.close()


def test_disabled_member_cannot_log_in(desk_config: DeskConfig) -> None:
    desk, _ = set_up_desk(desk_config)
    session = coordinator_session(desk)
    StaffService(session).add_staff(RECEPTIONIST, Role.RECEPTIONIST, RECEPTIONIST_PASSWORD)
    StaffService(session).disable_staff(RECEPTIONIST)
    assert [m.active for m in StaffService(session).list_staff() if m.name == RECEPTIONIST] == [
        False
    ]
    session.close()
    assert RECEPTIONIST not in desk.staff_names()
    with pytest.raises(DeskError) as caught:
        desk.unlock(RECEPTIONIST, RECEPTIONIST_PASSWORD)
    assert caught.value.exit_code == ExitCode.DENIED


def test_last_coordinator_cannot_be_disabled(desk_config: DeskConfig) -> None:
    desk, _ = set_up_desk(desk_config)
    session = coordinator_session(desk)
    with pytest.raises(DeskError) as caught:
        StaffService(session).disable_staff(COORDINATOR)
    assert caught.value.code == "staff.last_coordinator"
    session.close()


def test_reset_and_change_password(desk_config: DeskConfig, clock: FakeClock) -> None:
    desk, _ = set_up_desk(desk_config)
    session = coordinator_session(desk)
    StaffService(session).add_staff(RECEPTIONIST, Role.RECEPTIONIST, RECEPTIONIST_PASSWORD)
    StaffService(session).reset_password(RECEPTIONIST, "Hjortron-Kväll-555")
    session.close()
    with pytest.raises(DeskError):
        desk.unlock(RECEPTIONIST, RECEPTIONIST_PASSWORD)
    clock.advance(2)
    receptionist = desk.unlock(RECEPTIONIST, "Hjortron-Kväll-555")
    StaffService(receptionist).change_own_password("Hjortron-Kväll-555", "Blåbär-Sommar-4711")
    receptionist.close()
    desk.unlock(RECEPTIONIST, "Blåbär-Sommar-4711").close()


def test_lock_drops_caches_and_unlock_needs_the_same_members_password(
    desk_config: DeskConfig, clock: FakeClock
) -> None:
    desk, _ = set_up_desk(desk_config)
    session = coordinator_session(desk)
    StaffService(session).add_staff(RECEPTIONIST, Role.RECEPTIONIST, RECEPTIONIST_PASSWORD)
    StaffService(session).list_staff()
    session.lock()
    assert session.is_locked
    assert not session._caches  # the staff list among them
    with pytest.raises(DeskError) as caught:
        session.verify_password(RECEPTIONIST_PASSWORD)
    assert caught.value.code == "auth.wrong_password"
    clock.advance(2)
    session.verify_password(COORDINATOR_PASSWORD)
    assert not session.is_locked
    session.close()


def test_a_slot_left_by_a_cut_staff_add_gives_way_to_the_same_name_in_another_form(
    desk_config: DeskConfig,
) -> None:
    """A staff add cut between its slot and its row leaves a slot nobody can use; adding the
    name again replaces it. Names compare as the slot file compares them (NFKC, case folded),
    so the name typed again in another form ("ＳＡＲＡ", full width) finds the left slot too
    instead of being refused as taken."""
    desk, _ = set_up_desk(desk_config)
    session = coordinator_session(desk)
    try:
        # what the cut staff add left: the slot, and no member behind it
        desk.keystore.add_staff(
            session.opened.key,
            staff_id="0190f0a0-0000-7000-8000-00000000abcd",
            staff_name=RECEPTIONIST,
            password=RECEPTIONIST_PASSWORD,
        )
        typed_again = "ＳＡＲＡ Receptionist"
        member = StaffService(session).add_staff(
            typed_again, Role.RECEPTIONIST, RECEPTIONIST_PASSWORD
        )
        assert desk.keystore.staff_slot_ids() == {typed_again: member.id} | {
            COORDINATOR: session.staff.id
        }
    finally:
        session.close()
    Desk(desk_config).unlock(RECEPTIONIST, RECEPTIONIST_PASSWORD).close()


def test_a_signed_role_is_verified_once_per_state_of_the_store(
    desk_config: DeskConfig, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk, _ = set_up_desk(desk_config)
    session = coordinator_session(desk)
    verified: list[Action] = []
    real = session_module.verified_grant

    def counted(repo: Any, header: Any, staff_id: str, action: Action) -> Any:
        verified.append(action)  # the real verification still runs
        return real(repo, header, staff_id, action)

    monkeypatch.setattr(session_module, "verified_grant", counted)
    for _ in range(3):  # a CV asks several times in a row
        session.require(Action.PRINT_CV)
    session.require(Action.EXPORT)
    session.require(Action.EXPORT)
    session.require(Action.PRINT_CV)
    assert verified == [Action.PRINT_CV, Action.EXPORT]
    session.audit("login")  # a row written by the session itself: verified again
    session.require(Action.PRINT_CV)
    assert verified == [Action.PRINT_CV, Action.EXPORT, Action.PRINT_CV]

    # Another program breaks the chain of grants: the next require refuses, cached or not.
    other = open_database(desk.config.db_path, session.opened.key)
    other.execute("UPDATE staff_grant SET grant_json = 'broken'")
    other.commit()
    other.close()
    with pytest.raises(DeskError) as caught:
        session.require(Action.PRINT_CV)
    assert caught.value.code == "auth.role_unverified"
    session.close()
