"""Plain domain values with validation; no SQL, HTTP or Qt here.

The re-exports below are loaded on first use (PEP 562): importing one module of the package,
such as :mod:`.staff` (which the command line and the log-in need), does not load every other
domain module and its dataclasses with it (``tests/cli/test_cli_imports.py`` keeps it so).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from entryhub_desk.lazy import reexports

if TYPE_CHECKING:
    from entryhub_desk.domain.consent import Consent, ConsentPurpose
    from entryhub_desk.domain.person import Gender, Person, normalise_phone
    from entryhub_desk.domain.staff import PERMISSIONS, Action, Role, StaffMember
    from entryhub_desk.domain.visit import Visit, VisitState

_HOMES = {
    "PERMISSIONS": "staff",
    "Action": "staff",
    "Consent": "consent",
    "ConsentPurpose": "consent",
    "Gender": "person",
    "Person": "person",
    "Role": "staff",
    "StaffMember": "staff",
    "Visit": "visit",
    "VisitState": "visit",
    "normalise_phone": "person",
}

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


__getattr__ = reexports(__name__, _HOMES)
