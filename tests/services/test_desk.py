from __future__ import annotations

import uuid

import pytest

from entryhub_desk.config import DeskConfig
from entryhub_desk.domain.staff import Role
from entryhub_desk.errors import DeskError, ExitCode
from entryhub_desk.services import Desk, Session
from entryhub_desk.services.staff import StaffService
from tests.conftest import COORDINATOR, COORDINATOR_PASSWORD, HUB_NAME, FakeClock
from tests.services.helpers import coordinator_session, set_up_desk


def test_set_up_creates_identity_and_first_coordinator(desk_config: DeskConfig) -> None:
    desk, recovery_key = set_up_desk(desk_config)
    assert desk.is_set_up()
    assert desk.staff_names() == [COORDINATOR]
    assert len(recovery_key.replace("-", "")) >= 26
    session = coordinator_session(desk)
    try:
        assert session.staff.role is Role.COORDINATOR
        assert session.identity.epoch == 1
        assert session.identity.hub_name == HUB_NAME
        assert uuid.UUID(session.identity.device_id).version == 7
        assert session.identity.database_uuid == desk.keystore.database_uuid()
    finally:
        session.close()


def test_set_up_refuses_a_second_time(desk_config: DeskConfig) -> None:
    desk, _ = set_up_desk(desk_config)
    with pytest.raises(DeskError) as caught:
        desk.set_up(hub_name="Other", coordinator_name="X Y", password=COORDINATOR_PASSWORD)
    assert caught.value.code == "store.exists"


def test_weak_password_creates_nothing(desk_config: DeskConfig) -> None:
    desk = Desk(desk_config)
    with pytest.raises(DeskError) as caught:
        desk.set_up(hub_name=HUB_NAME, coordinator_name=COORDINATOR, password="password")
    assert caught.value.code.startswith("password.")
    assert not desk.is_set_up()
    assert not desk_config.db_path.exists()


def test_unlock_without_store_says_no_store(desk_config: DeskConfig) -> None:
    with pytest.raises(DeskError) as caught:
        Desk(desk_config).unlock(COORDINATOR, COORDINATOR_PASSWORD)
    assert caught.value.exit_code == ExitCode.NO_STORE


def test_wrong_password_backs_off_and_survives_restart(
    desk_config: DeskConfig, clock: FakeClock
) -> None:
    desk, _ = set_up_desk(desk_config)
    with pytest.raises(DeskError) as caught:
        desk.unlock(COORDINATOR, "Wrong-password-1")
    assert caught.value.code == "auth.wrong_password"
    assert caught.value.exit_code == ExitCode.DENIED
    # Immediately after a failure the right password is refused too: back-off first.
    with pytest.raises(DeskError) as caught:
        desk.unlock(COORDINATOR, COORDINATOR_PASSWORD)
    assert caught.value.code == "auth.backing_off"
    clock.advance(1.5)
    with pytest.raises(DeskError):
        desk.unlock(COORDINATOR, "Wrong-password-2")
    restarted = Desk(desk_config)
    with pytest.raises(DeskError) as caught:
        restarted.unlock(COORDINATOR, COORDINATOR_PASSWORD)
    assert caught.value.code == "auth.backing_off"
    clock.advance(2.5)
    session = restarted.unlock(COORDINATOR, COORDINATOR_PASSWORD)
    session.close()


def test_failed_logins_reach_the_audit_log(desk_config: DeskConfig, clock: FakeClock) -> None:
    desk, _ = set_up_desk(desk_config)
    with pytest.raises(DeskError):
        desk.unlock(COORDINATOR, "Wrong-password-1")
    clock.advance(2)
    session = coordinator_session(desk)
    try:
        actions = session_actions(session)
        assert actions[-2:] == ["login_failed", "login"]
    finally:
        session.close()


def session_actions(session: Session) -> list[str]:
    rows = session.opened.conn.execute("SELECT action FROM audit ORDER BY seq").fetchall()
    return [str(row[0]) for row in rows]


def test_tampered_slot_file_is_refused_and_left_alone(desk_config: DeskConfig) -> None:
    set_up_desk(desk_config)
    raw = bytearray(desk_config.slots_path.read_bytes())
    # Change one character inside the first sealed database key.
    index = raw.index(b'"seal"') + 30
    raw[index] = ord("A") if raw[index] != ord("A") else ord("B")
    desk_config.slots_path.write_bytes(bytes(raw))
    db_before = desk_config.db_path.read_bytes()
    with pytest.raises(DeskError) as caught:
        Desk(desk_config).unlock(COORDINATOR, COORDINATOR_PASSWORD)
    assert caught.value.code in ("slots.corrupt", "slots.tampered")
    assert desk_config.slots_path.read_bytes() == bytes(raw)
    assert desk_config.db_path.read_bytes() == db_before


def test_recover_sets_a_new_coordinator_password(desk_config: DeskConfig) -> None:
    desk, recovery_key = set_up_desk(desk_config)
    desk.recover(
        recovery_key=recovery_key.lower(),
        coordinator_name=COORDINATOR,
        new_password="Ny-Sommar-Brygga-7",
    )
    with pytest.raises(DeskError):
        desk.unlock(COORDINATOR, COORDINATOR_PASSWORD)
    desk_config.clock.advance(5)  # type: ignore[attr-defined]
    desk.unlock(COORDINATOR, "Ny-Sommar-Brygga-7").close()


def test_recover_with_a_wrong_key_is_denied(desk_config: DeskConfig) -> None:
    desk, recovery_key = set_up_desk(desk_config)
    other = Desk(
        DeskConfig(
            data_dir=desk_config.data_dir.parent / "other",
            clock=desk_config.clock,
            scrypt_n=desk_config.scrypt_n,
        )
    )
    other_key = other.set_up(
        hub_name=HUB_NAME, coordinator_name=COORDINATOR, password=COORDINATOR_PASSWORD
    )
    assert other_key != recovery_key
    with pytest.raises(DeskError) as caught:
        desk.recover(
            recovery_key=other_key, coordinator_name=COORDINATOR, new_password="Ny-Sommar-Brygga-7"
        )
    assert caught.value.code == "recovery.wrong_key"
    assert caught.value.exit_code == ExitCode.DENIED


def test_store_files_hold_no_names_in_clear(desk_config: DeskConfig) -> None:
    desk, _ = set_up_desk(desk_config)
    session = coordinator_session(desk)
    StaffService(session).add_staff("Yohannes Tesfay", Role.VOLUNTEER, "Fjällbacka-Regn-93")
    raw = desk_config.db_path.read_bytes()
    wal = desk_config.db_path.with_name("desk.db-wal")
    raw += wal.read_bytes() if wal.exists() else b""
    for secret in ("Yohannes", "Tesfay", HUB_NAME, "Coordinator", "SQLite format 3"):
        assert secret.encode() not in raw
    session.close()
