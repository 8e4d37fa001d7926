"""Minimum password strength for staff passwords, and a 0–4 hint for the GUI.

Rules (in the order they are reported):

1. ``password.too_short`` — fewer than :data:`MIN_LENGTH` characters;
2. ``password.too_common`` — the password, or its stem (digits and symbols stripped from both
   ends, ``@``→a, ``0``→o and similar swaps undone), is in :mod:`.common_passwords`;
3. ``password.contains_name`` — contains the staff member's name or a part of it (≥3 letters);
4. ``password.too_simple`` — fewer than 5 different characters, a repeated pattern, mostly a
   run such as ``abcdef…``/``98765…``/keyboard rows, or one kind of character only (all lower
   case, all digits…) below :data:`SINGLE_CLASS_LENGTH` characters.
"""

from __future__ import annotations

import itertools
import math
import re
import unicodedata
from typing import Final

from entryhub_desk.errors import DeskError
from entryhub_desk.security.common_passwords import COMMON_PASSWORDS

MIN_LENGTH: Final = 10
MIN_DISTINCT: Final = 5
MIN_EFFECTIVE: Final = 7
SINGLE_CLASS_LENGTH: Final = 14
MIN_NAME_PART: Final = 3

_COMMON: Final = frozenset(COMMON_PASSWORDS)
_LEET: Final = str.maketrans(
    {"@": "a", "4": "a", "0": "o", "1": "i", "!": "i", "3": "e", "$": "s", "5": "s", "7": "t"}
)
_LEET_L: Final = str.maketrans({"1": "l"})
_KEYBOARD_ROWS: Final = (
    "`1234567890-=",
    "qwertyuiop[]",
    "asdfghjkl;'",
    "zxcvbnm,./",
    "qwertzuiopü",
    "asdfghjklöä",
    "qwertyuiopå",
    "azertyuiop",
    "qsdfghjklm",
    "wxcvbn",
)
_EDGES = re.compile(r"^[\W\d_]+|[\W\d_]+$")
_TRAILING = re.compile(r"[\W\d_]+$")
_NAME_PARTS = re.compile(r"[\W_]+")


def _normalise(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def _stems(password: str) -> set[str]:
    """The forms of a password looked up in the common list."""
    folded = _normalise(password)
    bases = {folded, folded.replace(" ", "")}
    for base in list(bases):
        bases |= {_TRAILING.sub("", base), _EDGES.sub("", base)}
    forms: set[str] = set()
    for base in bases:
        for form in (base, base.translate(_LEET), base.translate(_LEET_L).translate(_LEET)):
            forms |= {form, _EDGES.sub("", form)}
    # a common word typed twice ("dragondragon") is no better than once
    for form in list(forms):
        half = len(form) // 2
        if len(form) % 2 == 0 and form[:half] == form[half:]:
            forms.add(form[:half])
    forms.discard("")
    return forms


def is_common(password: str) -> bool:
    return any(form in _COMMON for form in _stems(password))


def _adjacent(a: str, b: str) -> bool:
    """True when ``b`` follows ``a`` in a run: same, ±1 code point, or keyboard neighbours."""
    if abs(ord(a) - ord(b)) <= 1:
        return True
    pair = (a + b).casefold()
    return any(pair in row or pair[::-1] in row for row in _KEYBOARD_ROWS)


def effective_length(password: str) -> int:
    """Characters that are not simply the next step of a run or a repeat."""
    if not password:
        return 0
    return 1 + sum(not _adjacent(a, b) for a, b in itertools.pairwise(password))


def _is_repetition(password: str) -> bool:
    return len(password) > 1 and password in (password + password)[1:-1]


def _classes(password: str) -> int:
    kinds = set()
    for char in password:
        if char.islower():
            kinds.add("lower")
        elif char.isupper():
            kinds.add("upper")
        elif char.isdigit():
            kinds.add("digit")
        elif char.isalpha():
            kinds.add("letter")  # scripts without case (Arabic, Ethiopic…)
        else:
            kinds.add("other")
    return len(kinds)


def _pool(password: str) -> int:
    size = 0
    if any(c.islower() for c in password):
        size += 26
    if any(c.isupper() for c in password):
        size += 26
    if any(c.isdigit() for c in password):
        size += 10
    if any(not c.isalnum() and c.isascii() for c in password):
        size += 33
    if any(not c.isascii() for c in password):
        size += 100
    return max(size, 1)


def is_too_simple(password: str) -> bool:
    return (
        len(set(password)) < MIN_DISTINCT
        or _is_repetition(password)
        or effective_length(password) < MIN_EFFECTIVE
        or (_classes(password) < 2 and len(password) < SINGLE_CLASS_LENGTH)
    )


def _name_parts(name: str) -> set[str]:
    folded = _normalise(name).strip()
    parts = {part for part in _NAME_PARTS.split(folded) if len(part) >= MIN_NAME_PART}
    joined = _NAME_PARTS.sub("", folded)
    if len(joined) >= MIN_NAME_PART:
        parts.add(joined)
    return parts


def contains_name(password: str, name: str) -> bool:
    folded = _normalise(password)
    forms = {folded, folded.translate(_LEET), folded.translate(_LEET_L).translate(_LEET)}
    forms |= {_NAME_PARTS.sub("", form) for form in forms}
    return any(part in form for part in _name_parts(name) for form in forms)


def check_password(password: str, *, name: str) -> None:
    """Raise ``DeskError(password.*)`` unless ``password`` is strong enough for ``name``."""
    password = unicodedata.normalize("NFC", password)
    if len(password) < MIN_LENGTH:
        raise DeskError("password.too_short", minimum=MIN_LENGTH)
    if is_common(password):
        raise DeskError("password.too_common")
    if contains_name(password, name):
        raise DeskError("password.contains_name")
    if is_too_simple(password):
        raise DeskError("password.too_simple")


def strength(password: str) -> int:
    """0 (unacceptable) to 4 (strong), for the hint beside the password field.

    A password that fails the length, common or variety rules scores at most 1; otherwise
    the score follows a rough entropy estimate (effective length × log2 of the alphabet).
    """
    password = unicodedata.normalize("NFC", password)
    if not password or is_common(password):
        return 0
    bits = effective_length(password) * math.log2(_pool(password))
    score = 1 if bits < 40 else 2 if bits < 60 else 3 if bits < 80 else 4
    if len(password) < MIN_LENGTH or is_too_simple(password):
        return min(score, 1) if len(password) >= MIN_LENGTH // 2 else 0
    return score
