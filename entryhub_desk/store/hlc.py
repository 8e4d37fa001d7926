"""Hybrid logical clocks: wall-clock milliseconds, a counter and the device id.

Written as ``"<ms:013d>-<counter:04d>-<device_id>"`` so that the strings compare in the same
order as the clocks (ties between devices broken by device id).

**Bounds** (docs/sync.md, "Clock bounds"): a desk's clock never runs more than
:data:`CLOCK_MARGIN_MS` ahead of its own wall clock. A remote clock further ahead moves it only
up to that bound (:meth:`HybridClock.receive`), so a broken clock elsewhere can neither drag
this desk into the future nor make building the next clock fail. Only after 10,000 events in
one millisecond at the bound does the clock borrow the next millisecond (1 ms per 10,000). The
clock itself never goes back; a state found beyond the bound (the computer's clock was set
back, or a far-future clock was taken in before bounds) is repaired by the store
(store/clock_repair.py).
Nothing here raises on a stored or received value: :func:`parse_or_none` and
:func:`bounded` turn any text into a defined order.
"""

from __future__ import annotations

from dataclasses import dataclass

from entryhub_desk.config import Clock

MAX_COUNTER = 9999
MAX_MS = 10**13 - 1
# How far a clock may run ahead of physical time (the server refuses changes further ahead:
# its Settings.clock_margin is the same ten minutes). Large against the drift of a desk synced
# now and then (a quartz clock drifts seconds a day), small enough that a wrong clock wins
# conflicts for ten minutes at most.
CLOCK_MARGIN_MS = 10 * 60 * 1000


@dataclass(frozen=True, order=True)
class Hlc:
    ms: int
    counter: int
    device_id: str

    def __post_init__(self) -> None:
        if not 0 <= self.ms <= MAX_MS or not 0 <= self.counter <= MAX_COUNTER:
            raise ValueError("HLC out of range")
        if not self.device_id:
            raise ValueError("HLC without a device id")

    def __str__(self) -> str:
        return f"{self.ms:013d}-{self.counter:04d}-{self.device_id}"

    @classmethod
    def parse(cls, text: str) -> Hlc:
        """The clock written as ``text``; ValueError unless ``str()`` of it gives ``text``
        back (ASCII only: ``int()`` would also read digits of other scripts)."""
        if not text.isascii():
            raise ValueError("not an HLC")
        ms, counter, device_id = text.split("-", 2)
        if len(ms) != 13 or len(counter) != 4 or not (ms.isdigit() and counter.isdigit()):
            raise ValueError("not an HLC")
        return cls(int(ms), int(counter), device_id)


def parse_or_none(text: object) -> Hlc | None:
    """The clock in ``text``, or None for anything that is not one (never raises)."""
    if not isinstance(text, str):
        return None
    try:
        return Hlc.parse(text)
    except ValueError:
        return None


def limit_ms(wall_ms: int, margin_ms: int = CLOCK_MARGIN_MS) -> int:
    """The latest millisecond a clock may carry at physical time ``wall_ms``."""
    return min(max(wall_ms, 0) + margin_ms, MAX_MS)


def demoted(stamp: Hlc) -> Hlc:
    """The repair of a clock found beyond the bound (a broken clock): millisecond 0, counter
    and device kept. It then loses to every real clock, and every desk and the server map the
    same value to the same result (docs/sync.md, "Clock bounds")."""
    return Hlc(0, stamp.counter, stamp.device_id)


def advance(ms: int, counter: int) -> tuple[int, int]:
    """The next (ms, counter) after these."""
    if counter >= MAX_COUNTER:  # 10,000 events in one millisecond: borrow the next one
        if ms >= MAX_MS:  # the end of the format (year 2286): stay, never raise
            return MAX_MS, MAX_COUNTER
        return ms + 1, 0
    return ms, counter + 1


class HybridClock:
    """An HLC for one device. ``state`` is what the store persists between uses."""

    def __init__(
        self,
        device_id: str,
        clock: Clock,
        *,
        ms: int = 0,
        counter: int = 0,
        margin_ms: int = CLOCK_MARGIN_MS,
    ) -> None:
        self.device_id = device_id
        self._clock = clock
        self.margin_ms = margin_ms
        self.ms = min(max(int(ms), 0), MAX_MS)
        self.counter = min(max(int(counter), 0), MAX_COUNTER)

    @property
    def state(self) -> tuple[int, int]:
        return self.ms, self.counter

    def wall(self) -> int:
        """Physical time in milliseconds, within the format's range."""
        try:
            wall = int(self._clock() * 1000)
        except (OverflowError, ValueError):  # an infinite or NaN clock reading
            wall = 0
        return min(max(wall, 0), MAX_MS)

    def limit(self) -> int:
        return limit_ms(self.wall(), self.margin_ms)

    def now(self) -> Hlc:
        """A clock for a local event: later than every clock this device issued or saw.

        It never goes back, so a state already beyond the bound (stored before clocks were
        bounded, or the computer's clock set back) stays beyond it: the store repairs that
        before it stamps anything (store/clock_repair.py)."""
        wall = self.wall()
        if wall > self.ms:
            self.ms, self.counter = wall, 0
        else:
            self.ms, self.counter = advance(self.ms, self.counter)
        return Hlc(self.ms, self.counter, self.device_id)

    def receive(self, remote: Hlc) -> Hlc:
        """Take a clock seen in a pulled change into account (HLC receive rule); a remote
        clock beyond physical time plus the margin counts as that bound."""
        wall = self.wall()
        limit = limit_ms(wall, self.margin_ms)
        if remote.ms > limit:
            remote = Hlc(limit, 0, remote.device_id)
        top = max(wall, self.ms, remote.ms)
        if top == self.ms == remote.ms:
            counter = max(self.counter, remote.counter)
            self.ms, self.counter = advance(top, counter)
        elif top == self.ms:
            self.ms, self.counter = advance(top, self.counter)
        elif top == remote.ms:
            self.ms, self.counter = advance(top, remote.counter)
        else:
            self.ms, self.counter = top, 0
        return Hlc(self.ms, self.counter, self.device_id)
