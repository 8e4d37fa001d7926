"""Reading the search index ahead while the reception screen waits: on the page's worker
thread, never while a search waits, stopped by the lock and started again after unlocking,
again after a sync round (another connection's commit) emptied the cache."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QObject, Qt, QThreadPool
from pytestqt.qtbot import QtBot

from entryhub_desk.errors import DeskError
from entryhub_desk.services import Desk
from entryhub_desk.store.connection import open_database, transaction
from entryhub_desk.store.search_warm import warmer_of
from entryhub_desk.views.reception import search_warmup
from entryhub_desk.views.reception.search_warmup import SearchWarmup
from tests.views.conftest import RECEPTIONIST, RECEPTIONIST_PASSWORD
from tests.views.reception.conftest import MOHAMMED, OpenWindow, seed, type_search


def _pool(owner: QObject) -> QThreadPool:
    pool = QThreadPool(owner)
    pool.setMaxThreadCount(1)
    return pool


def test_it_reads_on_the_worker_thread_until_all_is_read_and_waits_for_searches(
    qtbot: QtBot,
) -> None:
    owner = QObject()
    pool = _pool(owner)
    threads: list[bool] = []
    left = [3]
    busy = [True]

    def warm() -> bool:
        threads.append(threading.current_thread() is threading.main_thread())
        left[0] -= 1
        return left[0] <= 0

    warmup = SearchWarmup(warm, lambda: busy[0], pool, owner)
    warmup.start()
    qtbot.wait(100)
    assert threads == []  # a search waits or runs: nothing read
    busy[0] = False
    qtbot.waitUntil(lambda: len(threads) == 3, timeout=5_000)
    qtbot.wait(200)
    assert threads == [False, False, False]  # all read: no more calls until the recheck
    warmup.stop()
    assert not warmup.active
    pool.waitForDone()


def test_stop_reads_nothing_more_and_a_failure_is_tried_again_later(qtbot: QtBot) -> None:
    owner = QObject()
    pool = _pool(owner)
    calls: list[None] = []

    def failing() -> bool:
        calls.append(None)
        raise DeskError("store.busy")

    warmup = SearchWarmup(failing, lambda: False, pool, owner)
    warmup.start()
    qtbot.waitUntil(lambda: len(calls) == 1, timeout=5_000)
    qtbot.wait(200)
    assert len(calls) == 1  # not in a loop: again after the recheck interval
    warmup.stop()
    endless: list[None] = []
    stopped = SearchWarmup(lambda: bool(endless.append(None)), lambda: False, pool, owner)
    stopped.start()
    qtbot.waitUntil(lambda: len(endless) >= 2, timeout=5_000)
    stopped.stop()
    pool.waitForDone()
    qtbot.wait(100)
    count = len(endless)
    qtbot.wait(200)
    assert len(endless) == count
    pool.waitForDone()


def test_the_reception_page_reads_the_index_ahead_and_again_after_a_lock_or_a_sync(
    qtbot: QtBot, set_up_desk: Desk, open_window: OpenWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed(set_up_desk, MOHAMMED)
    window = open_window("receptionist")
    page = window.reception_page
    conn = window.session.opened.conn
    warmer = warmer_of(conn)
    qtbot.waitUntil(lambda: warmer.done, timeout=10_000)
    type_search(qtbot, page, "mohammed")
    assert page.results.rowCount() == 1

    window.lock()
    assert not warmer.done  # the lock emptied the cache
    qtbot.wait(100)
    assert not warmer.done  # and nothing is read while locked
    lock_page = window.lock_page
    lock_page.ui.nameCombo.setEditText(RECEPTIONIST)
    lock_page.ui.passwordEdit.setText(RECEPTIONIST_PASSWORD)
    qtbot.keyClick(lock_page.ui.passwordEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.session.is_locked and warmer.done, timeout=10_000)

    # a sync round commits on a connection of its own, which empties the page's cache
    monkeypatch.setattr(search_warmup, "RECHECK_MS", 20)
    read = warmer.slices
    other = open_database(conn.desk_path, conn.desk_key)
    try:
        with transaction(other):
            other.execute("UPDATE person_search SET last_visit = '2026-12-01T10:00:00Z'")
    finally:
        other.close()
    qtbot.waitUntil(lambda: warmer.slices > read and warmer.done, timeout=10_000)
    type_search(qtbot, page, "mohammed")
    assert page.results.rowCount() == 1
