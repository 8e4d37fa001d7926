"""Locked means locked: while the desk is locked no window but the lock screen is on screen and
no action, shortcut or menu can do anything; unlocking (by the member or a coordinator) brings
back the dialogs, enabled states, section and focus as they were."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QWidget
from pytestqt.qtbot import QtBot

from entryhub_desk.domain.staff import Role
from entryhub_desk.security.audit import AuditLog
from entryhub_desk.services import Desk, Session
from entryhub_desk.services.staff import StaffService
from entryhub_desk.services.visitors import VisitorsService
from entryhub_desk.views.about_dialog import AboutDialog
from entryhub_desk.views.cv.batch_dialog import CvBatchDialog
from entryhub_desk.views.flow import DeskFlow
from entryhub_desk.views.i18n import Translations
from entryhub_desk.views.main_window import MainWindow
from entryhub_desk.views.settings import DeskSettings
from tests.conftest import COORDINATOR, COORDINATOR_PASSWORD
from tests.views.conftest import RECEPTIONIST, RECEPTIONIST_PASSWORD, open_main_window
from tests.views.lock_dialogs import WAIT_MS, open_dialogs

VOLUNTEER = "Sara Volontär"
VOLUNTEER_PASSWORD = "Kaffekopp-Regn-2024"


@pytest.fixture
def lock_desk(set_up_desk: Desk) -> tuple[Desk, str]:
    """The coordinator and receptionist of ``set_up_desk``, a volunteer and one visitor."""
    session = set_up_desk.unlock(COORDINATOR, COORDINATOR_PASSWORD)
    try:
        StaffService(session).add_staff(VOLUNTEER, Role.VOLUNTEER, VOLUNTEER_PASSWORD)
        person = VisitorsService(session).register(
            VisitorsService(session).new_person(
                given_name="Yonas", family_name="Tesfay", birth_year=1990
            )
        )
    finally:
        session.close()
    return set_up_desk, person.id


@pytest.fixture
def windows(
    qtbot: QtBot, lock_desk: tuple[Desk, str], settings: DeskSettings, translations: Translations
) -> Iterator[list[MainWindow]]:
    opened: list[MainWindow] = []
    yield opened
    for window in opened:
        window.close()
        window.cv_page.pool.waitForDone(WAIT_MS)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _open(
    qtbot: QtBot,
    lock_desk: tuple[Desk, str],
    settings: DeskSettings,
    translations: Translations,
    windows: list[MainWindow],
    name: str,
    password: str,
) -> MainWindow:
    window = open_main_window(qtbot, lock_desk[0], settings, translations, name, password)
    windows.append(window)
    _activate(qtbot, window)
    return window


@pytest.fixture
def coordinator_window(
    qtbot: QtBot,
    lock_desk: tuple[Desk, str],
    settings: DeskSettings,
    translations: Translations,
    windows: list[MainWindow],
) -> MainWindow:
    """The main window of ``lock_desk``, logged in as the coordinator and active."""
    return _open(
        qtbot, lock_desk, settings, translations, windows, COORDINATOR, COORDINATOR_PASSWORD
    )


def _activate(qtbot: QtBot, window: QWidget) -> None:
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def _all_actions(window: MainWindow) -> list[QAction]:
    """Every QAction of the main window (menus, pages, dialogs opened from it) and of every
    other top-level widget on screen (parentless windows)."""
    found: dict[int, QAction] = {}
    for root in (window, *(w for w in QApplication.topLevelWidgets() if w.isVisible())):
        for action in root.findChildren(QAction):
            if shiboken6.isValid(action):
                found.setdefault(id(action), action)
    return list(found.values())


def _on_screen(window: MainWindow) -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window]


def _states(window: MainWindow) -> dict[int, tuple[str, bool, bool, bool]]:
    return {
        id(a): (a.text(), a.isEnabled(), a.isVisible(), a.isChecked()) for a in _all_actions(window)
    }


def _widget_states(dialogs: list[QDialog]) -> dict[int, bool]:
    """Enabled state of every widget inside the dialogs (and the dialogs themselves)."""
    return {id(w): w.isEnabled() for d in dialogs for w in (d, *d.findChildren(QWidget))}


def _shortcut_keys(window: MainWindow) -> list[QKeySequence]:
    keys = [k for a in _all_actions(window) for k in a.shortcuts() if not k.isEmpty()]
    keys += [s.key() for s in window.findChildren(QShortcut) if not s.key().isEmpty()]
    # The menu bar's mnemonics (Alt+D opens the Desk menu) and a few plain ones.
    keys += [QKeySequence("Alt+D"), QKeySequence("Alt+V"), QKeySequence("Alt+H")]
    keys += [QKeySequence("Ctrl+N"), QKeySequence("Ctrl+P"), QKeySequence("Ctrl+Q")]
    unique: dict[str, QKeySequence] = {k.toString(): k for k in keys}
    return list(unique.values())


def _press(target: QWidget, sequence: QKeySequence) -> None:
    combination = sequence[0]
    QTest.keyClick(target, combination.key(), combination.keyboardModifiers())


def _unlock(qtbot: QtBot, window: MainWindow, name: str, password: str) -> None:
    page = window.lock_page
    if name.isascii():  # typed, as a person would (QTest types ASCII only)
        page.ui.nameCombo.setEditText("")
        qtbot.keyClicks(page.ui.nameCombo.lineEdit(), name)
        assert page.ui.nameCombo.currentText() == name
    else:
        page.ui.nameCombo.setEditText(name)
    page.ui.passwordEdit.setFocus()
    page.ui.passwordEdit.setText(password)  # (QTest types ASCII only)
    qtbot.keyClick(page.ui.passwordEdit, Qt.Key.Key_Return)


def test_lock_hides_every_window_and_disables_every_action_until_unlock(
    qtbot: QtBot,
    lock_desk: tuple[Desk, str],
    coordinator_window: MainWindow,
    tmp_path: Path,
) -> None:
    window = coordinator_window
    dialogs = open_dialogs(qtbot, window, lock_desk[1], tmp_path)
    batch = dialogs["batch"]
    assert isinstance(batch, CvBatchDialog)
    # States that unlocking must not "repair": a disabled dialog, a disabled action.
    dialogs["about"].setEnabled(False)
    window.ui.actionAbout.setEnabled(False)
    section = window.current_section()
    _activate(qtbot, batch)
    batch.ui.searchEdit.setFocus()
    qtbot.keyClicks(batch.ui.searchEdit, "Yon")
    qtbot.waitUntil(lambda: batch.ui.foundList.count() == 1, timeout=WAIT_MS)
    before_actions = _states(window)
    before_windows = _on_screen(window)
    before_widgets = _widget_states(list(dialogs.values()))
    assert set(map(id, before_windows)) == set(map(id, dialogs.values()))

    window.idle.set_interval(150)  # the desk locks itself while the dialogs are open
    qtbot.waitUntil(lambda: window.locked, timeout=5_000)
    window.idle.set_interval(3_600_000)

    actions = _all_actions(window)
    top_levels = QApplication.topLevelWidgets()
    enabled = [a.text() or a.objectName() or repr(a) for a in actions if a.isEnabled()]
    shown = [w.objectName() or type(w).__name__ for w in _on_screen(window)]
    print(f"\nlocked: {len(actions)} actions and {len(top_levels)} top-level widgets enumerated")
    assert len(actions) >= 20
    assert enabled == []
    assert shown == []
    assert not window.menuBar().isEnabled()
    assert all(not m.menuAction().isEnabled() for m in window.findChildren(QMenu))
    assert all(not s.isEnabled() for s in window.findChildren(QShortcut))

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.lock_page.ui.passwordEdit)
    _unlock(qtbot, window, COORDINATOR, COORDINATOR_PASSWORD)
    qtbot.waitUntil(lambda: not window.locked, timeout=WAIT_MS)

    assert {id(w) for w in _on_screen(window)} == {id(w) for w in before_windows}
    assert _widget_states(list(dialogs.values())) == before_widgets
    assert not dialogs["about"].isEnabled()
    after_actions = _states(window)
    assert {k: after_actions.get(k) for k in before_actions} == before_actions
    assert not window.ui.actionAbout.isEnabled()
    assert window.current_section() is section
    qtbot.waitUntil(batch.isActiveWindow)
    assert QApplication.focusWidget() is batch.ui.searchEdit
    assert batch.ui.searchEdit.text() == "Yon"


def test_no_key_and_no_trigger_acts_while_locked(
    qtbot: QtBot,
    lock_desk: tuple[Desk, str],
    coordinator_window: MainWindow,
) -> None:
    window = coordinator_window
    window.open_profile(lock_desk[1])
    fired: list[str] = []
    keys = _shortcut_keys(window)
    # Lock while a modal file chooser runs its own loop (the import's "choose a file"): the
    # chooser is cancelled, its loop ends, nothing is imported.
    QTimer.singleShot(0, window.lock)
    window.reception_page.importAction.trigger()  # returns once the lock cancelled it
    assert window.locked
    assert window.reception_page._importer.report_dialog is None
    # An action a page makes while locked, with a shortcut of its own.
    late = QAction("late", window.cv_page)
    late.setShortcut(QKeySequence("Ctrl+K"))
    late.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    window.addAction(late)
    keys.append(QKeySequence("Ctrl+K"))
    actions = _all_actions(window)
    for action in actions:
        action.triggered.connect(lambda _c=False, a=action: fired.append(a.text()))
    for shortcut in window.findChildren(QShortcut):
        shortcut.activated.connect(lambda s=shortcut: fired.append(s.key().toString()))

    # A modal dialog that did open (a printer dialog in its own exec() loop) would stop the
    # test for good: note it and close it.
    stray: list[str] = []

    def close_strays() -> None:
        for widget in _on_screen(window):
            stray.append(widget.objectName() or type(widget).__name__)
            if isinstance(widget, QDialog):
                widget.reject()
            widget.hide()

    watchdog = QTimer(window)
    watchdog.timeout.connect(close_strays)
    watchdog.start(100)
    print(f"\nlocked: {len(keys)} shortcut keys sent, {len(actions)} actions triggered")
    for sequence in keys:
        for target in (window, QApplication.focusWidget() or window):
            _press(target, sequence)
    QApplication.processEvents()
    assert fired == []
    assert _on_screen(window) == []
    assert window.cv_page.batch_dialog is None

    for action in actions:
        action.trigger()
    QApplication.processEvents()
    assert fired == []
    assert _on_screen(window) == []
    assert window.cv_page.batch_dialog is None
    assert window.locked and not window._closed
    watchdog.stop()
    assert stray == []

    # Slots that open dialogs refuse while locked, and a window shown anyway (a background job
    # ending with a message) never reaches the screen; it appears after unlock.
    window.cv_page.open_batch()
    window.show_about()
    assert window.cv_page.batch_dialog is None
    # Issue 15's dialogs: a new employer, an opening, an introduction, the Matching section.
    window.employers_page.new_employer()
    window.employers_page.card.edit_opening(None)
    window.employers_page.card.edit_contact(None)
    window.employers_page.card.add_log()
    window.matching_page.introduce()
    window.profile_page.openings.introduce()
    window.open_matching("no-opening")
    assert window.employers_page.dialog is None and window.employers_page.card.dialog is None
    assert window.matching_page.dialog is None and window.profile_page.openings.dialog is None
    assert window.current_section() is not window.matching_page
    late_dialog = QDialog(window)
    late_dialog.setObjectName("late dialog")
    late_dialog.show()
    qtbot.waitUntil(lambda: not late_dialog.isVisible())
    assert _on_screen(window) == []

    _unlock(qtbot, window, COORDINATOR, COORDINATOR_PASSWORD)
    qtbot.waitUntil(lambda: not window.locked, timeout=WAIT_MS)
    assert late_dialog.isVisible()
    assert late.isEnabled()
    assert [w.objectName() for w in _on_screen(window)] == ["late dialog"]
    late_dialog.close()
    _activate(qtbot, window)
    window.ui.navigation.setFocus()
    _press(window.ui.navigation, QKeySequence("Ctrl+K"))
    assert fired == ["late"]  # the same key works again once unlocked


def _audit(session: Session) -> list[tuple[str | None, str, str | None, object]]:
    log = AuditLog(session.opened.conn, session.identity, session.desk.config.clock)
    return [
        (e.staff_id, e.action, e.subject_id, e.details.get("reason"))
        for e in log.entries()
        if e.details.get("reason") in ("unlock", "unlock_by_coordinator", "unlock_not_allowed")
    ]


def test_a_coordinator_unlocks_a_receptionists_desk_and_nobody_else_can(
    qtbot: QtBot,
    lock_desk: tuple[Desk, str],
    settings: DeskSettings,
    translations: Translations,
    windows: list[MainWindow],
) -> None:
    desk = lock_desk[0]
    window = _open(
        qtbot, lock_desk, settings, translations, windows, RECEPTIONIST, RECEPTIONIST_PASSWORD
    )
    session = window.session
    names = {m.name: m.id for m in StaffService(session).list_staff()}
    window.lock()
    page = window.lock_page
    assert page.ui.nameCombo.currentText() == RECEPTIONIST

    def attempt(name: str, password: str) -> str:
        page.ui.errorLabel.setText("")
        _unlock(qtbot, window, name, password)
        qtbot.waitUntil(
            lambda: page.ui.errorLabel.text() != "" or not window.locked, timeout=WAIT_MS
        )
        return page.ui.errorLabel.text()

    # Another member with the right password: refused, still locked.
    assert attempt(VOLUNTEER, VOLUNTEER_PASSWORD) == (
        f"Only {RECEPTIONIST} or a coordinator can unlock this desk."
    )
    assert window.locked and session.is_locked
    # A coordinator's wrong password: refused, and the next try backs off.
    assert attempt(COORDINATOR, "not the password") == "Wrong name or password."
    assert "Too many wrong passwords" in attempt(COORDINATOR, COORDINATOR_PASSWORD)
    assert window.locked
    desk.throttle.success(COORDINATOR)  # the wait is over (no clock in GUI tests)
    attempt(COORDINATOR, COORDINATOR_PASSWORD)
    qtbot.waitUntil(lambda: not window.locked, timeout=WAIT_MS)
    assert not session.is_locked
    assert session.staff.name == RECEPTIONIST  # the desk goes on as the receptionist's session
    assert window.ui.statusBar.currentMessage() == f"Unlocked by {COORDINATOR} (coordinator)."
    assert _audit(session) == [
        (names[VOLUNTEER], "login_failed", names[RECEPTIONIST], "unlock_not_allowed"),
        (names[RECEPTIONIST], "login_failed", names[RECEPTIONIST], "unlock"),
        (names[COORDINATOR], "login", names[RECEPTIONIST], "unlock_by_coordinator"),
    ]

    # The receptionist herself unlocks as before (and is audited as herself).
    window.lock()
    _unlock(qtbot, window, RECEPTIONIST, RECEPTIONIST_PASSWORD)
    qtbot.waitUntil(lambda: not window.locked, timeout=WAIT_MS)
    assert _audit(session)[-1] == (names[RECEPTIONIST], "login", names[RECEPTIONIST], "unlock")


def test_a_volunteer_cannot_unlock_a_coordinators_desk(
    qtbot: QtBot,
    coordinator_window: MainWindow,
) -> None:
    window = coordinator_window
    window.lock()
    _unlock(qtbot, window, RECEPTIONIST, RECEPTIONIST_PASSWORD)
    page = window.lock_page
    qtbot.waitUntil(lambda: page.ui.errorLabel.text() != "", timeout=WAIT_MS)
    assert page.ui.errorLabel.text() == f"Only {COORDINATOR} or a coordinator can unlock this desk."
    assert window.locked
    assert window.ui.rootStack.currentWidget() is page


def test_a_batch_started_before_the_lock_finishes_hidden_and_shows_its_result_after_unlock(
    qtbot: QtBot,
    lock_desk: tuple[Desk, str],
    coordinator_window: MainWindow,
    tmp_path: Path,
) -> None:
    window = coordinator_window
    window.open_cv(lock_desk[1])
    window.cv_page.batchAction.trigger()
    dialog = window.cv_page.batch_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.chosen_ids() == [lock_desk[1]]
    dialog.ui.saveRadio.setChecked(True)
    dialog.ui.folderEdit.setText(str(tmp_path))
    with qtbot.waitSignal(dialog.batchFinished, timeout=WAIT_MS) as finished:
        dialog.start()
        window.lock()  # the batch goes on behind the lock, nothing of it on screen
        assert _on_screen(window) == []
        assert dialog.running
    assert window.locked
    assert _on_screen(window) == []  # neither its progress nor its result
    assert finished.args is not None and finished.args[0].done == 1
    assert len(list(tmp_path.glob("*.pdf"))) == 1
    dialog.start()  # (say, a click that reached it) no new batch starts while locked
    assert not dialog.running
    _unlock(qtbot, window, COORDINATOR, COORDINATOR_PASSWORD)
    qtbot.waitUntil(lambda: not window.locked, timeout=WAIT_MS)
    assert _on_screen(window) == [dialog]
    assert dialog.ui.resultLabel.isVisible()
    assert dialog.ui.resultLabel.text() == "1 of 1 CVs were saved."


def test_only_log_out_ends_a_locked_session_and_the_login_window_gets_the_keyboard(
    qtbot: QtBot, flow: DeskFlow, lock_desk: tuple[Desk, str]
) -> None:
    flow.start()
    login = flow.login_window
    assert login is not None
    _activate(qtbot, login)
    login.ui.nameCombo.setEditText(COORDINATOR)
    login.ui.passwordEdit.setText(COORDINATOR_PASSWORD)
    login.log_in()
    qtbot.waitUntil(lambda: flow.main_window is not None, timeout=WAIT_MS)
    window = flow.main_window
    assert window is not None
    window.ui.actionAbout.trigger()
    about = window.findChild(AboutDialog)
    assert about is not None
    qtbot.waitExposed(about)
    window.lock()
    _activate(qtbot, window)
    # Ctrl+Q (quit) does nothing while locked; the lock page's Log out (Alt+O) is the way.
    qtbot.keyClick(
        window.lock_page.ui.passwordEdit, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier
    )
    assert window.isVisible() and flow.main_window is window
    qtbot.keyClick(window.lock_page.ui.passwordEdit, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: flow.main_window is None)  # (a mnemonic clicks after a moment)
    assert not shiboken6.isValid(about) or not about.isVisible()  # closed, not shown again
    qtbot.waitUntil(login.isVisible)
    _activate(qtbot, login)
    login.ui.passwordEdit.setFocus()
    qtbot.keyClicks(login.ui.passwordEdit, "typed")  # no lock filter left behind
    assert login.ui.passwordEdit.text() == "typed"
