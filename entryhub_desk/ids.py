"""Identifiers: UUIDv7 for every record (made by :mod:`entryhub_wire.ids`), and the short code
people read aloud."""

from __future__ import annotations

import uuid

from entryhub_wire.ids import new_id as new_id
from entryhub_wire.ids import uuid7 as uuid7

_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


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
