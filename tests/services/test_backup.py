from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from entryhub_desk.config import DeskConfig
from entryhub_desk.domain.staff import Role
from entryhub_desk.errors import DeskError
from entryhub_desk.services import Desk
from entryhub_desk.services.backup import restore_backup
from tests.conftest import COORDINATOR, COORDINATOR_PASSWORD
from tests.services.helpers import coordinator_session, set_up_desk


def test_backup_then_restore_starts_a_new_epoch(desk_config: DeskConfig, tmp_path: Path) -> None:
    desk, _ = set_up_desk(desk_config)
    session = coordinator_session(desk)
    device_id = session.identity.device_id
    archive = tmp_path / "hub.backup"
    session.backup(archive)
    # Written after the backup: gone after the restore, and the replaced store is kept.
    session.add_staff("Later Member", Role.VOLUNTEER, "Kanelbulle-Regn-77")
    session.close()
    with zipfile.ZipFile(archive) as zipped:
        assert b"Later Member" not in zipped.read("desk.db")
        assert COORDINATOR.encode() not in zipped.read("desk.db")

    epoch = restore_backup(Desk(desk_config), archive, COORDINATOR, COORDINATOR_PASSWORD)
    assert epoch == 2
    restored = Desk(desk_config).unlock(COORDINATOR, COORDINATOR_PASSWORD)
    try:
        assert restored.identity.epoch == 2
        assert restored.identity.device_id == device_id
        assert "Later Member" not in [m.name for m in restored.list_staff()]
        assert restored.check() == []
    finally:
        restored.close()
    assert list(desk_config.backups_dir.glob("replaced-*/desk.db"))
    # Restoring the same backup again never reuses an epoch.
    assert restore_backup(Desk(desk_config), archive, COORDINATOR, COORDINATOR_PASSWORD) == 3


def test_backup_refuses_to_overwrite(desk_config: DeskConfig, tmp_path: Path) -> None:
    desk, _ = set_up_desk(desk_config)
    session = coordinator_session(desk)
    target = tmp_path / "exists.backup"
    target.write_bytes(b"keep me")
    with pytest.raises(DeskError) as caught:
        session.backup(target)
    assert caught.value.code == "backup.target_exists"
    assert target.read_bytes() == b"keep me"
    session.close()


def test_damaged_archive_is_refused_and_store_untouched(
    desk_config: DeskConfig, tmp_path: Path
) -> None:
    desk, _ = set_up_desk(desk_config)
    session = coordinator_session(desk)
    archive = tmp_path / "hub.backup"
    session.backup(archive)
    session.close()
    raw = bytearray(archive.read_bytes())
    raw[len(raw) // 2] ^= 0xFF
    archive.write_bytes(bytes(raw))
    before = desk_config.db_path.read_bytes()
    with pytest.raises(DeskError) as caught:
        restore_backup(Desk(desk_config), archive, COORDINATOR, COORDINATOR_PASSWORD)
    assert caught.value.code == "backup.bad_archive"
    assert desk_config.db_path.read_bytes() == before


def test_only_a_coordinator_restores(desk_config: DeskConfig, tmp_path: Path) -> None:
    desk, _ = set_up_desk(desk_config)
    session = coordinator_session(desk)
    session.add_staff("Sara Receptionist", Role.RECEPTIONIST, "Lingonris-Kaffe-88")
    archive = tmp_path / "hub.backup"
    session.backup(archive)
    session.close()
    with pytest.raises(DeskError) as caught:
        restore_backup(Desk(desk_config), archive, "Sara Receptionist", "Lingonris-Kaffe-88")
    assert caught.value.code == "auth.role_not_allowed"
