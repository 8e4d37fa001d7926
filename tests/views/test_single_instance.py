"""One desktop program per data folder: a second one brings the first to the front and exits;
a server name left behind by a crash does not stop the next program."""

from __future__ import annotations

import socket
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QDir
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from entryhub_desk.app import SingleInstance, bring_to_front
from tests.conftest import DESK_COMMAND


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen has no stacking
def test_a_second_program_brings_the_first_forward_and_exits(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, cli_env: dict[str, str]
) -> None:
    data_dir = tmp_path / "data"
    first = SingleInstance(data_dir)
    assert first.listen()
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    window.showMinimized()
    first.activated.connect(lambda: bring_to_front(qapp))
    with qtbot.waitSignal(first.activated, timeout=60_000):
        second = subprocess.Popen(  # the real program, started without a command: the GUI
            [*DESK_COMMAND, "--data-dir", str(data_dir)],
            env=cli_env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
    _, stderr = second.communicate(timeout=60)
    assert second.returncode == 0, stderr
    assert not window.isMinimized()
    # another folder is another program
    assert not SingleInstance(tmp_path / "other").notify_running()


def test_a_server_name_left_by_a_crash_is_taken_over(qtbot: QtBot, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    first = SingleInstance(data_dir)
    stale = Path(QDir.tempPath()) / first.name
    leftover = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    leftover.bind(str(stale))  # a socket file whose program is gone
    leftover.close()
    try:
        assert stale.exists()
        assert not first.notify_running()
        assert first.listen()
        with qtbot.waitSignal(first.activated, timeout=10_000):
            assert SingleInstance(data_dir).notify_running()
    finally:
        stale.unlink(missing_ok=True)
