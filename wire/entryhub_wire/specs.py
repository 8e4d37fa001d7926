"""The wire rules of message fields (declare.py): each spec decodes a JSON value strictly,
encodes a Python value, and gives its JSON Schema, so the three never drift apart."""

from __future__ import annotations

import dataclasses
import re
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from entryhub_wire.codec import (
    _MAX_INT,
    _MAX_TEXT,
    b64,
    bad,
    want_bool,
    want_bytes,
    want_int,
    want_json,
    want_list,
    want_match,
    want_text,
)

if TYPE_CHECKING:
    from entryhub_wire.declare import Message

Decoder = Callable[[object], Any]
Encoder = Callable[[Any], Any]
Schema = dict[str, Any]
Ref = Callable[[type["Message"]], Schema]


class Spec(ABC):
    """How one value travels. ``what`` names it in errors (default: the key)."""

    what: str | None = None

    @abstractmethod
    def decoder(self, what: str) -> Decoder:
        """The strict decoding of a JSON value (raises ``bad(...)`` naming ``what``)."""

    def encoder(self) -> Encoder | None:
        """None: the value is its own JSON."""
        return None

    @abstractmethod
    def schema(self, ref: Ref) -> Schema:
        """The value's JSON Schema (nested messages through ``ref``)."""

    def messages(self) -> Iterable[type[Message]]:
        """The message classes this spec nests (for the schema)."""
        return ()


@dataclasses.dataclass(frozen=True)
class Int(Spec):
    minimum: int = 0
    maximum: int = _MAX_INT
    what: str | None = None

    def decoder(self, what: str) -> Decoder:
        low, high = self.minimum, self.maximum
        return lambda value: want_int(value, what, low, high)

    def schema(self, ref: Ref) -> Schema:
        return {"type": "integer", "minimum": self.minimum, "maximum": self.maximum}


@dataclasses.dataclass(frozen=True)
class Bool(Spec):
    what: str | None = None

    def decoder(self, what: str) -> Decoder:
        return lambda value: want_bool(value, what)

    def schema(self, ref: Ref) -> Schema:
        return {"type": "boolean"}


@dataclasses.dataclass(frozen=True)
class Text(Spec):
    """Text of up to ``maximum`` characters, no NUL; not blank unless ``empty``."""

    maximum: int = _MAX_TEXT
    empty: bool = False
    what: str | None = None

    def decoder(self, what: str) -> Decoder:
        maximum, empty = self.maximum, self.empty
        return lambda value: want_text(value, what, maximum, empty=empty)

    def schema(self, ref: Ref) -> Schema:
        return {"type": "string", "minLength": 0 if self.empty else 1, "maxLength": self.maximum}


@dataclasses.dataclass(frozen=True)
class Match(Spec):
    """Text that matches ``pattern`` in full (an id, a name, a clock)."""

    pattern: re.Pattern[str]
    what: str | None = None

    def decoder(self, what: str) -> Decoder:
        pattern = self.pattern
        return lambda value: want_match(value, pattern, what)

    def schema(self, ref: Ref) -> Schema:
        # the patterns are re.ASCII: \d is [0-9] (also in ECMA regular expressions)
        return {
            "type": "string",
            "pattern": f"^(?:{self.pattern.pattern})$".replace(r"\d", "[0-9]"),
        }


@dataclasses.dataclass(frozen=True)
class Bytes(Spec):
    """Exactly ``size`` bytes, in base64 (a key, a signature)."""

    size: int
    what: str | None = None

    def decoder(self, what: str) -> Decoder:
        size = self.size
        return lambda value: want_bytes(value, what, size)

    def encoder(self) -> Encoder:
        return b64

    def schema(self, ref: Ref) -> Schema:
        whole, rest = divmod(self.size, 3)
        tail = {0: "", 1: "[A-Za-z0-9+/]{2}==", 2: "[A-Za-z0-9+/]{3}="}[rest]
        return {
            "type": "string",
            "contentEncoding": "base64",
            "pattern": f"^[A-Za-z0-9+/]{{{4 * whole}}}{tail}$",
        }


@dataclasses.dataclass(frozen=True)
class Json(Spec):
    """Any JSON value (finite numbers, nested at most 8 deep)."""

    what: str | None = None

    def decoder(self, what: str) -> Decoder:
        return lambda value: want_json(value, what)

    def schema(self, ref: Ref) -> Schema:
        return {}


@dataclasses.dataclass(frozen=True)
class Choice(Spec):
    """One of a few texts; any other is refused with ``refusal``."""

    values: frozenset[str]
    refusal: str
    what: str | None = None

    def decoder(self, what: str) -> Decoder:
        values, refusal = self.values, self.refusal

        def decode(value: object) -> str:
            if not isinstance(value, str) or value not in values:
                raise bad(refusal)
            return value

        return decode

    def schema(self, ref: Ref) -> Schema:
        return {"type": "string", "enum": sorted(self.values)}


@dataclasses.dataclass(frozen=True)
class Nested(Spec):
    """Another message (as its own object)."""

    cls: type[Message]
    what: str | None = None

    def decoder(self, what: str) -> Decoder:
        plan = self.cls.__wire__
        decode, own = plan.decode, self.what or plan.what
        return lambda value: decode(value, own)

    def encoder(self) -> Encoder:
        return self.cls.__wire__.encode

    def schema(self, ref: Ref) -> Schema:
        return ref(self.cls)

    def messages(self) -> Iterable[type[Message]]:
        return (self.cls,)


@dataclasses.dataclass(frozen=True)
class ListOf(Spec):
    """A list of at most ``maximum`` items (more: ``sync.too_large``), held as a tuple."""

    item: Spec
    maximum: int
    what: str | None = None

    def decoder(self, what: str) -> Decoder:
        decode, maximum = self.item.decoder(self.item.what or what), self.maximum
        return lambda value: tuple([decode(item) for item in want_list(value, what, maximum)])

    def encoder(self) -> Encoder:
        encode = self.item.encoder()
        if encode is None:
            return list
        return lambda items: [encode(item) for item in items]

    def schema(self, ref: Ref) -> Schema:
        return {"type": "array", "maxItems": self.maximum, "items": self.item.schema(ref)}

    def messages(self) -> Iterable[type[Message]]:
        return self.item.messages()


@dataclasses.dataclass(frozen=True)
class Nullable(Spec):
    """``inner`` or null (None). Made from an ``X | None`` type hint."""

    inner: Spec

    def decoder(self, what: str) -> Decoder:
        decode = self.inner.decoder(what)
        return lambda value: None if value is None else decode(value)

    def encoder(self) -> Encoder | None:
        encode = self.inner.encoder()
        if encode is None:
            return None
        return lambda value: None if value is None else encode(value)

    def schema(self, ref: Ref) -> Schema:
        return {"anyOf": [self.inner.schema(ref), {"type": "null"}]}

    def messages(self) -> Iterable[type[Message]]:
        return self.inner.messages()
