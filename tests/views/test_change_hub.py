"""Screens that hear about changes: a change made anywhere in the program (another screen, a
merge, an erasure, a background sync) reaches every open page through the one change signal,
so what the pages show is current."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from entryhub_desk.domain.profile import Interest
from entryhub_desk.ids import short_code
from entryhub_desk.services import Desk
from entryhub_desk.services.changes import Changes
from entryhub_desk.services.person_details import PersonDetails
from entryhub_desk.services.profile import Profiles
from entryhub_desk.services.sync import SyncService
from entryhub_desk.services.visitors import VisitorsService
from entryhub_desk.views.i18n import Translations
from entryhub_desk.views.main_window import MainWindow
from entryhub_desk.views.reception.search_model import NAME
from entryhub_desk.views.settings import DeskSettings
from tests.conftest import COORDINATOR, COORDINATOR_PASSWORD, FakeClock
from tests.sync.helpers import add_person, edit_person, make_desk
from tests.sync.server import LiveServer, server
from tests.views.conftest import one_sync_round, open_main_window
from tests.views.reception.conftest import MOHAMMED, OpenWindow, open_window, seed, type_search

__all__ = ["open_window", "server"]  # fixtures, used by name


def _names_shown(window: MainWindow) -> list[str]:
    results = window.reception_page.results
    return [str(results.index(row, NAME).data()) for row in range(results.rowCount())]


def _hub_signals(window: MainWindow) -> list[Changes]:
    heard: list[Changes] = []
    window.changes.changed.connect(heard.append)
    return heard


def test_an_erasure_reaches_the_reception_and_the_profile_page(
    qtbot: QtBot, set_up_desk: Desk, open_window: OpenWindow
) -> None:
    (person,) = seed(set_up_desk, MOHAMMED)
    window = open_window("coordinator")
    page = window.reception_page
    type_search(qtbot, page, "Mohammed Ali")
    assert any("Mohammed" in name for name in _names_shown(window))
    window.open_profile(person.id)
    assert window.profile_page.person_id == person.id
    assert "Mohammed" in window.profile_page.ui.titleLabel.text()
    heard = _hub_signals(window)

    code = short_code(person.id)
    SyncService(window.session).erase_person(code, confirmation=code)  # as the CLI would

    qtbot.waitUntil(lambda: heard != [])
    assert heard[0].gone == {person.id}
    qtbot.waitUntil(lambda: page.results.rowCount() == 0)
    assert window.profile_page.person_id is None
    assert window.profile_page.ui.titleLabel.text() == ""
    assert window.cv_page.person_id is None
    assert window.current_section() is not window.profile_page  # its section is hidden


def test_a_correction_on_one_screen_shows_on_the_others(
    qtbot: QtBot, set_up_desk: Desk, open_window: OpenWindow
) -> None:
    (person,) = seed(set_up_desk, MOHAMMED)
    window = open_window("coordinator")
    page = window.reception_page
    type_search(qtbot, page, "Mohammed")
    window.open_profile(person.id)
    window.show_section(page)

    PersonDetails(window.session).correct(person.id, family_name="Alhassan")

    qtbot.waitUntil(lambda: "Alhassan" in window.profile_page.ui.titleLabel.text())
    qtbot.waitUntil(lambda: any("Alhassan" in name for name in _names_shown(window)))


def test_a_profile_entry_saved_elsewhere_appears_on_the_open_profile(
    qtbot: QtBot, set_up_desk: Desk, open_window: OpenWindow
) -> None:
    (person,) = seed(set_up_desk, MOHAMMED)
    window = open_window("coordinator")
    window.open_profile(person.id)
    interests = window.profile_page.lists
    before = sum(entries.model.rowCount() for entries in interests.values())

    Profiles(window.session).save(Interest(person_id=person.id, name="Chess"))

    qtbot.waitUntil(
        lambda: sum(entries.model.rowCount() for entries in interests.values()) == before + 1
    )


def test_a_merge_moves_the_open_profile_to_the_kept_record(
    qtbot: QtBot, set_up_desk: Desk, open_window: OpenWindow
) -> None:
    kept, merged = seed(
        set_up_desk, MOHAMMED, {**MOHAMMED, "given_name": "Muhammad", "phone": None}
    )
    window = open_window("coordinator")
    window.open_profile(merged.id)
    assert window.profile_page.person_id == merged.id

    VisitorsService(window.session).merge(kept.id, merged.id)

    qtbot.waitUntil(lambda: window.profile_page.person_id == kept.id)
    assert window.cv_page.person_id == kept.id


def test_a_sync_that_pulls_a_changed_name_updates_the_reception_results(
    qtbot: QtBot,
    tmp_path: Path,
    set_up_desk: Desk,
    settings: DeskSettings,
    translations: Translations,
    server: LiveServer,
    clock: FakeClock,
) -> None:
    mine = set_up_desk.unlock(COORDINATOR, COORDINATOR_PASSWORD)
    SyncService(mine).enrol(server.url, server.code("Umeå"))
    person = add_person(mine, given_name="Hiwet", family_name="Tsegaye")
    SyncService(mine).sync_now()
    mine.close()
    other = make_desk(tmp_path, "other", FakeClock(clock() + 30))
    other_sync = SyncService(other)
    other_sync.enrol(server.url, server.code("Umeå"))
    other_sync.sync_now()

    window = open_main_window(
        qtbot, set_up_desk, settings, translations, COORDINATOR, COORDINATOR_PASSWORD
    )
    page = window.reception_page
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page.focus_search()
    type_search(qtbot, page, "Hiwet")
    assert _names_shown(window) == ["Hiwet Tsegaye"]

    edit_person(other, person.id, family_name="Gebremedhin")
    other_sync.sync_now()
    one_sync_round(qtbot, window.sync.runner)

    qtbot.waitUntil(lambda: _names_shown(window) == ["Hiwet Gebremedhin"])
    other.close()
