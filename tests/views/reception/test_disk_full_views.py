"""The reception screens on a full disk: log in and search at 0 bytes free; registering says
plainly that the disk is full and keeps what was typed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from entryhub_desk.config import DeskConfig
from entryhub_desk.security.audit import AuditLog
from entryhub_desk.services import Desk
from entryhub_desk.services.visitors import VisitorsService
from entryhub_desk.store.identity import iso_utc
from entryhub_desk.views.reception.new_visitor_dialog import NewVisitorDialog
from tests.conftest import COORDINATOR, COORDINATOR_PASSWORD, TEST_SCRYPT_N, FakeClock
from tests.services.diskfull import SmallDisk, on_small_disk, small_disk
from tests.services.diskfull_desk import desk_on
from tests.views.reception.conftest import MOHAMMED, OpenWindow, seed, type_search

__all__ = ["small_disk"]  # the fixture, used by name


@pytest.fixture
def desk_config(small_disk: object, clock: FakeClock, tmp_path: Path) -> DeskConfig:
    """The store on the small disk (the views' ``desk`` and ``set_up_desk`` use it)."""
    root = small_disk.root if isinstance(small_disk, SmallDisk) else tmp_path
    return DeskConfig(
        data_dir=root / "data", log_dir=root / "logs", clock=clock, scrypt_n=TEST_SCRYPT_N
    )


@on_small_disk
def test_log_in_and_search_at_zero_bytes_free(
    qtbot: QtBot,
    small_disk: SmallDisk,
    clock: FakeClock,
    set_up_desk: Desk,
    open_window: OpenWindow,
) -> None:
    seed(set_up_desk, MOHAMMED)
    small_disk.fill(leave=0)
    clock.advance(60)
    login_time = clock()
    window = open_window("receptionist")  # the log-in at 0 bytes free
    page = window.reception_page
    type_search(qtbot, page, "Muhamad Ali")
    assert [hit.person.given_name for hit in page.results.hits()] == ["Mohammed"]
    assert window.session.held_audit_entries >= 1

    small_disk.release()
    assert window.session.write_held_audit()
    entries = AuditLog(
        window.session.opened.conn, window.session.identity, set_up_desk.config.clock
    ).entries()
    assert [e.at for e in entries if e.action == "login"][-1] == iso_utc(login_time)


@on_small_disk
def test_registration_on_a_full_disk_names_the_disk_and_keeps_the_form(
    qtbot: QtBot, small_disk: SmallDisk, clock: FakeClock
) -> None:
    disk = small_disk
    desk = desk_on(disk, clock)
    session = desk.unlock(COORDINATOR, COORDINATOR_PASSWORD)
    try:
        dialog = NewVisitorDialog(VisitorsService(session))
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.keyClicks(dialog.ui.givenEdit, "Sara")
        qtbot.keyClicks(dialog.ui.familyEdit, "Tesfay")
        qtbot.keyClicks(dialog.ui.phoneEdit, "070-765 43 21")
        for radio in (
            dialog.ui.keepGiven,
            dialog.ui.contactGiven,
            dialog.ui.employersRefused,
            dialog.ui.hubsRefused,
            dialog.ui.matchRefused,
        ):
            radio.setFocus()
            qtbot.keyClick(radio, Qt.Key.Key_Space)
        disk.fill(leave=0)

        qtbot.keyClick(dialog.ui.matchRefused, Qt.Key.Key_Return)
        text = dialog.ui.errorLabel.text()
        assert text.startswith("The disk is full: nothing was saved. Free space on")
        assert str(desk.config.data_dir) in text
        assert "went wrong" not in text and "Error" not in text
        assert dialog.isVisible()
        assert (dialog.ui.givenEdit.text(), dialog.ui.familyEdit.text()) == ("Sara", "Tesfay")
        assert dialog.ui.phoneEdit.text() == "070-765 43 21"
        assert dialog.ui.keepGiven.isChecked()
        assert VisitorsService(session).search("Sara Tesfay") == []

        disk.release()
        with qtbot.waitSignal(dialog.registered, timeout=5_000) as registered:
            qtbot.keyClick(dialog.ui.matchRefused, Qt.Key.Key_Return)
        person, _check_in = registered.args
        assert [hit.person.id for hit in VisitorsService(session).search("Sara Tesfay")] == [
            person.id
        ]
    finally:
        session.close()
