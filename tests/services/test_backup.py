from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest

from entryhub_desk.config import DeskConfig
from entryhub_desk.domain.staff import Role
from entryhub_desk.errors import DeskError
from entryhub_desk.services import Desk
from entryhub_desk.services.backup import BackupService, restore_backup
from entryhub_desk.services.check import CheckService
from entryhub_desk.services.staff import StaffService
from entryhub_desk.store.folder_lock import try_lock_file
from tests.conftest import COORDINATOR, COORDINATOR_PASSWORD
from tests.services.helpers import coordinator_session, set_up_desk
from tests.services.store_process import config, prepare, run


def test_backup_then_restore_starts_a_new_epoch(desk_config: DeskConfig, tmp_path: Path) -> None:
    desk, _ = set_up_desk(desk_config)
    session = coordinator_session(desk)
    device_id = session.identity.device_id
    archive = tmp_path / "hub.backup"
    BackupService(session).backup(archive)
    # Written after the backup: gone after the restore, and the replaced store is kept.
    StaffService(session).add_staff("Later Member", Role.VOLUNTEER, "Kanelbulle-Regn-77")
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
        assert "Later Member" not in [m.name for m in StaffService(restored).list_staff()]
        assert CheckService(restored).check() == []
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
        BackupService(session).backup(target)
    assert caught.value.code == "backup.target_exists"
    assert target.read_bytes() == b"keep me"
    session.close()


def test_damaged_archive_is_refused_and_store_untouched(
    desk_config: DeskConfig, tmp_path: Path
) -> None:
    desk, _ = set_up_desk(desk_config)
    session = coordinator_session(desk)
    archive = tmp_path / "hub.backup"
    BackupService(session).backup(archive)
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
    StaffService(session).add_staff("Sara Receptionist", Role.RECEPTIONIST, "Lingonris-Kaffe-88")
    archive = tmp_path / "hub.backup"
    BackupService(session).backup(archive)
    session.close()
    with pytest.raises(DeskError) as caught:
        restore_backup(Desk(desk_config), archive, "Sara Receptionist", "Lingonris-Kaffe-88")
    assert caught.value.code == "auth.role_not_allowed"


def test_the_next_backup_removes_what_a_killed_backup_left_and_nothing_else(
    tmp_path: Path,
) -> None:
    data_dir = tmp_path / "data"
    prepare(data_dir, tmp_path / "hub.backup")
    targets = tmp_path / "targets"
    steps = run("backup", data_dir, 0, str(targets / "first.backup"))
    # killed (os._exit, as kill -9) with the copy and the archive in its work folder
    run("backup", data_dir, steps.index("archive_synced") + 1, str(targets / "killed.backup"))
    left = [p for p in targets.iterdir() if p.name.startswith(".backup-")]
    assert len(left) == 1
    assert {p.name for p in left[0].iterdir()} == {"backup.lock", "desk.db", "archive.zip"}
    # a version before the lock left a copy without one: a leftover too
    older = targets / ".backup-older123"
    older.mkdir()
    (older / "desk.db").write_bytes(b"an encrypted copy")
    # a backup still running (its lock held) and one just starting (empty) stay
    running = targets / ".backup-running"
    running.mkdir()
    (running / "desk.db").write_bytes(b"being written")
    held = try_lock_file(running / "backup.lock")
    assert held is not None
    starting = targets / ".backup-starting"
    starting.mkdir()
    # what is not only ours stays: a foreign file in a .backup-* folder, a link, a file
    foreign = targets / ".backup-notes123"
    foreign.mkdir()
    (foreign / "notes.txt").write_text("keep")
    (foreign / "desk.db").write_bytes(b"not ours alone")
    linked = targets / ".backup-linked12"
    linked.mkdir()
    (linked / "desk.db").symlink_to(tmp_path / "hub.backup")
    plain = targets / ".backup-plainfil"
    plain.write_text("a file, not a folder")
    elsewhere = targets / "backup-folder"
    elsewhere.mkdir()
    (elsewhere / "archive.zip").write_bytes(b"someone's")

    session = Desk(config(data_dir)).unlock(COORDINATOR, COORDINATOR_PASSWORD)
    try:
        BackupService(session).backup(targets / "second.backup")
    finally:
        session.close()
        os.close(held)
    assert not left[0].exists()
    assert not older.exists()
    assert (running / "desk.db").exists()
    assert (foreign / "notes.txt").read_text() == "keep"
    assert (foreign / "desk.db").exists()
    assert (linked / "desk.db").is_symlink()
    assert plain.read_text() == "a file, not a folder"
    assert (elsewhere / "archive.zip").exists()
    assert (targets / "first.backup").exists() and (targets / "second.backup").exists()
    assert not (targets / "killed.backup").exists()
    remaining = {p.name for p in targets.iterdir() if p.name.startswith(".backup-")}
    assert remaining == {foreign.name, linked.name, plain.name, running.name, starting.name}
