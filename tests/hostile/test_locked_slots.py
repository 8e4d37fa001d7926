"""A locked desk, attacked below its actions and keys: every slot that opens a dialog about a
person (check-in, consents, merge, correcting a visit, correcting details — F2, a new visitor,
import, a profile entry, batch CVs, save a CV, about, open profile and CV) is called directly
while locked, as a queued signal or a late background result would. Nothing personal may be
created or shown while locked, nor pop up after the unlock.

tests/views/test_lock.py checks actions, shortcuts, menus and windows open at the lock."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from entryhub_desk.domain.profile import EntryKind
from entryhub_desk.services import Desk
from entryhub_desk.services.visitors import VisitorsService
from entryhub_desk.services.visits import PURPOSES, VisitsService
from entryhub_desk.views.main_window import MainWindow
from tests.conftest import COORDINATOR, COORDINATOR_PASSWORD
from tests.views.conftest import _wait_for_workers, desk, set_up_desk, settings, translations
from tests.views.test_lock import (
    _unlock,
    coordinator_window,
    lock_desk,
    windows,
)

__all__ = [  # fixtures, used by name
    "_wait_for_workers",
    "coordinator_window",
    "desk",
    "lock_desk",
    "set_up_desk",
    "settings",
    "translations",
    "windows",
]
CSV = "first name,last name,phone,birth year\nAmina,Yusuf,070-222 33 44,1988\n"


def _top_levels() -> dict[int, QWidget]:
    return {id(w): w for w in QApplication.topLevelWidgets()}


def test_no_slot_opens_a_dialog_while_locked(
    qtbot: QtBot, lock_desk: tuple[Desk, str], coordinator_window: MainWindow, tmp_path: Path
) -> None:
    window = coordinator_window
    person_id = lock_desk[1]
    reception = window.reception_page
    window.open_profile(person_id)
    window.open_cv(person_id)
    window.ui.sections.setCurrentWidget(window.ui.sections.widget(0))
    hit = reception.show_person(VisitorsService(window.session).person(person_id))
    # a visit of hers, selected, so "correct visit" has something to open
    VisitsService(window.session).check_in(person_id, purposes=[PURPOSES[0]])
    reception.reload()
    reception.ui.visitsTable.selectRow(0)
    csv = tmp_path / "visitors.csv"
    csv.write_text(CSV, encoding="utf-8")
    before = _top_levels()

    window.lock()
    assert window.locked
    slots: dict[str, Callable[[], object]] = {
        "check in": lambda: reception.check_in(hit),
        "check in selected": reception.check_in_selected,
        "consents": reception.consents_of_selected,
        "merge": reception.merge_selected,
        "correct visit": reception.correct_selected,
        "new visitor": reception.new_visitor,
        "correct details (F2)": reception.correctDetails.open_selected,
        "import": lambda: reception.import_file(csv),
        "profile entry": lambda: window.profile_page.add_entry(EntryKind.SKILL),
        "open profile": lambda: window.open_profile(person_id),
        "open CV": lambda: window.open_cv(person_id),
        "batch CVs": window.cv_page.open_batch,
        "save CV": window.cv_page.save_pdf,
        "about": window.show_about,
    }
    created: dict[str, list[str]] = {}
    for name, slot in slots.items():
        known = _top_levels()
        slot()
        QApplication.processEvents()
        new = [
            type(w).__name__
            for k, w in _top_levels().items()
            if k not in known and isinstance(w, QDialog)
        ]
        if new:
            created[name] = new
    qtbot.wait(200)  # anything a slot started in the background has finished
    window.reception_page.settle()
    QApplication.processEvents()
    shown = [type(w).__name__ for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert shown == ["MainWindow"], shown
    assert created == {}, created
    assert VisitorsService(window.session).search("Amina Yusuf") == []  # nothing imported

    _unlock(qtbot, window, COORDINATOR, COORDINATOR_PASSWORD)
    qtbot.waitUntil(lambda: not window.locked, timeout=10_000)
    QApplication.processEvents()
    appeared = [
        type(w).__name__
        for k, w in _top_levels().items()
        if k not in before and w.isVisible() and w is not window
    ]
    assert appeared == [], appeared
