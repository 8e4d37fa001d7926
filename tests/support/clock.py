"""The one fake clock of the tests: it moves only when a test moves it (``advance``, or by
setting ``now``), or by ``tick`` seconds at every reading (stores that need every write at a
later time, e.g. the search evaluation's thousands of registrations).

A :data:`~entryhub_desk.config.Clock` is any ``() -> float`` (seconds since the epoch); the
program's is ``time.time``. Tests never sleep and never read the wall clock for what they
assert: they pass a ``FakeClock`` to ``DeskConfig(clock=…)``, the server's ``Settings``, a
``LoginThrottle`` or a ``HybridClock``.
"""

from __future__ import annotations

START = 1_790_000_000.0  # 2026-09-21, the desks' default


class FakeClock:
    """A clock that only moves when a test moves it (or ``tick`` at each reading)."""

    def __init__(self, start: float = START, *, tick: float = 0.0) -> None:
        self.now = start
        self.tick = tick

    def __call__(self) -> float:
        if self.tick:
            self.now += self.tick
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds
