"""Registering on a full disk: the dialog says so plainly and keeps what was typed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from entryhub_desk.config import DeskConfig
from entryhub_desk.views.reception.new_visitor_dialog import NewVisitorDialog
from tests.conftest import COORDINATOR, COORDINATOR_PASSWORD, TEST_SCRYPT_N, FakeClock
from tests.services.diskfull import SmallDisk, on_small_disk, small_disk
from tests.services.helpers import set_up_desk

__all__ = ["small_disk"]  # the fixture, used by name


@on_small_disk
def test_registration_on_a_full_disk_names_the_disk_and_keeps_the_form(
    qtbot: QtBot, small_disk: SmallDisk, clock: FakeClock
) -> None:
    disk = small_disk
    config = DeskConfig(
        data_dir=disk.root / "data", log_dir=disk.root / "logs", clock=clock, scrypt_n=TEST_SCRYPT_N
    )
    desk, _ = set_up_desk(config)
    session = desk.unlock(COORDINATOR, COORDINATOR_PASSWORD)
    try:
        dialog = NewVisitorDialog(session.reception())
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
        ):
            radio.setFocus()
            qtbot.keyClick(radio, Qt.Key.Key_Space)
        disk.fill(leave=0)

        qtbot.keyClick(dialog.ui.hubsRefused, Qt.Key.Key_Return)
        text = dialog.ui.errorLabel.text()
        assert text.startswith("The disk is full: nothing was saved. Free space on")
        assert str(config.data_dir) in text
        assert "went wrong" not in text and "Error" not in text
        assert dialog.isVisible()
        assert (dialog.ui.givenEdit.text(), dialog.ui.familyEdit.text()) == ("Sara", "Tesfay")
        assert dialog.ui.phoneEdit.text() == "070-765 43 21"
        assert dialog.ui.keepGiven.isChecked()
        assert session.reception().search("Sara Tesfay") == []

        disk.release()
        with qtbot.waitSignal(dialog.registered, timeout=5_000) as registered:
            qtbot.keyClick(dialog.ui.hubsRefused, Qt.Key.Key_Return)
        person, _check_in = registered.args
        assert [hit.person.id for hit in session.reception().search("Sara Tesfay")] == [person.id]
    finally:
        session.close()
