"""Repositories: the only writers of the store (each write also lands in the outbox).

The re-exports below are loaded on first use (PEP 562): importing one repository, such as the
profile's (which a CV reads), does not load every other one and the search index with it
(``tests/cli/test_cli_imports.py`` keeps it so).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from entryhub_desk.lazy import reexports

if TYPE_CHECKING:
    from entryhub_desk.store.repositories.base import StoreContext
    from entryhub_desk.store.repositories.consents import ConsentRepository
    from entryhub_desk.store.repositories.persons import PersonRepository
    from entryhub_desk.store.repositories.staff import StaffRepository
    from entryhub_desk.store.repositories.visits import VisitRepository

_HOMES = {
    "ConsentRepository": "consents",
    "PersonRepository": "persons",
    "StaffRepository": "staff",
    "StoreContext": "base",
    "VisitRepository": "visits",
}

__all__ = [
    "ConsentRepository",
    "PersonRepository",
    "StaffRepository",
    "StoreContext",
    "VisitRepository",
]


__getattr__ = reexports(__name__, _HOMES)
