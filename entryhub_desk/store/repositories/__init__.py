"""Repositories: the only writers of the store (each write also lands in the outbox)."""

from entryhub_desk.store.repositories.base import StoreContext
from entryhub_desk.store.repositories.consents import ConsentRepository
from entryhub_desk.store.repositories.persons import PersonRepository
from entryhub_desk.store.repositories.staff import StaffRepository
from entryhub_desk.store.repositories.visits import VisitRepository

__all__ = [
    "ConsentRepository",
    "PersonRepository",
    "StaffRepository",
    "StoreContext",
    "VisitRepository",
]
