"""The open openings, as matching for one person reads them (:mod:`.match_read` reads the
persons for one opening).

A session keeps one :class:`OpeningIndex`: every open opening decoded once as a
:class:`~entryhub_desk.matching.Wanted`, with which openings ask for which skill and which
occupation. Each use first reads the ids and stamps of the open openings (a covering
index of schema 11) and decodes only what is new or changed since; an opening closed or
deleted drops out. The openings for a person are then found in memory: those sharing a skill
or an ISCO minor group with them, or asking for neither, and missing at most
:data:`~entryhub_desk.matching.best.NEAR_MISS_SKILLS` of their must-have skills.
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any, Final

from entryhub_desk.matching import PersonFacts, Wanted
from entryhub_desk.matching.best import NEAR_MISS_SKILLS
from entryhub_desk.matching.occupation import isco_of, occupations_in_minor_group
from entryhub_desk.store.connection import storage_errors
from entryhub_desk.store.match_read import wanted_from_row

Connection = Any
# The stamp of an opening is its field clocks: every change (here or applied by sync) gives
# a changed field a new hybrid logical clock, which never repeats (``updated_at`` can, within
# one tick of the wall clock).
OPEN: Final = "SELECT id, field_clocks FROM opening WHERE state = 'open' AND deleted = 0"
ROWS: Final = (
    "SELECT id, occupation, must_skills, nice_skills, languages, licences, min_education,"
    " hard, municipality, remote, starts FROM opening"
    " WHERE id IN (SELECT value FROM json_each(?))"
)


class OpeningIndex:
    """The open openings decoded, by id, with their stamps, and who asks for what."""

    def __init__(self) -> None:
        self.openings: dict[str, tuple[str, Wanted]] = {}
        self.by_skill: dict[str, set[str]] = {}
        self.by_occupation: dict[str, set[str]] = {}
        self.asks_nothing: set[str] = set()

    def refresh(self, conn: Connection) -> None:
        """Decode what is new or changed; forget what is no longer open."""
        with storage_errors():
            stamps = {str(i): str(at) for i, at in conn.execute(OPEN)}
        known = self.openings
        if len(stamps) == len(known) and all(
            known.get(i, ("",))[0] == at for i, at in stamps.items()
        ):
            return
        fresh = [i for i, at in stamps.items() if known.get(i, ("",))[0] != at]
        with storage_errors():
            rows = conn.execute(ROWS, (json.dumps(fresh),)).fetchall()
        self.openings = {i: known[i] for i in stamps if i in known and i not in fresh}
        for row in rows:
            self.openings[str(row[0])] = (stamps[str(row[0])], wanted_from_row(row))
        by_skill: dict[str, set[str]] = defaultdict(set)
        by_occupation: dict[str, set[str]] = defaultdict(set)
        self.asks_nothing = set()
        for opening_id, (_, wanted) in self.openings.items():
            for skill in wanted.skills:
                by_skill[skill].add(opening_id)
            if wanted.occupation is not None:
                by_occupation[wanted.occupation].add(opening_id)
            elif not wanted.skills:
                self.asks_nothing.add(opening_id)
        self.by_skill, self.by_occupation = dict(by_skill), dict(by_occupation)

    def for_person(self, facts: PersonFacts) -> list[tuple[str, Wanted]]:
        """``(stamp, wanted)`` of the openings ``facts`` fit or nearly fit."""
        groups = {isco_of(code) for code in facts.desired_occupations}
        groups |= {group or (isco_of(code) if code else None) for code, group in facts.work}
        minors = {g[:3] for g in groups if g and len(g) >= 3}
        ids = set(self.asks_nothing)
        for skill in facts.skills:
            ids |= self.by_skill.get(skill, set())
        for minor in minors:
            for code in occupations_in_minor_group(minor):
                ids |= self.by_occupation.get(code, set())
        found = []
        skills = facts.skills
        for opening_id in sorted(ids):
            pair = self.openings[opening_id]
            must = pair[1].must_skills
            if len(must) - sum(1 for s in must if s in skills) <= NEAR_MISS_SKILLS:
                found.append(pair)
        return found
