"""A full disk on the command line: real processes on a small real file system.

Search works at 0 bytes free; import, backup and re-key say plainly that the disk is full
(one line, exit 1, never "internal error") and leave nothing behind; afterwards the store opens,
``check`` passes and the log-ins made on the full disk are in the audit log.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from entryhub_desk.config import DeskConfig
from entryhub_desk.security.audit import AuditLog
from entryhub_desk.services import Desk
from tests.cli.runner import init_store, run_cli, run_init
from tests.conftest import COORDINATOR, COORDINATOR_PASSWORD, TEST_SCRYPT_N, FakeClock
from tests.services.diskfull import SmallDisk, on_small_disk, small_disk

__all__ = ["small_disk"]  # the fixture, used by name


def _disk_full(done: subprocess.CompletedProcess[str], disk: SmallDisk) -> None:
    assert done.returncode == 1, done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("entryhub-desk: The disk is full: nothing was saved. Free space on")
    assert str(disk.root) in lines[0]
    assert "internal error" not in done.stderr and "Error" not in done.stderr


def _visitors(path: Path, count: int, start: int = 0) -> Path:
    path.write_text(
        "first name;family name;phone\n"
        + "".join(f"Name{n};Family{n};07012{n:05d}\n" for n in range(start, start + count)),
        encoding="utf-8",
    )
    return path


@on_small_disk
def test_search_works_and_writes_fail_plainly_at_zero_bytes_free(
    small_disk: SmallDisk, cli_env: dict[str, str], tmp_path: Path
) -> None:
    disk = small_disk
    data_dir = disk.root / "store"
    # the log file on the full disk too
    env = init_store({**cli_env, "XDG_STATE_HOME": str(disk.root / "state")}, data_dir)
    done = run_cli(env, data_dir, "import-visitors", str(_visitors(tmp_path / "a.csv", 20)))
    assert done.returncode == 0, done.stderr
    disk.fill(leave=0)

    found = run_cli(env, data_dir, "search", "--json", "Name7")
    assert found.returncode == 0, found.stderr
    assert found.stderr == ""
    assert json.loads(found.stdout.splitlines()[0])[0]["given_name"] == "Name7"
    no_log = {**env, "XDG_STATE_HOME": str(data_dir / "desk.db")}  # no log folder can be made
    found = run_cli(no_log, data_dir, "search", "--json", "Name7")
    assert found.returncode == 0, found.stderr
    assert found.stderr == ""  # not the log records instead

    _disk_full(
        run_cli(env, data_dir, "import-visitors", str(_visitors(tmp_path / "b.csv", 50, 100))),
        disk,
    )
    target = disk.root / "copies" / "backup.zip"
    _disk_full(run_cli(env, data_dir, "backup", "-o", str(target)), disk)
    assert not target.exists()
    assert not any(target.parent.iterdir())
    slots = (data_dir / "keyslots.json").read_bytes()
    _disk_full(run_cli(env, data_dir, "rekey"), disk)
    assert (data_dir / "keyslots.json").read_bytes() == slots

    disk.release()
    done = run_cli(env, data_dir, "check")
    assert done.returncode == 0, done.stdout + done.stderr
    found = run_cli(env, data_dir, "search", "--json", "--limit", "100", "Name")
    names = {hit["given_name"] for hit in json.loads(found.stdout.splitlines()[0])}
    assert names == {f"Name{n}" for n in range(20)}  # the import on the full disk left nothing
    done = run_cli(env, data_dir, "backup", "-o", str(target))
    assert done.returncode == 0, done.stderr

    # every log-in made on the full disk reached the audit log once there was room
    desk = Desk(DeskConfig(data_dir=data_dir, clock=FakeClock(), scrypt_n=TEST_SCRYPT_N))
    session = desk.unlock(COORDINATOR, COORDINATOR_PASSWORD)
    try:
        log = AuditLog(session.opened.conn, session.identity, desk.config.clock)
        actions = [entry.action for entry in log.entries()]
    finally:
        session.close()
    # the import's log-in; five log-ins at 0 bytes (two searches, import, backup, re-key);
    # check, search and backup afterwards; this one
    assert actions.count("login") == 1 + 5 + 3 + 1, actions


@pytest.mark.parametrize("leave", [0, 64 * 1024])
@on_small_disk
def test_init_on_a_full_disk_leaves_no_store(
    small_disk: SmallDisk, cli_env: dict[str, str], leave: int
) -> None:
    disk = small_disk
    data_dir = disk.root / "store"
    data_dir.mkdir()
    disk.fill(leave=leave)
    done = run_init(cli_env, data_dir)
    _disk_full(done, disk)
    assert not (data_dir / "desk.db").exists() and not (data_dir / "keyslots.json").exists()
    disk.release()
    done = run_init(cli_env, data_dir)
    assert done.returncode == 0, done.stderr
