"""The sync messages as hand-written before they were declared once (commit 25ded9e).

A frozen reference, for ``bench_wire_codec.py`` only: the declared codec
(``entryhub_wire/declare.py``) is measured against it in the same run. Do not use it elsewhere
and do not update it when a message changes (the golden file in ``tests/wire/golden/`` guards
the wire format).
"""
# ruff: noqa
# mypy: ignore-errors


from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Final

from entryhub_wire.codec import (
    NAME_PATTERN,
    SIGNATURE_BYTES,
    TAG_PATTERN,
    JsonValue,
    b64,
    bad,
    hlc_text,
    record_id,
    want_bool,
    want_bytes,
    want_int,
    want_json,
    want_key,
    want_list,
    want_match,
    want_obj,
    want_text,
)
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


# --- enrolment -----------------------------------------------------------------------------
@dataclass(frozen=True)
class EnrolRequest:
    code: str  # as typed; the server normalises it
    device_id: str
    signing_public: bytes  # Ed25519, raw 32 bytes
    exchange_public: bytes  # X25519, raw 32 bytes
    desk_version: str = ""
    coordinator_root: bytes | None = None  # Ed25519: the root of the desk's signed roles
    # Ed25519 signature by the device key over the rest (entryhub_wire/enrol_proof.py): proves the
    # request comes from the holder of the device key (needed to enrol again: a retry after
    # a lost answer, a new code, a re-admission)
    proof: bytes | None = None

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "code": self.code,
            "device_id": self.device_id,
            "signing_public": b64(self.signing_public),
            "exchange_public": b64(self.exchange_public),
            "desk_version": self.desk_version,
        }
        if self.coordinator_root is not None:
            data["coordinator_root"] = b64(self.coordinator_root)
        if self.proof is not None:
            data["proof"] = b64(self.proof)
        return data

    @classmethod
    def from_json(cls, data: object) -> EnrolRequest:
        d = want_obj(
            data,
            "enrol",
            {"code", "device_id", "signing_public", "exchange_public"},
            {"desk_version", "coordinator_root", "proof"},
        )
        root = d.get("coordinator_root")
        proof = d.get("proof")
        return cls(
            code=want_text(d["code"], "code", 40),
            device_id=record_id(d["device_id"], "device_id"),
            signing_public=want_key(d["signing_public"], "signing_public"),
            exchange_public=want_key(d["exchange_public"], "exchange_public"),
            desk_version=want_text(d.get("desk_version", ""), "desk_version", 40, empty=True),
            coordinator_root=None if root is None else want_key(root, "coordinator_root"),
            proof=None if proof is None else want_bytes(proof, "proof", SIGNATURE_BYTES),
        )


@dataclass(frozen=True, repr=False)
class EnrolResponse:
    device_token: str  # secret: sent as "Authorization: Bearer <token>"
    network_id: str
    network_name: str
    hub_id: str
    hub_name: str
    server_signing_public: bytes  # Ed25519: pin it, verifies answer bundles
    server_exchange_public: bytes  # X25519: pin it, desk bundles are sealed to it

    def __repr__(self) -> str:
        return f"EnrolResponse(hub_id={self.hub_id!r}, network_id={self.network_id!r})"

    def to_json(self) -> dict[str, Any]:
        return {
            "device_token": self.device_token,
            "network_id": self.network_id,
            "network_name": self.network_name,
            "hub_id": self.hub_id,
            "hub_name": self.hub_name,
            "server_signing_public": b64(self.server_signing_public),
            "server_exchange_public": b64(self.server_exchange_public),
        }

    @classmethod
    def from_json(cls, data: object) -> EnrolResponse:
        names = {
            "device_token",
            "network_id",
            "network_name",
            "hub_id",
            "hub_name",
            "server_signing_public",
            "server_exchange_public",
        }
        d = want_obj(data, "enrolment answer", names)
        return cls(
            device_token=want_text(d["device_token"], "device_token", 100),
            network_id=record_id(d["network_id"], "network_id"),
            network_name=want_text(d["network_name"], "network_name"),
            hub_id=record_id(d["hub_id"], "hub_id"),
            hub_name=want_text(d["hub_name"], "hub_name"),
            server_signing_public=want_key(d["server_signing_public"], "server_signing_public"),
            server_exchange_public=want_key(d["server_exchange_public"], "server_exchange_public"),
        )


# --- changes -------------------------------------------------------------------------------
@dataclass(frozen=True)
class FieldValue:
    value: JsonValue
    hlc: str

    def to_json(self) -> dict[str, Any]:
        return {"value": self.value, "hlc": self.hlc}


@dataclass(frozen=True)
class Change:
    """One change of one record, as in the desk's outbox.

    ``person_id``: the person the record belongs to (for ``person`` its own id; for visits,
    consents and profile entries their ``person_id``); None for hub records (staff), which only
    the hub's own desks receive. ``hlc``: the change's clock (the highest of its fields').
    ``epoch``/``seq`` are 0 only in changes the server makes up from its merged state (served
    when a person comes into a hub's scope); pushed changes have both ≥ 1.
    """

    device_id: str
    epoch: int
    seq: int
    entity: str
    entity_id: str
    person_id: str | None
    hlc: str
    fields: Mapping[str, FieldValue]

    @property
    def is_erasure(self) -> bool:
        """A person's tombstone: ``deleted`` set to true. It purges the person everywhere."""
        deleted = self.fields.get(DELETED_FIELD)
        return self.entity == PERSON_ENTITY and deleted is not None and deleted.value is True

    def to_json(self) -> dict[str, Any]:
        return {
            "device_id": self.device_id,
            "epoch": self.epoch,
            "seq": self.seq,
            "entity": self.entity,
            "entity_id": self.entity_id,
            "person_id": self.person_id,
            "hlc": self.hlc,
            "fields": {name: value.to_json() for name, value in self.fields.items()},
        }

    @classmethod
    def from_json(cls, data: object) -> Change:
        names = {"device_id", "epoch", "seq", "entity", "entity_id", "person_id", "hlc", "fields"}
        d = want_obj(data, "change", names)
        entity = want_match(d["entity"], NAME_PATTERN, "entity")
        entity_id = record_id(d["entity_id"], "entity_id")
        person_id = None if d["person_id"] is None else record_id(d["person_id"], "person_id")
        if entity == PERSON_ENTITY and person_id != entity_id:
            raise bad("a person change names itself as person_id")
        raw_fields = d["fields"]
        if not isinstance(raw_fields, dict) or not raw_fields:
            raise bad("fields must be a non-empty object")
        if len(raw_fields) > MAX_FIELDS:
            raise CodedError("sync.too_large", size=len(raw_fields), limit=MAX_FIELDS)
        fields: dict[str, FieldValue] = {}
        for name, item in raw_fields.items():
            want_match(name, NAME_PATTERN, "field name")
            f = want_obj(item, f"field {name}", {"value", "hlc"})
            fields[name] = FieldValue(want_json(f["value"], name), hlc_text(f["hlc"]))
        hlc = hlc_text(d["hlc"])
        if max(value.hlc for value in fields.values()) > hlc:
            raise bad("a field's hlc is later than the change's")
        own = fields.get(PERSON_ID_FIELD)
        if entity != PERSON_ENTITY and own is not None and own.value != person_id:
            raise bad("person_id differs from the record's person_id field")
        return cls(
            device_id=record_id(d["device_id"], "device_id"),
            epoch=want_int(d["epoch"], "epoch"),
            seq=want_int(d["seq"], "seq"),
            entity=entity,
            entity_id=entity_id,
            person_id=person_id,
            hlc=hlc,
            fields=fields,
        )


@dataclass(frozen=True)
class AuditHead:
    """The desk's audit chain head (``AuditLog.head()``)."""

    seq: int
    tag: str

    def to_json(self) -> dict[str, Any]:
        return {"seq": self.seq, "tag": self.tag}

    @classmethod
    def from_json(cls, data: object) -> AuditHead:
        d = want_obj(data, "audit_head", {"seq", "tag"})
        return cls(
            seq=want_int(d["seq"], "audit_head.seq", 1),
            tag=want_match(d["tag"], TAG_PATTERN, "tag"),
        )


# --- push ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class PushRequest:
    """A batch of outbox changes (oldest first), at most :data:`MAX_BATCH_CHANGES`.

    An empty batch is allowed: it reports the audit head and learns ``highest_epoch``.
    """

    changes: tuple[Change, ...]
    audit_head: AuditHead | None

    def to_json(self) -> dict[str, Any]:
        return {
            "changes": [change.to_json() for change in self.changes],
            "audit_head": None if self.audit_head is None else self.audit_head.to_json(),
        }

    @classmethod
    def from_json(cls, data: object) -> PushRequest:
        d = want_obj(data, "push", {"changes", "audit_head"})
        changes = tuple(
            Change.from_json(item) for item in want_list(d["changes"], "changes", MAX_BATCH_CHANGES)
        )
        seen: set[tuple[int, int]] = set()
        for change in changes:
            key = (change.epoch, change.seq)
            if change.epoch < 1 or change.seq < 1:
                raise bad("pushed changes have epoch and seq from 1")
            if key in seen:
                raise bad("the same (epoch, seq) twice in one batch")
            seen.add(key)
        head = None if d["audit_head"] is None else AuditHead.from_json(d["audit_head"])
        return cls(changes=changes, audit_head=head)


@dataclass(frozen=True)
class Rejection:
    epoch: int
    seq: int
    reason: str  # one of REJECT_REASONS, or a newer server's (held all the same)

    def to_json(self) -> dict[str, Any]:
        return {"epoch": self.epoch, "seq": self.seq, "reason": self.reason}

    @classmethod
    def from_json(cls, data: object) -> Rejection:
        d = want_obj(data, "rejection", {"epoch", "seq", "reason"})
        # a reason this version does not know (a newer server's) is a rejection all the same:
        # refusing the answer would make the desk send the batch again for ever
        reason = want_match(d["reason"], NAME_PATTERN, "reason")
        return cls(want_int(d["epoch"], "epoch", 1), want_int(d["seq"], "seq", 1), reason)


@dataclass(frozen=True)
class PushResponse:
    """``acknowledged``: per epoch, the highest contiguous seq the server holds (mark those
    sent). Rejected changes are held too (acknowledged, never applied): the desk keeps them
    aside and does not send them again. ``highest_epoch``: the highest epoch the server holds
    for this device (a restored desk starts its new epoch above it). ``audit_flag``: set when
    the audit head went backwards (``rewound``) or changed at the same seq (``forked``)."""

    acknowledged: Mapping[int, int]
    rejected: tuple[Rejection, ...] = ()
    highest_epoch: int = 0
    audit_flag: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "acknowledged": {str(epoch): seq for epoch, seq in sorted(self.acknowledged.items())},
            "rejected": [item.to_json() for item in self.rejected],
            "highest_epoch": self.highest_epoch,
            "audit_flag": self.audit_flag,
        }

    @classmethod
    def from_json(cls, data: object) -> PushResponse:
        d = want_obj(
            data, "push answer", {"acknowledged", "rejected", "highest_epoch", "audit_flag"}
        )
        raw = d["acknowledged"]
        if not isinstance(raw, dict):
            raise bad("acknowledged must be an object")
        acknowledged: dict[int, int] = {}
        for epoch, seq in raw.items():
            # isascii: "²".isdigit() is true but int("²") fails
            digits = isinstance(epoch, str) and epoch.isascii() and epoch.isdigit()
            if not (digits and len(epoch) < 19):
                raise bad("acknowledged keys are epochs")
            acknowledged[int(epoch)] = want_int(seq, "acknowledged seq")
        flag = d["audit_flag"]
        if flag is not None and flag not in AUDIT_FLAGS:
            raise bad("unknown audit flag")
        return cls(
            acknowledged=acknowledged,
            rejected=tuple(
                Rejection.from_json(item) for item in want_list(d["rejected"], "rejected", 100_000)
            ),
            highest_epoch=want_int(d["highest_epoch"], "highest_epoch"),
            audit_flag=flag,
        )


# --- pull ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class PullRequest:
    """Changes after ``cursor`` (0: from the start). ``include_own``: also the device's own
    changes (after a restore from backup). ``max_bytes``: the page stops once its events take
    about that many bytes of JSON (uncompressed; at least one event); absent (older desks):
    only ``limit`` counts."""

    cursor: int = 0
    limit: int = DEFAULT_PULL_LIMIT
    include_own: bool = False
    max_bytes: int | None = None

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "cursor": self.cursor,
            "limit": self.limit,
            "include_own": self.include_own,
        }
        if self.max_bytes is not None:
            data["max_bytes"] = self.max_bytes
        return data

    @classmethod
    def from_json(cls, data: object, *, max_limit: int = MAX_PULL_LIMIT) -> PullRequest:
        d = want_obj(data, "pull", {"cursor"}, {"limit", "include_own", "max_bytes"})
        max_bytes = d.get("max_bytes")
        return cls(
            cursor=want_int(d["cursor"], "cursor"),
            limit=want_int(d.get("limit", DEFAULT_PULL_LIMIT), "limit", 1, max_limit),
            include_own=want_bool(d.get("include_own", False), "include_own"),
            max_bytes=None
            if max_bytes is None
            else want_int(max_bytes, "max_bytes", 1, MAX_JSON_BYTES),
        )


@dataclass(frozen=True)
class PulledChange:
    position: int
    change: Change

    def to_json(self) -> dict[str, Any]:
        return {"position": self.position, "change": self.change.to_json()}

    @classmethod
    def from_json(cls, data: object) -> PulledChange:
        d = want_obj(data, "pulled change", {"position", "change"})
        return cls(want_int(d["position"], "position", 1), Change.from_json(d["change"]))


@dataclass(frozen=True)
class ScopeRemoval:
    """The person left this hub's scope (sharing across hubs withdrawn): delete it locally."""

    position: int
    person_id: str

    def to_json(self) -> dict[str, Any]:
        return {"position": self.position, "person_id": self.person_id}

    @classmethod
    def from_json(cls, data: object) -> ScopeRemoval:
        d = want_obj(data, "scope removal", {"position", "person_id"})
        return cls(want_int(d["position"], "position", 1), record_id(d["person_id"], "person_id"))


@dataclass(frozen=True)
class Erasure:
    """The person was erased (GDPR): purge it and its dependent records, keep a tombstone."""

    position: int
    person_id: str
    hlc: str

    def to_json(self) -> dict[str, Any]:
        return {"position": self.position, "person_id": self.person_id, "hlc": self.hlc}

    @classmethod
    def from_json(cls, data: object) -> Erasure:
        d = want_obj(data, "erasure", {"position", "person_id", "hlc"})
        return cls(
            want_int(d["position"], "position", 1),
            record_id(d["person_id"], "person_id"),
            hlc_text(d["hlc"]),
        )


PullEvent = PulledChange | ScopeRemoval | Erasure


@dataclass(frozen=True)
class PullResponse:
    """One page. Apply :meth:`events` in order, then store ``next_cursor`` in the same
    transaction; ask again while ``has_more``. Several changes may share one position (a
    person coming into scope is served as its current state at the position of that event)."""

    changes: tuple[PulledChange, ...] = ()
    scope_removals: tuple[ScopeRemoval, ...] = ()
    erasures: tuple[Erasure, ...] = ()
    next_cursor: int = 0
    has_more: bool = False

    def events(self) -> Iterator[PullEvent]:
        """Changes, removals and erasures merged in position order (stable within one)."""
        merged: list[PullEvent] = [*self.changes, *self.scope_removals, *self.erasures]
        kind = {PulledChange: 0, ScopeRemoval: 1, Erasure: 2}
        merged.sort(key=lambda event: (event.position, kind[type(event)]))
        return iter(merged)

    def to_json(self) -> dict[str, Any]:
        return {
            "changes": [item.to_json() for item in self.changes],
            "scope_removals": [item.to_json() for item in self.scope_removals],
            "erasures": [item.to_json() for item in self.erasures],
            "next_cursor": self.next_cursor,
            "has_more": self.has_more,
        }

    @classmethod
    def from_json(cls, data: object) -> PullResponse:
        names = {"changes", "scope_removals", "erasures", "next_cursor", "has_more"}
        d = want_obj(data, "pull answer", names)
        cap = 10 * MAX_PULL_LIMIT * MAX_FIELDS
        return cls(
            changes=tuple(
                PulledChange.from_json(x) for x in want_list(d["changes"], "changes", cap)
            ),
            scope_removals=tuple(
                ScopeRemoval.from_json(x) for x in want_list(d["scope_removals"], "removals", cap)
            ),
            erasures=tuple(Erasure.from_json(x) for x in want_list(d["erasures"], "erasures", cap)),
            next_cursor=want_int(d["next_cursor"], "next_cursor"),
            has_more=want_bool(d["has_more"], "has_more"),
        )


PATH_SNAPSHOT: Final = "/v1/sync/snapshot"
DEFAULT_SNAPSHOT_LIMIT: Final = 500  # persons (or hub records) per page
MAX_SNAPSHOT_LIMIT: Final = 2000
MAX_SNAPSHOT_AFTER: Final = 200  # the length of a page key


@dataclass(frozen=True)
class SnapshotRequest:
    """The page after ``after`` (``""``: the first page; else a previous ``next_after``).
    ``include_own`` false leaves out the fields whose clock is the asking device's: a desk
    that was never restored holds them already (as the pull leaves out its own changes)."""

    after: str = ""
    limit: int = DEFAULT_SNAPSHOT_LIMIT
    include_own: bool = True

    def to_json(self) -> dict[str, Any]:
        return {"after": self.after, "limit": self.limit, "include_own": self.include_own}

    @classmethod
    def from_json(cls, data: object) -> SnapshotRequest:
        d = want_obj(data, "snapshot", {"after"}, {"limit", "include_own"})
        return cls(
            after=want_text(d["after"], "after", MAX_SNAPSHOT_AFTER, empty=True),
            limit=want_int(d.get("limit", DEFAULT_SNAPSHOT_LIMIT), "limit", 1, MAX_SNAPSHOT_LIMIT),
            include_own=want_bool(d.get("include_own", True), "include_own"),
        )


@dataclass(frozen=True)
class SnapshotResponse:
    """One page of the current state; ask for ``next_after`` while ``has_more``."""

    changes: tuple[Change, ...] = ()
    position: int = 0
    next_after: str = ""
    has_more: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "changes": [change.to_json() for change in self.changes],
            "position": self.position,
            "next_after": self.next_after,
            "has_more": self.has_more,
        }

    @classmethod
    def from_json(cls, data: object) -> SnapshotResponse:
        d = want_obj(data, "snapshot answer", {"changes", "position", "next_after", "has_more"})
        cap = 10 * MAX_SNAPSHOT_LIMIT * MAX_FIELDS
        return cls(
            changes=tuple(Change.from_json(x) for x in want_list(d["changes"], "changes", cap)),
            position=want_int(d["position"], "position"),
            next_after=want_text(d["next_after"], "next_after", MAX_SNAPSHOT_AFTER, empty=True),
            has_more=want_bool(d["has_more"], "has_more"),
        )


@dataclass(frozen=True)
class ErrorBody:
    """Every 4xx/5xx answer's body: ``{"code": ERR_..., "detail": "English text"}``."""

    code: str
    detail: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "detail": self.detail}

    @classmethod
    def from_json(cls, data: object) -> ErrorBody:
        d = want_obj(data, "error", {"code"}, {"detail", "supported"})
        return cls(
            want_text(d["code"], "code", 40),
            want_text(d.get("detail", ""), "detail", 2000, empty=True),
        )


