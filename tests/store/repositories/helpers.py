"""Builders for repository tests."""

from __future__ import annotations

from datetime import UTC, datetime

from entryhub_desk.domain.person import Person
from entryhub_desk.domain.staff import Role, StaffMember
from entryhub_desk.store.outbox import OutboxEntry, pending
from entryhub_desk.store.repositories import PersonRepository, StaffRepository, StoreContext

WHEN = datetime(2024, 5, 29, 9, 30, tzinfo=UTC)


def add_person(ctx: StoreContext, **kwargs: object) -> Person:
    values: dict[str, object] = {
        "given_name": "Amina",
        "family_name": "Yusuf",
        "hub_id": ctx.identity.hub_id,
    }
    values.update(kwargs)
    return PersonRepository(ctx).create(Person(**values))  # type: ignore[arg-type]


def add_staff(ctx: StoreContext, name: str = "Lena", role: Role = Role.COORDINATOR) -> StaffMember:
    return StaffRepository(ctx).create(StaffMember.new(name, role))


def outbox_for(ctx: StoreContext, entity_id: str) -> list[OutboxEntry]:
    return [e for e in pending(ctx.conn) if e.entity_id == entity_id]
