"""Importing visitors from a spreadsheet: progress, cancel, and the report."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QRunnable, Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from entryhub_desk.services import Desk
from entryhub_desk.services.visitors import VisitorsService
from entryhub_desk.views.reception.import_dialog import DETAIL, ROW, WHY
from tests.views.reception.conftest import MOHAMMED, OpenWindow, activate, focused, seed

CSV = (
    "first name,last name,phone,birth year,favourite colour\n"
    "Amina,Yusuf,070-222 33 44,1988,green\n"
    "Bashir,Omar,12,1975,blue\n"
    "Chaltu,Tadesse,070-333 44 55,1850,red\n"
    "Dawit,Haile,,1992,\n"
)


def _spreadsheet(tmp_path: Path) -> Path:
    path = tmp_path / "visitors.csv"
    path.write_text(CSV, encoding="utf-8")
    return path


def test_import_a_spreadsheet_with_bad_rows(
    qtbot: QtBot,
    set_up_desk: Desk,
    open_window: OpenWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = _spreadsheet(tmp_path)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_args, **_kw: (str(path), ""))
    )
    window = open_window("coordinator")
    page = window.reception_page
    importer = page._importer
    page.ui.importButton.setFocus()
    with qtbot.waitSignal(importer.finished, timeout=10_000):
        qtbot.keyClick(focused(), Qt.Key.Key_Space)
    dialog = importer.report_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert importer.progress is None  # closed
    assert dialog.report.created == 2
    summary = dialog.ui.summaryLabel.text()
    assert "4 rows read: 2 new visitors" in summary
    assert "2 not imported" in summary
    assert "favourite colour" in dialog.ui.unknownLabel.text()
    tree = dialog.ui.badRowsTree
    rows = [(tree.topLevelItem(n).text(ROW), tree.topLevelItem(n).text(DETAIL)) for n in range(2)]
    assert rows[0] == ("3", "The phone number 12 is not valid.")
    assert rows[1][0] == "4"
    assert "Birth year" in rows[1][1]
    names = {h.person.given_name for h in VisitorsService(window.session).search("amina")}
    assert names == {"Amina"}


def test_the_report_lists_likely_duplicates_with_code_and_reason(
    qtbot: QtBot, set_up_desk: Desk, open_window: OpenWindow, tmp_path: Path
) -> None:
    (mohammed,) = seed(set_up_desk, MOHAMMED)
    path = tmp_path / "again.csv"
    path.write_text(
        "first name,last name,birth year,country\n"
        "Mohamed,Ali,1991,SY\n"  # probably him
        "Mohamed,Ali,1955,SY\n",  # a namesake
        encoding="utf-8",
    )
    window = open_window("coordinator")
    page = window.reception_page
    importer = page._importer
    with qtbot.waitSignal(importer.finished, timeout=10_000):
        page.import_file(path)
    dialog = importer.report_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert "1 new visitors" in dialog.ui.summaryLabel.text()
    assert "1 probably registered already" in dialog.ui.summaryLabel.text()
    assert dialog.ui.duplicatesTree.isVisible()
    item = dialog.ui.duplicatesTree.topLevelItem(0)
    code = VisitorsService(window.session).code_of(mohammed.id)
    assert (item.text(ROW), item.text(DETAIL)) == ("2", code)
    assert item.text(WHY).endswith("name, born 1990, same country of birth")
    years = {h.person.birth_year for h in VisitorsService(window.session).search("mohamed ali")}
    assert years == {1990, 1955}  # nothing merged, the likely duplicate not created


def test_cancel_an_import(
    qtbot: QtBot, set_up_desk: Desk, open_window: OpenWindow, tmp_path: Path
) -> None:
    window = open_window("coordinator")
    page = window.reception_page
    importer = page._importer
    release = threading.Event()

    class Blocker(QRunnable):
        def run(self) -> None:
            release.wait(10)

    page._pool.start(Blocker())  # the import waits behind it: cancelled before it starts
    importer.start(_spreadsheet(tmp_path))
    progress = importer.progress
    assert progress is not None
    activate(qtbot, progress)
    qtbot.keyClick(progress, Qt.Key.Key_Escape)
    with qtbot.waitSignal(importer.finished, timeout=10_000):
        release.set()
    dialog = importer.report_dialog
    assert dialog is not None
    assert dialog.report.cancelled
    assert dialog.ui.summaryLabel.text().startswith("The import was cancelled.")
    assert VisitorsService(window.session).search("amina") == []
