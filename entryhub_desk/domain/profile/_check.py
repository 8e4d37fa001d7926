"""Field checks shared by the profile entries (all raise ``DeskError("validation.*")``)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from enum import StrEnum
from typing import TypeVar

from entryhub_desk.domain import codes, validate
from entryhub_desk.errors import DeskError

E = TypeVar("E", bound=StrEnum)

# An ESCO concept is stored by the UUID at the end of its URI.
_ESCO = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_ISCO = re.compile(r"\d{1,4}")
ESCO_URI_PREFIX = "http://data.europa.eu/esco/"

TEXT_MAX = 200
LONG_TEXT_MAX = 4000
KEYWORDS_MAX = 30


def common(obj: object) -> None:
    """The fields every entry has: ``id``, ``person_id``, ``position``."""
    validate.record_id("id", getattr(obj, "id"))  # noqa: B009
    validate.record_id("person_id", getattr(obj, "person_id"))  # noqa: B009
    position = getattr(obj, "position")  # noqa: B009
    if position is not None and (
        isinstance(position, bool) or not isinstance(position, int) or position < 0
    ):
        raise DeskError("validation.invalid", field="position")


def enum(field: str, kind: type[E], value: object) -> E:
    try:
        return kind(value)  # type: ignore[arg-type]  # anything else is refused below
    except ValueError:
        raise DeskError("validation.unknown_code", field=field, value=str(value)) from None


def optional_enum(field: str, kind: type[E], value: object) -> E | None:
    if value is None or value == "":
        return None
    return enum(field, kind, value)


def enums(field: str, kind: type[E], values: object) -> tuple[E, ...]:
    """A tuple of distinct codes in the order given."""
    out: list[E] = []
    for value in sequence(field, values):
        item = enum(field, kind, value)
        if item not in out:
            out.append(item)
    return tuple(out)


def sequence(field: str, values: object) -> tuple[object, ...]:
    if isinstance(values, str | bytes) or not isinstance(values, Iterable):
        raise DeskError("validation.invalid", field=field)
    return tuple(values)


def flag(field: str, value: object) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):  # from an INTEGER column
        return bool(value)
    raise DeskError("validation.invalid", field=field)


def optional_flag(field: str, value: object) -> bool | None:
    return None if value is None else flag(field, value)


def text(field: str, value: object, *, maximum: int = TEXT_MAX, required: bool = False) -> str:
    if value is None and not required:
        return ""
    return validate.text(field, value, maximum=maximum, required=required)  # type: ignore[arg-type]


def long_text(field: str, value: object, *, maximum: int = LONG_TEXT_MAX) -> str:
    if value is None:
        return ""
    return validate.multiline(field, value, maximum=maximum)  # type: ignore[arg-type]


def texts(field: str, values: object, *, maximum: int = TEXT_MAX) -> tuple[str, ...]:
    """Non-empty trimmed lines (keywords, tasks)."""
    items = [text(field, v, maximum=maximum) for v in sequence(field, values)]
    out = tuple(item for item in items if item)
    if len(out) > KEYWORDS_MAX:
        raise DeskError("validation.too_long", field=field, maximum=KEYWORDS_MAX)
    return out


def country(field: str, value: object) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise DeskError("validation.invalid", field=field)
    return codes.country(field, value)


def language(field: str, value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise DeskError("validation.required", field=field)
    return codes.language(field, value)


def esco(field: str, value: object) -> str | None:
    """An ESCO concept id (the UUID of its URI); the full URI is accepted and shortened."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise DeskError("validation.invalid", field=field)
    code = value.strip().lower().rsplit("/", 1)[-1]
    if not _ESCO.fullmatch(code):
        raise DeskError("validation.unknown_code", field=field, value=value)
    return code


def escos(field: str, values: object) -> tuple[str, ...]:
    out: list[str] = []
    for value in sequence(field, values):
        code = esco(field, value)
        if code is not None and code not in out:
            out.append(code)
    return tuple(out)


def isco(field: str, value: object) -> str | None:
    """An ISCO-08 group code: 1 to 4 digits (``"2221"``)."""
    if value is None or value == "":
        return None
    if not isinstance(value, str) or not _ISCO.fullmatch(value.strip()):
        raise DeskError("validation.unknown_code", field=field, value=str(value))
    return value.strip()


def small_int(field: str, value: object, *, minimum: int, maximum: int) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise DeskError("validation.invalid", field=field)
    if not minimum <= value <= maximum:
        raise DeskError("validation.out_of_range", field=field, minimum=minimum, maximum=maximum)
    return value
