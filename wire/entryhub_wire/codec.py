"""Encoding and strict validation helpers of the sync wire format (see ``wire.py``)."""

from __future__ import annotations

import base64
import binascii
import gzip
import json
import re
import zlib
from collections.abc import Mapping
from typing import Any, Final

from entryhub_wire.errors import CodedError

JsonValue = str | int | float | bool | None | list["JsonValue"] | dict[str, "JsonValue"]

# re.ASCII: without it \d also matches other scripts' digits ("١٧٥…"), whose HLC text would
# not compare in time order
ID_PATTERN = re.compile(r"[0-9A-Za-z][0-9A-Za-z_-]{0,63}", re.ASCII)
NAME_PATTERN = re.compile(r"[a-z][a-z0-9_]{0,63}", re.ASCII)
HLC_PATTERN = re.compile(r"\d{13}-\d{4}-[0-9A-Za-z][0-9A-Za-z_-]{0,63}", re.ASCII)
TAG_PATTERN = re.compile(r"[0-9a-f]{64}", re.ASCII)
_MAX_INT: Final = 2**62
_MAX_TEXT: Final = 200
_MAX_DEPTH: Final = 8


def bad(detail: str) -> CodedError:
    return CodedError("sync.bad_payload", detail=detail)


# --- bodies --------------------------------------------------------------------------------
def compress(data: bytes) -> bytes:
    return gzip.compress(data, compresslevel=6, mtime=0)


def decompress(data: bytes, *, limit: int) -> bytes:
    """Gunzip ``data``, refusing more than ``limit`` bytes out (a gzip bomb stops early)."""
    inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, limit + 1)
        if len(out) > limit:
            raise CodedError("sync.too_large", size=len(out), limit=limit)
        if not inflater.eof or inflater.unused_data:
            raise bad("not a single complete gzip stream")
    except zlib.error:
        raise bad("not gzip") from None
    return out


# one encoder for every call: json.dumps with options builds a new encoder each time
_CANONICAL = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def canonical(value: object) -> str:
    """Compact JSON text, keys sorted: the same value always gives the same text."""
    return _CANONICAL.encode(value)


def dumps(data: Mapping[str, Any]) -> bytes:
    """Compact UTF-8 JSON (keys sorted: the same message gives the same bytes)."""
    return canonical(data).encode()


def loads(data: bytes) -> dict[str, Any]:
    try:
        value = json.loads(data.decode("utf-8"), parse_constant=_no_constant)
    except (ValueError, RecursionError):  # also an integer of more than 4,300 digits
        raise bad("not JSON") from None
    if not isinstance(value, dict):
        raise bad("not a JSON object")
    return value


def _no_constant(name: str) -> Any:
    raise bad(f"{name} is not JSON")


# --- validation helpers ------------------------------------------------------------------
def want_obj(
    data: object, what: str, required: set[str], optional: frozenset[str] | set[str] = frozenset()
) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise bad(f"{what} must be an object")
    keys = set(data)
    missing = required - keys
    if missing:
        raise bad(f"{what} lacks {sorted(missing)[0]}")
    extra = keys - required - optional
    if extra:
        raise bad(f"{what} has unknown key {sorted(extra)[0]!r}"[:_MAX_TEXT])
    return data


def want_int(value: object, what: str, minimum: int = 0, maximum: int = _MAX_INT) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not minimum <= value <= maximum:
        raise bad(f"{what} must be an integer from {minimum} to {maximum}")
    return value


def want_bool(value: object, what: str) -> bool:
    if not isinstance(value, bool):
        raise bad(f"{what} must be true or false")
    return value


def want_text(value: object, what: str, maximum: int = _MAX_TEXT, *, empty: bool = False) -> str:
    if not isinstance(value, str) or len(value) > maximum or (not empty and not value.strip()):
        raise bad(f"{what} must be text of 1 to {maximum} characters")
    if "\x00" in value:  # no text column of PostgreSQL can hold it
        raise bad(f"{what} must not contain a NUL character")
    return value


def want_match(value: object, pattern: re.Pattern[str], what: str) -> str:
    if not isinstance(value, str) or not pattern.fullmatch(value):
        raise bad(f"{what} is not valid")
    return value


def record_id(value: object, what: str = "id") -> str:
    return want_match(value, ID_PATTERN, what)


def hlc_text(value: object, what: str = "hlc") -> str:
    return want_match(value, HLC_PATTERN, what)


SIGNATURE_BYTES: Final = 64  # an Ed25519 signature


def want_bytes(value: object, what: str, size: int) -> bytes:
    """Exactly ``size`` bytes in base64 (a key, a signature)."""
    if not isinstance(value, str) or len(value) > 4 * ((size + 2) // 3):
        raise bad(f"{what} must be base64")
    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise bad(f"{what} must be base64") from None
    if len(raw) != size:
        raise bad(f"{what} must be {size} bytes")
    return raw


def want_key(value: object, what: str) -> bytes:
    """A 32-byte key (Ed25519 or X25519) in base64."""
    return want_bytes(value, what, 32)


def b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def want_json(value: object, what: str, depth: int = 0) -> JsonValue:
    if depth > _MAX_DEPTH:
        raise bad(f"{what} is nested too deeply")
    if value is None or isinstance(value, str | bool | int):
        return value
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise bad(f"{what} is not a finite number")
        return value
    if isinstance(value, list):
        return [want_json(item, what, depth + 1) for item in value]
    if isinstance(value, dict):
        return {str(k): want_json(v, what, depth + 1) for k, v in value.items()}
    raise bad(f"{what} is not a JSON value")


def want_list(value: object, what: str, maximum: int) -> list[Any]:
    if not isinstance(value, list):
        raise bad(f"{what} must be a list")
    if len(value) > maximum:
        raise CodedError("sync.too_large", size=len(value), limit=maximum)
    return value
