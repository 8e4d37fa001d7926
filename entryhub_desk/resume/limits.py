"""Reading a JSON Resume file within caps: size, nesting, items, text length, numbers.

A hostile file is refused before the schema or the mapping sees it, in time proportional to
its size (at most :data:`MAX_BYTES`): nesting deeper than :data:`MAX_DEPTH`, more than
:data:`MAX_ITEMS` items in one list or object or :data:`MAX_NODES` values in all, text longer
than :data:`MAX_TEXT` characters, numbers of more than :data:`MAX_DIGITS` digits, NaN or
Infinity, broken surrogates or NUL characters, and keys given twice. Each refusal names the
place (a JSON path such as ``$.skills[3].name``) and the limit.
"""

from __future__ import annotations

import codecs
import json
import re
from pathlib import Path
from typing import Any, Final

from entryhub_desk.errors import DeskError

MAX_BYTES: Final = 1024 * 1024
MAX_DEPTH: Final = 16
MAX_ITEMS: Final = 500  # in one list or object
MAX_NODES: Final = 20_000  # values in the whole document
MAX_TEXT: Final = 20_000  # characters of one string (or key)
MAX_DIGITS: Final = 18  # digits of a number (integer or fraction and exponent together)
_BAD_TEXT: Final = re.compile("[\ud800-\udfff\x00]")


class _BadNumber:
    """A number the file holds that no profile field can take (kept to name its place)."""


class _Duplicated(dict[str, Any]):
    """An object in which ``key`` was given twice (the last value kept, as JSON parsers do)."""

    key: str = ""


def _parse_int(text: str) -> object:
    return _BadNumber() if len(text.lstrip("-")) > MAX_DIGITS else int(text)


def _parse_float(text: str) -> object:
    digits = sum(ch.isdigit() for ch in text)
    value = float(text) if digits <= MAX_DIGITS and len(text) <= 2 * MAX_DIGITS else None
    if value is None or value != value or value in (float("inf"), float("-inf")):
        return _BadNumber()
    return value


def _parse_constant(_name: str) -> object:
    return _BadNumber()  # NaN, Infinity, -Infinity are not JSON


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = dict(pairs)
    if len(obj) == len(pairs):
        return obj
    seen: set[str] = set()
    marked = _Duplicated(obj)
    for key, _value in pairs:
        if key in seen:
            marked.key = key
            break
        seen.add(key)
    return marked


def read_json(path: Path) -> object:
    """The parsed file: ``resume.unreadable``, ``resume.too_large``, ``resume.bad_encoding``,
    ``resume.not_json`` or a cap (see :func:`check_caps`)."""
    try:
        with path.open("rb") as file:
            data = file.read(MAX_BYTES + 1)
    except OSError:
        raise DeskError("resume.unreadable", path=path.name) from None
    if len(data) > MAX_BYTES:
        raise DeskError("resume.too_large", limit_kb=MAX_BYTES // 1024)
    document = parse_json(data)
    check_caps(document)
    return document


def parse_json(data: bytes) -> object:
    if data.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        encoding = json.detect_encoding(data)
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        raise DeskError("resume.bad_encoding", position=error.start) from None
    try:
        return json.loads(
            text,
            parse_int=_parse_int,
            parse_float=_parse_float,
            parse_constant=_parse_constant,
            object_pairs_hook=_pairs,
        )
    except json.JSONDecodeError as error:
        raise DeskError("resume.not_json", line=error.lineno, column=error.colno) from None
    except RecursionError:
        raise DeskError("resume.too_deep", where="$", limit=MAX_DEPTH) from None


def where(path: tuple[str | int, ...]) -> str:
    """A JSON path as the schema errors give it; long keys cut, broken characters replaced."""
    parts = []
    for part in path:
        if isinstance(part, int):
            parts.append(f"[{part}]")
        else:
            parts.append("." + (part if len(part) <= 80 else part[:80] + "…"))
    return _BAD_TEXT.sub("\ufffd", "$" + "".join(parts))


def check_caps(document: object) -> None:
    """Walk the document once (no recursion) and refuse the first value over a cap."""
    stack: list[tuple[object, tuple[str | int, ...]]] = [(document, ())]
    nodes = 0
    while stack:
        value, path = stack.pop()
        nodes += 1
        if nodes > MAX_NODES:
            raise DeskError("resume.too_many", where="$", limit=MAX_NODES)
        if isinstance(value, str):
            _check_text(value, path)
        elif isinstance(value, _BadNumber):
            raise DeskError("resume.bad_number", where=where(path), limit=MAX_DIGITS)
        elif isinstance(value, dict | list):
            if len(path) >= MAX_DEPTH:
                raise DeskError("resume.too_deep", where=where(path), limit=MAX_DEPTH)
            if len(value) > MAX_ITEMS:
                raise DeskError("resume.too_many", where=where(path), limit=MAX_ITEMS)
            if isinstance(value, _Duplicated):
                raise DeskError("resume.duplicate_key", where=where(path), key=value.key[:80])
            if isinstance(value, dict):
                for key, item in value.items():
                    _check_text(key, (*path, key))
                    stack.append((item, (*path, key)))
            else:
                stack.extend((item, (*path, i)) for i, item in enumerate(value))


def _check_text(text: str, path: tuple[str | int, ...]) -> None:
    if len(text) > MAX_TEXT:
        raise DeskError("resume.too_long", where=where(path), limit=MAX_TEXT)
    if _BAD_TEXT.search(text):
        raise DeskError("resume.bad_text", where=where(path))
