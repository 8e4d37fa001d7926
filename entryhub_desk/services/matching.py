"""Explained matching (issue 15): the visitors who fit an opening, and the openings that fit a
visitor, each with why. Get one with ``MatchingService(session)``.

- :meth:`MatchingService.for_opening` — ranked persons (``match_persons``);
- :meth:`MatchingService.for_person` — the open openings for one person (``match_persons``);
- :meth:`MatchingService.count_for_person` — how many open openings fit (``view_openings``:
  the receptionist's "3 openings fit" at check-in).

Only persons with a ``match_openings`` consent in force at the moment of the call are ranked
(withdrawn → gone at the next call), and only the persons this desk holds (neither merged away
nor deleted). Scoring and ranking are :mod:`entryhub_desk.matching`'s; the words of the reasons
and items are :mod:`entryhub_desk.catalogue.matching`'s (:func:`reason_lines`,
:func:`item_dicts`), so the command line, the GUI and the card say the same.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from entryhub_desk import ids
from entryhub_desk.catalogue.matching import item_text, reason_text
from entryhub_desk.domain.employers import Opening
from entryhub_desk.domain.staff import Action
from entryhub_desk.matching import (
    Item,
    ItemKind,
    Match,
    PersonFacts,
    Reason,
    Wanted,
    candidate_filter,
    score,
)
from entryhub_desk.matching.best import best as best_matches
from entryhub_desk.matching.quick import Quick, quick
from entryhub_desk.store.match_openings import OpeningIndex
from entryhub_desk.store.match_read import MatchRead, OpeningRows
from entryhub_desk.store.repositories import PersonRepository
from entryhub_desk.store.repositories.base import StoreContext
from entryhub_desk.store.repositories.openings import OpeningRepository

if TYPE_CHECKING:
    from entryhub_desk.services.session import Session

__all__ = [
    "Item",
    "ItemKind",
    "MatchingService",
    "OpeningMatch",
    "PersonMatch",
    "Reason",
    "item_dicts",
    "reason_lines",
]


@dataclass(frozen=True)
class PersonMatch:
    """One person for an opening."""

    person_id: str
    code: str  # short code
    name: str
    score: int  # 0–100
    met: tuple[Item, ...]
    missing: tuple[Item, ...]
    reasons: tuple[Reason, ...]
    near_miss: bool  # a must-have is missing (shown as a near miss)
    last_visit: str | None

    def document(self, lang: str) -> dict[str, object]:
        """The ``match --json`` object."""
        return {
            "person": self.person_id,
            "code": self.code,
            "name": self.name,
            "score": self.score,
            "near_miss": self.near_miss,
            "met": item_dicts(self.met, lang),
            "missing": item_dicts(self.missing, lang),
            "reasons": reason_lines(self.reasons, lang),
        }


class OpeningMatch:
    """One open opening for a person: ``opening``, ``score`` (0–100), ``near_miss``; ``met``,
    ``missing`` and ``reasons`` are made when first asked for (a list shows the first few)."""

    __slots__ = ("_facts", "_match", "_wanted", "near_miss", "opening", "score")

    def __init__(
        self, opening: Opening, numbers: Quick, wanted: Wanted, facts: PersonFacts
    ) -> None:
        self.opening = opening
        self.score = numbers.score
        self.near_miss = numbers.near_miss
        self._wanted, self._facts = wanted, facts
        self._match: Match | None = None

    def _explained(self) -> Match:
        if self._match is None:
            self._match = score(self._wanted, self._facts)
        return self._match

    @property
    def met(self) -> tuple[Item, ...]:
        return self._explained().met

    @property
    def missing(self) -> tuple[Item, ...]:
        return self._explained().missing

    @property
    def reasons(self) -> tuple[Reason, ...]:
        return self._explained().reasons

    def document(self, lang: str) -> dict[str, object]:
        """The ``openings-for --json`` object."""
        return {
            "opening": self.opening.id,
            "code": ids.short_code(self.opening.id),
            "title": self.opening.title,
            "score": self.score,
            "near_miss": self.near_miss,
            "met": item_dicts(self.met, lang),
            "missing": item_dicts(self.missing, lang),
            "reasons": reason_lines(self.reasons, lang),
        }


def reason_lines(reasons: tuple[Reason, ...], lang: str) -> list[str]:
    """The plain-language lines in ``lang`` ("sv" or "en")."""
    return [reason_text(reason, lang) for reason in reasons]


def item_dicts(items: tuple[Item, ...], lang: str) -> list[dict[str, str]]:
    """``{"kind", "code", "text"}`` per item, the text in ``lang``."""
    return [
        {"kind": item.kind.value, "code": item.code, "text": item_text(item, lang)}
        for item in items
    ]


_Listed = tuple[str, Wanted, Quick]  # an opening's stamp, what it wants, the numbers


class MatchingService:
    """Matching over the persons this desk holds and the network's openings."""

    def __init__(self, session: Session) -> None:
        self._session = session

    @property
    def _ctx(self) -> StoreContext:
        return self._session.context  # read at each use (see Session.context)

    def _read(self) -> MatchRead:
        return MatchRead(self._ctx.conn)

    def for_opening(self, opening_id: str, *, limit: int = 50) -> list[PersonMatch]:
        """The consenting persons who fit the opening, best first, near misses included (the
        excluded by a hard requirement left out); at most ``limit``."""
        self._session.require(Action.MATCH_PERSONS)
        opening = OpeningRepository(self._ctx).get(opening_id)
        if limit < 1:
            return []
        wanted = Wanted.of(opening)
        read = self._read()
        pre = read.pre_filter(wanted, candidate_filter(wanted))
        best, _ = best_matches(
            wanted,
            read.held(pre),
            lambda batch: read.load(pre, batch, visits=False),
            limit=limit,
            visits=read.last_visits,
        )
        names = read.names([m.person_id for m in best])
        return [
            PersonMatch(
                person_id=m.person_id,
                code=ids.short_code(m.person_id),
                name=names.get(m.person_id, ""),
                score=m.score,
                met=m.met,
                missing=m.missing,
                reasons=m.reasons,
                near_miss=m.near_miss,
                last_visit=m.last_visit,
            )
            for m in best
        ]

    def _cache(self, name: str) -> dict[str, Any]:
        """A per-session cache (dropped on lock) of decoded openings by id and stamp."""
        found = self._session.cached(f"matching.{name}", dict)
        assert isinstance(found, dict)
        return found

    def _matches(self, person_id: str) -> tuple[PersonFacts | None, list[_Listed]]:
        """The person's facts and ``(stamp, wanted, numbers)`` of the openings listed for
        them, ranked (fitting first, then score, must-haves met, the opening's id)."""
        current = PersonRepository(self._ctx).current(person_id).id
        read = self._read()
        if not read.consented(current):
            return None, []
        facts = read.person(current)
        if facts is None:
            return None, []
        index = self._session.cached("matching.openings_index", OpeningIndex)
        assert isinstance(index, OpeningIndex)
        index.refresh(self._ctx.conn)
        listed: list[_Listed] = []
        for stamp, wanted in index.for_person(facts):
            numbers = quick(wanted, facts)
            if not numbers.excluded:
                listed.append((stamp, wanted, numbers))
        listed.sort(key=lambda e: (e[2].near_miss, -e[2].score, -e[2].must_met, e[1].opening_id))
        return facts, listed

    def _openings(self, wanted: list[tuple[str, str]]) -> dict[str, Opening]:
        """The openings ``(stamp, id)``, decoded once per session and change."""
        cache = self._cache("openings")
        missing = [i for at, i in wanted if cache.get(i, ("", None))[0] != at]
        fresh = OpeningRows(self._ctx).many(missing)
        for at, i in wanted:
            if i in fresh:
                cache[i] = (at, fresh[i])
        return {i: cache[i][1] for _, i in wanted if i in cache}

    def consented(self, person_id: str) -> bool:
        """Whether the person may be matched now (``match_openings`` consent in force)."""
        self._session.require(Action.VIEW_OPENINGS)
        current = PersonRepository(self._ctx).current(person_id).id
        return self._read().consented(current)

    def for_person(self, person_id: str, *, limit: int | None = None) -> list[OpeningMatch]:
        """The open openings the person fits (every must-have met), then the near misses (at
        most one must-have skill missing, or another must-have such as a language level),
        best first; empty without a ``match_openings`` consent in force."""
        self._session.require(Action.MATCH_PERSONS)
        facts, matches = self._matches(person_id)
        if facts is None:
            return []
        if limit is not None:
            matches = matches[: max(limit, 0)]
        openings = self._openings([(stamp, w.opening_id) for stamp, w, _ in matches])
        return [
            OpeningMatch(openings[w.opening_id], numbers, w, facts)
            for _, w, numbers in matches
            if w.opening_id in openings
        ]

    def count_for_person(self, person_id: str) -> int:
        """How many open openings fit the person (every must-have met, nothing hard missed);
        0 without a ``match_openings`` consent in force."""
        self._session.require(Action.VIEW_OPENINGS)
        return sum(1 for _, _, numbers in self._matches(person_id)[1] if not numbers.near_miss)
