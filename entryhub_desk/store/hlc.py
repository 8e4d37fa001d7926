"""Hybrid logical clocks: wall-clock milliseconds, a counter and the device id.

Written as ``"<ms:013d>-<counter:04d>-<device_id>"`` so that the strings compare in the same
order as the clocks (ties between devices broken by device id).
"""

from __future__ import annotations

from dataclasses import dataclass

from entryhub_desk.config import Clock

MAX_COUNTER = 9999


@dataclass(frozen=True, order=True)
class Hlc:
    ms: int
    counter: int
    device_id: str

    def __post_init__(self) -> None:
        if not 0 <= self.ms < 10**13 or not 0 <= self.counter <= MAX_COUNTER:
            raise ValueError("HLC out of range")
        if not self.device_id:
            raise ValueError("HLC without a device id")

    def __str__(self) -> str:
        return f"{self.ms:013d}-{self.counter:04d}-{self.device_id}"

    @classmethod
    def parse(cls, text: str) -> Hlc:
        ms, counter, device_id = text.split("-", 2)
        if len(ms) != 13 or len(counter) != 4 or not (ms.isdigit() and counter.isdigit()):
            raise ValueError("not an HLC")
        return cls(int(ms), int(counter), device_id)


def _advance(ms: int, counter: int) -> tuple[int, int]:
    if counter >= MAX_COUNTER:  # 10,000 events in one millisecond: borrow the next one
        return ms + 1, 0
    return ms, counter + 1


class HybridClock:
    """An HLC for one device. ``state`` is what the store persists between uses."""

    def __init__(self, device_id: str, clock: Clock, *, ms: int = 0, counter: int = 0) -> None:
        self.device_id = device_id
        self._clock = clock
        self.ms = ms
        self.counter = counter

    @property
    def state(self) -> tuple[int, int]:
        return self.ms, self.counter

    def _wall(self) -> int:
        return int(self._clock() * 1000)

    def now(self) -> Hlc:
        """A clock for a local event: later than every clock this device issued or saw."""
        wall = self._wall()
        if wall > self.ms:
            self.ms, self.counter = wall, 0
        else:
            self.ms, self.counter = _advance(self.ms, self.counter)
        return Hlc(self.ms, self.counter, self.device_id)

    def receive(self, remote: Hlc) -> Hlc:
        """Take a clock seen in a pulled change into account (HLC receive rule)."""
        wall = self._wall()
        top = max(wall, self.ms, remote.ms)
        if top == self.ms == remote.ms:
            counter = max(self.counter, remote.counter)
            self.ms, self.counter = _advance(top, counter)
        elif top == self.ms:
            self.ms, self.counter = _advance(top, self.counter)
        elif top == remote.ms:
            self.ms, self.counter = _advance(top, remote.counter)
        else:
            self.ms, self.counter = top, 0
        return Hlc(self.ms, self.counter, self.device_id)
