"""The sync messages, each declared once (declare.py): strict ``from_json``, ``to_json`` and
the JSON schema the server publishes all come from these declarations (see wire.py)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Annotated, Final

from entryhub_wire.codec import (
    HLC_PATTERN,
    ID_PATTERN,
    NAME_PATTERN,
    SIGNATURE_BYTES,
    TAG_PATTERN,
    JsonValue,
    bad,
    hlc_text,
    want_int,
    want_json,
    want_match,
    want_obj,
)
from entryhub_wire.declare import OMIT_DEFAULT, OPTIONAL, Message, message
from entryhub_wire.errors import CodedError
from entryhub_wire.protocol import (
    AUDIT_FLAGS,
    DEFAULT_PULL_LIMIT,
    DELETED_FIELD,
    MAX_BATCH_CHANGES,
    MAX_FIELDS,
    MAX_JSON_BYTES,
    MAX_PULL_LIMIT,
    PERSON_ENTITY,
    PERSON_ID_FIELD,
)
from entryhub_wire.specs import (
    Bytes,
    Choice,
    Decoder,
    Encoder,
    Int,
    Json,
    ListOf,
    Match,
    Nested,
    Ref,
    Schema,
    Spec,
    Text,
)

__all__ = [
    "AuditHead",
    "Change",
    "EnrolRequest",
    "EnrolResponse",
    "Erasure",
    "FieldValue",
    "PullEvent",
    "PullRequest",
    "PullResponse",
    "PulledChange",
    "PushRequest",
    "PushResponse",
    "Rejection",
    "ScopeRemoval",
]

ID: Final = Match(ID_PATTERN)  # a record's, device's, hub's or network's id
NAME: Final = Match(NAME_PATTERN)  # an entity's, field's or reason's name
HLC: Final = Match(HLC_PATTERN)  # a hybrid logical clock: "ms-counter-device"
KEY: Final = Bytes(32)  # an Ed25519 or X25519 public key


# --- enrolment -----------------------------------------------------------------------------
@message("enrol")
@dataclass(frozen=True)
class EnrolRequest(Message):
    code: Annotated[str, Text(40)]  # as typed; the server normalises it
    device_id: Annotated[str, ID]
    signing_public: Annotated[bytes, KEY]  # Ed25519, raw 32 bytes
    exchange_public: Annotated[bytes, KEY]  # X25519, raw 32 bytes
    desk_version: Annotated[str, Text(40, empty=True), OPTIONAL] = ""
    # Ed25519: the root of the desk's signed roles
    coordinator_root: Annotated[bytes | None, KEY, OMIT_DEFAULT] = None
    # Ed25519 signature by the device key over the rest (entryhub_wire/enrol_proof.py): proves the
    # request comes from the holder of the device key (needed to enrol again: a retry after
    # a lost answer, a new code, a re-admission)
    proof: Annotated[bytes | None, Bytes(SIGNATURE_BYTES), OMIT_DEFAULT] = None


@message("enrolment answer")
@dataclass(frozen=True, repr=False)
class EnrolResponse(Message):
    device_token: Annotated[str, Text(100)]  # secret: sent as "Authorization: Bearer <token>"
    network_id: Annotated[str, ID]
    network_name: Annotated[str, Text()]
    hub_id: Annotated[str, ID]
    hub_name: Annotated[str, Text()]
    server_signing_public: Annotated[bytes, KEY]  # Ed25519: pin it, verifies answer bundles
    server_exchange_public: Annotated[bytes, KEY]  # X25519: pin it, desk bundles are sealed to it

    def __repr__(self) -> str:
        return f"EnrolResponse(hub_id={self.hub_id!r}, network_id={self.network_id!r})"


# --- changes -------------------------------------------------------------------------------
@message("field value")
@dataclass(frozen=True)
class FieldValue(Message):
    """One field's value and the clock it was set at."""

    value: Annotated[JsonValue, Json()]
    hlc: Annotated[str, HLC]


class FieldMap(Spec):
    """A change's fields: 1 to MAX_FIELDS names (more: ``sync.too_large``), each a
    :class:`FieldValue` (decoded here, with the field's name in the errors)."""

    def decoder(self, what: str) -> Decoder:
        return _fields

    def encoder(self) -> Encoder:
        encode = FieldValue.__wire__.encode
        return lambda fields: {name: encode(value) for name, value in fields.items()}

    def schema(self, ref: Ref) -> Schema:
        return {
            "type": "object",
            "minProperties": 1,
            "maxProperties": MAX_FIELDS,
            "propertyNames": NAME.schema(ref),
            "additionalProperties": ref(FieldValue),
        }

    def messages(self) -> tuple[type[Message]]:
        return (FieldValue,)


def _fields(raw: object) -> dict[str, FieldValue]:
    if not isinstance(raw, dict) or not raw:
        raise bad("fields must be a non-empty object")
    if len(raw) > MAX_FIELDS:
        raise CodedError("sync.too_large", size=len(raw), limit=MAX_FIELDS)
    fields: dict[str, FieldValue] = {}
    checked: str | None = None  # a change's fields mostly share one clock: checked once
    for name, item in raw.items():
        if name not in _NAMES_SEEN:
            want_match(name, NAME_PATTERN, "field name")
            if len(_NAMES_SEEN) < 1024:
                _NAMES_SEEN.add(name)
        if type(item) is not dict or len(item) != 2 or "value" not in item or "hlc" not in item:
            want_obj(item, f"field {name}", {"value", "hlc"})  # raises: says what is wrong
        value, hlc = item["value"], item["hlc"]
        if type(hlc) is not str or hlc != checked:
            checked = hlc_text(hlc)
        if value is None or type(value) is str:
            fields[name] = FieldValue(value, hlc)
        else:
            fields[name] = FieldValue(want_json(value, name), hlc)
    return fields


_NAMES_SEEN: set[str] = set()  # field names found valid (a network has a few dozen)


@message("change")
@dataclass(frozen=True)
class Change(Message):
    """One change of one record, as in the desk's outbox.

    ``person_id``: the person the record belongs to (for ``person`` its own id; for visits,
    consents and profile entries their ``person_id``); None for hub records (staff), which only
    the hub's own desks receive. ``hlc``: the change's clock (the highest of its fields').
    ``epoch``/``seq`` are 0 only in changes the server makes up from its merged state (served
    when a person comes into a hub's scope); pushed changes have both ≥ 1.
    """

    device_id: Annotated[str, ID]
    epoch: int
    seq: int
    entity: Annotated[str, NAME]
    entity_id: Annotated[str, ID]
    person_id: Annotated[str | None, ID]
    hlc: Annotated[str, HLC]
    fields: Annotated[Mapping[str, FieldValue], FieldMap()]

    @property
    def is_erasure(self) -> bool:
        """A person's tombstone: ``deleted`` set to true. It purges the person everywhere."""
        deleted = self.fields.get(DELETED_FIELD)
        return self.entity == PERSON_ENTITY and deleted is not None and deleted.value is True

    def _check(self) -> None:
        if self.entity == PERSON_ENTITY and self.person_id != self.entity_id:
            raise bad("a person change names itself as person_id")
        if max(value.hlc for value in self.fields.values()) > self.hlc:
            raise bad("a field's hlc is later than the change's")
        own = self.fields.get(PERSON_ID_FIELD)
        if self.entity != PERSON_ENTITY and own is not None and own.value != self.person_id:
            raise bad("person_id differs from the record's person_id field")


@message("audit_head")
@dataclass(frozen=True)
class AuditHead(Message):
    """The desk's audit chain head (``AuditLog.head()``)."""

    seq: Annotated[int, Int(1, what="audit_head.seq")]
    tag: Annotated[str, Match(TAG_PATTERN)]


# --- push ----------------------------------------------------------------------------------
@message("push")
@dataclass(frozen=True)
class PushRequest(Message):
    """A batch of outbox changes (oldest first), at most :data:`MAX_BATCH_CHANGES`.

    An empty batch is allowed: it reports the audit head and learns ``highest_epoch``.
    """

    changes: Annotated[tuple[Change, ...], ListOf(Nested(Change), MAX_BATCH_CHANGES)]
    audit_head: AuditHead | None

    def _check(self) -> None:
        seen: set[tuple[int, int]] = set()
        for change in self.changes:
            key = (change.epoch, change.seq)
            if change.epoch < 1 or change.seq < 1:
                raise bad("pushed changes have epoch and seq from 1")
            if key in seen:
                raise bad("the same (epoch, seq) twice in one batch")
            seen.add(key)


@message("rejection")
@dataclass(frozen=True)
class Rejection(Message):
    epoch: Annotated[int, Int(1)]
    seq: Annotated[int, Int(1)]
    # one of REJECT_REASONS, or a newer server's: a rejection all the same (refusing the
    # answer would make the desk send the batch again for ever)
    reason: Annotated[str, NAME]


class EpochMap(Spec):
    """``acknowledged``: epoch → highest contiguous seq; epochs as JSON object keys (text)."""

    def decoder(self, what: str) -> Decoder:
        return _acknowledged

    def encoder(self) -> Encoder:
        return lambda acked: {str(epoch): seq for epoch, seq in sorted(acked.items())}

    def schema(self, ref: Ref) -> Schema:
        return {
            "type": "object",
            "propertyNames": {"type": "string", "pattern": "^[0-9]{1,18}$"},
            "additionalProperties": Int().schema(ref),
        }


def _acknowledged(raw: object) -> dict[int, int]:
    if not isinstance(raw, dict):
        raise bad("acknowledged must be an object")
    acknowledged: dict[int, int] = {}
    for epoch, seq in raw.items():
        # isascii: "²".isdigit() is true but int("²") fails
        digits = isinstance(epoch, str) and epoch.isascii() and epoch.isdigit()
        if not (digits and len(epoch) < 19):
            raise bad("acknowledged keys are epochs")
        acknowledged[int(epoch)] = want_int(seq, "acknowledged seq")
    return acknowledged


@message("push answer")
@dataclass(frozen=True)
class PushResponse(Message):
    """``acknowledged``: per epoch, the highest contiguous seq the server holds (mark those
    sent). Rejected changes are held too (acknowledged, never applied): the desk keeps them
    aside and does not send them again. ``highest_epoch``: the highest epoch the server holds
    for this device (a restored desk starts its new epoch above it). ``audit_flag``: set when
    the audit head went backwards (``rewound``) or changed at the same seq (``forked``)."""

    acknowledged: Annotated[Mapping[int, int], EpochMap()]
    rejected: Annotated[tuple[Rejection, ...], ListOf(Nested(Rejection), 100_000)] = ()
    highest_epoch: int = 0
    audit_flag: Annotated[str | None, Choice(AUDIT_FLAGS, "unknown audit flag")] = None


# --- pull ----------------------------------------------------------------------------------
@message("pull")
@dataclass(frozen=True)
class PullRequest(Message):
    """Changes after ``cursor`` (0: from the start). ``include_own``: also the device's own
    changes (after a restore from backup). ``max_bytes``: the page stops once its events take
    about that many bytes of JSON (uncompressed; at least one event); absent (older desks):
    only ``limit`` counts."""

    cursor: int = 0
    limit: Annotated[int, Int(1, MAX_PULL_LIMIT), OPTIONAL] = DEFAULT_PULL_LIMIT
    include_own: Annotated[bool, OPTIONAL] = False
    max_bytes: Annotated[int | None, Int(1, MAX_JSON_BYTES), OMIT_DEFAULT] = None

    @classmethod
    def from_json(cls, data: object, *, max_limit: int = MAX_PULL_LIMIT) -> PullRequest:
        """``max_limit``: the server's own cap on ``limit`` (settings.max_pull_limit)."""
        plan = cls.__wire__
        if max_limit != MAX_PULL_LIMIT:
            plan = plan.variant(limit=Int(1, max_limit))
        request: PullRequest = plan.decode(data, plan.what)
        return request


@message("pulled change")
@dataclass(frozen=True)
class PulledChange(Message):
    position: Annotated[int, Int(1)]
    change: Change


@message("scope removal")
@dataclass(frozen=True)
class ScopeRemoval(Message):
    """The person left this hub's scope (sharing across hubs withdrawn): delete it locally."""

    position: Annotated[int, Int(1)]
    person_id: Annotated[str, ID]


@message("erasure")
@dataclass(frozen=True)
class Erasure(Message):
    """The person was erased (GDPR): purge it and its dependent records, keep a tombstone."""

    position: Annotated[int, Int(1)]
    person_id: Annotated[str, ID]
    hlc: Annotated[str, HLC]


PullEvent = PulledChange | ScopeRemoval | Erasure
_PULL_CAP: Final = 10 * MAX_PULL_LIMIT * MAX_FIELDS


@message("pull answer")
@dataclass(frozen=True)
class PullResponse(Message):
    """One page. Apply :meth:`events` in order, then store ``next_cursor`` in the same
    transaction; ask again while ``has_more``. Several changes may share one position (a
    person coming into scope is served as its current state at the position of that event)."""

    changes: Annotated[tuple[PulledChange, ...], ListOf(Nested(PulledChange), _PULL_CAP)] = ()
    scope_removals: Annotated[
        tuple[ScopeRemoval, ...], ListOf(Nested(ScopeRemoval), _PULL_CAP, what="removals")
    ] = ()
    erasures: Annotated[tuple[Erasure, ...], ListOf(Nested(Erasure), _PULL_CAP)] = ()
    next_cursor: int = 0
    has_more: bool = False

    def events(self) -> Iterator[PullEvent]:
        """Changes, removals and erasures merged in position order (stable within one)."""
        merged: list[PullEvent] = [*self.changes, *self.scope_removals, *self.erasures]
        kind = {PulledChange: 0, ScopeRemoval: 1, Erasure: 2}
        merged.sort(key=lambda event: (event.position, kind[type(event)]))
        return iter(merged)
