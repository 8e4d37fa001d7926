"""Persons (visitors)."""

from __future__ import annotations

import builtins

from entryhub_desk.domain.person import Gender, Person, normalise_phone
from entryhub_desk.errors import DeskError
from entryhub_desk.ids import normalise_short_code
from entryhub_desk.store.connection import transaction
from entryhub_desk.store.repositories.base import (
    Repository,
    Row,
    optional_int,
    optional_str,
    str_tuple,
)

#: How many merge redirects :meth:`PersonRepository.current` follows before giving up.
MAX_REDIRECTS = 16


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
        from entryhub_desk.store.search_index import index_person  # writes only: not for reads

        with transaction(self.conn):
            self._create(person)
            index_person(self.conn, person)  # the search index, in the same transaction
        return person

    add = create  # the name the services use

    def update(self, person: Person) -> Person:
        """Store the edited person; only changed fields produce outbox entries."""
        from entryhub_desk.store.search_index import index_person

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

    def usual_origins(
        self, hub_id: str, *, limit: int
    ) -> tuple[builtins.list[str], builtins.list[str]]:
        """The countries of birth and the languages most common among this hub's visits (a
        person counts once per visit), most common first, at most ``limit`` of each."""
        countries = self.conn.execute(
            "SELECT p.country_of_birth AS code, COUNT(*) AS n"
            " FROM visit v JOIN person p ON p.id = v.person_id"
            " WHERE v.hub_id = ? AND v.deleted = 0 AND p.deleted = 0"
            " AND p.country_of_birth IS NOT NULL"
            " GROUP BY code ORDER BY n DESC, code LIMIT ?",
            (hub_id, limit),
        ).fetchall()
        languages = self.conn.execute(
            "SELECT j.value AS code, COUNT(*) AS n"
            " FROM visit v JOIN person p ON p.id = v.person_id, json_each(p.languages) j"
            " WHERE v.hub_id = ? AND v.deleted = 0 AND p.deleted = 0"
            " GROUP BY code ORDER BY n DESC, code LIMIT ?",
            (hub_id, limit),
        ).fetchall()
        return [str(row[0]) for row in countries], [str(row[0]) for row in languages]

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

    def current(self, person_id: str) -> Person:
        """The person, following merge redirects (``store.not_found``)."""
        person = self.get(person_id)
        for _ in range(MAX_REDIRECTS):
            if person.merged_into is None:
                return person
            person = self.get(person.merged_into)
        raise DeskError("store.not_found", entity="person", id=person_id)

    def ids_with_code(self, code: str) -> builtins.list[str]:
        """The persons whose short code is ``code`` (``XXXX-XXXX``, normalised), read from the
        search index's code column (its index): live persons, not merged away."""
        rows = self.conn.execute(
            "SELECT person_id FROM person_search WHERE code = ? ORDER BY person_id", (code,)
        ).fetchall()
        return [str(row[0]) for row in rows]

    def resolve_id(self, text: str, *, tombstones: bool = False) -> str:
        """The id of the one person named by ``text``: a UUID (a live record; with
        ``tombstones`` also an erased or deleted one, as erasure and export need), or a short
        code as typed (``xxxx xxxx``, ``XXXX-XXXX``: the live, unmerged person who has it, read
        on the search index's code column). ``person.ambiguous_code`` when two persons share
        the code, ``store.not_found`` when nobody has it. The one place that turns what a
        person typed into a person."""
        cleaned = text.strip().lower()
        if self._rows("id = ?", [cleaned], include_deleted=tombstones):
            return cleaned
        code = normalise_short_code(text)
        ids = self.ids_with_code(code) if code is not None else []
        if len(ids) > 1:
            raise DeskError("person.ambiguous_code", short_code=code)
        if not ids:
            raise DeskError("store.not_found", entity="person", id=text)
        return ids[0]

    def resolve(self, text: str) -> Person:
        """The live person named by a UUID or a short code (see :meth:`resolve_id`)."""
        return self.get(self.resolve_id(text))
