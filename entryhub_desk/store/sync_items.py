"""What :mod:`entryhub_desk.store.sync_apply` takes and gives: the changes, scope removals and
erasures other desks made, in the server's order, the result of applying a batch, and the
batch's own rules (which change is an erasure; one device's changes of a record made one)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from entryhub_desk.store.outbox import JsonValue
from entryhub_desk.store.repositories.base import Repository
from entryhub_desk.store.sync_rows import later_fields

FieldChanges = Mapping[str, Mapping[str, JsonValue]]  # {field: {"value": …, "hlc": "…"}}


@dataclass(frozen=True)
class RemoteChange:
    """One change as the server hands it out (already in the server's order)."""

    entity: str
    entity_id: str
    fields: FieldChanges
    origin: str = ""  # the device that made it
    # the person the record is about, as the server knows it: a correction of a record that
    # is not here (purged with an erased person) names no person in its fields
    person_id: str | None = None


@dataclass(frozen=True)
class ScopeRemoval:
    """The person no longer belongs to this hub's view (e.g. consent to share withdrawn)."""

    person_id: str


@dataclass(frozen=True)
class RemoteErasure:
    """The person was erased on another desk: purge it here and keep the tombstone."""

    person_id: str
    hlc: str


RemoteItem = RemoteChange | ScopeRemoval | RemoteErasure


def person_of(change: RemoteChange) -> str | None:
    """The person a pulled change is about (None for records about nobody, e.g. staff)."""
    if change.entity == "person":
        return change.entity_id
    named = change.fields.get("person_id", {}).get("value")
    return change.person_id or (named if isinstance(named, str) else None)


@dataclass
class ApplyResult:
    applied: int = 0
    skipped: int = 0
    conflicts: int = 0
    parked: int = 0
    purged: int = 0
    max_hlc: str | None = None
    purged_persons: list[str] = field(default_factory=list)
    # the persons whose records pulled changes touched (for the screens that show them)
    changed_persons: set[str] = field(default_factory=set)
    # the entities pulled changes touched (employers and openings have no person)
    changed_entities: set[str] = field(default_factory=set)
    # this desk's own changes sent in the current round: (entity, id, field) -> hlc. Whoever
    # wrote a pulled change cannot have seen them yet.
    fresh_local: Mapping[tuple[str, str, str], str] = field(default_factory=dict)
    # per batch: each table's columns, and whether any conflict is open (else nothing settles)
    columns: dict[str, set[str]] = field(default_factory=dict)
    open_conflicts: bool = True
    repositories: dict[str, Repository[Any]] = field(default_factory=dict)
    erased: set[str] = field(default_factory=set)
    parked_keys: set[tuple[str, str]] = field(default_factory=set)
    # per synced table with an on_applied hook: the records applied in this batch
    applied_ids: dict[str, set[str]] = field(default_factory=dict)

    def merge(self, other: ApplyResult) -> None:
        self.applied += other.applied
        self.skipped += other.skipped
        self.conflicts += other.conflicts
        self.parked += other.parked
        self.purged += other.purged
        self.purged_persons.extend(other.purged_persons)
        self.changed_persons |= other.changed_persons
        self.changed_entities |= other.changed_entities
        if other.max_hlc is not None and (self.max_hlc is None or other.max_hlc > self.max_hlc):
            self.max_hlc = other.max_hlc


def is_erasure(change: RemoteChange) -> bool:
    """A person change that sets ``deleted`` to true is the person's erasure (tombstone)."""
    deleted = change.fields.get("deleted")
    return change.entity == "person" and deleted is not None and deleted.get("value") is True


def coalesce(items: Sequence[RemoteItem]) -> list[RemoteItem]:
    """Changes of one record that all come from one device in this batch become one change
    (per field the latest), applied where the first one stood: fewer writes, same outcome."""
    origins: dict[tuple[str, str], set[str]] = {}
    for item in items:
        if isinstance(item, RemoteChange):
            origins.setdefault((item.entity, item.entity_id), set()).add(item.origin)
    merged: dict[tuple[str, str], int] = {}
    out: list[RemoteItem] = []
    for item in items:
        if not isinstance(item, RemoteChange) or is_erasure(item):
            out.append(item)
            continue
        key = (item.entity, item.entity_id)
        if len(origins[key]) != 1 or not item.origin:
            out.append(item)
            continue
        at = merged.get(key)
        if at is None:
            merged[key] = len(out)
            out.append(item)
        else:
            first = out[at]
            assert isinstance(first, RemoteChange)
            out[at] = RemoteChange(
                first.entity,
                first.entity_id,
                later_fields(first.fields, item.fields),
                first.origin,
                first.person_id or item.person_id,
            )
    return out
