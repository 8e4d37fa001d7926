"""Rows of the employer tables decoded field by field from their dataclass's type hints.

Lists are JSON text, partial dates ISO text (the dataclasses accept that form), flags 0/1,
times fixed-width UTC text (:func:`~entryhub_desk.store.repositories.base.encode_time`).
A partial date reaches the outbox as its text, as in the profile repository.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from datetime import datetime
from typing import Any, ClassVar, Generic, TypeVar

from entryhub_desk.domain.profile import PartialDate
from entryhub_desk.store.outbox import JsonValue
from entryhub_desk.store.repositories.base import Repository, Row, decode_time, encode_value

R = TypeVar("R")

_KINDS: dict[type[Any], dict[str, str]] = {}


def _kind(hint: object) -> str:
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        rest = [a for a in typing.get_args(hint) if a is not type(None)]
        hint = rest[0]
    if typing.get_origin(hint) is tuple:
        return "list"
    if hint is datetime:
        return "time"
    if hint is bool:
        return "flag"
    return "plain"


def field_kinds(record_type: type[Any]) -> dict[str, str]:
    """``{field: "list" | "time" | "flag" | "plain"}`` of a dataclass."""
    found = _KINDS.get(record_type)
    if found is None:
        hints = typing.get_type_hints(record_type)
        found = {f.name: _kind(hints[f.name]) for f in dataclasses.fields(record_type)}
        _KINDS[record_type] = found
    return found


class TypedRepository(Repository[R], Generic[R]):
    """A repository whose table's columns are exactly its dataclass's fields."""

    record_type: ClassVar[type[Any]]

    def _decode(self, row: Row) -> R:
        values: dict[str, object] = {}
        for name, kind in field_kinds(self.record_type).items():
            value = row[name]
            if kind == "list":
                value = json.loads(value) if value else []
            elif kind == "time":
                value = decode_time(str(value))
            elif kind == "flag":
                value = bool(value)
            values[name] = value
        record: R = self.record_type(**values)
        return record

    @staticmethod
    def _values(obj: R) -> dict[str, JsonValue]:
        if not dataclasses.is_dataclass(obj) or isinstance(obj, type):
            raise TypeError("repositories store dataclass instances")
        out: dict[str, JsonValue] = {}
        for f in dataclasses.fields(obj):
            if f.name == "id":
                continue
            value = getattr(obj, f.name)
            out[f.name] = str(value) if isinstance(value, PartialDate) else encode_value(value)
        return out

    def create(self, record: R) -> R:
        return self._create(record)

    def update(self, record: R) -> R:
        return self._update(record)
