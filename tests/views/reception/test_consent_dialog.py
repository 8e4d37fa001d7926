"""The consent panel: state per purpose with history; withdrawing is one recorded action."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from entryhub_desk.domain.consent import ConsentPurpose
from entryhub_desk.services import Desk
from entryhub_desk.services.consents import ConsentsService
from entryhub_desk.views.reception.consent_dialog import STATE, ConsentDialog
from tests.views.reception.conftest import (
    MOHAMMED,
    OpenWindow,
    activate,
    focused,
    seed,
    type_search,
)


def test_withdraw_a_consent(qtbot: QtBot, set_up_desk: Desk, open_window: OpenWindow) -> None:
    (mohammed,) = seed(set_up_desk, MOHAMMED)
    window = open_window("receptionist")
    page = window.reception_page
    type_search(qtbot, page, "mohammed")
    page.ui.consentButton.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    dialog = page.findChild(ConsentDialog)
    assert dialog is not None
    activate(qtbot, dialog)
    tree = dialog.ui.consentTree
    assert focused() is tree
    assert tree.topLevelItem(0).text(STATE) == "Given"
    last = tree.topLevelItem(tree.topLevelItemCount() - 1)
    assert (last.text(0), last.text(STATE)) == ("Match with employers' openings", "Given")
    assert dialog.selected_purpose() is ConsentPurpose.KEEP_PROFILE
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    assert dialog.selected_purpose() is ConsentPurpose.CONTACT_FOLLOW_UP
    assert dialog.ui.withdrawButton.isEnabled()
    assert not dialog.ui.refuseButton.isEnabled()

    dialog.ui.withdrawButton.setFocus()
    with qtbot.waitSignal(dialog.changed, timeout=5_000):
        qtbot.keyClick(focused(), Qt.Key.Key_Space)
    item = tree.topLevelItem(1)
    assert item.text(STATE) == "Withdrawn"
    assert [item.child(n).text(STATE) for n in range(item.childCount())] == [
        "Given",
        "Withdrawn",
    ]
    assert not dialog.ui.withdrawButton.isEnabled()
    assert dialog.ui.giveButton.isEnabled()  # may be given again, as a new record

    assert ConsentPurpose.CONTACT_FOLLOW_UP not in ConsentsService(window.session).current_consents(
        mohammed.id
    )
    history = [
        c
        for c in ConsentsService(window.session).consent_history(mohammed.id)
        if c.purpose is ConsentPurpose.CONTACT_FOLLOW_UP
    ]
    assert len(history) == 2
    assert history[0].given  # the consent given is kept, not overwritten
    assert not history[1].given
    assert history[1].withdraws == history[0].id
