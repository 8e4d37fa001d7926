"""Fixtures for the GUI tests: real services over a real store in a temporary folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from entryhub_desk.config import DeskConfig
from entryhub_desk.domain.staff import Role
from entryhub_desk.services import Desk, Session
from entryhub_desk.services.staff import StaffService
from entryhub_desk.views.flow import DeskFlow
from entryhub_desk.views.i18n import Translations
from entryhub_desk.views.main_window import MainWindow
from entryhub_desk.views.settings import DeskSettings
from entryhub_desk.views.sync.runner import SyncRunner
from tests.conftest import COORDINATOR, COORDINATOR_PASSWORD, HUB_NAME

RECEPTIONIST = "Johan Reception"
RECEPTIONIST_PASSWORD = "Blåbärsskog-Tåg-17"

# Long enough that it never fires by itself during a test; tests that want the idle lock make
# a window with a short interval of their own.
NO_IDLE_MS = 3_600_000


@pytest.fixture(autouse=True)
def _wait_for_workers() -> Iterator[None]:
    """Every background task finishes before the next test (and before tmp_path goes)."""
    yield
    QThreadPool.globalInstance().waitForDone(10_000)


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    t = Translations(qapp)
    t.switch("en")
    yield t
    t.switch("en")


@pytest.fixture
def settings(tmp_path: Path) -> DeskSettings:
    return DeskSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def desk(desk_config: DeskConfig) -> Desk:
    return Desk(desk_config)


@pytest.fixture
def set_up_desk(desk: Desk) -> Desk:
    """A desk with a coordinator and a receptionist."""
    desk.set_up(hub_name=HUB_NAME, coordinator_name=COORDINATOR, password=COORDINATOR_PASSWORD)
    session = desk.unlock(COORDINATOR, COORDINATOR_PASSWORD)
    StaffService(session).add_staff(RECEPTIONIST, Role.RECEPTIONIST, RECEPTIONIST_PASSWORD)
    session.close()
    return desk


@pytest.fixture
def flow(
    desk: Desk, settings: DeskSettings, translations: Translations, qtbot: QtBot
) -> Iterator[DeskFlow]:
    flow = DeskFlow(desk, settings, translations, idle_interval_ms=NO_IDLE_MS)
    yield flow
    for window in (flow.main_window, flow.login_window, flow.wizard):
        if window is not None:
            window.close()


def open_main_window(
    qtbot: QtBot,
    desk: Desk,
    settings: DeskSettings,
    translations: Translations,
    name: str,
    password: str,
    *,
    idle_interval_ms: int = NO_IDLE_MS,
) -> MainWindow:
    session: Session = desk.unlock(name, password)
    window = MainWindow(session, settings, translations, idle_interval_ms=idle_interval_ms)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window


def one_sync_round(
    qtbot: QtBot, runner: SyncRunner, ends_with: str = "finished", timeout_ms: int = 20_000
) -> Any:
    """Runs one sync round and waits for its end (``finished`` or ``failed``). The desk's own
    first round, two seconds after log-in, may be running: it ends first, so that the round
    waited for is the one asked for here (asked for during a round, a round runs after it)."""
    qtbot.waitUntil(lambda: not runner.running, timeout=timeout_ms)
    with qtbot.waitSignal(getattr(runner, ends_with), timeout=timeout_ms) as blocker:
        runner.sync_now()
    return blocker
