"""Helpers for service tests: a desk that is already set up."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from entryhub_desk.config import DeskConfig
from entryhub_desk.services import Desk, Session
from tests.conftest import COORDINATOR, COORDINATOR_PASSWORD, HUB_NAME


def set_up_desk(config: DeskConfig) -> tuple[Desk, str]:
    desk = Desk(config)
    recovery_key = desk.set_up(
        hub_name=HUB_NAME, coordinator_name=COORDINATOR, password=COORDINATOR_PASSWORD
    )
    return desk, recovery_key


def coordinator_session(desk: Desk) -> Session:
    return desk.unlock(COORDINATOR, COORDINATOR_PASSWORD)


PAGE = 4096  # SQLCipher 4's page size


def damage_page(db_path: Path, page: int) -> None:
    """A few bytes overwritten inside ``page`` of the store file (numbered from 1, as SQLite
    does): its checksum no longer matches."""
    with db_path.open("r+b") as file:
        file.seek((page - 1) * PAGE + 100)
        file.write(b"\xa5" * 8)


ROOT = Path(__file__).resolve().parents[2]


def run_fresh(script: str) -> tuple[Any, str]:
    """``script`` run by a new interpreter (the repository's root as its ``sys.argv[1]``), which
    must succeed: what it printed as JSON, and its standard error."""
    done = subprocess.run(
        [sys.executable, "-c", script, str(ROOT)],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout), done.stderr
