"""Several CVs at once: choosing visitors, saving to a folder, printing, cancelling."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog
from pytestqt.qtbot import QtBot

from entryhub_desk.views import tasks
from entryhub_desk.views.cv.batch_dialog import BatchOutcome, CvBatchDialog
from entryhub_desk.views.cv.pdf_pages import page_count
from entryhub_desk.views.main_window import MainWindow
from tests.views.cv.conftest import (
    CvDesk,
    OpenWindow,
    activate,
    audit_actions,
    focused,
    pdf_printer,
)

WAIT_MS = 20_000


def open_batch(qtbot: QtBot, window: MainWindow) -> CvBatchDialog:
    """Open the dialog from the Desk menu's action (no visitor opened)."""
    window.cv_page.batchAction.trigger()
    dialog = window.cv_page.batch_dialog
    assert dialog is not None
    activate(qtbot, dialog)
    return dialog


@pytest.fixture
def pause_after_first() -> Iterator[threading.Event]:
    """The worker waits after reporting its first finished CV until the event is set (so a
    test can press Cancel at exactly that point)."""
    go_on = threading.Event()
    original = tasks.TaskContext.report

    def report(self: tasks.TaskContext, done: int, total: int) -> None:
        original(self, done, total)
        if done == 1:
            go_on.wait(10)

    tasks.TaskContext.report = report  # type: ignore[method-assign]
    yield go_on
    go_on.set()
    tasks.TaskContext.report = original  # type: ignore[method-assign]


def progress_dialog(qtbot: QtBot, dialog: CvBatchDialog) -> QProgressDialog:
    qtbot.waitUntil(lambda: dialog.progress is not None and dialog.progress.isVisible())
    assert dialog.progress is not None
    return dialog.progress


def test_find_visitors_and_choose_them_by_keyboard(
    qtbot: QtBot, open_window: OpenWindow, cv_desk: CvDesk
) -> None:
    window = open_window()
    dialog = open_batch(qtbot, window)
    assert not dialog.startButton.isEnabled()
    dialog.ui.searchEdit.setFocus()
    qtbot.waitUntil(lambda: focused() is dialog.ui.searchEdit)
    qtbot.keyClicks(dialog.ui.searchEdit, "Haddad")
    qtbot.keyClick(dialog.ui.searchEdit, Qt.Key.Key_Return)  # searches now, never closes
    qtbot.waitUntil(lambda: dialog.ui.foundList.count() == 1, timeout=WAIT_MS)
    assert dialog.isVisible()
    qtbot.keyClick(dialog.ui.searchEdit, Qt.Key.Key_Tab)
    assert focused() is dialog.ui.foundList
    qtbot.keyClick(dialog.ui.foundList, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.chosen_ids() == [cv_desk.person_ids[0]]
    assert dialog.startButton.isEnabled()
    assert dialog.startButton.text() == "Save &now"

    # Adding the same person again changes nothing; Delete removes from the list.
    qtbot.keyClick(dialog.ui.foundList, Qt.Key.Key_Return)
    assert dialog.chosen_ids() == [cv_desk.person_ids[0]]
    dialog.ui.chosenList.setFocus()
    dialog.ui.chosenList.setCurrentRow(0)
    qtbot.keyClick(dialog.ui.chosenList, Qt.Key.Key_Delete)
    assert dialog.chosen_ids() == []
    assert not dialog.startButton.isEnabled()


def test_opened_from_the_cv_screen_the_visitor_is_chosen(
    qtbot: QtBot, open_window: OpenWindow, cv_desk: CvDesk
) -> None:
    window = open_window()
    page = window.cv_page
    with qtbot.waitSignal(page.previewReady, timeout=WAIT_MS):
        window.open_cv(cv_desk.person_ids[1])
    page.ui.batchButton.click()
    dialog = page.batch_dialog
    assert dialog is not None
    assert dialog.chosen_ids() == [cv_desk.person_ids[1]]
    assert dialog.ui.languageCombo.currentData() == page.language
    assert dialog.ui.templateCombo.currentData() == page.template


def test_save_three_cvs_to_a_folder(
    qtbot: QtBot, open_window: OpenWindow, cv_desk: CvDesk, tmp_path: Path
) -> None:
    window = open_window()
    dialog = open_batch(qtbot, window)
    for person_id in cv_desk.person_ids:
        dialog.choose(person_id)
    folder = tmp_path / "cvs"
    folder.mkdir()
    dialog.ask_folder = lambda _parent: folder
    dialog.ui.browseButton.click()
    assert dialog.ui.folderEdit.text() == str(folder)
    dialog.ui.languageCombo.setCurrentIndex(dialog.ui.languageCombo.findData("en"))
    dialog.startButton.setFocus()
    with qtbot.waitSignal(dialog.batchFinished, timeout=WAIT_MS) as finished:
        qtbot.keyClick(dialog.startButton, Qt.Key.Key_Space)
    outcome = finished.args[0]
    assert isinstance(outcome, BatchOutcome)
    assert (outcome.done, outcome.total, outcome.cancelled, outcome.failed) == (3, 3, False, ())
    files = sorted(folder.iterdir())
    assert len(files) == 3
    assert all(path.name.endswith("-en.pdf") for path in files)
    assert all(page_count(path.read_bytes()) >= 1 for path in files)
    assert sorted(audit_actions(window.session, "export")) == sorted(cv_desk.person_ids)
    assert "3 of 3" in dialog.ui.resultLabel.text()
    assert dialog.progress is None


def test_cancel_after_the_first_keeps_only_the_finished_file(
    qtbot: QtBot,
    open_window: OpenWindow,
    cv_desk: CvDesk,
    tmp_path: Path,
    pause_after_first: threading.Event,
) -> None:
    window = open_window()
    dialog = open_batch(qtbot, window)
    for person_id in cv_desk.person_ids:
        dialog.choose(person_id)
    folder = tmp_path / "cvs"
    folder.mkdir()
    dialog.ui.folderEdit.setText(str(folder))
    with qtbot.waitSignal(dialog.batchFinished, timeout=WAIT_MS) as finished:
        dialog.startButton.click()
        progress = progress_dialog(qtbot, dialog)
        qtbot.waitUntil(lambda: progress.value() == 1, timeout=WAIT_MS)
        activate(qtbot, progress)
        qtbot.keyClick(progress, Qt.Key.Key_Escape)
        pause_after_first.set()
    outcome = finished.args[0]
    assert (outcome.done, outcome.cancelled) == (1, True)
    assert [path.name for path in folder.iterdir()] == [outcome.written[0].name]
    assert audit_actions(window.session, "export") == [cv_desk.person_ids[0]]
    assert "cancelled" in dialog.ui.resultLabel.text()


def test_print_three_cvs_and_cancel_after_the_first(
    qtbot: QtBot,
    open_window: OpenWindow,
    cv_desk: CvDesk,
    tmp_path: Path,
    pause_after_first: threading.Event,
) -> None:
    window = open_window()
    dialog = open_batch(qtbot, window)
    for person_id in cv_desk.person_ids:
        dialog.choose(person_id)
    output = tmp_path / "batch.pdf"
    dialog.ask_printer = lambda _parent: pdf_printer(output)
    dialog.ui.printRadio.setFocus()
    qtbot.keyClick(dialog.ui.printRadio, Qt.Key.Key_Space)
    assert dialog.printing
    assert not dialog.ui.folderEdit.isEnabled()
    with qtbot.waitSignal(dialog.batchFinished, timeout=WAIT_MS) as finished:
        dialog.startButton.click()
        progress = progress_dialog(qtbot, dialog)
        qtbot.waitUntil(lambda: progress.value() == 1, timeout=WAIT_MS)
        qtbot.keyClick(progress, Qt.Key.Key_Escape)
        pause_after_first.set()
    outcome = finished.args[0]
    assert (outcome.printing, outcome.done, outcome.cancelled) == (True, 1, True)
    first = window.cv_page.service.render(
        cv_desk.person_ids[0],
        language=str(dialog.ui.languageCombo.currentData()),
        template=str(dialog.ui.templateCombo.currentData()),
    )
    assert page_count(output.read_bytes()) == page_count(first)
    assert audit_actions(window.session, "print") == [cv_desk.person_ids[0]]


def test_print_all_three(
    qtbot: QtBot, open_window: OpenWindow, cv_desk: CvDesk, tmp_path: Path
) -> None:
    window = open_window()
    dialog = open_batch(qtbot, window)
    for person_id in cv_desk.person_ids:
        dialog.choose(person_id)
    output = tmp_path / "batch.pdf"
    dialog.ask_printer = lambda _parent: pdf_printer(output)
    dialog.ui.printRadio.setChecked(True)
    with qtbot.waitSignal(dialog.batchFinished, timeout=WAIT_MS) as finished:
        dialog.startButton.click()
    assert finished.args[0].done == 3
    service = window.cv_page.service
    expected = sum(
        page_count(service.render(pid, language="sv", template="classic"))
        for pid in cv_desk.person_ids
    )
    assert page_count(output.read_bytes()) == expected
    assert sorted(audit_actions(window.session, "print")) == sorted(cv_desk.person_ids)


def test_a_folder_that_does_not_exist_is_refused(
    qtbot: QtBot, open_window: OpenWindow, cv_desk: CvDesk, tmp_path: Path
) -> None:
    window = open_window()
    dialog = open_batch(qtbot, window)
    dialog.choose(cv_desk.person_ids[0])
    dialog.ui.folderEdit.setText(str(tmp_path / "nowhere"))
    dialog.startButton.click()
    assert not dialog.running
    assert dialog.ui.errorLabel.isVisible()
    assert audit_actions(window.session, "export") == []
    assert dialog.progress is None
