"""Count the keys a person presses in a flow (issue 14's keystroke counts): the test's own
key presses are counted as it sends them (``keyClick`` one, ``keyClicks`` one per letter)."""

from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot


class KeyCounter:
    def __init__(self, qtbot: QtBot) -> None:
        self._qtbot = qtbot
        self.presses = 0

    def __enter__(self) -> KeyCounter:
        click, clicks = self._qtbot.keyClick, self._qtbot.keyClicks

        def key_click(*args: Any, **kwargs: Any) -> None:
            self.presses += 1
            click(*args, **kwargs)

        def key_clicks(widget: Any, text: str, *args: Any, **kwargs: Any) -> None:
            self.presses += len(text)
            clicks(widget, text, *args, **kwargs)

        self._saved = (click, clicks)
        self._qtbot.keyClick = key_click  # type: ignore[method-assign]
        self._qtbot.keyClicks = key_clicks  # type: ignore[method-assign]
        return self

    def __exit__(self, *_exc: object) -> None:
        self._qtbot.keyClick, self._qtbot.keyClicks = self._saved  # type: ignore[method-assign]
