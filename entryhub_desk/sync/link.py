"""How much to send in one request and how long to wait for its answer, learnt from the link.

Qt-free and without I/O: the client measures each exchange (:class:`Exchange`) and the engine
feeds it to the :class:`LinkPolicy`, which

- sizes push batches and pull pages by their *compressed* bytes (``batch_bytes``), starting
  small, doubling after a full request that went quickly (or more, up to what the measured
  rate carries in half the target time), easing off after a slow one and quartering after a
  timeout (between :data:`MIN_BATCH_BYTES` and :data:`MAX_BATCH_BYTES`);
- measures the link's rate (bytes per second, body and headers, latency and server time
  included, so it errs low) and the compression ratio of the JSON bodies;
- gives each request its timeouts: connect fixed, read and write ``base + bytes / rate``,
  never below the floor (30 s by default) and never above :data:`MAX_TIMEOUT`.

The learnt size, rate and ratio are kept per server in the desk's sync state
(:func:`~entryhub_desk.store.sync_state.save_link_state`) and restored at the next round.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from typing import Any, Final

MIN_BATCH_BYTES: Final = 2 * 1024  # compressed bytes of a push batch or pull page
START_BATCH_BYTES: Final = 16 * 1024  # about 16 s at 8 kbit/s: within the 30 s floor
MAX_BATCH_BYTES: Final = 512 * 1024
TARGET_SECONDS: Final = 20.0  # one request should take about this long
ASSUMED_RATE: Final = 500.0  # bytes/s before anything is measured (4 kbit/s)
HEADER_BYTES: Final = 600  # HTTP headers of a request and its answer, roughly
CONNECT_TIMEOUT: Final = 10.0
BASE_TIMEOUT: Final = 5.0
FLOOR_TIMEOUT: Final = 30.0
MAX_TIMEOUT: Final = 900.0
DEFAULT_RATIO: Final = 3.0  # uncompressed JSON bytes per compressed byte (measured later)
PUSH_ANSWER_BYTES: Final = 1024  # what a push answer may take, compressed
_MIN_SAMPLE_BYTES: Final = 2 * 1024  # smaller exchanges say more about latency than rate
_SMOOTHING: Final = 0.5


@dataclass(frozen=True)
class Exchange:
    """One request as the client saw it: body bytes as sent and received (compressed), the
    same as JSON (uncompressed), and the seconds from sending to the whole answer."""

    sent: int
    received: int
    seconds: float
    raw_sent: int = 0
    raw_received: int = 0


@dataclass(frozen=True)
class Timeouts:
    connect: float
    read: float
    write: float


@dataclass
class LinkPolicy:
    """The adaptive batch size and timeouts for one server (see the module's docstring)."""

    batch_bytes: int = START_BATCH_BYTES
    rate: float | None = None
    ratio: float = DEFAULT_RATIO
    floor: float = FLOOR_TIMEOUT
    base: float = BASE_TIMEOUT

    # -- sizes ----------------------------------------------------------------------------

    def json_budget(self) -> int:
        """The uncompressed JSON bytes that should compress to about ``batch_bytes``."""
        return max(1, int(self.batch_bytes * self.ratio))

    # -- timeouts -------------------------------------------------------------------------

    def timeouts(self, send_bytes: int, expect_bytes: int) -> Timeouts:
        """Timeouts for a request of ``send_bytes`` whose answer may take ``expect_bytes``."""
        rate = self.rate if self.rate is not None else ASSUMED_RATE
        write = self.base + (send_bytes + HEADER_BYTES) / rate
        read = self.base + (send_bytes + expect_bytes + HEADER_BYTES) / rate
        return Timeouts(
            connect=CONNECT_TIMEOUT,
            read=_clamp(read, self.floor, MAX_TIMEOUT),
            write=_clamp(write, self.floor, MAX_TIMEOUT),
        )

    # -- learning -------------------------------------------------------------------------

    def succeeded(self, exchange: Exchange, *, full: bool) -> None:
        """An answer arrived. ``full``: the request was as large as the budget allowed (so its
        time says whether the budget fits the link)."""
        self._learn_ratio(exchange)
        payload = exchange.sent + exchange.received
        if payload >= _MIN_SAMPLE_BYTES and exchange.seconds > 0:
            sample = (payload + HEADER_BYTES) / exchange.seconds
            self.rate = sample if self.rate is None else _mix(self.rate, sample)
        if not full:
            return
        if exchange.seconds < TARGET_SECONDS / 2:
            # at least double; on a link measured fast, straight to what it carries in half
            # the target time
            reach = int((self.rate or 0.0) * TARGET_SECONDS / 2)
            self.batch_bytes = min(MAX_BATCH_BYTES, max(self.batch_bytes * 2, reach))
        elif exchange.seconds > TARGET_SECONDS:
            self.batch_bytes = max(MIN_BATCH_BYTES, self.batch_bytes * 3 // 4)

    def timed_out(self, exchange: Exchange) -> None:
        """No answer in time: a quarter of what was sent (a batch may have been cut below the
        budget by its change count), and a rate no higher than what was seen."""
        sent = exchange.sent if exchange.sent > 0 else self.batch_bytes
        self.batch_bytes = max(MIN_BATCH_BYTES, min(self.batch_bytes, sent) // 4)
        if exchange.seconds > 0:
            seen = (exchange.sent + HEADER_BYTES) / exchange.seconds
            self.rate = seen if self.rate is None else min(self.rate, seen)

    def _learn_ratio(self, exchange: Exchange) -> None:
        for raw, compressed in (
            (exchange.raw_sent, exchange.sent),
            (exchange.raw_received, exchange.received),
        ):
            if compressed >= _MIN_SAMPLE_BYTES and raw > 0:
                self.ratio = _clamp(_mix(self.ratio, raw / compressed), 1.0, 20.0)

    # -- keeping --------------------------------------------------------------------------

    def to_text(self, server_url: str) -> str:
        """What the sync state keeps: the server it was learnt with, the size, rate, ratio."""
        return json.dumps(
            {
                "server_url": server_url,
                "batch_bytes": self.batch_bytes,
                "rate": self.rate,
                "ratio": round(self.ratio, 3),
            },
            sort_keys=True,
        )

    def restore(self, text: str | None, server_url: str) -> None:
        """Take back what was learnt with ``server_url`` (anything else, or damage: ignored)."""
        if not text:
            return
        try:
            kept: Any = json.loads(text)
        except ValueError:
            return
        if not isinstance(kept, dict) or kept.get("server_url") != server_url:
            return
        size, rate, ratio = kept.get("batch_bytes"), kept.get("rate"), kept.get("ratio")
        if isinstance(size, int) and not isinstance(size, bool):
            self.batch_bytes = int(_clamp(size, MIN_BATCH_BYTES, MAX_BATCH_BYTES))
        if isinstance(rate, int | float) and not isinstance(rate, bool) and _positive(rate):
            self.rate = float(rate)
        if isinstance(ratio, int | float) and not isinstance(ratio, bool) and _positive(ratio):
            self.ratio = _clamp(float(ratio), 1.0, 20.0)


def _mix(old: float, sample: float) -> float:
    return old * (1 - _SMOOTHING) + sample * _SMOOTHING


def _clamp(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))


def _positive(value: float) -> bool:
    return math.isfinite(value) and value > 0
