"""The background-task helper: results and errors come back on the GUI thread."""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool
from pytestqt.qtbot import QtBot

from entryhub_desk.errors import DeskError
from entryhub_desk.views.tasks import Op, TaskContext


def test_success_arrives_on_the_gui_thread(qtbot: QtBot) -> None:
    parent = QObject()
    seen: list[tuple[object, bool]] = []
    worker_threads: list[threading.Thread] = []

    def work() -> int:
        worker_threads.append(threading.current_thread())
        return 42

    op = Op(work, parent=parent).success(
        lambda value: seen.append((value, threading.current_thread() is threading.main_thread()))
    )
    op.run_in_background()
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [(42, True)]
    assert worker_threads[0] is not threading.main_thread()
    assert not op.running


def test_failure_delivers_the_desk_error(qtbot: QtBot) -> None:
    parent = QObject()
    errors: list[Exception] = []
    finished: list[bool] = []

    def work() -> None:
        raise DeskError("auth.wrong_password")

    Op(work, parent=parent).failure(errors.append).finally_(
        lambda: finished.append(True)
    ).run_in_background()
    qtbot.waitUntil(lambda: bool(finished))
    assert isinstance(errors[0], DeskError)
    assert errors[0].code == "auth.wrong_password"


def test_progress_and_cancellation(qtbot: QtBot) -> None:
    parent = QObject()
    steps: list[tuple[int, int]] = []
    cancelled: list[bool] = []
    started = threading.Event()
    proceed = threading.Event()

    def work(context: TaskContext) -> None:
        context.report(1, 3)
        started.set()
        proceed.wait(5)
        context.check()  # raises Cancelled
        context.report(3, 3)

    op = (
        Op.with_context(work, parent=parent)
        .progress(lambda done, total: steps.append((done, total)))
        .on_cancel(lambda: cancelled.append(True))
        .success(lambda _none: steps.append((-1, -1)))
    )
    op.run_in_background()
    assert started.wait(5)
    op.cancel()
    proceed.set()
    qtbot.waitUntil(lambda: bool(cancelled))
    assert steps == [(1, 3)]


def test_no_callback_after_the_parent_is_gone(qtbot: QtBot) -> None:
    parent = QObject()
    seen: list[object] = []
    proceed = threading.Event()

    def work() -> int:
        proceed.wait(5)
        return 1

    Op(work, parent=parent).success(seen.append).run_in_background()
    parent.deleteLater()
    qtbot.waitUntil(lambda: not _alive(parent))
    proceed.set()
    assert QThreadPool.globalInstance().waitForDone(5000)
    QCoreApplication.processEvents()  # a (wrongly) queued callback would run here
    assert seen == []


def _alive(obj: QObject) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)
