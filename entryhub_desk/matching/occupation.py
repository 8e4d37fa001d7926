"""Closeness of occupations through the ISCO-08 hierarchy.

An ESCO occupation belongs to one ISCO-08 unit group (4 digits), which belongs to a minor group
(its first 3 digits). The person's desired occupations (goals) and past work are each compared
with the opening's occupation; the closest counts. Past work is named before goals when both
are as close (experience says more than a wish).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import IntEnum
from functools import cache

from entryhub_desk.errors import DeskError
from entryhub_desk.taxonomy import esco


class Closeness(IntEnum):
    NONE = 0
    MINOR_GROUP = 1  # same ISCO minor group (3 digits)
    UNIT_GROUP = 2  # same ISCO unit group (4 digits)
    SAME = 3  # the same ESCO occupation


@dataclass(frozen=True, slots=True)
class OccupationMatch:
    closeness: Closeness
    occupation: str | None  # the person's ESCO occupation that came closest (if coded)
    group: str | None  # the person's ISCO group compared (when no ESCO code)
    source: str  # "work" or "goal"


@cache
def isco_of(occupation: str) -> str | None:
    """The ISCO-08 unit group of an ESCO occupation, ``None`` when unknown to the taxonomy."""
    try:
        return esco.occupation_isco(occupation)[:4] or None
    except DeskError:
        return None


@cache
def _by_minor_group() -> dict[str, tuple[str, ...]]:
    scheme = esco.occupations()
    groups: dict[str, list[str]] = {}
    for code, group in zip(scheme.codes, scheme.isco or (), strict=False):
        groups.setdefault(group[:3], []).append(code)
    return {minor: tuple(codes) for minor, codes in groups.items()}


def occupations_in_minor_group(minor: str) -> tuple[str, ...]:
    """Every ESCO occupation whose ISCO group starts with ``minor`` (3 digits; for SQL
    pre-filters)."""
    return _by_minor_group().get(minor[:3], ()) if len(minor) >= 3 else ()


def _level(wanted: str, wanted_group: str | None, code: str | None, group: str | None) -> Closeness:
    if code is not None and code == wanted:
        return Closeness.SAME
    if wanted_group is None or not group:
        return Closeness.NONE
    if len(group) >= 4 and group[:4] == wanted_group[:4]:
        return Closeness.UNIT_GROUP
    if len(group) >= 3 and group[:3] == wanted_group[:3]:
        return Closeness.MINOR_GROUP
    return Closeness.NONE


def closest(
    wanted: str,
    work: Iterable[tuple[str | None, str | None]],
    goals: Iterable[str],
) -> OccupationMatch:
    """The closest of the person's past work (ESCO occupation, ISCO group) and goals."""
    wanted_group = isco_of(wanted)
    best = OccupationMatch(Closeness.NONE, None, None, "work")
    candidates: list[tuple[str | None, str | None, str]] = []
    for code, group in work:
        candidates.append((code, group or (isco_of(code) if code else None), "work"))
    for code in goals:
        candidates.append((code, isco_of(code), "goal"))
    for code, group, source in candidates:
        level = _level(wanted, wanted_group, code, group)
        if level > best.closeness:
            best = OccupationMatch(level, code, None if code else group, source)
            if level is Closeness.SAME:
                break
    return best
