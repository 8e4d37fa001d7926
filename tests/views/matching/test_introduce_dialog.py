"""Introducing a visitor: a named card only with the consent to share with employers, else an
anonymised one (no name in it); Introduce, Print and Save record one introduction."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from entryhub_desk.domain.employers import CardKind
from entryhub_desk.security.audit import AuditLog
from entryhub_desk.services.cards import CardService
from entryhub_desk.services.introductions import IntroductionsService
from entryhub_desk.views.cv.printing import new_printer
from entryhub_desk.views.main_window import MainWindow
from entryhub_desk.views.matching.introduce_dialog import IntroduceDialog
from tests.views.matching.conftest import MatchDesk, OpenAs
from tests.views.mnemonics import focused
from tests.views.reception.conftest import activate

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

ALT = Qt.KeyboardModifier.AltModifier


def _dialog(qtbot: QtBot, window: MainWindow, md: MatchDesk, person_id: str) -> IntroduceDialog:
    dialog = IntroduceDialog(
        CardService(window.session),
        IntroductionsService(window.session),
        person_id=person_id,
        person_text="the visitor",
        opening=md.opening,
        opening_text=md.opening.title,
        parent=window,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    activate(qtbot, dialog)
    return dialog


def _text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "card.pdf"
    path.write_bytes(pdf)
    return subprocess.run(
        ["pdftotext", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def test_a_consenting_visitor_gets_a_named_card_saved_once_introduced(
    qtbot: QtBot, match_desk: MatchDesk, open_as: OpenAs, tmp_path: Path
) -> None:
    window = open_as("volunteer")
    dialog = _dialog(qtbot, window, match_desk, match_desk.sara)
    assert dialog.namedRadio.isEnabled() and dialog.namedRadio.isChecked()
    assert focused() is dialog.namedRadio
    assert dialog.preview.page_count >= 1
    assert "Sara" in _text(dialog.pdf, tmp_path)
    saved_to = tmp_path / "out.pdf"
    dialog.ask_save_path = lambda _parent, suggested: saved_to
    asked: list[bool] = []
    dialog.ask_printer = lambda _parent: asked.append(True)  # cancelled
    qtbot.keyClick(focused(), Qt.Key.Key_S, ALT)  # Save card as PDF: introduces first
    qtbot.waitUntil(saved_to.exists)  # a mnemonic clicks its button after a short animation
    assert saved_to.read_bytes().startswith(b"%PDF")
    qtbot.keyClick(focused(), Qt.Key.Key_P, ALT)
    qtbot.waitUntil(lambda: asked == [True])
    assert not dialog.introduceButton.isEnabled()
    (introduction,) = IntroductionsService(window.session).for_person(match_desk.sara)
    assert introduction.card is CardKind.NAMED
    assert introduction.opening_id == match_desk.opening.id


def test_without_the_consent_to_share_only_an_anonymised_card(
    qtbot: QtBot, match_desk: MatchDesk, open_as: OpenAs, tmp_path: Path
) -> None:
    window = open_as("volunteer")
    dialog = _dialog(qtbot, window, match_desk, match_desk.yonas)
    assert not dialog.namedRadio.isEnabled()
    assert dialog.anonymousRadio.isChecked()
    assert "Anonymised only" in dialog.consentLabel.text()
    text = _text(dialog.pdf, tmp_path)
    assert "Yonas" not in text and "Haile" not in text
    qtbot.keyClick(focused(), Qt.Key.Key_I, ALT)
    qtbot.waitUntil(lambda: dialog.introduction is not None)
    (introduction,) = IntroductionsService(window.session).for_person(match_desk.yonas)
    assert introduction.card is CardKind.ANONYMOUS
    assert "recorded" in dialog.stateLabel.text()


def test_a_printed_card_is_audited(
    qtbot: QtBot, match_desk: MatchDesk, open_as: OpenAs, tmp_path: Path
) -> None:
    window = open_as("volunteer")
    dialog = _dialog(qtbot, window, match_desk, match_desk.yonas)
    printed = tmp_path / "printed.pdf"

    def printer(_parent: object) -> QPrinter:
        chosen = new_printer()
        chosen.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        chosen.setOutputFileName(str(printed))
        return chosen

    dialog.ask_printer = printer
    said: list[str] = []
    dialog.message.connect(said.append)
    qtbot.keyClick(focused(), Qt.Key.Key_P, ALT)
    qtbot.waitUntil(printed.exists)
    session = window.session
    log = AuditLog(session.opened.conn, session.identity, session.desk.config.clock)
    prints = [e for e in log.entries() if e.action == "print"]
    assert [(e.subject_id, e.details.get("card")) for e in prints] == [
        (match_desk.yonas, "anonymous")
    ]
    assert said[-1] == "The card was sent to the printer."
    assert IntroductionsService(session).for_person(match_desk.yonas)  # introduced first
