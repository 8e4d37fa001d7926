"""The main window: roles, staff management, idle lock, language switch."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QListWidget, QWidget
from pytestqt.qtbot import QtBot

from entryhub_desk.domain.staff import Role
from entryhub_desk.services import Desk
from entryhub_desk.views.add_staff_dialog import AddStaffDialog
from entryhub_desk.views.change_password_dialog import ChangePasswordDialog
from entryhub_desk.views.i18n import Translations
from entryhub_desk.views.settings import DeskSettings
from tests.conftest import COORDINATOR, COORDINATOR_PASSWORD
from tests.views.conftest import RECEPTIONIST, RECEPTIONIST_PASSWORD, open_main_window

IDLE_MS = 150


def _activate(qtbot: QtBot, window: QWidget) -> None:
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def test_coordinator_sees_staff_management(
    qtbot: QtBot, set_up_desk: Desk, settings: DeskSettings, translations: Translations
) -> None:
    window = open_main_window(
        qtbot, set_up_desk, settings, translations, COORDINATOR, COORDINATOR_PASSWORD
    )
    window.show_section(window.admin_page)  # Reception comes first
    page = window.admin_page
    assert page.ui.staffGroup.isVisible()
    assert page.ui.rekeyButton.isVisible()
    model = page.model
    names = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert names == [COORDINATOR, RECEPTIONIST]
    assert model.index(1, 1).data() == "Receptionist"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Name"
    assert COORDINATOR in window._staff_label.text()


def test_receptionist_does_not_see_staff_management(
    qtbot: QtBot, set_up_desk: Desk, settings: DeskSettings, translations: Translations
) -> None:
    window = open_main_window(
        qtbot, set_up_desk, settings, translations, RECEPTIONIST, RECEPTIONIST_PASSWORD
    )
    window.show_section(window.admin_page)  # Reception comes first
    page = window.admin_page
    assert not page.ui.staffGroup.isVisible()
    assert not page.ui.deskGroup.isVisible()
    assert page.model.rowCount() == 0
    assert page.ui.changePasswordButton.isVisible()


def test_add_staff_through_the_dialog(
    qtbot: QtBot, set_up_desk: Desk, settings: DeskSettings, translations: Translations
) -> None:
    window = open_main_window(
        qtbot, set_up_desk, settings, translations, COORDINATOR, COORDINATOR_PASSWORD
    )
    _activate(qtbot, window)
    page = window.admin_page
    page.ui.addStaffButton.setFocus()
    qtbot.keyClick(_focused(), Qt.Key.Key_Space)
    dialog = page.findChild(AddStaffDialog)
    assert dialog is not None
    _activate(qtbot, dialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.ui.nameEdit)
    qtbot.keyClicks(_focused(), "Sara Volunteer")
    qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    assert _focused() is dialog.ui.roleCombo
    qtbot.keyClick(_focused(), Qt.Key.Key_Down)  # Receptionist → Volunteer
    qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(_focused(), "Kaffekopp-Regn-2024")
    qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(_focused(), "Kaffekopp-Regn-2025")
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)
    assert dialog.ui.errorLabel.text() == "The two passwords differ."
    dialog.ui.repeatEdit.clear()
    dialog.ui.repeatEdit.setFocus()
    qtbot.keyClicks(_focused(), "Kaffekopp-Regn-2024")
    with qtbot.waitSignal(dialog.staffAdded, timeout=10_000):
        qtbot.keyClick(_focused(), Qt.Key.Key_Return)
    assert not dialog.isVisible()
    member = page.selected_member()
    assert member is not None
    assert (member.name, member.role) == ("Sara Volunteer", Role.VOLUNTEER)
    assert "Sara Volunteer" in window.ui.statusBar.currentMessage()
    assert "Sara Volunteer" in set_up_desk.staff_names()


def test_add_staff_shows_an_existing_name(
    qtbot: QtBot, set_up_desk: Desk, settings: DeskSettings, translations: Translations
) -> None:
    window = open_main_window(
        qtbot, set_up_desk, settings, translations, COORDINATOR, COORDINATOR_PASSWORD
    )
    window.admin_page.add_staff()
    dialog = window.admin_page.findChild(AddStaffDialog)
    assert dialog is not None
    dialog.ui.nameEdit.setText(RECEPTIONIST)
    dialog.ui.passwordEdit.setText("Kaffekopp-Regn-2024")
    dialog.ui.repeatEdit.setText("Kaffekopp-Regn-2024")
    dialog.ui.buttonBox.accepted.emit()
    qtbot.waitUntil(lambda: dialog.ui.errorLabel.text() != "", timeout=10_000)
    assert dialog.ui.errorLabel.text() == f"A staff member called {RECEPTIONIST} already exists."


def test_idle_lock_and_unlock_by_keyboard(
    qtbot: QtBot, set_up_desk: Desk, settings: DeskSettings, translations: Translations
) -> None:
    window = open_main_window(
        qtbot,
        set_up_desk,
        settings,
        translations,
        COORDINATOR,
        COORDINATOR_PASSWORD,
        idle_interval_ms=3_600_000,
    )
    _activate(qtbot, window)
    page = window.admin_page
    section = window.current_section()
    page.ui.idleSpin.setFocus()
    assert _focused() is page.ui.idleSpin
    # Only now the short idle time: on a busy machine it must not run out before the focus
    # is where the test wants it.
    window.idle.set_interval(IDLE_MS)

    qtbot.waitUntil(lambda: window.locked, timeout=5_000)
    window.idle.set_interval(3_600_000)  # no second lock while the test looks around
    assert window.ui.rootStack.currentWidget() is window.lock_page
    assert window.session.is_locked
    assert page.model.rowCount() == 0  # decrypted data dropped
    assert _focused() is window.lock_page.ui.passwordEdit

    qtbot.keyClicks(_focused(), "wrong password")
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.lock_page.ui.errorLabel.text() != "", timeout=10_000)
    assert (
        window.lock_page.ui.errorLabel.text() == "Wrong password. Try again."
    )  # only the password was typed
    assert window.locked

    set_up_desk.throttle.success(COORDINATOR)  # no back-off wait in the test
    qtbot.waitUntil(lambda: _focused() is window.lock_page.ui.passwordEdit)
    qtbot.keyClicks(_focused(), COORDINATOR_PASSWORD)
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.locked, timeout=10_000)
    assert window.ui.rootStack.currentWidget() is window.ui.workPage
    assert window.current_section() is section
    assert _focused() is page.ui.idleSpin
    assert page.model.rowCount() == 2
    assert not window.session.is_locked


def test_ctrl_l_locks(
    qtbot: QtBot, set_up_desk: Desk, settings: DeskSettings, translations: Translations
) -> None:
    window = open_main_window(
        qtbot, set_up_desk, settings, translations, RECEPTIONIST, RECEPTIONIST_PASSWORD
    )
    _activate(qtbot, window)
    window.admin_page.ui.changePasswordButton.setFocus()
    qtbot.keyClick(_focused(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locked
    assert _focused() is window.lock_page.ui.passwordEdit
    assert not window.ui.actionLock.isEnabled()


def test_idle_lock_hides_open_dialogs_until_unlocked(
    qtbot: QtBot, set_up_desk: Desk, settings: DeskSettings, translations: Translations
) -> None:
    window = open_main_window(
        qtbot,
        set_up_desk,
        settings,
        translations,
        RECEPTIONIST,
        RECEPTIONIST_PASSWORD,
        idle_interval_ms=IDLE_MS,
    )
    window.admin_page.change_own_password()
    dialog = window.admin_page.findChild(ChangePasswordDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: window.locked, timeout=5_000)
    window.idle.set_interval(3_600_000)
    assert not dialog.isVisible()
    window.lock_page.ui.passwordEdit.setText(RECEPTIONIST_PASSWORD)
    window.lock_page.unlock()
    qtbot.waitUntil(lambda: not window.locked, timeout=10_000)
    assert dialog.isVisible()


def test_change_own_password_with_a_wrong_current_password(
    qtbot: QtBot, set_up_desk: Desk, settings: DeskSettings, translations: Translations
) -> None:
    window = open_main_window(
        qtbot, set_up_desk, settings, translations, RECEPTIONIST, RECEPTIONIST_PASSWORD
    )
    window.admin_page.change_own_password()
    dialog = window.admin_page.findChild(ChangePasswordDialog)
    assert dialog is not None
    dialog.ui.currentEdit.setText("not my password")
    dialog.ui.passwordEdit.setText("Kaffekopp-Regn-2024")
    dialog.ui.repeatEdit.setText("Kaffekopp-Regn-2024")
    dialog.ui.buttonBox.accepted.emit()
    qtbot.waitUntil(lambda: dialog.ui.errorLabel.text() != "", timeout=10_000)
    assert dialog.ui.errorLabel.text() == "Wrong name or password."
    assert dialog.isVisible()


def test_language_switch_retranslates_visible_texts(
    qtbot: QtBot, set_up_desk: Desk, settings: DeskSettings, translations: Translations
) -> None:
    window = open_main_window(
        qtbot, set_up_desk, settings, translations, COORDINATOR, COORDINATOR_PASSWORD
    )
    page = window.admin_page
    assert page.ui.staffGroup.title() == "Staff"
    admin_row = window.ui.sections.indexOf(page)
    assert window.ui.navigation.item(admin_row).text() == "Admin"
    window.ui.actionSwedish.trigger()
    qtbot.waitUntil(lambda: page.ui.staffGroup.title() == "Personal")
    assert window.ui.navigation.item(admin_row).text() == "Administration"
    assert window.ui.menuDesk.title() == "&Arkiv"
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "Namn"
    assert page.model.index(1, 1).data() == "Receptionist"
    assert "Inloggad" in window._staff_label.text()
    assert settings.language() == "sv"
    assert window.ui.actionSwedish.isChecked()
    window.ui.actionEnglish.trigger()
    qtbot.waitUntil(lambda: page.ui.staffGroup.title() == "Staff")
    assert settings.language() == "en"


def test_reset_password_through_the_dialog(
    qtbot: QtBot, set_up_desk: Desk, settings: DeskSettings, translations: Translations
) -> None:
    from entryhub_desk.views.reset_password_dialog import ResetPasswordDialog

    window = open_main_window(
        qtbot, set_up_desk, settings, translations, COORDINATOR, COORDINATOR_PASSWORD
    )
    dialog = ResetPasswordDialog(window.session, RECEPTIONIST, window)
    dialog.show()
    _activate(qtbot, dialog)
    assert RECEPTIONIST in dialog.ui.introLabel.text()
    qtbot.keyClicks(dialog.ui.passwordEdit, "Kanelbulle-Regn-77")
    qtbot.keyClicks(dialog.ui.repeatEdit, "Kanelbulle-Regn-78")
    qtbot.keyClick(dialog.ui.repeatEdit, Qt.Key.Key_Return)
    assert dialog.ui.errorLabel.text() == "The two passwords differ."
    dialog.ui.repeatEdit.clear()
    qtbot.keyClicks(dialog.ui.repeatEdit, "Kanelbulle-Regn-77")
    with qtbot.waitSignal(dialog.passwordReset, timeout=10_000) as reset:
        qtbot.keyClick(dialog.ui.repeatEdit, Qt.Key.Key_Return)
    assert reset.args == [RECEPTIONIST]
    assert not dialog.isVisible()
    set_up_desk.unlock(RECEPTIONIST, "Kanelbulle-Regn-77").close()


def _names_cut(window: QWidget, navigation: QListWidget) -> list[str]:
    """The sections whose name (with its icon) is wider than the sidebar shows."""
    QApplication.processEvents()
    room = navigation.viewport().width()
    return [
        navigation.item(row).text()
        for row in range(navigation.count())
        if not navigation.item(row).isHidden()
        and navigation.sizeHintForIndex(navigation.model().index(row, 0)).width() > room
    ]


def test_a_narrow_window_never_cuts_the_section_names(
    qtbot: QtBot, set_up_desk: Desk, settings: DeskSettings, translations: Translations
) -> None:
    """At 1024 px the reception page's table took the sidebar's room: "Recept", "Employ",
    "Matchi", with a scroll bar under them."""
    window = open_main_window(
        qtbot, set_up_desk, settings, translations, COORDINATOR, COORDINATOR_PASSWORD
    )
    navigation = window.ui.navigation
    window.resize(800, 600)
    assert _names_cut(window, navigation) == []
    window.ui.actionSwedish.trigger()  # longer names ("Administration", "Arbetsgivare")
    qtbot.waitUntil(lambda: window.ui.menuDesk.title() == "&Arkiv")
    window.resize(700, 600)
    assert _names_cut(window, navigation) == []
    window.ui.actionEnglish.trigger()
    qtbot.waitUntil(lambda: window.ui.menuDesk.title() == "&Desk")
