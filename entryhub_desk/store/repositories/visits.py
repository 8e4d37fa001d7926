"""Visits."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
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

    def list_between(
        self, start: datetime, end: datetime, *, person_id: str | None = None
    ) -> list[Visit]:
        """Visits with ``start <= visited_at < end`` (aware datetimes), oldest first; only
        ``person_id``'s when given (selected in SQL: the others are not decoded)."""
        where, params = "visited_at >= ? AND visited_at < ?", [encode_time(start), encode_time(end)]
        if person_id is not None:
            where, params = where + " AND person_id = ?", [*params, person_id]
        return self._select(where, params, order_by="visited_at, id")

    def last_visits(self, person_ids: Sequence[str]) -> dict[str, datetime]:
        """The time of each person's latest visit (persons without visits are absent)."""
        if not person_ids:
            return {}
        marks = ", ".join("?" for _ in person_ids)
        rows = self.conn.execute(
            f"SELECT person_id, max(visited_at) FROM visit WHERE deleted = 0 "  # noqa: S608
            f"AND person_id IN ({marks}) GROUP BY person_id",
            list(person_ids),
        ).fetchall()
        return {str(pid): decode_time(str(at)) for pid, at in rows if at}

    def _require_person(self, person_id: str) -> None:
        found = self.conn.execute(
            "SELECT 1 FROM person WHERE id = ? AND deleted = 0", (person_id,)
        ).fetchone()
        if found is None:
            raise DeskError("store.not_found", entity="person", id=person_id)
