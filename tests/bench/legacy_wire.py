"""The sync messages as hand-written before they were declared once (commit 25ded9e).

A frozen reference, for ``bench_wire_codec.py`` only (the messages of a push and a pull page):
the declared codec (``entryhub_wire/declare.py``) is measured against it in the same run. Do not
use it elsewhere and do not update it when a message changes (the golden file in
``tests/wire/golden/`` guards the wire format). Until commit a540968 it held every message, and
a differential test showed the declared codec gives the same bytes and the same refusals.
"""
# mypy: ignore-errors

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from entryhub_wire.codec import (
    NAME_PATTERN,
    TAG_PATTERN,
    JsonValue,
    bad,
    hlc_text,
    record_id,
    want_bool,
    want_int,
    want_json,
    want_list,
    want_match,
    want_obj,
)
from entryhub_wire.errors import CodedError
from entryhub_wire.protocol import (
    DELETED_FIELD,
    MAX_BATCH_CHANGES,
    MAX_FIELDS,
    MAX_PULL_LIMIT,
    PERSON_ENTITY,
    PERSON_ID_FIELD,
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


# --- pull ----------------------------------------------------------------------------------
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
