"""A revoked desk on the Sync page: it says so and what to do, and a re-admission code typed
into the enrolment box brings it back with its waiting changes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from entryhub_desk.services import Desk
from entryhub_desk.services.sync import SyncService
from entryhub_desk.views.i18n import Translations
from entryhub_desk.views.settings import DeskSettings
from entryhub_server.admin import readmit
from tests.conftest import COORDINATOR, COORDINATOR_PASSWORD
from tests.sync.helpers import add_person
from tests.sync.server import LiveServer
from tests.views.conftest import one_sync_round, open_main_window


def test_revoked_desk_says_so_and_is_readmitted_from_the_page(
    qtbot: QtBot,
    set_up_desk: Desk,
    settings: DeskSettings,
    translations: Translations,
    server: LiveServer,
) -> None:
    session = set_up_desk.unlock(COORDINATOR, COORDINATOR_PASSWORD)
    SyncService(session).enrol(server.url, server.code("Umeå"))
    SyncService(session).sync_now()
    device_id = session.identity.device_id
    add_person(session)
    session.close()
    server.revoke(device_id)
    window = open_main_window(
        qtbot, set_up_desk, settings, translations, COORDINATOR, COORDINATOR_PASSWORD
    )
    page, runner = window.sync.page, window.sync.runner
    window.show_section(page)
    one_sync_round(qtbot, runner, "failed")
    assert "revoked; ask a coordinator" in page.ui.stateValue.text()
    assert "revoked; ask a coordinator" in page.ui.errorLabel.text()
    assert "revoked; ask a coordinator" in window.sync.label.text()
    assert "1 change waiting" in window.sync.label.text()
    assert page.ui.enrolGroup.isVisible()
    page.ui.serverUrl.clear()
    qtbot.keyClicks(page.ui.serverUrl, server.url)
    qtbot.keyClicks(page.ui.enrolCode, readmit(server.context, device_id).code)
    with qtbot.waitSignal(runner.finished, timeout=20_000):
        qtbot.keyClick(page.ui.enrolCode, Qt.Key.Key_Return)
    assert not page.ui.enrolGroup.isVisible()
    assert page.ui.waitingValue.text() == "0"
    assert "revoked" not in window.sync.label.text()
