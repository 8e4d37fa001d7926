"""Sync messages declared once: a frozen dataclass whose fields name their wire rule.

A message is a frozen dataclass deriving from :class:`Message`, decorated with
:func:`message` (outside ``@dataclass``). Each field's type hint says what it holds; where the
type alone does not say enough, ``Annotated`` adds a :class:`Spec` (and perhaps a marker)::

    @message("audit_head")
    @dataclass(frozen=True)
    class AuditHead(Message):
        seq: Annotated[int, Int(1, what="audit_head.seq")]
        tag: Annotated[str, Match(TAG_PATTERN)]

From that one declaration come ``to_json()`` (a JSON-ready dict, keys in field order),
``from_json(data)`` (strict: unknown or missing keys, wrong types and out-of-range values raise
``CodedError("sync.bad_payload", detail=...)`` with the same words as the ``want_*`` helpers of
codec.py) and :func:`json_schemas` (JSON Schema 2020-12, as OpenAPI 3.1 uses; the server
publishes it). Left to the type: ``int`` (0 to 2**62), ``bool``, another message, a tuple of
messages needs :class:`ListOf`, ``X | None`` is null-able (``null`` on the wire). Markers:
:data:`OPTIONAL` (the key may be absent: then the default) and :data:`OMIT_DEFAULT` (sent only
when not the default; absent means the default). Checks across fields: override
:meth:`Message._check` (run by ``from_json`` only, never by the constructor).

``to_json`` and ``from_json`` are generated code per message (as ``dataclasses`` does for
``__init__``): the codec is on the sync's hot path, and a loop over the fields per message cost
a third more time (tests/bench/bench_wire_codec.py). Signed bytes never come from here: they
use ``codec.canonical`` over explicit dicts (grants.py, enrol_proof.py, bundle_crypto.py).
"""

from __future__ import annotations

import dataclasses
import inspect
import re
import types
import typing
from collections.abc import Callable, Iterable
from typing import Any, ClassVar, Final, Self

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
    want_obj,
    want_text,
)

Decoder = Callable[[object], Any]
Encoder = Callable[[Any], Any]
Schema = dict[str, Any]
Ref = Callable[[type["Message"]], Schema]

OPTIONAL: Final = "optional"  # the key may be absent: the field's default
OMIT_DEFAULT: Final = "omit_default"  # sent only when not the default (so optional too)


# --- specs: one rule each for decoding, encoding and the schema ----------------------------
class Spec:
    """How one value travels. ``what`` names it in errors (default: the key)."""

    what: str | None = None

    def decoder(self, what: str) -> Decoder:
        raise NotImplementedError

    def encoder(self) -> Encoder | None:
        """None: the value is its own JSON."""
        return None

    def schema(self, ref: Ref) -> Schema:
        raise NotImplementedError

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
        decode = _plan(self.cls).decode
        own = self.what or _plan(self.cls).what
        return lambda value: decode(value, own)

    def encoder(self) -> Encoder:
        return _plan(self.cls).encode

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


# --- messages ------------------------------------------------------------------------------
class Message:
    """A wire message (see the module docstring); :func:`message` fills in the codec."""

    __wire__: ClassVar[_Plan]

    def to_json(self) -> dict[str, Any]:
        raise NotImplementedError  # replaced by @message

    @classmethod
    def from_json(cls, data: object) -> Self:
        return typing.cast(Self, cls.__wire__.decode(data, cls.__wire__.what))

    def _check(self) -> None:
        """Rules across fields, run after ``from_json`` decoded them: raise ``bad(...)``."""

    @classmethod
    def json_schema(cls, ref: Ref | None = None) -> Schema:
        """This message's JSON Schema; nested messages through ``ref`` (default: inline)."""
        return cls.__wire__.schema(ref or _inline)


@dataclasses.dataclass(frozen=True)
class Key:
    """One field of a message as it travels."""

    name: str
    spec: Spec
    optional: bool  # the key may be absent
    omit_default: bool  # left out when the value is the default
    default: Any  # dataclasses.MISSING when there is none


@dataclasses.dataclass
class _Plan:
    cls: type[Message]
    what: str  # the message's name in errors ("change", "push answer")
    keys: tuple[Key, ...]
    decode: Callable[[object, str], Any] = dataclasses.field(init=False)
    encode: Callable[[Any], dict[str, Any]] = dataclasses.field(init=False)
    variants: dict[tuple[tuple[str, Spec], ...], _Plan] = dataclasses.field(default_factory=dict)

    def __post_init__(self) -> None:
        self.decode = _decoder(self)
        self.encode = _encoder(self)

    def variant(self, **specs: Spec) -> _Plan:
        """The same message with other specs for some keys (a server's own pull limit)."""
        token = tuple(sorted(specs.items(), key=lambda item: item[0]))
        found = self.variants.get(token)
        if found is None:
            keys = tuple(
                dataclasses.replace(key, spec=specs[key.name]) if key.name in specs else key
                for key in self.keys
            )
            found = self.variants[token] = _Plan(self.cls, self.what, keys)
        return found

    def schema(self, ref: Ref) -> Schema:
        doc = self.cls.__doc__ or ""
        schema: Schema = {"title": self.cls.__name__, "type": "object"}
        if doc and not doc.startswith(f"{self.cls.__name__}("):  # not dataclass's stand-in
            schema["description"] = inspect.cleandoc(doc)
        schema["additionalProperties"] = False
        schema["required"] = [key.name for key in self.keys if not key.optional]
        properties: Schema = {}
        for key in self.keys:
            properties[key.name] = prop = key.spec.schema(ref)
            if key.optional and key.default is not None and not prop.get("$ref"):
                encode = key.spec.encoder()
                prop["default"] = key.default if encode is None else encode(key.default)
        schema["properties"] = properties
        return schema


def message(what: str) -> Callable[[type[Message]], Any]:
    """Class decorator (above ``@dataclass(frozen=True)``): builds the message's codec."""

    def build(cls: type[Message]) -> type[Message]:
        hints = typing.get_type_hints(cls, include_extras=True)
        fields = dataclasses.fields(typing.cast(Any, cls))
        keys = tuple(_key(field, hints[field.name]) for field in fields)
        plan = _Plan(cls, what, keys)
        cls.__wire__ = plan
        cls.to_json = plan.encode  # type: ignore[method-assign,assignment]
        MESSAGES[cls.__name__] = cls
        return cls

    return build


MESSAGES: Final[dict[str, type[Message]]] = {}  # every declared message by class name


def json_schemas(
    roots: Iterable[type[Message]], prefix: str = "#/components/schemas/"
) -> dict[str, Schema]:
    """The schemas of ``roots`` and of every message they nest, by class name; nested
    messages as ``{"$ref": prefix + name}`` (OpenAPI's components by default)."""

    def ref(cls: type[Message]) -> Schema:
        return {"$ref": f"{prefix}{cls.__name__}"}

    found: dict[str, Schema] = {}
    todo = list(roots)
    while todo:
        cls = todo.pop(0)
        if cls.__name__ in found:
            continue
        found[cls.__name__] = cls.json_schema(ref)
        todo.extend(nested for key in cls.__wire__.keys for nested in key.spec.messages())
    return found


def _inline(cls: type[Message]) -> Schema:
    return cls.json_schema(_inline)


def _key(field: dataclasses.Field[Any], hint: Any) -> Key:
    marks: tuple[Any, ...] = ()
    if typing.get_origin(hint) is typing.Annotated:
        hint, *extra = typing.get_args(hint)
        marks = tuple(extra)
    specs = [mark for mark in marks if isinstance(mark, Spec)]
    nullable = False
    if isinstance(hint, types.UnionType) and type(None) in typing.get_args(hint):
        rest = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        nullable, hint = True, rest[0] if len(rest) == 1 else hint
    spec = specs[0] if specs else _inferred(field.name, hint)
    if nullable:
        spec = Nullable(spec)
    omit = OMIT_DEFAULT in marks
    default = field.default
    if (omit or OPTIONAL in marks) and default is dataclasses.MISSING:
        raise TypeError(f"{field.name}: an optional key needs a default")
    return Key(field.name, spec, omit or OPTIONAL in marks, omit, default)


def _inferred(name: str, hint: Any) -> Spec:
    if hint is bool:
        return Bool()
    if hint is int:
        return Int()
    if isinstance(hint, type) and issubclass(hint, Message):
        return Nested(hint)
    raise TypeError(f"{name}: declare its wire rule (Annotated[..., Spec])")


def _plan(cls: type[Message]) -> _Plan:
    return cls.__wire__


# --- generated code ----------------------------------------------------------------------
def _decoder(plan: _Plan) -> Callable[[object, str], Any]:
    """``decode(data, what)``: want_obj, then each key's decoder in field order (an absent
    optional key: the default), the constructor, then ``_check`` if the class has one."""
    env: dict[str, Any] = {
        "want_obj": want_obj,
        "cls": plan.cls,
        "required": frozenset(key.name for key in plan.keys if not key.optional),
        "optional": frozenset(key.name for key in plan.keys if key.optional),
    }
    args = []
    for n, key in enumerate(plan.keys):
        env[f"dec{n}"] = key.spec.decoder(key.spec.what or key.name)
        if key.optional:
            env[f"default{n}"] = key.default
            args.append(f'dec{n}(d["{key.name}"]) if "{key.name}" in d else default{n}')
        else:
            args.append(f'dec{n}(d["{key.name}"])')
    checked = plan.cls._check is not Message._check
    lines = [
        "def decode(data, what):",
        "    d = want_obj(data, what, required, optional)",
        f"    made = cls({', '.join(args)})",
        *(["    made._check()"] if checked else []),
        "    return made",
    ]
    return typing.cast(Callable[[object, str], Any], _compiled(lines, env, "decode"))


def _encoder(plan: _Plan) -> Callable[[Any], dict[str, Any]]:
    """``encode(self)``: a dict literal of the keys in field order; keys sent only when not
    the default are added after it when so."""
    env: dict[str, Any] = {}
    items, later = [], []
    for n, key in enumerate(plan.keys):
        encode = key.spec.encoder()
        value = f"self.{key.name}"
        if encode is not None:
            env[f"enc{n}"] = encode
            value = f"enc{n}({value})"
        if key.omit_default:
            env[f"default{n}"] = key.default
            later.append(f"    if self.{key.name} != default{n}:")
            later.append(f'        data["{key.name}"] = {value}')
        else:
            items.append(f'"{key.name}": {value}')
    lines = ["def to_json(self):", f"    data = {{{', '.join(items)}}}", *later, "    return data"]
    if not later:
        lines = ["def to_json(self):", f"    return {{{', '.join(items)}}}"]
    return typing.cast(Callable[[Any], dict[str, Any]], _compiled(lines, env, "to_json"))


def _compiled(lines: list[str], env: dict[str, Any], name: str) -> object:
    namespace: dict[str, Any] = {}
    exec("\n".join(lines), env, namespace)  # noqa: S102 - our own code, from the declaration
    return namespace[name]
