"""Staff members, their roles and what each role may do."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from entryhub_desk.domain import validate
from entryhub_desk.errors import DeskError
from entryhub_desk.ids import new_id

NAME_MAX = 64


class Action(StrEnum):
    MANAGE_STAFF = "manage_staff"
    REKEY = "rekey"
    RESTORE = "restore"
    BACKUP = "backup"
    CHECK = "check"
    REGISTER_PERSON = "register_person"
    LOG_VISIT = "log_visit"
    VIEW_PERSON = "view_person"
    EDIT_PROFILE = "edit_profile"
    PRINT_CV = "print_cv"
    EXPORT = "export"
    MERGE_PERSONS = "merge_persons"
    IMPORT_VISITORS = "import_visitors"
    CORRECT_ANY_VISIT = "correct_any_visit"
    MANAGE_SYNC = "manage_sync"  # enrol the desk, offline bundles
    RESOLVE_CONFLICTS = "resolve_conflicts"
    ERASE_PERSON = "erase_person"
    CORRECT_PERSON = "correct_person"  # names, phone, birth year … of a visitor
    VIEW_OPENINGS = "view_openings"  # employers and openings, and how many fit a visitor
    MANAGE_EMPLOYERS = "manage_employers"  # employers, contacts, openings, their import
    MATCH_PERSONS = "match_persons"  # rank visitors for an opening, with the reasons
    INTRODUCE = "introduce"  # introduce a visitor to an opening and follow it


class Role(StrEnum):
    RECEPTIONIST = "receptionist"
    VOLUNTEER = "volunteer"
    COORDINATOR = "coordinator"

    def may(self, action: Action) -> bool:
        return action in PERMISSIONS[self]

    def require(self, action: Action) -> None:
        """Raise ``auth.role_not_allowed`` unless this role may do ``action``."""
        if not self.may(action):
            raise DeskError("auth.role_not_allowed", role=self.value, action=action.value)


# What every member does at the desk (and, being desk work, needs no signed grant).
DESK_WORK: Final = frozenset(
    {
        Action.REGISTER_PERSON,
        Action.LOG_VISIT,
        Action.VIEW_PERSON,
        Action.CORRECT_PERSON,
        Action.VIEW_OPENINGS,
    }
)

PERMISSIONS: Final[dict[Role, frozenset[Action]]] = {
    Role.RECEPTIONIST: DESK_WORK,
    Role.VOLUNTEER: DESK_WORK
    | {Action.EDIT_PROFILE, Action.PRINT_CV, Action.MATCH_PERSONS, Action.INTRODUCE},
    Role.COORDINATOR: frozenset(Action),
}


def name_key(name: str) -> str:
    """The case-insensitive form under which staff names are unique."""
    return " ".join(name.casefold().split())


@dataclass(frozen=True)
class StaffMember:
    id: str
    name: str
    role: Role
    active: bool = True

    def __post_init__(self) -> None:
        validate.record_id("id", self.id)
        name = " ".join(validate.text("name", self.name, maximum=NAME_MAX, required=True).split())
        object.__setattr__(self, "name", name)
        if not isinstance(self.role, Role):
            try:
                object.__setattr__(self, "role", Role(self.role))
            except ValueError:
                raise DeskError("validation.unknown_code", field="role", value=self.role) from None
        if not isinstance(self.active, bool):
            raise DeskError("validation.invalid", field="active")

    @classmethod
    def new(cls, name: str, role: Role) -> StaffMember:
        return cls(id=new_id(), name=name, role=role, active=True)

    def may(self, action: Action) -> bool:
        return self.active and self.role.may(action)
