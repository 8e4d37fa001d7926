"""Fixtures of the Employers section tests: a desk with a volunteer, one employer and helpers."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from entryhub_desk.domain.employers import Employer
from entryhub_desk.domain.staff import Role
from entryhub_desk.services import Desk
from entryhub_desk.services.employers import EmployersService
from entryhub_desk.services.staff import StaffService
from entryhub_desk.views.i18n import Translations
from entryhub_desk.views.main_window import MainWindow
from entryhub_desk.views.settings import DeskSettings
from tests.conftest import COORDINATOR, COORDINATOR_PASSWORD
from tests.views.conftest import RECEPTIONIST, RECEPTIONIST_PASSWORD, open_main_window
from tests.views.reception.conftest import activate

VOLUNTEER = "Sara Volontär"
VOLUNTEER_PASSWORD = "Kaffekopp-Regn-2024"

OpenAs = Callable[[str], MainWindow]


@pytest.fixture
def employers_desk(set_up_desk: Desk) -> Desk:
    """``set_up_desk`` with a volunteer."""
    session = set_up_desk.unlock(COORDINATOR, COORDINATOR_PASSWORD)
    try:
        StaffService(session).add_staff(VOLUNTEER, Role.VOLUNTEER, VOLUNTEER_PASSWORD)
    finally:
        session.close()
    return set_up_desk


def add_employer(desk: Desk, name: str, **fields: object) -> Employer:
    session = desk.unlock(COORDINATOR, COORDINATOR_PASSWORD)
    try:
        return EmployersService(session).add(name, **fields)  # type: ignore[arg-type]
    finally:
        session.close()


@pytest.fixture
def open_as(
    qtbot: QtBot, employers_desk: Desk, settings: DeskSettings, translations: Translations
) -> OpenAs:
    """``open_as("coordinator" | "volunteer" | "receptionist")``: an active main window."""

    def open_(who: str) -> MainWindow:
        name, password = {
            "coordinator": (COORDINATOR, COORDINATOR_PASSWORD),
            "volunteer": (VOLUNTEER, VOLUNTEER_PASSWORD),
            "receptionist": (RECEPTIONIST, RECEPTIONIST_PASSWORD),
        }[who]
        window = open_main_window(qtbot, employers_desk, settings, translations, name, password)
        activate(qtbot, window)
        return window

    return open_
