"""The one helper for background work.

Work that may take long (scrypt, re-keying, later sync and imports) runs on a ``QThreadPool``;
its result or error comes back to the GUI thread through queued signals::

    Op(lambda: desk.unlock(name, password), parent=self)
        .success(self._logged_in)
        .failure(self._show_error)
        .run_in_background()

The callable runs in a worker thread: it must never touch a widget. The callbacks run in the
GUI thread, and only while ``parent`` is alive (a closed window gets no late callbacks). Work
that reports progress or can be cancelled takes a :class:`TaskContext`::

    rekeying = RekeyService(session)
    Op.with_context(lambda ctx: rekeying.rekey(ctx.report), parent=self).progress(bar.update)
"""

from __future__ import annotations

import functools
import itertools
import logging
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from entryhub_desk.errors import DeskError

log = logging.getLogger(__name__)

T = TypeVar("T")


class Cancelled(Exception):
    """Raised inside a task (by :meth:`TaskContext.check`) when it was cancelled."""


class TaskContext:
    """What a worker may use: report progress, and ask whether it was cancelled."""

    def __init__(self, dispatcher: _Dispatcher, token: int) -> None:
        self._dispatcher = dispatcher
        self._token = token
        self._cancel = threading.Event()

    def report(self, done: int, total: int) -> None:
        self._dispatcher.announce_progress(self._token, done, total)

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise :class:`Cancelled` when the task was cancelled; call between steps."""
        if self._cancel.is_set():
            raise Cancelled

    def cancel(self) -> None:
        self._cancel.set()


# How a run ended, as handed from the worker to the GUI thread.
_SUCCEEDED, _FAILED, _CANCELLED = "succeeded", "failed", "cancelled"


class _Dispatcher(QObject):
    """The one object workers talk to: it lives in the GUI thread for as long as the program,
    so a worker never holds, and never destroys, a QObject of its own or of the caller's.

    Lifetimes are the point. The running :class:`Op` (and so its callbacks and its parent) is
    held here, not by a QObject of the caller's tree: when the last reference to a caller goes,
    it goes in this object's slot, never inside the destructor of one of the caller's own
    children (a child freeing its parent from its destructor makes the parent delete that child
    a second time), and never in a worker thread. A worker leaves its outcome here under a
    lock and drops its own references *before* it wakes the GUI thread with a bare number, so
    the last reference to a result or an error is always let go in the GUI thread.
    """

    _woken = Signal(int)
    _progressed = Signal(int, int, int)

    def __init__(self) -> None:
        super().__init__()
        self._lock = threading.Lock()
        self._outcomes: dict[int, tuple[str, object]] = {}
        self._running: dict[int, tuple[Op[Any], QObject]] = {}
        self._tokens = itertools.count(1)
        self._woken.connect(self._deliver)
        self._progressed.connect(self._deliver_progress)

    # -- GUI thread -----------------------------------------------------------------------

    def start(self, op: Op[Any], parent: QObject) -> TaskContext:
        token = next(self._tokens)
        # A child of the caller's object that holds nothing: it only tells whether the caller
        # is still there (no callbacks after it closed). Deleting it frees nothing else.
        self._running[token] = (op, QObject(parent))
        return TaskContext(self, token)

    @Slot(int)
    def _deliver(self, token: int) -> None:
        with self._lock:
            kind, payload = self._outcomes.pop(token)
        op, alive = self._running.pop(token)
        try:
            if shiboken6.isValid(alive):
                alive.deleteLater()
                op._deliver(kind, payload)
        finally:
            op._running = False
            op._context = None

    @Slot(int, int, int)
    def _deliver_progress(self, token: int, done: int, total: int) -> None:
        entry = self._running.get(token)
        if entry is not None and shiboken6.isValid(entry[1]):
            entry[0]._deliver_progress(done, total)

    # -- worker threads -------------------------------------------------------------------

    def announce(self, token: int, kind: str, payload: object) -> None:
        """Leave the outcome for the GUI thread (the caller drops its references next)."""
        with self._lock:
            self._outcomes[token] = (kind, payload)

    def wake(self, token: int) -> None:
        self._emit(self._woken, token)

    def announce_progress(self, token: int, done: int, total: int) -> None:
        self._emit(self._progressed, token, done, total)

    @staticmethod
    def _emit(signal: Any, *args: int) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:  # the program is closing: its QObjects are gone, nobody listens
            log.debug("a background task ended after the program closed")


_dispatcher: _Dispatcher | None = None


def _the_dispatcher() -> _Dispatcher:
    """Made on first use, by the GUI thread (where Ops are started), and kept."""
    global _dispatcher
    if _dispatcher is None or not shiboken6.isValid(_dispatcher):
        _dispatcher = _Dispatcher()
    return _dispatcher


class _Runnable(QRunnable):
    """The worker thread's part: run the work, leave its outcome, then wake the GUI thread."""

    def __init__(self, work: Callable[[], object], dispatcher: _Dispatcher, token: int) -> None:
        super().__init__()
        self._work: Callable[[], object] | None = work
        self._dispatcher = dispatcher
        self._token = token
        self.setAutoDelete(True)

    def run(self) -> None:
        work, self._work = self._work, None
        assert work is not None
        self._dispatcher.announce(self._token, *_outcome(work))
        del work  # the work may be a method of a GUI object: let go of it before waking
        self._dispatcher.wake(self._token)


def _outcome(work: Callable[[], object]) -> tuple[str, object]:
    try:
        return _SUCCEEDED, work()
    except Cancelled:
        return _CANCELLED, None
    except Exception as error:  # noqa: BLE001 - every failure goes back to the GUI thread
        return _FAILED, error


def _never() -> Any:
    raise AssertionError("replaced by with_context")


class Op(Generic[T]):
    """A piece of work for a worker thread, with callbacks for the GUI thread."""

    def __init__(self, work: Callable[[], T], *, parent: QObject) -> None:
        self._work: Callable[[TaskContext], T] = lambda _context: work()
        self._parent = parent
        self._on_success: list[Callable[[T], None]] = []
        self._on_failure: list[Callable[[Exception], None]] = []
        self._on_cancel: list[Callable[[], None]] = []
        self._on_progress: list[Callable[[int, int], None]] = []
        self._on_finally: list[Callable[[], None]] = []
        self._context: TaskContext | None = None
        self._running = False

    @classmethod
    def with_context(cls, work: Callable[[TaskContext], T], *, parent: QObject) -> Op[T]:
        """An operation whose work receives a :class:`TaskContext` (progress, cancel)."""
        op = cls(_never, parent=parent)
        op._work = work
        return op

    def success(self, callback: Callable[[T], None]) -> Op[T]:
        self._on_success.append(callback)
        return self

    def failure(self, callback: Callable[[Exception], None]) -> Op[T]:
        self._on_failure.append(callback)
        return self

    def on_cancel(self, callback: Callable[[], None]) -> Op[T]:
        self._on_cancel.append(callback)
        return self

    def progress(self, callback: Callable[[int, int], None]) -> Op[T]:
        self._on_progress.append(callback)
        return self

    def finally_(self, callback: Callable[[], None]) -> Op[T]:
        """Called after success, failure or cancellation."""
        self._on_finally.append(callback)
        return self

    @property
    def running(self) -> bool:
        return self._running

    def cancel(self) -> None:
        """Ask the work to stop; it notices at its next :meth:`TaskContext.check`."""
        if self._context is not None:
            self._context.cancel()

    def run_in_background(self, pool: QThreadPool | None = None) -> Op[T]:
        if self._running:
            raise RuntimeError("operation already running")
        self._running = True
        dispatcher = _the_dispatcher()
        context = dispatcher.start(self, self._parent)
        self._context = context
        runnable = _Runnable(functools.partial(self._work, context), dispatcher, context._token)
        (pool or QThreadPool.globalInstance()).start(runnable)
        return self

    # -- called by the dispatcher, in the GUI thread, while the parent is alive -----------

    def _deliver(self, kind: str, payload: object) -> None:
        try:
            if kind == _SUCCEEDED:
                for callback in self._on_success:
                    callback(payload)  # type: ignore[arg-type]
            elif kind == _FAILED:
                assert isinstance(payload, Exception)
                if not isinstance(payload, DeskError):
                    log.error(
                        "background task failed: %s", type(payload).__name__, exc_info=payload
                    )
                for failure in self._on_failure:
                    failure(payload)
            else:
                for cancelled in self._on_cancel:
                    cancelled()
        finally:
            # Done before the finally callbacks: one that asks ``running`` (a busy bar) must
            # hear that this operation has ended, or the bar stays up after the work.
            self._running = False
            self._context = None
            for last in self._on_finally:
                last()

    def _deliver_progress(self, done: int, total: int) -> None:
        for callback in self._on_progress:
            callback(done, total)
