"""Small checks shared by the domain classes; all raise ``DeskError("validation.*", field=…)``."""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, datetime

from entryhub_desk.errors import DeskError

_CODE = re.compile(r"[a-z0-9][a-z0-9_.-]{0,63}")
_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


#: Control characters and lone surrogates (a byte that was not UTF-8 in a command-line
#: argument arrives as one, and no store or PDF can take it).
_REFUSED = frozenset(("Cc", "Cs"))
# the same characters as one pattern (Cc and Cs are these ranges in every Unicode version):
# one search instead of a category lookup per character
_REFUSED_CHARS = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


def text(field: str, value: str, *, maximum: int, required: bool = False) -> str:
    """Trimmed, NFC-normalised text without control characters or lone surrogates (newlines
    only if allowed)."""
    if not isinstance(value, str):
        raise DeskError("validation.invalid", field=field)
    cleaned = unicodedata.normalize("NFC", value.strip())
    if required and not cleaned:
        raise DeskError("validation.required", field=field)
    if len(cleaned) > maximum:
        raise DeskError("validation.too_long", field=field, maximum=maximum)
    if _REFUSED_CHARS.search(cleaned):
        raise DeskError("validation.invalid", field=field)
    return cleaned


def multiline(field: str, value: str, *, maximum: int) -> str:
    """Like :func:`text`, but newlines and tabs are allowed."""
    if not isinstance(value, str):
        raise DeskError("validation.invalid", field=field)
    cleaned = unicodedata.normalize("NFC", value.strip()).replace("\r\n", "\n")
    if len(cleaned) > maximum:
        raise DeskError("validation.too_long", field=field, maximum=maximum)
    if any(unicodedata.category(c) in _REFUSED and c not in "\n\t" for c in cleaned):
        raise DeskError("validation.invalid", field=field)
    return cleaned


def optional_text(field: str, value: str | None, *, maximum: int) -> str | None:
    if value is None:
        return None
    cleaned = text(field, value, maximum=maximum)
    return cleaned or None


def record_id(field: str, value: str) -> str:
    """A UUID in canonical lower-case text form."""
    if not isinstance(value, str) or not value:
        raise DeskError("validation.required", field=field)
    if not _ID.fullmatch(value):
        raise DeskError("validation.invalid", field=field)
    return value


def code(field: str, value: str) -> str:
    """A short machine code (lower case letters, digits, ``_.-``)."""
    if not isinstance(value, str) or not _CODE.fullmatch(value):
        raise DeskError("validation.invalid", field=field)
    return value


def year(field: str, value: int | None, *, minimum: int, maximum: int) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise DeskError("validation.invalid", field=field)
    if not minimum <= value <= maximum:
        raise DeskError("validation.out_of_range", field=field, minimum=minimum, maximum=maximum)
    return value


def utc(field: str, value: datetime) -> datetime:
    """An aware datetime, converted to UTC; naive datetimes are refused."""
    if not isinstance(value, datetime):
        raise DeskError("validation.invalid", field=field)
    if value.tzinfo is None or value.utcoffset() is None:
        raise DeskError("validation.invalid", field=field)
    return value.astimezone(UTC)


def this_year() -> int:
    return datetime.now(UTC).year
