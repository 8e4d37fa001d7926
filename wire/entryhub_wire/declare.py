"""Sync messages declared once: a frozen dataclass whose fields name their wire rule.

A message is a frozen dataclass deriving from :class:`Message`, decorated with
:func:`message` (outside ``@dataclass``). Each field's type hint says what it holds; where the
type alone does not say enough, ``Annotated`` adds a spec (specs.py) and perhaps a marker::

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
import types
import typing
from collections.abc import Callable, Iterable
from typing import Any, ClassVar, Final, Self

from entryhub_wire.codec import want_obj
from entryhub_wire.specs import Bool, Int, Nested, Nullable, Ref, Schema, Spec

OPTIONAL: Final = "optional"  # the key may be absent: the field's default
OMIT_DEFAULT: Final = "omit_default"  # sent only when not the default (so optional too)


# --- messages ------------------------------------------------------------------------------
class Message:
    """A wire message (see the module docstring); :func:`message` fills in the codec."""

    __wire__: ClassVar[_Plan]

    def to_json(self) -> dict[str, Any]:
        """The message as a JSON-ready dict (@message replaces this with generated code)."""
        return self.__wire__.encode(self)

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


M = typing.TypeVar("M", bound=Message)


def message(what: str) -> Callable[[type[M]], type[M]]:
    """Class decorator (above ``@dataclass(frozen=True)``): builds the message's codec."""

    def build(cls: type[M]) -> type[M]:
        hints = typing.get_type_hints(cls, include_extras=True)
        fields = dataclasses.fields(typing.cast(Any, cls))
        keys = tuple(_key(field, hints[field.name]) for field in fields)
        plan = _Plan(cls, what, keys)
        cls.__wire__ = plan
        cls.to_json = plan.encode  # type: ignore[method-assign,assignment]
        return cls

    return build


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
