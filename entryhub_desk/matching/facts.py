"""What matching compares: a person's facts and what an opening asks for.

Both are plain values built by the store's match reader straight from columns (no domain
validation on the hot path: the rows were validated when they were written), or from the
domain objects (:meth:`Wanted.of`, :meth:`PersonFacts` by keywords) in tests and services.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Final

from entryhub_desk.domain.employers.opening import HardRequirement, Opening
from entryhub_desk.domain.profile.codes import CefrLevel, DrivingCategory
from entryhub_desk.domain.profile.dates import PartialDate

CEFR_ORDER: Final[dict[str, int]] = {level.value: i for i, level in enumerate(CefrLevel)}
# The grid parts that count first (understanding what is read, talking with people).
WORK_PARTS: Final = ("reading", "spoken_interaction", "spoken_production")
ALL_PARTS: Final = ("listening", "reading", "spoken_interaction", "spoken_production", "writing")

# What a licence of a category also allows (directive 2006/126/EC, art. 6).
_C = DrivingCategory
LICENCE_COVERS: Final[dict[DrivingCategory, frozenset[DrivingCategory]]] = {
    _C.A: frozenset({_C.A2, _C.A1, _C.AM}),
    _C.A2: frozenset({_C.A1, _C.AM}),
    _C.A1: frozenset({_C.AM}),
    _C.B: frozenset({_C.B1, _C.AM}),
    _C.C: frozenset({_C.C1}),
    _C.CE: frozenset({_C.C1E, _C.BE, _C.C, _C.C1}),
    _C.C1E: frozenset({_C.BE, _C.C1}),
    _C.D: frozenset({_C.D1}),
    _C.DE: frozenset({_C.D1E, _C.BE, _C.D, _C.D1}),
    _C.D1E: frozenset({_C.BE, _C.D1}),
}


def counted_level(
    mother_tongue: bool, parts: Mapping[str, str | CefrLevel | None]
) -> CefrLevel | None:
    """The level a language counts with: C2 for a mother tongue; else the lowest recorded of
    reading, spoken interaction and spoken production; else the lowest recorded part at all;
    ``None`` when no level is recorded."""
    if mother_tongue:
        return CefrLevel.C2
    for names in (WORK_PARTS, ALL_PARTS):
        given = [str(parts[name]) for name in names if parts.get(name)]
        if given:
            return CefrLevel(min(given, key=CEFR_ORDER.__getitem__))
    return None


def held_licences(categories: Iterable[DrivingCategory]) -> frozenset[DrivingCategory]:
    """The categories held together with those they include."""
    held: set[DrivingCategory] = set()
    for category in categories:
        held.add(category)
        held |= LICENCE_COVERS.get(category, frozenset())
    return frozenset(held)


@dataclass(frozen=True, slots=True)
class LanguageFact:
    """One language of the person: the level it counts with (see :func:`counted_level`)."""

    level: CefrLevel | None
    mother_tongue: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class PersonFacts:
    person_id: str
    name: str = ""
    municipality: str | None = None
    desired_occupations: tuple[str, ...] = ()  # ESCO occupation ids (goals)
    work: tuple[tuple[str | None, str | None], ...] = ()  # (ESCO occupation, ISCO group)
    skills: frozenset[str] = frozenset()  # ESCO skill ids
    languages: Mapping[str, LanguageFact] = field(default_factory=dict)
    licences: frozenset[DrivingCategory] = frozenset()  # with what they include
    education: int | None = None  # the highest ISCED level
    available_from: PartialDate | None = None
    last_visit: str | None = None  # stored UTC text (sorts in time order)


@dataclass(frozen=True, slots=True, kw_only=True)
class Wanted:
    """What an opening asks for, as matching reads it."""

    opening_id: str
    occupation: str | None = None
    must_skills: tuple[str, ...] = ()
    nice_skills: tuple[str, ...] = ()
    languages: tuple[tuple[str, CefrLevel], ...] = ()
    licences: tuple[DrivingCategory, ...] = ()
    min_education: int | None = None
    hard: frozenset[HardRequirement] = frozenset()
    municipality: str | None = None
    remote: bool = False
    starts: PartialDate | None = None

    @classmethod
    def of(cls, opening: Opening) -> Wanted:
        return cls(
            opening_id=opening.id,
            occupation=opening.occupation,
            must_skills=opening.must_skills,
            nice_skills=opening.nice_skills,
            languages=tuple((r.language, r.level) for r in opening.language_requirements()),
            licences=opening.licences,
            min_education=opening.min_education,
            hard=frozenset(opening.hard),
            municipality=opening.municipality,
            remote=opening.remote,
            starts=opening.starts,
        )

    @property
    def skills(self) -> tuple[str, ...]:
        return self.must_skills + self.nice_skills
