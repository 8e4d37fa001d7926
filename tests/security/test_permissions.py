"""Private folders and files, also when the process was started with a permissive umask."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from entryhub_desk.config import DeskConfig
from entryhub_desk.security.permissions import private_dir, restrict_file, restrict_tree
from entryhub_desk.services.backup import BackupService
from tests.services.helpers import coordinator_session, set_up_desk


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


@pytest.fixture(autouse=True)
def permissive_umask() -> Iterator[None]:
    """The library used without the program's start (umask 022): still private files."""
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


def test_restrict_tree_tightens_the_desk_files_but_not_links(tmp_path: Path) -> None:
    root = tmp_path / "data"
    (root / "backups" / "replaced-1").mkdir(parents=True)
    (root / "desk.db").write_bytes(b"x")
    (root / "backups" / "replaced-1" / "desk.db").write_bytes(b"y")
    outside = tmp_path / "outside.txt"
    outside.write_text("not ours")
    (root / "link").symlink_to(outside)
    restrict_tree(root)
    assert _mode(root) == _mode(root / "backups") == _mode(root / "backups" / "replaced-1") == 0o700
    assert _mode(root / "desk.db") == _mode(root / "backups" / "replaced-1" / "desk.db") == 0o600
    assert _mode(outside) == 0o644
    restrict_tree(tmp_path / "missing")  # nothing there: nothing to do


def test_restrict_tree_leaves_what_is_inside_other_folders(tmp_path: Path) -> None:
    """``--data-dir`` may name a folder with other things in it: only its top level changes."""
    root = tmp_path / "documents"
    (root / "photos").mkdir(parents=True)
    (root / "photos" / "summer.jpg").write_bytes(b"jpeg")
    restrict_tree(root)
    assert _mode(root) == _mode(root / "photos") == 0o700
    assert _mode(root / "photos" / "summer.jpg") == 0o644


def test_private_dir_and_file(tmp_path: Path) -> None:
    folder = tmp_path / "a" / "b"
    private_dir(folder)
    assert _mode(folder) == 0o700
    exported = tmp_path / "export.json"
    exported.write_text("{}")
    restrict_file(exported)
    assert _mode(exported) == 0o600


def test_set_up_store_and_backup_are_private(desk_config: DeskConfig, tmp_path: Path) -> None:
    desk, _ = set_up_desk(desk_config)
    session = coordinator_session(desk)
    try:
        archive = tmp_path / "elsewhere" / "hub.backup"
        BackupService(session).backup(archive)
    finally:
        session.close()
    data_dir = desk_config.data_dir
    assert _mode(data_dir) == 0o700
    files = [p for p in data_dir.rglob("*") if p.is_file()]
    assert {p.name for p in files} >= {"desk.db", "keyslots.json"}
    assert {p.name: _mode(p) for p in files} == {p.name: 0o600 for p in files}
    assert _mode(archive) == 0o600
