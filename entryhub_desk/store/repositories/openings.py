"""Openings of employers (network records: no person column)."""

from __future__ import annotations

import builtins
from typing import ClassVar

from entryhub_desk.domain.employers import Opening, OpeningState
from entryhub_desk.ids import short_code
from entryhub_desk.store.repositories.typed import TypedRepository


class OpeningRepository(TypedRepository[Opening]):
    table = "opening"
    record_type: ClassVar[type[Opening]] = Opening

    def list(
        self, *, state: OpeningState | None = None, employer_id: str | None = None
    ) -> builtins.list[Opening]:
        """Openings (of one state, of one employer), newest first."""
        clauses: builtins.list[str] = []
        params: builtins.list[object] = []
        if state is not None:
            clauses.append("state = ?")
            params.append(OpeningState(state).value)
        if employer_id is not None:
            clauses.append("employer_id = ?")
            params.append(employer_id)
        return self._select(
            " AND ".join(clauses) or None, params, order_by="added_at DESC, id DESC"
        )

    def by_source(self, source: str) -> Opening | None:
        """The opening imported from ``source`` (e.g. ``jobsearch:24681357``), if any."""
        if not source:
            return None
        found = self._select("source = ?", [source], order_by="added_at, id", limit=1)
        return found[0] if found else None

    def ids_with_code(self, code: str) -> builtins.list[str]:
        """The ids of the live openings whose short code is ``code`` (``XXXX-XXXX``)."""
        rows = self.conn.execute("SELECT id FROM opening WHERE deleted = 0").fetchall()
        return sorted(str(row[0]) for row in rows if short_code(str(row[0])) == code)
