"""Helpers for service tests: a desk that is already set up."""

from __future__ import annotations

from pathlib import Path

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
