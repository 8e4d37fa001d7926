"""The status bar when the server refuses this computer's clock (issue 12): it says so."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from entryhub_desk.config import DeskConfig
from entryhub_desk.errors import DeskError
from entryhub_desk.services.sync import SyncService
from entryhub_desk.sync.status import Backoff
from entryhub_desk.views.sync.runner import SyncRunner
from entryhub_desk.views.sync.status_label import SyncStatusLabel
from tests.conftest import COORDINATOR, COORDINATOR_PASSWORD, TEST_SCRYPT_N, FakeClock
from tests.services import helpers
from tests.sync.helpers import add_person
from tests.sync.server import LiveServer

YEAR_2099 = 4_070_908_800.0


def test_the_status_says_this_computers_clock_is_wrong(
    qtbot: QtBot, tmp_path: Path, server: LiveServer
) -> None:
    config = DeskConfig(
        data_dir=tmp_path / "data",
        log_dir=tmp_path / "logs",
        clock=FakeClock(YEAR_2099),
        scrypt_n=TEST_SCRYPT_N,
    )
    desk, _ = helpers.set_up_desk(config)
    session = desk.unlock(COORDINATOR, COORDINATOR_PASSWORD)
    service = SyncService(session)
    service.enrol(server.url, server.code("Umeå"))
    add_person(session)
    runner = SyncRunner(service, backoff=Backoff(base=60, rng=lambda: 0.5), watch_network=False)
    label = SyncStatusLabel(runner, show_conflicts=False)
    try:
        with qtbot.waitSignal(runner.failed, timeout=20_000) as failed:
            runner.sync_now()
        assert isinstance(failed.args[0], DeskError)
        assert failed.args[0].code == "sync.clock_ahead"
        label.refresh()
        assert "clock is wrong" in label.text()
        assert "clock is wrong" in label.toolTip()
        assert "changes waiting" in label.text()  # kept, sent once the clock is right
    finally:
        runner.stop()
        session.close()
