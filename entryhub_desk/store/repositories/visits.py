"""Visits."""

from __future__ import annotations

import dataclasses
from datetime import datetime

from entryhub_desk.domain.visit import Visit, VisitState
from entryhub_desk.errors import DeskError
from entryhub_desk.store.repositories.base import (
    Repository,
    Row,
    decode_time,
    encode_time,
    optional_str,
    str_tuple,
)


class VisitRepository(Repository[Visit]):
    table = "visit"

    def _decode(self, row: Row) -> Visit:
        return Visit(
            id=str(row["id"]),
            person_id=str(row["person_id"]),
            hub_id=str(row["hub_id"]),
            visited_at=decode_time(str(row["visited_at"])),
            purposes=str_tuple(row["purposes"]),
            note=str(row["note"]),
            referral=str(row["referral"]),
            handled_by=optional_str(row["handled_by"]),
            state=VisitState(row["state"]),
            other_purpose=str(row["other_purpose"]),
            recorded_by=optional_str(row["recorded_by"]),
        )

    def create(self, visit: Visit) -> Visit:
        """Log a visit; the person must exist (``store.not_found``)."""
        self._require_person(visit.person_id)
        return self._create(visit)

    add = create  # the name the services use

    def update(self, visit: Visit) -> Visit:
        return self._update(visit)

    def set_state(self, visit_id: str, state: VisitState) -> Visit:
        return self._update(dataclasses.replace(self.get(visit_id), state=state))

    def list_for_person(self, person_id: str) -> list[Visit]:
        """A person's visits, oldest first."""
        return self._select("person_id = ?", [person_id], order_by="visited_at, id")

    def list_between(self, start: datetime, end: datetime) -> list[Visit]:
        """Visits with ``start <= visited_at < end`` (aware datetimes), oldest first."""
        return self._select(
            "visited_at >= ? AND visited_at < ?",
            [encode_time(start), encode_time(end)],
            order_by="visited_at, id",
        )

    def _require_person(self, person_id: str) -> None:
        found = self.conn.execute(
            "SELECT 1 FROM person WHERE id = ? AND deleted = 0", (person_id,)
        ).fetchone()
        if found is None:
            raise DeskError("store.not_found", entity="person", id=person_id)
