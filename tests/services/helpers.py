"""Helpers for service tests: a desk that is already set up."""

from __future__ import annotations

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
