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

    Op.with_context(lambda ctx: session.rekey(ctx.report), parent=self).progress(bar.update)
"""

from __future__ import annotations

import functools
import logging
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from entryhub_desk.errors import DeskError

log = logging.getLogger(__name__)

T = TypeVar("T")


class Cancelled(Exception):
    """Raised inside a task (by :meth:`TaskContext.check`) when it was cancelled."""


class TaskContext:
    """What a worker may use: report progress, and ask whether it was cancelled."""

    def __init__(self, emitter: _Emitter) -> None:
        self._emitter = emitter
        self._cancel = threading.Event()

    def report(self, done: int, total: int) -> None:
        self._emitter.progress.emit(done, total)

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise :class:`Cancelled` when the task was cancelled; call between steps."""
        if self._cancel.is_set():
            raise Cancelled

    def cancel(self) -> None:
        self._cancel.set()


class _Emitter(QObject):
    """Announces the worker's outcome; emitted from the worker thread."""

    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    progress = Signal(int, int)


class _Relay(QObject):
    """Lives in the GUI thread (child of the caller's object) and calls the callbacks there."""

    def __init__(self, op: Op[Any], emitter: _Emitter, parent: QObject) -> None:
        super().__init__(parent)
        self._op = op
        self._emitter = emitter  # kept alive until the outcome arrived

    @Slot(object)
    def on_succeeded(self, result: object) -> None:
        try:
            for callback in self._op._on_success:
                callback(result)
        finally:
            self._done()

    @Slot(object)
    def on_failed(self, error: object) -> None:
        try:
            assert isinstance(error, Exception)
            if not isinstance(error, DeskError):
                log.error("background task failed: %s", type(error).__name__, exc_info=error)
            for callback in self._op._on_failure:
                callback(error)
        finally:
            self._done()

    @Slot()
    def on_cancelled(self) -> None:
        try:
            for callback in self._op._on_cancel:
                callback()
        finally:
            self._done()

    @Slot(int, int)
    def on_progress(self, done: int, total: int) -> None:
        for callback in self._op._on_progress:
            callback(done, total)

    def _done(self) -> None:
        try:
            for callback in self._op._on_finally:
                callback()
        finally:
            self._op._running = False
            self._op._context = None
            self.deleteLater()


class _Runnable(QRunnable):
    """The worker thread's part: run the work and announce its outcome."""

    def __init__(self, work: Callable[[], object], emitter: _Emitter) -> None:
        super().__init__()
        self._work: Callable[[], object] | None = work
        self._emitter = emitter
        self.setAutoDelete(True)

    def run(self) -> None:
        work, self._work = self._work, None
        assert work is not None
        try:
            result = work()
        except Cancelled:
            self._emitter.cancelled.emit()
        except Exception as error:  # noqa: BLE001 - every failure goes back to the GUI thread
            self._emitter.failed.emit(error)
        else:
            self._emitter.succeeded.emit(result)


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
        # The emitter has no parent: the worker and the relay both hold it, so it outlives
        # whichever ends first. The relay is a child of ``parent``: no callbacks after it closed.
        emitter = _Emitter()
        relay = _Relay(self, emitter, self._parent)
        emitter.succeeded.connect(relay.on_succeeded)
        emitter.failed.connect(relay.on_failed)
        emitter.cancelled.connect(relay.on_cancelled)
        emitter.progress.connect(relay.on_progress)
        context = TaskContext(emitter)
        self._context = context
        runnable = _Runnable(functools.partial(self._work, context), emitter)
        (pool or QThreadPool.globalInstance()).start(runnable)
        return self
