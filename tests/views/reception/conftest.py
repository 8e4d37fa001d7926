"""Reception GUI tests: visitors seeded through the service, a main window at the desk."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from entryhub_desk.domain.consent import ConsentPurpose
from entryhub_desk.domain.person import Person
from entryhub_desk.services import Desk
from entryhub_desk.services.reception_types import ConsentChoice
from entryhub_desk.services.visitors import VisitorsService
from entryhub_desk.views.i18n import Translations
from entryhub_desk.views.main_window import MainWindow
from entryhub_desk.views.reception.reception_page import ReceptionPage
from entryhub_desk.views.settings import DeskSettings
from tests.conftest import COORDINATOR, COORDINATOR_PASSWORD
from tests.views.conftest import RECEPTIONIST, RECEPTIONIST_PASSWORD, open_main_window

ALL_GIVEN = [ConsentChoice(purpose=p, given=True) for p in ConsentPurpose]


def seed(desk: Desk, *persons: dict[str, object], consents: bool = True) -> list[Person]:
    """Register ``persons`` (Person fields) through the service as the coordinator."""
    session = desk.unlock(COORDINATOR, COORDINATOR_PASSWORD)
    try:
        stored = [
            VisitorsService(session).register(
                VisitorsService(session).new_person(**fields),
                ALL_GIVEN if consents else [],
                new_person_confirmed=True,  # namesakes on purpose
            )
            for fields in persons
        ]
    finally:
        session.close()
    return stored


MOHAMMED: dict[str, object] = {
    "given_name": "Mohammed",
    "family_name": "Ali",
    "original_script_name": "محمد علي",
    "birth_year": 1990,
    "country_of_birth": "SY",
    "phone": "070-111 22 33",
}


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def activate(qtbot: QtBot, window: QWidget) -> None:
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def type_search(qtbot: QtBot, page: ReceptionPage, text: str) -> None:
    """Type into the search box (which has the focus) and wait for the results."""
    assert focused() is page.ui.searchEdit
    with qtbot.waitSignal(page.searchFinished, timeout=10_000):
        qtbot.keyClicks(page.ui.searchEdit, text)


OpenWindow = Callable[[str], MainWindow]


@pytest.fixture
def open_window(
    qtbot: QtBot, set_up_desk: Desk, settings: DeskSettings, translations: Translations
) -> OpenWindow:
    """``open_window("coordinator" | "receptionist")``: a main window, active, on Reception."""

    def open_(who: str) -> MainWindow:
        name, password = {
            "coordinator": (COORDINATOR, COORDINATOR_PASSWORD),
            "receptionist": (RECEPTIONIST, RECEPTIONIST_PASSWORD),
        }[who]
        window = open_main_window(qtbot, set_up_desk, settings, translations, name, password)
        activate(qtbot, window)
        assert window.current_section() is window.reception_page
        return window

    return open_
