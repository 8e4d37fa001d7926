"""What scoring gives back: items met and missing, reasons as codes with parameters.

Texts are not made here: :mod:`entryhub_desk.catalogue.matching` turns an :class:`Item` or a
:class:`Reason` into English or Swedish, so the command line, the GUI and the employer card
say the same words.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Final


class ItemKind(StrEnum):
    OCCUPATION = "occupation"  # code: ESCO occupation id (or an ISCO group)
    MUST_SKILL = "must_skill"  # code: ESCO skill id
    NICE_SKILL = "nice_skill"
    LANGUAGE = "language"  # code: "sv:B1" (the requirement)
    LICENCE = "licence"  # code: driving-licence category
    EDUCATION = "education"  # code: the ISCED level required ("3")
    PLACE = "place"  # code: the opening's municipality, or "remote"
    AVAILABILITY = "availability"  # code: the opening's start ("2027-03")


#: Kinds whose missing item makes a near miss (or excludes, when the opening marks it hard).
MUST_KINDS: Final = frozenset(
    {ItemKind.MUST_SKILL, ItemKind.LANGUAGE, ItemKind.LICENCE, ItemKind.EDUCATION, ItemKind.PLACE}
)


@dataclass(frozen=True, slots=True)
class Item:
    kind: ItemKind
    code: str


ParamValue = str | int | tuple[str, ...] | None


@dataclass(frozen=True, slots=True)
class Reason:
    """One plain-language line, as a code and its parameters (``catalogue.matching`` has the
    texts). Parameters: ``occupation`` an ESCO occupation id, ``group`` an ISCO group,
    ``skills`` ESCO skill ids, ``language`` an ISO 639 code, ``required``/``level`` CEFR levels,
    ``category`` a licence category, ``required_isced``/``isced`` ISCED levels as text,
    ``municipality``/``lives`` place names, ``when``/``starts`` partial dates as text."""

    code: str
    params: tuple[tuple[str, ParamValue], ...] = ()

    def param(self, name: str) -> ParamValue:
        return dict(self.params).get(name)

    @classmethod
    def of(cls, code: str, **params: ParamValue) -> Reason:
        return cls(code, tuple(params.items()))


@dataclass(frozen=True, slots=True)
class Match:
    """One opening against one person."""

    person_id: str
    opening_id: str
    score: int  # 0–100
    met: tuple[Item, ...]
    missing: tuple[Item, ...]
    reasons: tuple[Reason, ...]
    excluded: bool  # a hard requirement is not met: never listed
    near_miss: bool  # a must-have item is missing (not a hard one): listed as a near miss
    must_met: int  # must-have items met (for ranking ties)
    last_visit: str | None = None

    @property
    def fits(self) -> bool:
        """Listed and not a near miss: every must-have met."""
        return not self.excluded and not self.near_miss
