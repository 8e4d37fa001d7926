"""The background sync runner: log-out stops a round under way before the folder is let go;
a round whose connection cannot be opened (a busy store at a full disk) is a failed round,
shown in the status and tried again on the timer (a round that can open its connection is
tested in ``test_sync_page``)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from entryhub_desk.errors import DeskError
from entryhub_desk.services import Desk
from entryhub_desk.services.sync import SyncService
from entryhub_desk.store.folder_lock import claim_exclusive
from entryhub_desk.sync.client import SyncClient
from entryhub_desk.sync.engine import default_client
from entryhub_desk.sync.status import Backoff
from entryhub_desk.views.i18n import Translations
from entryhub_desk.views.main_window import MainWindow
from entryhub_desk.views.settings import DeskSettings
from entryhub_desk.views.sync.runner import SyncRunner
from entryhub_desk.views.sync.status_label import SyncStatusLabel
from tests.conftest import COORDINATOR, COORDINATOR_PASSWORD, FakeClock
from tests.services.diskfull import SmallDisk, on_small_disk, small_disk
from tests.services.diskfull_desk import desk_on
from tests.sync.helpers import enrol_with_people
from tests.sync.server import LiveServer
from tests.views.conftest import open_main_window

__all__ = ["small_disk"]  # the fixture, used by name

WAIT_S = 20


class _GatedClient:
    """A real client whose push waits at a gate the test opens."""

    def __init__(self, inner: SyncClient, gate: _Gate) -> None:
        self._inner = inner
        self._gate = gate

    def push(self, request: Any) -> Any:
        self._gate.entered.set()
        assert self._gate.release.wait(WAIT_S)
        return self._inner.push(request)

    def close(self) -> None:
        self._inner.close()
        self._gate.closed.set()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


class _Gate:
    def __init__(self) -> None:
        self.entered = threading.Event()
        self.release = threading.Event()
        self.closed = threading.Event()  # the round's end: the engine closes its client

    def factory(self, url: str, token: str | None) -> Any:
        return _GatedClient(default_client(url, token), self)

    def release_when(self, condition: Callable[[], bool]) -> None:
        for _ in range(WAIT_S * 100):
            if condition():
                break
            threading.Event().wait(0.01)
        self.release.set()


@pytest.fixture
def gated_window(
    qtbot: QtBot,
    set_up_desk: Desk,
    settings: DeskSettings,
    translations: Translations,
    server: LiveServer,
) -> tuple[MainWindow, _Gate]:
    """A coordinator's window on an enrolled desk with people to push; its rounds' pushes
    wait at a gate the test opens."""
    enrol_with_people(set_up_desk, server)
    window = open_main_window(
        qtbot, set_up_desk, settings, translations, COORDINATOR, COORDINATOR_PASSWORD
    )
    gate = _Gate()
    window.sync.service.client_factory = gate.factory
    return window, gate


def _pending_and_last_sync(desk: Desk) -> tuple[int, str | None]:
    session = desk.unlock(COORDINATOR, COORDINATOR_PASSWORD)
    try:
        status = SyncService(session).status()
        return status.pending, status.last_sync_at
    finally:
        session.close()


def _folder_free(data_dir: Path) -> bool:
    try:
        claim_exclusive(data_dir).release()
    except DeskError:
        return False
    return True


def test_log_out_cancels_a_running_round_and_waits_for_it(
    qtbot: QtBot, set_up_desk: Desk, gated_window: tuple[MainWindow, _Gate]
) -> None:
    window, gate = gated_window
    runner = window.sync.runner
    runner.sync_now()
    assert gate.entered.wait(WAIT_S)  # the round is inside its push
    # the server answers only once log-out has asked the round to stop
    releaser = threading.Thread(
        target=gate.release_when, args=(lambda: getattr(runner, "cancelling", False),)
    )
    releaser.start()
    window.log_out()
    round_over = gate.closed.is_set()  # before anything else can let the round go on
    gate.release.set()
    releaser.join(WAIT_S)
    # log-out returned after the round ended: nothing of it runs on, the folder is free
    assert round_over
    assert _folder_free(set_up_desk.config.data_dir)
    # cancelled after the push: it wrote nothing (the server's copy is acknowledged next time)
    pending, last_sync = _pending_and_last_sync(set_up_desk)
    assert pending >= 1
    assert last_sync is None


def test_sync_asked_for_while_a_round_runs_runs_once_more_after_it(
    qtbot: QtBot, gated_window: tuple[MainWindow, _Gate]
) -> None:
    """The round under way may have pulled before what the person asked for reached the
    server (another desk's edit, synced a moment ago): her request is not dropped."""
    window, gate = gated_window
    runner = window.sync.runner
    rounds: list[object] = []
    runner.finished.connect(rounds.append)
    runner.sync_now()
    assert gate.entered.wait(WAIT_S)  # the first round is inside its push
    runner.sync_now()
    runner.sync_now()  # asked twice while it runs: one more round, not two
    gate.release.set()
    qtbot.waitUntil(lambda: len(rounds) == 2 and not runner.running, timeout=WAIT_S * 1000)
    qtbot.wait(300)
    assert len(rounds) == 2
    assert not runner.running
    # then back to the steady interval
    assert runner.next_attempt_ms() > 60_000


def test_a_round_that_outlasts_log_out_keeps_the_folder_claimed_until_it_ends(
    qtbot: QtBot, set_up_desk: Desk, gated_window: tuple[MainWindow, _Gate]
) -> None:
    window, gate = gated_window
    runner = window.sync.runner
    runner.stop_timeout = 0.05  # the server does not answer in time
    runner.sync_now()
    assert gate.entered.wait(WAIT_S)
    window.log_out()
    data_dir = set_up_desk.config.data_dir
    # the session is closed, but a restore or re-key still cannot take the folder
    with pytest.raises(DeskError) as refused:
        claim_exclusive(data_dir)
    assert refused.value.code == "store.in_use"
    gate.release.set()
    qtbot.waitUntil(lambda: _folder_free(data_dir), timeout=WAIT_S * 1000)
    assert gate.closed.is_set()
    pending, last_sync = _pending_and_last_sync(set_up_desk)
    assert pending >= 1  # the cancelled round wrote nothing after log-out
    assert last_sync is None


@on_small_disk
@pytest.mark.usefixtures("short_busy_timeout")
def test_a_busy_store_is_a_failed_round_shown_and_tried_again(
    qtbot: QtBot, small_disk: SmallDisk, clock: FakeClock, server: LiveServer
) -> None:
    disk = small_disk
    desk = desk_on(disk, clock)
    enrol_with_people(desk, server)
    disk.fill(leave=0)
    session = desk.unlock(COORDINATOR, COORDINATOR_PASSWORD)  # holds the file alone
    assert session.opened.conn.desk_exclusive
    runner = SyncRunner(
        SyncService(session),
        backoff=Backoff(base=0.05, rng=lambda: 0.5),
        watch_network=False,
    )
    label = SyncStatusLabel(runner, show_conflicts=False)
    try:
        with qtbot.waitSignal(runner.failed, timeout=WAIT_S * 1000) as failed:
            runner.sync_now()  # the timer's slot: the error must not escape it
        error = failed.args[0]
        assert isinstance(error, DeskError)
        assert error.code == "store.busy"
        assert "Sync failed" in label.text()
        assert label.toolTip()
        assert runner.next_attempt_ms() >= 0  # tried again on the timer

        # the timer's next attempt comes by itself (and meets the same busy store)
        with qtbot.waitSignal(runner.failed, timeout=WAIT_S * 1000) as again:
            pass
        assert isinstance(again.args[0], DeskError)
        assert again.args[0].code == "store.busy"
        assert runner.backoff.failures == 2
        assert runner.next_attempt_ms() >= 0
    finally:
        runner.stop()
        session.close()
