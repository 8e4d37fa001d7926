from __future__ import annotations

import pytest

from entryhub_desk.domain.staff import PERMISSIONS, Action, Role, StaffMember, name_key
from entryhub_desk.errors import DeskError
from entryhub_desk.ids import new_id


def test_coordinator_may_do_everything() -> None:
    assert all(Role.COORDINATOR.may(action) for action in Action)


@pytest.mark.parametrize(
    ("role", "allowed"),
    [
        (
            Role.RECEPTIONIST,
            {"register_person", "log_visit", "view_person", "correct_person", "view_openings"},
        ),
        (
            Role.VOLUNTEER,
            {
                "register_person",
                "log_visit",
                "view_person",
                "correct_person",
                "view_openings",
                "edit_profile",
                "print_cv",
                "match_persons",
                "introduce",
            },
        ),
    ],
)
def test_permission_table(role: Role, allowed: set[str]) -> None:
    assert {action.value for action in Action if role.may(action)} == allowed


@pytest.mark.parametrize(
    "action",
    [
        Action.MANAGE_STAFF,
        Action.REKEY,
        Action.RESTORE,
        Action.BACKUP,
        Action.CHECK,
        Action.EXPORT,
        Action.MANAGE_EMPLOYERS,
    ],
)
def test_only_coordinators_administer(action: Action) -> None:
    assert [role for role in Role if role.may(action)] == [Role.COORDINATOR]


def test_every_role_has_an_entry() -> None:
    assert set(PERMISSIONS) == set(Role)


def test_require_raises_role_not_allowed() -> None:
    with pytest.raises(DeskError) as info:
        Role.VOLUNTEER.require(Action.REKEY)
    assert info.value.code == "auth.role_not_allowed"
    assert info.value.params == {"role": "volunteer", "action": "rekey"}
    Role.COORDINATOR.require(Action.REKEY)


def test_staff_member_normalises_name() -> None:
    member = StaffMember(new_id(), "  Amina   Yusuf ", Role.RECEPTIONIST)
    assert member.name == "Amina Yusuf"
    assert member.active


def test_role_from_text() -> None:
    member = StaffMember(new_id(), "Lena", "coordinator")  # type: ignore[arg-type]
    assert member.role is Role.COORDINATOR


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        ({"name": "  "}, "validation.required"),
        ({"name": "x" * 65}, "validation.too_long"),
        ({"name": "tab\there"}, "validation.invalid"),
        ({"role": "boss"}, "validation.unknown_code"),
        ({"id": "not-an-id"}, "validation.invalid"),
    ],
)
def test_staff_member_validation(kwargs: dict[str, object], code: str) -> None:
    values: dict[str, object] = {"id": new_id(), "name": "Lena", "role": Role.VOLUNTEER}
    values.update(kwargs)
    with pytest.raises(DeskError) as info:
        StaffMember(**values)  # type: ignore[arg-type]
    assert info.value.code == code


def test_disabled_member_may_nothing() -> None:
    member = StaffMember(new_id(), "Lena", Role.COORDINATOR, active=False)
    assert not member.may(Action.VIEW_PERSON)


def test_name_key_ignores_case_and_spacing() -> None:
    assert name_key("Amina  YUSUF") == name_key("amina yusuf")
    assert name_key("STRASSE") == name_key("straße")
