"""Admin › Backups and Audit log by keyboard: a coordinator makes a backup into a chosen
folder and sees it listed; filters the audit log and exports it; a receptionist sees neither."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from entryhub_desk.services import Desk
from entryhub_desk.views.admin_audit import AuditLogDialog
from entryhub_desk.views.admin_backups import BackupsDialog
from entryhub_desk.views.i18n import Translations
from entryhub_desk.views.settings import DeskSettings
from tests.conftest import COORDINATOR, COORDINATOR_PASSWORD
from tests.views.conftest import RECEPTIONIST, RECEPTIONIST_PASSWORD, open_main_window


def _dialog(kind: type) -> QWidget:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    assert len(found) == 1
    return found[0]


def test_backup_into_a_chosen_folder_by_keyboard(
    qtbot: QtBot,
    set_up_desk: Desk,
    settings: DeskSettings,
    translations: Translations,
    tmp_path: Path,
) -> None:
    window = open_main_window(
        qtbot, set_up_desk, settings, translations, COORDINATOR, COORDINATOR_PASSWORD
    )
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.show_section(window.admin_page)
    page = window.admin_page
    assert page.backupsButton.isVisible() and page.auditButton.isVisible()
    page.ui.staffTable.setFocus()
    qtbot.keyClick(page.ui.staffTable, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(
        lambda: any(
            isinstance(w, BackupsDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
        )
    )
    dialog = _dialog(BackupsDialog)
    assert isinstance(dialog, BackupsDialog)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    usb = tmp_path / "usb"
    usb.mkdir()
    dialog._choose_folder = lambda _parent, _start: usb
    dialog.choose_folder()
    assert settings.backup_folder() == str(usb)
    assert dialog.emptyLabel.isVisible() and dialog.table.rowCount() == 0
    qtbot.keyClick(dialog, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)  # &Make a backup now
    qtbot.waitUntil(
        lambda: dialog.table.rowCount() == 1 or bool(dialog.errorLabel.text()), timeout=20_000
    )
    assert dialog.errorLabel.text() == ""
    assert dialog.table.item(0, 2).text() == "this desk"
    assert list(usb.glob("entryhub-backup-*.zip"))
    assert "restore" in dialog.restoreLabel.text()


def test_audit_log_filter_and_export(
    qtbot: QtBot,
    set_up_desk: Desk,
    settings: DeskSettings,
    translations: Translations,
    tmp_path: Path,
) -> None:
    window = open_main_window(
        qtbot, set_up_desk, settings, translations, COORDINATOR, COORDINATOR_PASSWORD
    )
    window.show_section(window.admin_page)
    window.admin_page.open_audit_log()
    dialog = _dialog(AuditLogDialog)
    assert isinstance(dialog, AuditLogDialog)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    everything = dialog.table.rowCount()
    assert everything > 0
    index = dialog.actionCombo.findData("login")
    dialog.actionCombo.setCurrentIndex(index)
    assert 0 < dialog.table.rowCount() < everything
    assert {dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())} == {"login"}
    target = tmp_path / "audit.csv"
    dialog._choose_path = lambda _parent, _suggested: target
    qtbot.keyClick(dialog, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)  # &Export as CSV…
    qtbot.waitUntil(target.exists)
    assert "login" in target.read_text(encoding="utf-8")


def test_a_receptionist_has_no_backups_or_audit_log(
    qtbot: QtBot, set_up_desk: Desk, settings: DeskSettings, translations: Translations
) -> None:
    window = open_main_window(
        qtbot, set_up_desk, settings, translations, RECEPTIONIST, RECEPTIONIST_PASSWORD
    )
    page = window.admin_page
    assert not page.backupsButton.isVisibleTo(page) and not page.auditButton.isVisibleTo(page)
    page.open_backups()
    page.open_audit_log()
    assert not page.findChildren(BackupsDialog) and not page.findChildren(AuditLogDialog)
