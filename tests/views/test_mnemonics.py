"""The dialogs that store no entry (log-in, staff, passwords, recovery, About): every label's
Alt+letter reaches its field, and no letter is shared within a dialog, in English and Swedish.
(The entry, visitor and check-in forms also check that the value reaches what they build:
tests/views/profile/test_mnemonics.py, tests/views/reception/test_registration_keys.py.)"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from entryhub_desk.services import Desk
from entryhub_desk.views.about_dialog import AboutDialog
from entryhub_desk.views.add_staff_dialog import AddStaffDialog
from entryhub_desk.views.change_password_dialog import ChangePasswordDialog
from entryhub_desk.views.i18n import Translations
from entryhub_desk.views.login_window import LoginWindow
from entryhub_desk.views.recover_dialog import RecoverDialog
from entryhub_desk.views.reset_password_dialog import ResetPasswordDialog
from tests.conftest import COORDINATOR, COORDINATOR_PASSWORD
from tests.views.conftest import RECEPTIONIST
from tests.views.mnemonics import walk_mnemonics

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

DIALOGS: dict[str, Callable[[Desk, object], QDialog]] = {
    "login": lambda desk, _s: LoginWindow(desk),
    "recover": lambda desk, _s: RecoverDialog(desk),
    "add_staff": lambda _d, session: AddStaffDialog(session),  # type: ignore[arg-type]
    "change_password": lambda _d, session: ChangePasswordDialog(session),  # type: ignore[arg-type]
    "reset_password": lambda _d, s: ResetPasswordDialog(s, RECEPTIONIST),  # type: ignore[arg-type]
    "about": lambda _d, _s: AboutDialog(),
}


@pytest.mark.parametrize("lang", ["en", "sv"])
@pytest.mark.parametrize("which", list(DIALOGS))
def test_every_label_mnemonic_reaches_its_field(
    qtbot: QtBot, set_up_desk: Desk, translations: Translations, which: str, lang: str
) -> None:
    translations.switch(lang)
    session = set_up_desk.unlock(COORDINATOR, COORDINATOR_PASSWORD)
    try:
        dialog = DIALOGS[which](set_up_desk, session)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        problems = walk_mnemonics(qtbot, dialog, None)
        assert problems == [], "\n".join(problems)
        dialog.close()
    finally:
        session.close()
