"""The visitor card from the reception, by keyboard: Alt+A opens it for the selected visitor,
it prints (to a PDF printer here) and saves; a scanner typing a card's code and Enter into the
search box opens the check-in of that visitor."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from entryhub_desk.ids import short_code
from entryhub_desk.services import Desk
from entryhub_desk.views.reception.checkin_dialog import CheckInDialog
from entryhub_desk.views.reception.visitor_card_dialog import VisitorCardDialog
from tests.cv.helpers import pdftotext
from tests.views.reception.conftest import (
    MOHAMMED,
    OpenWindow,
    activate,
    focused,
    seed,
    type_search,
)


def test_print_and_save_the_card_by_keyboard(
    qtbot: QtBot, set_up_desk: Desk, open_window: OpenWindow, tmp_path: Path
) -> None:
    (mohammed,) = seed(set_up_desk, MOHAMMED)
    window = open_window("receptionist")
    page = window.reception_page
    assert not page.visitorCard.button.isEnabled()  # nobody selected
    type_search(qtbot, page, "mohammed")
    qtbot.keyClick(focused(), Qt.Key.Key_Down)  # the first result
    assert page.visitorCard.button.isEnabled()
    qtbot.keyClick(focused(), Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.visitorCard.dialog is not None)  # a mnemonic clicks later
    dialog = page.visitorCard.dialog
    assert isinstance(dialog, VisitorCardDialog)
    activate(qtbot, dialog)
    assert focused() is dialog.printButton
    pixmap = dialog.preview.pixmap()
    assert pixmap is not None and not pixmap.isNull()

    printed = tmp_path / "printed.pdf"

    def pdf_printer(_parent: QWidget) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return printer

    dialog._choose_printer = pdf_printer
    qtbot.keyClick(focused(), Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)  # &Language
    qtbot.keyClick(focused(), Qt.Key.Key_Down)  # English
    assert dialog.language() == "en"
    qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # &Print…
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert printed.exists() and printed.stat().st_size > 1000

    first = dialog
    activate(qtbot, window)
    qtbot.keyClick(focused(), Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.visitorCard.dialog is not first)
    dialog = page.visitorCard.dialog
    assert isinstance(dialog, VisitorCardDialog)
    activate(qtbot, dialog)
    saved = tmp_path / "card.pdf"
    dialog._choose_path = lambda _parent, suggested: saved
    qtbot.keyClick(dialog, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # Save as P&DF…
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert short_code(mohammed.id) in pdftotext(saved)


def test_a_scanned_card_checks_the_visitor_in(
    qtbot: QtBot, set_up_desk: Desk, open_window: OpenWindow
) -> None:
    mohammed, _other = seed(set_up_desk, MOHAMMED, {"given_name": "Mona", "family_name": "Ali"})
    window = open_window("receptionist")
    page = window.reception_page
    assert focused() is page.ui.searchEdit
    # A USB scanner is a keyboard: it types the code fast and ends with Enter.
    qtbot.keyClicks(page.ui.searchEdit, short_code(mohammed.id).lower())
    qtbot.keyClick(page.ui.searchEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.findChild(CheckInDialog) is not None)
    dialog = page.findChild(CheckInDialog)
    assert dialog is not None and "Mohammed Ali" in dialog.ui.personLabel.text()
