"""Profile entries: one synced table per kind (``profile_<kind>``), one repository class.

Rows decode into the domain dataclasses field by field (lists from JSON text, partial dates
from ISO text, flags from 0/1: the dataclasses accept those forms). A removal is a tombstone
(``deleted = 1``) that reaches the outbox as the field ``deleted`` with its own clock.
"""

from __future__ import annotations

import dataclasses
import json
from functools import cache
from typing import Any, ClassVar, Generic, TypeVar

from entryhub_desk.domain.profile import ENTRY_TYPES, EntryKind
from entryhub_desk.domain.profile.fields import field_hints
from entryhub_desk.errors import DeskError
from entryhub_desk.store import field_clocks
from entryhub_desk.store.connection import transaction
from entryhub_desk.store.identity import iso_utc
from entryhub_desk.store.outbox import record_change
from entryhub_desk.store.repositories.base import Repository, Row, StoreContext

E = TypeVar("E")


def table_name(kind: EntryKind) -> str:
    return f"profile_{EntryKind(kind).value}"


PROFILE_TABLES: tuple[str, ...] = tuple(table_name(kind) for kind in EntryKind)


_LIST_FIELDS: dict[type[Any], frozenset[str]] = {}


def _list_fields(entry_type: type[Any]) -> frozenset[str]:
    """Fields typed ``tuple[...]`` (stored as JSON text)."""
    found = _LIST_FIELDS.get(entry_type)
    if found is None:
        hints = field_hints(entry_type)
        found = frozenset(name for name, hint in hints.items() if hint.base is tuple)
        _LIST_FIELDS[entry_type] = found
    return found


class ProfileRepository(Repository[E], Generic[E]):
    """Entries of one kind; get one with :meth:`for_kind`."""

    entry_type: ClassVar[type[Any]]
    kind: ClassVar[EntryKind]

    @staticmethod
    def for_kind(ctx: StoreContext, kind: EntryKind) -> ProfileRepository[Any]:
        return _repository_class(EntryKind(kind))(ctx)

    # -- encoding -----------------------------------------------------------------------

    def _decode(self, row: Row) -> E:
        lists = _list_fields(self.entry_type)
        values: dict[str, object] = {}
        for f in dataclasses.fields(self.entry_type):
            value = row[f.name]
            if f.name in lists:
                value = json.loads(value) if value else []
            values[f.name] = value
        entry: E = self.entry_type(**values)
        return entry

    # -- reading ------------------------------------------------------------------------

    def for_person(self, person_id: str) -> list[E]:
        """The person's entries in their order."""
        return self._select("person_id = ?", [person_id], order_by="position, created_at, id")

    def next_position(self, person_id: str) -> int:
        row = self.conn.execute(
            f'SELECT max(position) FROM "{self.table}" WHERE person_id = ? AND deleted = 0',  # noqa: S608
            (person_id,),
        ).fetchone()
        return 0 if row[0] is None else int(row[0]) + 1

    # -- writing ------------------------------------------------------------------------

    def create(self, entry: E) -> E:
        return self._create(entry)

    def update(self, entry: E) -> E:
        return self._update(entry)

    def remove(self, entry_id: str) -> None:
        """Tombstone the entry; the change reaches the outbox as ``{"deleted": true}``."""
        with transaction(self.conn):
            rows = self._rows("id = ?", [entry_id])
            if not rows:
                raise DeskError("store.not_found", entity=self.table, id=entry_id)
            clocks = field_clocks.read(self.conn, self.table, rows[0])
            hlc = record_change(
                self.conn,
                self.ctx.clock,
                entity=self.table,
                entity_id=entry_id,
                values={"deleted": True},
                field_clocks=clocks,
            )
            clocks["deleted"] = hlc
            self._table().update(
                entry_id,
                {
                    "deleted": 1,
                    "field_clocks": field_clocks.write(
                        self.conn, self.table, str(rows[0]["origin"]), clocks
                    ),
                    "updated_at": iso_utc(self.ctx.clock()),
                },
            )

    def reorder(self, person_id: str, ids: list[str]) -> None:
        """Positions 0, 1, … in the order of ``ids``, which must name each entry once."""
        with transaction(self.conn):
            current = {self._id(entry): entry for entry in self.for_person(person_id)}
            if len(ids) != len(set(ids)) or set(ids) != set(current):
                raise DeskError("validation.invalid", field="order")
            for position, entry_id in enumerate(ids):
                entry = current[entry_id]
                if getattr(entry, "position") != position:  # noqa: B009
                    self._update(dataclasses.replace(entry, position=position))  # type: ignore[type-var]


@cache
def _repository_class(kind: EntryKind) -> type[ProfileRepository[Any]]:
    name = "".join(part.title() for part in kind.value.split("_")) + "Repository"
    attrs = {"table": table_name(kind), "entry_type": ENTRY_TYPES[kind], "kind": kind}
    return type(name, (ProfileRepository,), attrs)


def profile_repositories() -> tuple[type[ProfileRepository[Any]], ...]:
    """The repository class of every kind (for the sync registry)."""
    return tuple(_repository_class(kind) for kind in EntryKind)


# What makes two entries of one person "the same" when two persons are merged.
_SAME_BY: dict[EntryKind, str] = {EntryKind.LANGUAGE: "language", EntryKind.DIGITAL: "area"}
_SINGLE = frozenset({EntryKind.GOALS, EntryKind.BUSINESS})


def _empty(value: object) -> bool:
    return value is None or value == "" or value == ()


def move_profile(ctx: StoreContext, keep_id: str, merge_id: str) -> int:
    """Move every entry of person ``merge_id`` to ``keep_id`` (a merge of duplicates).

    Entries go after the kept person's own. Where the kept person already has the same entry
    (the goals, the business idea, a language, a DigComp area), the kept entry's empty fields
    are filled from the other and the other is removed. Returns the number of entries moved or
    folded in. Runs in the caller's transaction; every write goes to the outbox.
    """
    moved = 0
    with transaction(ctx.conn):
        for kind in EntryKind:
            repo = ProfileRepository.for_kind(ctx, kind)
            kept = repo.for_person(keep_id)
            position = repo.next_position(keep_id)
            for entry in repo.for_person(merge_id):
                twin = _twin(kind, entry, kept)
                if twin is None:
                    repo.update(dataclasses.replace(entry, person_id=keep_id, position=position))
                    position += 1
                else:
                    filled = {
                        f.name: getattr(entry, f.name)
                        for f in dataclasses.fields(entry)
                        if f.name not in ("id", "person_id", "position")
                        and _empty(getattr(twin, f.name))
                        and not _empty(getattr(entry, f.name))
                    }
                    if filled:
                        repo.update(dataclasses.replace(twin, **filled))
                    repo.remove(entry.id)
                moved += 1
    return moved


def _twin(kind: EntryKind, entry: Any, kept: list[Any]) -> Any | None:
    if kind in _SINGLE:
        return kept[0] if kept else None
    attribute = _SAME_BY.get(kind)
    if attribute is None:
        return None
    return next((k for k in kept if getattr(k, attribute) == getattr(entry, attribute)), None)
