"""Search results and likely duplicates as :class:`SearchHit` rows (with the last visit)."""

from __future__ import annotations

from collections.abc import Sequence

from entryhub_desk.services.duplicates import Duplicate
from entryhub_desk.services.reception_types import SearchHit
from entryhub_desk.store.repositories.base import StoreContext
from entryhub_desk.store.repositories.persons import PersonRepository
from entryhub_desk.store.repositories.visits import VisitRepository
from entryhub_desk.store.search_index import IndexHit


def search_hits(ctx: StoreContext, found: Sequence[IndexHit]) -> list[SearchHit]:
    """The index's hits as rows, in their order (persons gone meanwhile are left out)."""
    if not found:
        return []
    ids = [hit.person_id for hit in found]
    persons = PersonRepository(ctx).get_many(ids)
    last = VisitRepository(ctx).last_visits(ids)
    return [
        SearchHit(
            person=persons[hit.person_id],
            code=hit.code,
            score=hit.score,
            last_visit=last.get(hit.person_id),
            why=hit.why,
        )
        for hit in found
        if hit.person_id in persons
    ]


def duplicate_hits(ctx: StoreContext, found: Sequence[Duplicate]) -> list[SearchHit]:
    """Likely duplicates as rows, with their reasons."""
    last = VisitRepository(ctx).last_visits([d.person.id for d in found])
    return [
        SearchHit(
            person=d.person,
            code=d.code,
            score=d.score,
            last_visit=last.get(d.person.id),
            why=d.why,
            reasons=d.reasons,
        )
        for d in found
    ]
