from __future__ import annotations

import pytest

from entryhub_desk.config import DeskConfig
from entryhub_desk.domain.staff import Role
from entryhub_desk.errors import DeskError
from entryhub_desk.services import Desk
from entryhub_desk.services.check import CheckService
from entryhub_desk.services.opening import open_store
from entryhub_desk.services.rekey import STEPS, RekeyService
from entryhub_desk.services.staff import StaffService
from entryhub_desk.store.connection import open_database
from tests.conftest import COORDINATOR, COORDINATOR_PASSWORD
from tests.services.helpers import coordinator_session, set_up_desk

VOLUNTEER = "Omar Volunteer"
VOLUNTEER_PASSWORD = "Granskog-Ljus-2024"


class Crash(Exception):
    """Stands for the process dying at a step."""


def _prepared(desk_config: DeskConfig) -> tuple[Desk, str]:
    desk, recovery_key = set_up_desk(desk_config)
    session = coordinator_session(desk)
    StaffService(session).add_staff(VOLUNTEER, Role.VOLUNTEER, VOLUNTEER_PASSWORD)
    session.close()
    return desk, recovery_key


def test_rekey_switches_the_key_and_every_slot_follows(desk_config: DeskConfig) -> None:
    desk, recovery_key = _prepared(desk_config)
    session = coordinator_session(desk)
    old_key = session.opened.key
    steps: list[tuple[int, int]] = []
    RekeyService(session).rekey(progress=lambda done, total: steps.append((done, total)))
    new_key = session.opened.key
    assert new_key != old_key
    assert steps[-1] == (len(STEPS), len(STEPS))
    assert CheckService(session).check() == []
    session.close()
    with pytest.raises(DeskError) as caught:
        open_database(desk_config.db_path, old_key)
    assert caught.value.code == "store.wrong_key"
    # A member who did not take part still gets in, and so does the recovery key.
    Desk(desk_config).unlock(VOLUNTEER, VOLUNTEER_PASSWORD).close()
    Desk(desk_config).recover(
        recovery_key=recovery_key, coordinator_name=COORDINATOR, new_password="Vinterväg-Salt-31"
    )


@pytest.mark.parametrize("step", STEPS)
def test_rekey_cut_at_each_step_recovers_at_next_login(desk_config: DeskConfig, step: str) -> None:
    desk, _ = _prepared(desk_config)
    session = coordinator_session(desk)
    old_key = session.opened.key
    staff_before = [m.name for m in StaffService(session).list_staff()]

    def crash_at(reached: str) -> None:
        if reached == step:
            raise Crash(step)

    with pytest.raises(Crash):
        RekeyService(session).rekey(checkpoint=crash_at)
    session.opened.conn.close()  # the process is gone: nothing else is written

    restarted = Desk(desk_config)
    again = restarted.unlock(VOLUNTEER, VOLUNTEER_PASSWORD)
    try:
        expected = {"slots_pending": "rolled back"}.get(step, "finished")
        if step == "slots_committed":
            expected = None  # nothing was left to do
        assert again.rekey_outcome == expected
        assert [m.name for m in StaffService(again).list_staff()] == staff_before
        assert not restarted.keystore.has_pending_rekey()
        if expected == "rolled back":
            assert again.opened.key == old_key
        else:
            assert again.opened.key != old_key
    finally:
        again.close()
    restarted.unlock(COORDINATOR, COORDINATOR_PASSWORD).close()


@pytest.mark.parametrize("step", ["slots_pending", "database_rekeyed"])
def test_two_programs_opening_a_cut_rekey_at_once_both_get_in(
    desk_config: DeskConfig, step: str
) -> None:
    """After a cut re-key, two programs log in at the same moment: each unsealed the current
    and the pending key, and one of them settles the slot file first. The other must find it
    settled, not take the changed file for tampering ("slots.tampered") nor fail on a re-key
    that is no longer pending. (Found by starting two real log-ins together: 13 of 15 pairs
    had one fail.)"""
    desk, _ = _prepared(desk_config)
    session = coordinator_session(desk)

    def crash_at(reached: str) -> None:
        if reached == step:
            raise Crash(step)

    with pytest.raises(Crash):
        RekeyService(session).rekey(checkpoint=crash_at)
    session.opened.conn.close()
    assert session.opened.claim is not None
    session.opened.claim.release()

    late, first = Desk(desk_config), Desk(desk_config)
    with late.claim_shared() as claim:
        unlocked = late.unwrap(VOLUNTEER, VOLUNTEER_PASSWORD)  # reads the cut re-key
        assert len(unlocked.keys) == 2
        settled = first.unlock(COORDINATOR, COORDINATOR_PASSWORD)  # settles it meanwhile
        assert settled.rekey_outcome == {"slots_pending": "rolled back"}.get(step, "finished")
        opened = open_store(desk_config, late.keystore, unlocked.keys, claim=claim)
        try:
            assert opened.rekey_outcome is None  # the other program did it
            assert opened.key == settled.opened.key
        finally:
            opened.conn.close()
            settled.close()
    assert not desk.keystore.has_pending_rekey()
    again = coordinator_session(Desk(desk_config))
    try:
        assert CheckService(again).check() == []
    finally:
        again.close()
