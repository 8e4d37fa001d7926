"""Search while typing: debounced, one at a time, the latest text searched last."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QThreadPool
from pytestqt.qtbot import QtBot

from entryhub_desk.services.reception_types import SearchHit
from entryhub_desk.views.reception.live_search import LiveSearch


def test_typing_fast_searches_once_and_a_running_search_is_followed_by_the_latest(
    qtbot: QtBot,
) -> None:
    owner = QObject()
    pool = QThreadPool(owner)
    pool.setMaxThreadCount(1)
    searched: list[str] = []
    gate = threading.Event()

    def search(query: str) -> list[SearchHit]:
        searched.append(query)
        gate.wait(10)
        return []

    live = LiveSearch(search, pool, owner, delay_ms=20)
    found: list[str] = []
    live.found.connect(lambda query, _hits: found.append(query))
    for text in ("m", "mo", "moh"):
        live.set_query(text)
    qtbot.waitUntil(lambda: searched == ["moh"], timeout=5_000)
    assert live.pending()
    live.set_query("moha")  # typed on while "moh" runs
    live.set_query("mohamed")
    qtbot.wait(60)  # past the pause: waits for the running search
    assert searched == ["moh"]
    gate.set()
    qtbot.waitUntil(lambda: found == ["moh", "mohamed"], timeout=5_000)
    assert searched == ["moh", "mohamed"]
    assert not live.pending()
    live.set_query("  ")
    assert found[-1] == ""
    pool.waitForDone()
