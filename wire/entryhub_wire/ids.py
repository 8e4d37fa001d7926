"""Record ids: UUIDv7 (RFC 9562), made by the desk and the server alike."""

from __future__ import annotations

import os
import threading
import time
import uuid

_lock = threading.Lock()
_last_ms = 0
_last_rand = 0


def uuid7(now_ms: int | None = None) -> uuid.UUID:
    """A UUIDv7 (RFC 9562): 48-bit Unix milliseconds, then random bits.

    Within one millisecond the 74 random bits are incremented so that ids made in one
    process still sort in creation order (RFC 9562, method 2 "monotonic random").
    """
    global _last_ms, _last_rand
    with _lock:
        ms = now_ms if now_ms is not None else time.time_ns() // 1_000_000
        if ms <= _last_ms:
            ms = _last_ms
            rand = (_last_rand + 1) & ((1 << 74) - 1)
        else:
            rand = int.from_bytes(os.urandom(10), "big") >> 6
        _last_ms, _last_rand = ms, rand
    rand_a = rand >> 62  # 12 bits
    rand_b = rand & ((1 << 62) - 1)
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76
    value |= rand_a << 64
    value |= 0b10 << 62
    value |= rand_b
    return uuid.UUID(int=value)


def new_id() -> str:
    """A new record id as text."""
    return str(uuid7())
