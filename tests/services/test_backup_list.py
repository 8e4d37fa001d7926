"""The backups in a folder: this store's, another's and a file that is no backup, newest
first, read from the manifests only."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from entryhub_desk.config import DeskConfig
from entryhub_desk.services.backup import BackupService
from entryhub_desk.services.backup_list import backup_name, list_backups
from tests.services.helpers import coordinator_session, set_up_desk


def test_list_tells_this_stores_backups_from_others(
    desk_config: DeskConfig, tmp_path: Path
) -> None:
    desk, _ = set_up_desk(desk_config)
    session = coordinator_session(desk)
    folder = tmp_path / "usb"
    folder.mkdir()
    first = folder / backup_name(datetime(2026, 12, 1, 9, 30, tzinfo=UTC))
    BackupService(session).backup(first)
    (folder / "holiday-photos.zip").write_bytes(b"PK\x05\x06" + bytes(18))  # an empty zip
    (folder / "notes.txt").write_text("not a backup")
    listed = list_backups(session, folder)
    assert [(b.path.name, b.readable, b.this_store) for b in listed] == [
        (first.name, True, True),
        ("holiday-photos.zip", False, False),
    ]
    assert listed[0].made_at is not None and listed[0].size == first.stat().st_size
    assert first.name.startswith("entryhub-backup-2026-12-01-")
    assert list_backups(session, tmp_path / "missing") == []
