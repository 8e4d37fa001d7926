"""One desktop program per data folder: a second one brings the first to the front and exits;
a server name left behind by a crash does not stop the next program; a logged-in GUI shares
the store with a command's search and shuts out a restore until it logs out."""

from __future__ import annotations

import socket
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QDir
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from entryhub_desk.app import SingleInstance, bring_to_front
from entryhub_desk.services import Desk
from entryhub_desk.services.backup import BackupService
from entryhub_desk.services.visitors import VisitorsService
from entryhub_desk.views.i18n import Translations
from entryhub_desk.views.settings import DeskSettings
from tests.cli.runner import coordinator_env, run_cli
from tests.conftest import COORDINATOR, COORDINATOR_PASSWORD, DESK_COMMAND
from tests.views.conftest import open_main_window


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


def test_the_gui_shares_the_store_with_a_search_and_shuts_out_a_restore(
    qtbot: QtBot,
    set_up_desk: Desk,
    settings: DeskSettings,
    translations: Translations,
    cli_env: dict[str, str],
    tmp_path: Path,
) -> None:
    data_dir = set_up_desk.config.data_dir
    archive = tmp_path / "hub.backup"
    session = set_up_desk.unlock(COORDINATOR, COORDINATOR_PASSWORD)
    BackupService(session).backup(archive)
    person = VisitorsService(session).register(
        VisitorsService(session).new_person(given_name="Amina", family_name="Warsame")
    )
    session.close()
    window = open_main_window(
        qtbot, set_up_desk, settings, translations, COORDINATOR, COORDINATOR_PASSWORD
    )
    env = coordinator_env(cli_env)

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return run_cli(env, data_dir, *args)

    found = cli("search", "--json", "Warsame")
    assert found.returncode == 0, found.stderr
    assert person.id in found.stdout
    refused = cli("restore", str(archive))
    assert refused.returncode == 3
    assert "Another Entry Hub Desk program is using this data folder" in refused.stderr
    assert not list((data_dir / "backups").glob("replaced-*"))
    window.log_out()  # the GUI lets go of the store at log-out
    restored = cli("restore", str(archive))
    assert restored.returncode == 0, restored.stderr
