"""Persons (visitors)."""

from __future__ import annotations

import builtins

from entryhub_desk.domain.person import Gender, Person, normalise_phone
from entryhub_desk.errors import DeskError
from entryhub_desk.store.connection import transaction
from entryhub_desk.store.repositories.base import (
    Repository,
    Row,
    optional_int,
    optional_str,
    str_tuple,
)
from entryhub_desk.store.search_index import index_person


class PersonRepository(Repository[Person]):
    table = "person"

    def _decode(self, row: Row) -> Person:
        return Person(
            id=str(row["id"]),
            given_name=str(row["given_name"]),
            family_name=str(row["family_name"]),
            original_script_name=optional_str(row["original_script_name"]),
            birth_year=optional_int(row["birth_year"]),
            gender=Gender(row["gender"]),
            country_of_birth=optional_str(row["country_of_birth"]),
            languages=str_tuple(row["languages"]),
            phone=optional_str(row["phone"]),
            phone_as_written=optional_str(row.get("phone_as_written")),
            email=optional_str(row["email"]),
            municipality=optional_str(row["municipality"]),
            arrival_year=optional_int(row["arrival_year"]),
            hub_id=str(row["hub_id"]),
            preferred_language=optional_str(row["preferred_language"]),
            merged_into=optional_str(row["merged_into"]),
        )

    def create(self, person: Person) -> Person:
        with transaction(self.conn):
            self._create(person)
            index_person(self.conn, person)  # the search index, in the same transaction
        return person

    add = create  # the name the services use

    def update(self, person: Person) -> Person:
        """Store the edited person; only changed fields produce outbox entries."""
        with transaction(self.conn):
            stored = self._update(person)
            index_person(self.conn, stored)
        return stored

    def list(self, *, limit: int | None = None, hub_id: str | None = None) -> list[Person]:
        """Persons in registration order (oldest first)."""
        where, params = ("hub_id = ?", [hub_id]) if hub_id is not None else (None, [])
        return self._select(where, params, order_by="created_at, id", limit=limit)

    def get_many(self, ids: builtins.list[str]) -> dict[str, Person]:
        """The persons with these ids that exist (by id), in chunks of 500."""
        found: dict[str, Person] = {}
        for start in range(0, len(ids), 500):
            part = ids[start : start + 500]
            marks = ", ".join("?" for _ in part)
            found.update((p.id, p) for p in self._select(f"id IN ({marks})", part))
        return found

    def ids_by_phone(self) -> dict[str, str]:
        """The live persons (not deleted, not merged away) with a phone number: id by number."""
        by_phone: dict[str, str] = {}
        for person_id, phone in self.conn.execute(
            "SELECT id, phone FROM person WHERE deleted = 0 AND merged_into IS NULL"
        ):
            if phone:
                by_phone[str(phone)] = str(person_id)
        return by_phone

    def find_by_phone(self, phone: str) -> builtins.list[Person]:
        """Persons with this phone number (any notation; read as Swedish if local)."""
        try:
            e164 = normalise_phone(phone)
        except DeskError:
            return []
        return self._select("phone = ?", [e164], order_by="created_at, id")
