"""The Sync section driven like a person: enrol, background rounds, the conflicts screen."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from entryhub_desk.services import Desk
from entryhub_desk.services.sync import SyncService
from entryhub_desk.store.repositories import PersonRepository
from entryhub_desk.views.i18n import Translations
from entryhub_desk.views.settings import DeskSettings
from entryhub_desk.views.sync.runner import Phase
from tests.conftest import COORDINATOR, COORDINATOR_PASSWORD, FakeClock
from tests.sync.helpers import add_person, edit_person, enrol_with_people, make_desk
from tests.sync.server import LiveServer
from tests.views.conftest import (
    NO_IDLE_MS,
    RECEPTIONIST,
    RECEPTIONIST_PASSWORD,
    one_sync_round,
    open_main_window,
)

ALT = Qt.KeyboardModifier.AltModifier


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def test_coordinator_enrols_from_the_sync_page(
    qtbot: QtBot,
    set_up_desk: Desk,
    settings: DeskSettings,
    translations: Translations,
    server: LiveServer,
) -> None:
    window = open_main_window(
        qtbot, set_up_desk, settings, translations, COORDINATOR, COORDINATOR_PASSWORD
    )
    page = window.sync.page
    window.show_section(page)
    assert "not set up" in window.sync.label.text()
    assert page.ui.enrolGroup.isVisible()
    qtbot.keyClicks(page.ui.serverUrl, server.url)
    qtbot.keyClicks(page.ui.enrolCode, server.code("Umeå"))
    with qtbot.waitSignal(window.sync.runner.finished, timeout=20_000):
        qtbot.keyClick(page.ui.enrolCode, Qt.Key.Key_Return)
    assert not page.ui.enrolGroup.isVisible()
    assert page.ui.hubValue.text() == "Umeå"
    assert "Last synced" in window.sync.label.text()
    assert window.session.identity.hub_id == server.hub("Umeå")


def test_coordinator_enrols_with_the_keyboard_only(
    qtbot: QtBot,
    set_up_desk: Desk,
    settings: DeskSettings,
    translations: Translations,
    server: LiveServer,
) -> None:
    window = open_main_window(
        qtbot, set_up_desk, settings, translations, COORDINATOR, COORDINATOR_PASSWORD
    )
    page = window.sync.page
    window.show_section(page)
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(_focused(), Qt.Key.Key_C, ALT)  # "Enrolment &code:"
    assert _focused() is page.ui.enrolCode
    qtbot.keyClick(_focused(), Qt.Key.Key_A, ALT)  # "Server &address:"
    assert _focused() is page.ui.serverUrl
    qtbot.keyClicks(_focused(), server.url)
    qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    assert _focused() is page.ui.enrolCode
    qtbot.keyClicks(_focused(), server.code("Umeå"))
    qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    assert _focused() is page.ui.enrol
    with qtbot.waitSignal(window.sync.runner.finished, timeout=20_000):
        qtbot.keyClick(_focused(), Qt.Key.Key_Space)  # "&Enrol"
    assert not page.ui.enrolGroup.isVisible()
    assert page.ui.hubValue.text() == "Umeå"
    assert window.session.identity.hub_id == server.hub("Umeå")


def test_background_rounds_and_the_status_bar(
    qtbot: QtBot,
    set_up_desk: Desk,
    settings: DeskSettings,
    translations: Translations,
    server: LiveServer,
) -> None:
    enrol_with_people(set_up_desk, server)
    window = open_main_window(
        qtbot, set_up_desk, settings, translations, COORDINATOR, COORDINATOR_PASSWORD
    )
    runner = window.sync.runner
    assert "changes waiting" in window.sync.label.text()
    one_sync_round(qtbot, runner)
    assert runner.phase is Phase.IDLE
    assert "waiting" not in window.sync.label.text()
    server.stop()  # the network goes away: the runner backs off and says offline
    one_sync_round(qtbot, runner, "failed")
    assert runner.phase is Phase.OFFLINE
    assert window.sync.label.text().startswith("Offline")
    assert runner.backoff.failures == 1
    assert runner.next_attempt_ms() > 0


class _StateRecorder(QObject):
    """Reads the page's state text each time a round reports progress (in the GUI thread)."""

    def __init__(self, page: QWidget) -> None:
        super().__init__(page)
        self.page = page
        self.texts: list[str] = []

    @Slot(object)
    def record(self, _progress: object) -> None:
        self.texts.append(self.page.ui.stateValue.text())  # type: ignore[attr-defined]


def test_the_sync_page_shows_the_progress_of_a_round(
    qtbot: QtBot,
    set_up_desk: Desk,
    settings: DeskSettings,
    translations: Translations,
    server: LiveServer,
) -> None:
    enrol_with_people(set_up_desk, server, 3)
    window = open_main_window(
        qtbot, set_up_desk, settings, translations, COORDINATOR, COORDINATOR_PASSWORD
    )
    page = window.sync.page
    window.show_section(page)
    runner = window.sync.runner
    runner.start(first_delay_ms=NO_IDLE_MS)  # no round of its own: the round below sends all 3
    qtbot.waitUntil(lambda: not runner.running)
    recorder = _StateRecorder(page)
    runner.progressed.connect(recorder.record)  # after the page's own slot
    one_sync_round(qtbot, runner)
    assert recorder.texts
    assert all(text.startswith("Syncing… sent ") for text in recorder.texts)
    assert " KB (" in recorder.texts[-1] and "changes), received " in recorder.texts[-1]
    sent = re.match(r"Syncing… sent [\d.,]+ KB \((\d+) changes\)", recorder.texts[-1])
    assert sent is not None and int(sent.group(1)) >= 3
    qtbot.waitUntil(lambda: runner.phase is Phase.IDLE)
    page.refresh()
    assert page.ui.stateValue.text() == "Ready" and page.progress is None


def test_receptionist_sees_state_but_not_enrolment(
    qtbot: QtBot, set_up_desk: Desk, settings: DeskSettings, translations: Translations
) -> None:
    window = open_main_window(
        qtbot, set_up_desk, settings, translations, RECEPTIONIST, RECEPTIONIST_PASSWORD
    )
    page = window.sync.page
    window.show_section(page)
    assert not page.ui.enrolGroup.isVisible()
    assert not page.ui.reviewConflicts.isVisible()


def test_coordinator_resolves_a_conflict_on_the_conflicts_screen(
    qtbot: QtBot,
    tmp_path: Path,
    set_up_desk: Desk,
    settings: DeskSettings,
    translations: Translations,
    server: LiveServer,
    clock: FakeClock,
) -> None:
    mine = set_up_desk.unlock(COORDINATOR, COORDINATOR_PASSWORD)
    my_sync = SyncService(mine)
    my_sync.enrol(server.url, server.code("Umeå"))
    other = make_desk(tmp_path, "other", FakeClock(clock() + 30))
    other_sync = SyncService(other)
    other_sync.enrol(server.url, server.code("Umeå"))
    person = add_person(mine, family_name="Original")
    my_sync.sync_now()
    other_sync.sync_now()
    edit_person(mine, person.id, family_name="Typed here")
    edit_person(other, person.id, family_name="Typed there")  # later clock: wins
    other_sync.sync_now()
    my_sync.sync_now()
    assert len(my_sync.conflicts()) == 1
    mine.close()

    window = open_main_window(
        qtbot, set_up_desk, settings, translations, COORDINATOR, COORDINATOR_PASSWORD
    )
    page = window.sync.page
    window.show_section(page)
    assert "1 conflict to review" in window.sync.label.text()
    assert page.ui.reviewConflicts.isEnabled()
    qtbot.mouseClick(page.ui.reviewConflicts, Qt.MouseButton.LeftButton)
    dialog = page.conflicts_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    model = dialog.model
    assert model.rowCount() == 1
    assert model.index(0, model.KEPT).data() == "Typed there"
    assert model.index(0, model.OTHER).data() == "Typed here"
    assert dialog.ui.useOther.isEnabled()
    with qtbot.waitSignal(dialog.resolved):
        qtbot.keyClick(dialog.ui.useOther, Qt.Key.Key_Space)  # "Use other value"
    assert model.rowCount() == 0
    repo = PersonRepository(window.session.opened.context)
    assert repo.get(person.id).family_name == "Typed here"
    assert "conflicts" not in window.sync.label.text()
    one_sync_round(qtbot, window.sync.runner)
    other_sync.sync_now()  # the pick reached the other desk like any edit
    assert PersonRepository(other.opened.context).get(person.id).family_name == "Typed here"
    assert other_sync.conflicts() == []
    other.close()
