"""A coordinator's session on a fresh desk for the hostile-file tests."""

from __future__ import annotations

import pytest

from entryhub_desk.config import DeskConfig
from entryhub_desk.services import Session
from tests.services.helpers import coordinator_session, set_up_desk


@pytest.fixture
def session(desk_config: DeskConfig) -> Session:
    desk, _ = set_up_desk(desk_config)
    return coordinator_session(desk)
