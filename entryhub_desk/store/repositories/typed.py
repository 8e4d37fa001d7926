"""Rows of the employer tables decoded field by field from their dataclass's type hints.

Lists are JSON text, partial dates ISO text (the dataclasses accept that form), flags 0/1,
times fixed-width UTC text (:func:`~entryhub_desk.store.repositories.base.encode_time`).
A partial date reaches the outbox as its text, as in the profile repository.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any, ClassVar, Generic, TypeVar

from entryhub_desk.domain.profile.fields import FieldHint, field_hints
from entryhub_desk.store.repositories.base import Repository, Row, decode_time

R = TypeVar("R")


def _kind(hint: FieldHint) -> str:
    if hint.base is tuple:
        return "list"
    if hint.base is datetime:
        return "time"
    if hint.base is bool:
        return "flag"
    return "plain"


def field_kinds(record_type: type[Any]) -> dict[str, str]:
    """``{field: "list" | "time" | "flag" | "plain"}`` of a dataclass (its annotations read
    once, by :func:`entryhub_desk.domain.profile.fields.field_hints`)."""
    return {name: _kind(hint) for name, hint in field_hints(record_type).items()}


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

    def create(self, record: R) -> R:
        return self._create(record)

    def update(self, record: R) -> R:
        return self._update(record)
