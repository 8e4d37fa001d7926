"""What a profile entry's field annotation says, read once for the store and the views.

``tuple[str, ...] | None`` is an optional tuple of ``str``; ``PartialDate | None`` an optional
partial date. The binder (views/profile/binder.py), the schema-columns step
(store/migrations/columns.py) and the profile repository read field types through
:func:`field_hints` (the domain is the layer both may import; no Qt here).
"""

from __future__ import annotations

import dataclasses
import types
import typing
from typing import Any


@dataclasses.dataclass(frozen=True)
class FieldHint:
    """One field's annotation, unwrapped."""

    base: Any  # the type without ``None`` (``tuple`` for any tuple)
    item: Any  # a tuple's item type, else None
    optional: bool  # ``None`` is allowed


def unwrap(hint: Any) -> FieldHint:
    """``X | None`` (or ``Optional[X]``) → ``X``, optional; ``tuple[Y, ...]`` → ``tuple``
    with item ``Y``. A union of several types besides ``None`` stays as it is."""
    optional = False
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        args = typing.get_args(hint)
        rest = [a for a in args if a is not type(None)]
        optional = len(rest) < len(args)
        hint = rest[0] if len(rest) == 1 else hint
    if typing.get_origin(hint) is tuple:
        args = typing.get_args(hint)
        return FieldHint(tuple, args[0] if args else str, optional)
    return FieldHint(hint, None, optional)


_READ: dict[type[Any], dict[str, FieldHint]] = {}


def field_hints(entry_type: type[Any]) -> dict[str, FieldHint]:
    """Every dataclass field of ``entry_type`` → its unwrapped annotation (read once)."""
    found = _READ.get(entry_type)
    if found is None:
        hints = typing.get_type_hints(entry_type)
        fields = dataclasses.fields(entry_type)
        found = _READ[entry_type] = {f.name: unwrap(hints[f.name]) for f in fields}
    return found
