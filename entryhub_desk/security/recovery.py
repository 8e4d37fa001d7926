"""The recovery key: 150 random bits a coordinator writes down once, at set-up.

Written form: 30 Crockford base32 characters in 6 groups of 5, each group followed by one
check character (Crockford's mod-37 check symbol over that group's value), e.g.
``7Q2XK4-…``. Because 37 is prime and 32 is not a multiple of it, the check character catches
every single wrong character and every swap of two neighbours inside a group, so the desk can
say *which* group has a typing error.

Parsing accepts any case, spaces or dashes anywhere, ``O`` for ``0`` and ``I``/``L`` for ``1``.
"""

from __future__ import annotations

import os
import re
from typing import Final

from entryhub_desk.errors import DeskError

ALPHABET: Final = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CHECK_SYMBOLS: Final = ALPHABET + "*~$=U"
GROUPS: Final = 6
GROUP_LENGTH: Final = 5
SECRET_BITS: Final = GROUPS * GROUP_LENGTH * 5  # 150
SECRET_BYTES: Final = (SECRET_BITS + 7) // 8  # 19; the top two bits are always zero

_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015_.]+")
_READ_AS: Final = str.maketrans({"O": "0", "I": "1", "L": "1"})


def new_recovery_secret() -> bytes:
    """A fresh secret: :data:`SECRET_BYTES` bytes holding :data:`SECRET_BITS` random bits."""
    value = int.from_bytes(os.urandom(SECRET_BYTES), "big") >> (SECRET_BYTES * 8 - SECRET_BITS)
    return value.to_bytes(SECRET_BYTES, "big")


def _check_symbol(group: str) -> str:
    value = 0
    for char in group:
        value = value * 32 + ALPHABET.index(char)
    return CHECK_SYMBOLS[value % 37]


def format_recovery_key(secret: bytes) -> str:
    """The written form of ``secret`` (from :func:`new_recovery_secret`)."""
    value = int.from_bytes(secret, "big")
    if len(secret) != SECRET_BYTES or value >> SECRET_BITS:
        raise ValueError("a recovery secret is 150 bits in 19 bytes")
    chars = "".join(ALPHABET[(value >> shift) & 31] for shift in range(SECRET_BITS - 5, -5, -5))
    groups = [chars[i : i + GROUP_LENGTH] for i in range(0, len(chars), GROUP_LENGTH)]
    return "-".join(group + _check_symbol(group) for group in groups)


def normalise_recovery_text(text: str) -> str:
    """Upper case, separators dropped, O/I/L read as 0/1 (check characters included)."""
    return _SEPARATORS.sub("", text).upper().translate(_READ_AS)


def parse_recovery_key(text: str) -> bytes:
    """The secret in a typed recovery key.

    Raises ``recovery.bad_format`` (wrong number of characters) or ``recovery.bad_check``
    with ``group`` (1-based) naming the first group with a typing error.
    """
    cleaned = normalise_recovery_text(text)
    width = GROUP_LENGTH + 1
    if len(cleaned) != GROUPS * width:
        raise DeskError("recovery.bad_format", groups=GROUPS, length=width)
    value = 0
    for index in range(GROUPS):
        chunk = cleaned[index * width : (index + 1) * width]
        data, check = chunk[:GROUP_LENGTH], chunk[GROUP_LENGTH]
        if any(c not in ALPHABET for c in data) or check != _check_symbol(data):
            raise DeskError("recovery.bad_check", group=index + 1)
        for char in data:
            value = value * 32 + ALPHABET.index(char)
    return value.to_bytes(SECRET_BYTES, "big")
