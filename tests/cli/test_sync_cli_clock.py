"""`sync` on a computer whose clock is far ahead (issue 12): a real process, a real server."""

from __future__ import annotations

import time
from pathlib import Path

from entryhub_desk.config import DeskConfig
from entryhub_desk.services import Desk
from tests.cli.runner import init_store, run_cli
from tests.conftest import COORDINATOR, COORDINATOR_PASSWORD, TEST_SCRYPT_N
from tests.support.clock import FakeClock
from tests.sync.helpers import add_person
from tests.sync.server import LiveServer, server

__all__ = ["server"]  # the fixture, used by name

YEAR_2099 = 4_070_908_800.0


def test_sync_with_the_clock_far_ahead_says_so_in_one_line(
    cli_env: dict[str, str], tmp_path: Path, server: LiveServer
) -> None:
    data_dir = tmp_path / "store"
    env = init_store(cli_env, data_dir)
    done = run_cli(env, data_dir, "enrol", "--server", server.url, "--code", server.code("Umeå"))
    assert done.returncode == 0, done.stderr
    clock_file = Path(env["ENTRYHUB_TEST_CLOCK"])
    clock_file.write_text(str(YEAR_2099))
    desk = Desk(DeskConfig(data_dir=data_dir, scrypt_n=TEST_SCRYPT_N, clock=FakeClock(YEAR_2099)))
    session = desk.unlock(COORDINATOR, COORDINATOR_PASSWORD)
    try:
        add_person(session, family_name="Clockperson")
    finally:
        session.close()
    done = run_cli(env, data_dir, "sync")
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "clock is wrong" in lines[0]
    assert "Error" not in done.stderr and "Traceback" not in done.stderr
    clock_file.write_text(str(time.time()))  # the clock set right: the changes go
    done = run_cli(env, data_dir, "sync")
    assert done.returncode == 0, done.stderr
