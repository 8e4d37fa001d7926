"""One process per store, with real processes: a session held by another program shuts out
restore, re-key and migrations (exit 3, nothing changed), while searches share the store."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from entryhub_desk.errors import DeskError
from entryhub_desk.services import Desk
from entryhub_desk.services.restoring import JOURNAL_NAME, STAGING_PREFIX
from entryhub_desk.services.visitors import VisitorsService
from entryhub_desk.store.connection import open_database
from entryhub_desk.store.migrations import CURRENT_SCHEMA
from tests.cli import runner
from tests.cli.runner import run_cli
from tests.conftest import COORDINATOR, COORDINATOR_PASSWORD
from tests.services import store_process
from tests.services.store_process import config, prepare
from tests.store.test_folder_lock import holder

IN_USE = "Another Entry Hub Desk program is using this data folder"


@pytest.fixture
def store(tmp_path: Path) -> tuple[Path, Path]:
    prepare(tmp_path / "data", tmp_path / "hub.backup")
    return tmp_path / "data", tmp_path / "hub.backup"


@pytest.fixture
def coordinator_env(cli_env: dict[str, str]) -> dict[str, str]:
    return runner.coordinator_env(cli_env)


class Session:
    """A program that logged in to the store and waits for lines (see store_process)."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        self.process = process

    def ask(self, line: str) -> str:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()
        return self.process.stdout.readline().strip()


@contextmanager
def logged_in(data_dir: Path) -> Iterator[Session]:
    process = subprocess.Popen(
        [sys.executable, store_process.__file__, "hold", str(data_dir), "0"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    session = Session(process)
    try:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "ready"
        yield session
    finally:
        if process.poll() is None:
            assert session.ask("quit") == "closed"
        process.wait(timeout=60)


def snapshot(data_dir: Path) -> dict[str, bytes]:
    """What a refused restore or re-key must leave as it was (the live database may change
    under the other program's own writes)."""
    files = {p.relative_to(data_dir).as_posix() for p in data_dir.rglob("*")}
    return {
        "keyslots.json": (data_dir / "keyslots.json").read_bytes(),
        "names": "\n".join(sorted(n for n in files if not n.startswith("desk.db"))).encode(),
    }


def test_restore_and_rekey_refused_while_another_program_is_logged_in(
    store: tuple[Path, Path], coordinator_env: dict[str, str]
) -> None:
    data_dir, archive = store
    with logged_in(data_dir) as other:
        person_id = other.ask("register Amina")
        before = snapshot(data_dir)
        for command in (("restore", str(archive)), ("rekey",)):
            done = run_cli(coordinator_env, data_dir, *command)
            assert done.returncode == 3, done.stderr
            assert IN_USE in done.stderr
            assert "Error" not in done.stderr
        assert snapshot(data_dir) == before
        assert not (data_dir / JOURNAL_NAME).exists()
        assert not list(data_dir.glob(f"{STAGING_PREFIX}*"))
        # the other program goes on writing into the live store, and a search beside it
        # (shared) sees what it wrote
        later_id = other.ask("register Yusuf")
        found = run_cli(coordinator_env, data_dir, "search", "--json", "Amina")
        assert found.returncode == 0, found.stderr
        assert person_id in found.stdout
        assert other.ask("search Yusuf") == "1"
    session = Desk(config(data_dir)).unlock(COORDINATOR, COORDINATOR_PASSWORD)
    try:
        assert VisitorsService(session).person(person_id) is not None
        assert VisitorsService(session).person(later_id) is not None
    finally:
        session.close()
    # alone now: the restore goes ahead
    done = run_cli(coordinator_env, data_dir, "restore", str(archive))
    assert done.returncode == 0, done.stderr


def test_a_migration_waits_for_the_store_to_itself(
    store: tuple[Path, Path], coordinator_env: dict[str, str]
) -> None:
    data_dir, _ = store
    desk = Desk(config(data_dir))
    session = desk.unlock(COORDINATOR, COORDINATOR_PASSWORD)
    key = session.opened.key
    session.close()
    conn = open_database(data_dir / "desk.db", key)
    conn.execute(f"PRAGMA user_version = {CURRENT_SCHEMA - 1}")  # as an older program left it
    conn.close()
    with holder(data_dir, "shared"):
        with pytest.raises(DeskError) as caught:
            desk.unlock(COORDINATOR, COORDINATOR_PASSWORD)
        assert caught.value.code == "store.in_use"
        done = run_cli(coordinator_env, data_dir, "staff", "list")
        assert done.returncode == 3, done.stderr
        assert IN_USE in done.stderr
    conn = open_database(data_dir / "desk.db", key)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == CURRENT_SCHEMA - 1
    finally:
        conn.close()
    assert not list((data_dir / "backups").glob("desk-schema*"))


def test_a_leftover_staging_folder_does_not_shut_out_a_second_program(
    store: tuple[Path, Path],
) -> None:
    data_dir, _ = store
    leftover = data_dir / f"{STAGING_PREFIX}gone"
    with logged_in(data_dir) as other:
        leftover.mkdir()  # a restore died before its journal (or its clean-up failed)
        session = Desk(config(data_dir)).unlock(COORDINATOR, COORDINATOR_PASSWORD)
        session.close()
        assert leftover.exists()  # not removed while another program holds the folder
        assert other.ask("search Nobody") == "0"
    Desk(config(data_dir))
    assert not leftover.exists()
