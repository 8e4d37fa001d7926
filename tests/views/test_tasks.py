"""The background-task helper: results and errors come back on the GUI thread."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

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


def test_finally_callbacks_hear_that_the_operation_has_ended(qtbot: QtBot) -> None:
    """A busy bar updated from a finally callback (the CV page's) must see ``running`` False,
    or it stays up after the work; a new operation started there runs as usual."""
    parent = QObject()
    seen: list[bool] = []
    op: Op[int] = Op(lambda: 1, parent=parent)
    again: Op[int] = Op(lambda: 2, parent=parent)
    op.finally_(lambda: seen.append(op.running)).finally_(lambda: again.run_in_background())
    op.run_in_background()
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [False]
    qtbot.waitUntil(lambda: not again.running)


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


# Run in a child process: the failure this guards against is a crash, which would otherwise take
# the whole test run down instead of failing one test.
_LIFETIMES = r"""
import sys, threading, weakref
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThreadPool
from PySide6.QtWidgets import QApplication
from entryhub_desk.views.tasks import Op

app = QApplication([])
pool = QThreadPool()
finalized_in_worker = []


class Caller(QObject):
    def work(self) -> int:
        return 1

    def done(self, _value: int) -> None:
        pass


for i in range(int(sys.argv[1])):
    caller = Caller()
    weakref.finalize(caller, lambda: finalized_in_worker.append(
        threading.current_thread() is not threading.main_thread()))
    # The Op and its callbacks are the only things that keep the caller: a dialog whose window
    # let go of it, or a test whose locals are gone.
    Op(caller.work, parent=caller).success(caller.done).run_in_background(pool)
    del caller
    assert pool.waitForDone(10_000)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.MetaCall)  # the outcome only
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # then what it left
assert pool.waitForDone(10_000)
QCoreApplication.sendPostedEvents(None, QEvent.Type.MetaCall)
QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
print("finalized", len(finalized_in_worker), "in a worker", sum(finalized_in_worker))
"""


def test_a_caller_kept_only_by_its_op_is_let_go_in_the_gui_thread_without_a_crash() -> None:
    """Once the outcome is delivered, the last reference to the caller goes in the GUI thread
    and not from inside the destructor of one of the caller's own children (that made Qt delete
    the child twice: a segmentation fault after the test that started the Op had returned)."""
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-X", "faulthandler", "-c", _LIFETIMES, "200"],
        cwd=root,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(root)},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.split() == ["finalized", "200", "in", "a", "worker", "0"]
