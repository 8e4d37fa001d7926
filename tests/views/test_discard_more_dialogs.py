"""Escape with typed data asks first in the staff dialogs (add, reset password, change own
password) and in the merge dialog; an untouched one closes at once (issue 14)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from entryhub_desk.services import Desk
from entryhub_desk.views.add_staff_dialog import AddStaffDialog
from entryhub_desk.views.change_password_dialog import ChangePasswordDialog
from entryhub_desk.views.reception.merge_dialog import MergeDialog
from entryhub_desk.views.reset_password_dialog import ResetPasswordDialog
from tests.conftest import COORDINATOR, COORDINATOR_PASSWORD
from tests.views.conftest import RECEPTIONIST
from tests.views.discard import escape_and_answer
from tests.views.reception.conftest import MOHAMMED, seed


def _shown(qtbot: QtBot, dialog: QDialog) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)


def test_staff_dialogs_ask_before_dropping_what_was_typed(qtbot: QtBot, set_up_desk: Desk) -> None:
    session = set_up_desk.unlock(COORDINATOR, COORDINATOR_PASSWORD)
    for make, field in (
        (lambda: AddStaffDialog(session), "nameEdit"),
        (lambda: ResetPasswordDialog(session, RECEPTIONIST), "passwordEdit"),
        (lambda: ChangePasswordDialog(session), "currentEdit"),
    ):
        untouched = make()
        _shown(qtbot, untouched)
        qtbot.keyClick(untouched, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda d=untouched: not d.isVisible())  # nothing typed: no question
        dialog = make()
        _shown(qtbot, dialog)
        qtbot.keyClicks(getattr(dialog.ui, field), "Sara")
        escape_and_answer(qtbot, dialog, discard=False)
        assert dialog.isVisible() and getattr(dialog.ui, field).text() == "Sara"
        escape_and_answer(qtbot, dialog, discard=True)
        qtbot.waitUntil(lambda d=dialog: not d.isVisible())
    session.close()


def test_the_merge_dialog_asks_after_a_search_was_typed(qtbot: QtBot, set_up_desk: Desk) -> None:
    seed(set_up_desk, MOHAMMED)
    session = set_up_desk.unlock(COORDINATOR, COORDINATOR_PASSWORD)
    from entryhub_desk.services.visitors import VisitorsService

    (hit,) = VisitorsService(session).search("mohammed ali")
    dialog = MergeDialog(VisitorsService(session), hit)
    _shown(qtbot, dialog)
    qtbot.keyClicks(dialog.ui.pickEdit, "moham")
    escape_and_answer(qtbot, dialog, discard=False)
    assert dialog.isVisible()
    escape_and_answer(qtbot, dialog, discard=True)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    session.close()
