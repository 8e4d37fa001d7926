"""Fixtures for the profile editor tests: a desk with a volunteer, a receptionist and a visitor."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from entryhub_desk.domain.person import Person
from entryhub_desk.domain.staff import Role
from entryhub_desk.services import Desk
from entryhub_desk.services.staff import StaffService
from entryhub_desk.store.repositories.persons import PersonRepository
from entryhub_desk.views.i18n import Translations
from entryhub_desk.views.main_window import MainWindow
from entryhub_desk.views.profile import entry_dialog
from entryhub_desk.views.settings import DeskSettings
from tests.conftest import COORDINATOR, COORDINATOR_PASSWORD
from tests.views.conftest import NO_IDLE_MS, open_main_window

VOLUNTEER = "Sara Volontär"
VOLUNTEER_PASSWORD = "Kaffekopp-Regn-2024"


@dataclass
class ProfileDesk:
    desk: Desk
    person_id: str


@pytest.fixture
def profile_desk(set_up_desk: Desk) -> ProfileDesk:
    """The desk of ``set_up_desk`` plus a volunteer and one registered visitor."""
    session = set_up_desk.unlock(COORDINATOR, COORDINATOR_PASSWORD)
    StaffService(session).add_staff(VOLUNTEER, Role.VOLUNTEER, VOLUNTEER_PASSWORD)
    person = PersonRepository(session.opened.context).add(
        Person(given_name="Amal", family_name="Haddad", hub_id=session.identity.hub_id)
    )
    session.close()
    return ProfileDesk(set_up_desk, person.id)


@pytest.fixture(autouse=True)
def _fast_drafts(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Drafts every 100 ms instead of every few seconds."""
    monkeypatch.setattr(entry_dialog, "DRAFT_INTERVAL_MS", 100)
    yield


def volunteer_window(
    qtbot: QtBot,
    pd: ProfileDesk,
    settings: DeskSettings,
    translations: Translations,
    *,
    name: str = VOLUNTEER,
    password: str = VOLUNTEER_PASSWORD,
) -> MainWindow:
    window = open_main_window(
        qtbot, pd.desk, settings, translations, name, password, idle_interval_ms=NO_IDLE_MS
    )
    activate(qtbot, window)
    return window


def activate(qtbot: QtBot, window: QWidget) -> None:
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def tab_to(qtbot: QtBot, target: QWidget, *, limit: int = 60) -> None:
    """Press Tab until ``target`` (or the widget it hands its focus to) has the focus."""
    goal = target.focusProxy() or target
    while goal.focusProxy() is not None:
        goal = goal.focusProxy()
    for _ in range(limit):
        if focused() is goal:
            return
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.objectName()}")


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` as key events with explicit text (QTest.keyClicks aborts on non-ASCII
    characters such as "ö", so every character is sent as a press/release pair here)."""
    for char in text:
        key = Qt.Key(ord(char.upper())) if char.isascii() else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            )


def _owned_by(widget: QWidget, owner: QWidget | None) -> bool:
    parent: QWidget | None = widget
    while parent is not None and owner is not None:
        if parent is owner:
            return True
        parent = parent.parentWidget()
    return owner is None


def wait_dialog(qtbot: QtBot, kind: type[QDialog], owner: QWidget | None = None) -> QDialog:
    """The visible dialog of ``kind`` (opened from ``owner``'s window), made active."""
    found: list[QDialog] = []

    def shown() -> bool:
        found[:] = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, kind) and w.isVisible() and _owned_by(w, owner)
        ]
        return bool(found)

    qtbot.waitUntil(shown)
    dialog = found[-1]
    activate(qtbot, dialog)
    return dialog
