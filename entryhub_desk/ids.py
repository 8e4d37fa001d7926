"""Identifiers: UUIDv7 for every record, and the short code people read aloud."""

from __future__ import annotations

import os
import threading
import time
import uuid

_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
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


def short_code(record_id: str | uuid.UUID) -> str:
    """Eight Crockford base32 characters from the UUID's random bits, shown as ``XXXX-XXXX``.

    The last 40 bits of a UUIDv7 are random, so two persons rarely share a code; the search
    treats a code as a lookup key, and a clash shows both persons.
    """
    value = (record_id if isinstance(record_id, uuid.UUID) else uuid.UUID(str(record_id))).int
    bits = value & ((1 << 40) - 1)
    chars = [_CROCKFORD[(bits >> shift) & 31] for shift in range(35, -5, -5)]
    return "".join(chars[:4]) + "-" + "".join(chars[4:])


def normalise_short_code(text: str) -> str | None:
    """Read a short code as typed (any case, with or without the dash, O for 0, I/L for 1)."""
    cleaned = text.strip().upper().replace("-", "").replace(" ", "")
    cleaned = cleaned.replace("O", "0").replace("I", "1").replace("L", "1")
    if len(cleaned) != 8 or any(c not in _CROCKFORD for c in cleaned):
        return None
    return cleaned[:4] + "-" + cleaned[4:]
