from __future__ import annotations

import dataclasses

import pytest

from entryhub_desk.domain.staff import Role, StaffMember
from entryhub_desk.errors import DeskError
from entryhub_desk.store.repositories import StaffRepository, StoreContext

from .helpers import add_staff, outbox_for


def test_round_trip(ctx: StoreContext) -> None:
    member = add_staff(ctx, "Lena Berg", Role.COORDINATOR)
    repo = StaffRepository(ctx)
    assert repo.get(member.id) == member
    assert repo.get_by_name("lena berg") == member
    assert repo.get_by_name("  LENA   BERG ") == member
    assert repo.get_by_name("Lena") is None
    [entry] = outbox_for(ctx, member.id)
    assert entry.entity == "staff"
    assert set(entry.fields) == {"name", "role", "active"}  # name_key is local


def test_names_unique_ignoring_case(ctx: StoreContext) -> None:
    add_staff(ctx, "Amina", Role.RECEPTIONIST)
    with pytest.raises(DeskError) as info:
        add_staff(ctx, "AMINA", Role.VOLUNTEER)
    assert info.value.code == "staff.exists"
    assert info.value.params == {"name": "AMINA"}
    assert len(StaffRepository(ctx).list()) == 1


def test_rename_onto_another_name_refused(ctx: StoreContext) -> None:
    add_staff(ctx, "Amina", Role.RECEPTIONIST)
    other = add_staff(ctx, "Omar", Role.RECEPTIONIST)
    repo = StaffRepository(ctx)
    with pytest.raises(DeskError):
        repo.update(dataclasses.replace(other, name="amina"))
    renamed = repo.update(dataclasses.replace(other, name="Omar Hassan"))
    assert repo.get_by_name("omar hassan") == renamed
    assert repo.get_by_name("Omar") is None


def test_require_by_name(ctx: StoreContext) -> None:
    with pytest.raises(DeskError) as info:
        StaffRepository(ctx).require_by_name("Nobody")
    assert info.value.code == "staff.unknown"


def test_set_active_and_list(ctx: StoreContext) -> None:
    add_staff(ctx, "lena", Role.COORDINATOR)
    omar = add_staff(ctx, "Omar", Role.VOLUNTEER)
    amina = add_staff(ctx, "Amina", Role.RECEPTIONIST)
    repo = StaffRepository(ctx)
    assert [m.name for m in repo.list()] == ["Amina", "lena", "Omar"]
    disabled = repo.set_active(omar.id, False)
    assert not disabled.active
    assert [m.name for m in repo.list(active_only=True)] == ["Amina", "lena"]
    assert set(outbox_for(ctx, omar.id)[-1].fields) == {"active"}
    assert repo.set_active(omar.id, True).active
    assert repo.get(amina.id) == amina


def test_last_coordinator_stays(ctx: StoreContext) -> None:
    repo = StaffRepository(ctx)
    lena = add_staff(ctx, "Lena", Role.COORDINATOR)
    with pytest.raises(DeskError) as info:
        repo.set_active(lena.id, False)
    assert info.value.code == "staff.last_coordinator"
    with pytest.raises(DeskError):
        repo.update(dataclasses.replace(lena, role=Role.VOLUNTEER))
    second = add_staff(ctx, "Omar", Role.COORDINATOR)
    repo.set_active(lena.id, False)
    assert repo.count_active_coordinators() == 1
    with pytest.raises(DeskError):
        repo.set_active(second.id, False)


def test_new_member_has_uuid7_id() -> None:
    member = StaffMember.new("Lena", Role.VOLUNTEER)
    assert member.id[14] == "7" and member.active


def test_add_is_create(ctx: StoreContext) -> None:
    member = StaffRepository(ctx).add(StaffMember.new("Omar", Role.VOLUNTEER))
    assert StaffRepository(ctx).get(member.id) == member
