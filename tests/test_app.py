"""app.py's screenshot helper: the main window over the demo store (build/screenshot.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from entryhub_desk.app import build_demo_main_window
from entryhub_desk.config import DeskConfig
from entryhub_desk.services.demo import DEMO_COORDINATOR, DEMO_HUB
from entryhub_desk.views.main_window import MainWindow


def test_demo_main_window_shows_the_demo_coordinator(
    qtbot: QtBot, qapp: QApplication, desk_config: DeskConfig, tmp_path: Path
) -> None:
    window = build_demo_main_window(tmp_path, config=desk_config)
    qtbot.addWidget(window)
    try:
        assert isinstance(window, MainWindow)
        assert window.isVisible()
        assert window.session.staff.name == DEMO_COORDINATOR
        assert DEMO_HUB in window.windowTitle()
    finally:
        window.close()
        QThreadPool.globalInstance().waitForDone(10_000)  # its background work first
