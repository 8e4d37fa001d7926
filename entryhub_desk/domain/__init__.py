"""Plain domain values with validation; no SQL, HTTP or Qt here."""

from entryhub_desk.domain.consent import Consent, ConsentPurpose
from entryhub_desk.domain.person import Gender, Person, normalise_phone
from entryhub_desk.domain.staff import PERMISSIONS, Action, Role, StaffMember
from entryhub_desk.domain.visit import Visit, VisitState

__all__ = [
    "PERMISSIONS",
    "Action",
    "Consent",
    "ConsentPurpose",
    "Gender",
    "Person",
    "Role",
    "StaffMember",
    "Visit",
    "VisitState",
    "normalise_phone",
]
