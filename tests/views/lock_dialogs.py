"""The dialogs the lock test opens at once, each found among its own window's dialogs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from entryhub_desk.domain.profile import EntryKind
from entryhub_desk.services.employers import EmployersService
from entryhub_desk.services.visitors import VisitorsService
from entryhub_desk.views.about_dialog import AboutDialog
from entryhub_desk.views.employers.opening_dialog import OpeningDialog
from entryhub_desk.views.main_window import MainWindow
from entryhub_desk.views.reception.edit_person_dialog import EditPersonDialog
from entryhub_desk.views.reception.import_dialog import ImportReportDialog
from entryhub_desk.views.reception.new_visitor_dialog import NewVisitorDialog

WAIT_MS = 10_000
CSV = "first name,last name,phone,birth year\nAmina,Yusuf,070-222 33 44,1988\n"


def _owned_by(widget: QWidget, window: MainWindow) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        parent = parent.parentWidget()
    return parent is window


def open_dialogs(
    qtbot: QtBot, window: MainWindow, person_id: str, tmp_path: Path
) -> dict[str, QDialog]:
    """The batch CV dialog, a new visitor, correcting details, about, a profile entry, the
    import report and an employer's new opening."""
    window.open_profile(person_id)
    window.open_cv(person_id)  # the CV section on screen: its actions settled
    window.cv_page.batchAction.trigger()
    batch = window.cv_page.batch_dialog
    assert batch is not None
    window.reception_page.newVisitorAction.trigger()
    reception = window.reception_page
    reception.show_person(VisitorsService(window.session).person(person_id))
    before_f2 = (reception.selected_hit() is not None, reception.correctDetails.action.isEnabled())
    reception.correctDetails.action.trigger()  # its F2
    window.ui.actionAbout.trigger()
    entry = window.profile_page.add_entry(EntryKind.SKILL)
    assert entry is not None
    csv = tmp_path / "visitors.csv"
    csv.write_text(CSV, encoding="utf-8")
    importer = window.reception_page._importer
    with qtbot.waitSignal(importer.finished, timeout=WAIT_MS):
        window.reception_page.import_file(csv)
    employers = window.employers_page
    employer = EmployersService(window.session).add("Bageri Norr")
    employers.reload()
    employers.choose(employer.id)
    employers.card.edit_opening(None)
    opening = employers.card.dialog
    assert isinstance(opening, OpeningDialog)
    dialogs: dict[str, QDialog] = {"batch": batch, "entry": entry, "opening": opening}
    for kind, key in (
        (NewVisitorDialog, "new visitor"),
        (EditPersonDialog, "correct details"),
        (AboutDialog, "about"),
        (ImportReportDialog, "import"),
    ):
        # Only this window's: a window of an earlier test may not be deleted yet, and its
        # dialogs are still top-level widgets of the application.
        found = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, kind) and _owned_by(w, window)
        ]
        boxes = [b.text() for b in QApplication.topLevelWidgets() if isinstance(b, QMessageBox)]
        assert len(found) == 1, (key, len(found), before_f2, boxes)
        dialogs[key] = found[0]
    for dialog in dialogs.values():
        qtbot.waitExposed(dialog)
    return dialogs
