"""The numbers of :func:`~entryhub_desk.matching.score.score` without its explanations.

Ranking thousands of candidates needs only ``(excluded, near_miss, score, must_met)``; the
items and reasons are built by :func:`score` for the few that are listed. The two must agree
exactly (``tests/matching/test_best.py`` checks it on generated people and openings).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

from entryhub_desk.domain.employers.opening import HardRequirement as Hard
from entryhub_desk.matching.facts import CEFR_ORDER, LanguageFact, PersonFacts, Wanted
from entryhub_desk.matching.occupation import Closeness, closest
from entryhub_desk.matching.score import CLOSENESS_SHARE, WEIGHTS


class Quick(NamedTuple):
    excluded: bool
    near_miss: bool
    score: int
    must_met: int


def language_share(
    wanted: Wanted, languages: Mapping[str, LanguageFact]
) -> tuple[float, int, bool]:
    """The languages part of the score (0–1: met 1, one CEFR level short 0.5, else 0, averaged
    over the languages asked), how many are met, and whether all are."""
    share = 0.0
    met = 0
    for language, required in wanted.languages:
        fact = languages.get(language)
        if fact is None or fact.level is None:
            continue
        gap = CEFR_ORDER[required.value] - CEFR_ORDER[fact.level.value]
        if gap <= 0:
            met += 1
            share += 1.0
        elif gap == 1:
            share += 0.5
    asked = len(wanted.languages)
    return (share / asked if asked else 1.0), met, met == asked


def quick(wanted: Wanted, facts: PersonFacts) -> Quick:
    points = 0.0
    weight = 0
    must_met = 0
    missing: set[Hard] = set()  # the must-have kinds with something missing
    closeness = Closeness.NONE
    if wanted.occupation is not None:
        closeness = closest(wanted.occupation, facts.work, facts.desired_occupations).closeness
        points += WEIGHTS["occupation"] * CLOSENESS_SHARE[closeness]
        weight += WEIGHTS["occupation"]
    skills = facts.skills
    if wanted.must_skills:
        have = sum(1 for s in wanted.must_skills if s in skills)
        points += WEIGHTS["must_skills"] * have / len(wanted.must_skills)
        weight += WEIGHTS["must_skills"]
        must_met += have
        if have < len(wanted.must_skills):
            missing.add(Hard.MUST_SKILLS)
    if wanted.nice_skills:
        have = sum(1 for s in wanted.nice_skills if s in skills)
        points += WEIGHTS["nice_skills"] * have / len(wanted.nice_skills)
        weight += WEIGHTS["nice_skills"]
    if wanted.languages:
        share, met, all_met = language_share(wanted, facts.languages)
        must_met += met
        if not all_met:
            missing.add(Hard.LANGUAGES)
        points += WEIGHTS["languages"] * share
        weight += WEIGHTS["languages"]
    if wanted.licences:
        held = sum(1 for c in wanted.licences if c in facts.licences)
        points += WEIGHTS["licences"] * held / len(wanted.licences)
        weight += WEIGHTS["licences"]
        must_met += held
        if held < len(wanted.licences):
            missing.add(Hard.LICENCES)
    if wanted.min_education is not None:
        weight += WEIGHTS["education"]
        if facts.education is not None and facts.education >= wanted.min_education:
            points += WEIGHTS["education"]
            must_met += 1
        else:
            missing.add(Hard.EDUCATION)
    if wanted.remote or wanted.municipality is not None:
        weight += WEIGHTS["place"]
        lives = facts.municipality
        if wanted.remote or (
            lives is not None
            and wanted.municipality is not None
            and lives.strip().casefold() == wanted.municipality.strip().casefold()
        ):
            points += WEIGHTS["place"]
            must_met += 1
        else:
            missing.add(Hard.PLACE)
    if wanted.starts is not None:
        weight += WEIGHTS["availability"]
        available = facts.available_from
        if available is None:
            points += WEIGHTS["availability"] * 0.5
        elif available.earliest() <= wanted.starts.latest():
            points += WEIGHTS["availability"]
    excluded = bool(missing & wanted.hard)
    if Hard.OCCUPATION in wanted.hard and wanted.occupation is not None:
        excluded = excluded or closeness < Closeness.UNIT_GROUP
    result = 100.0 if weight == 0 else 100.0 * points / weight
    return Quick(excluded, not excluded and bool(missing), round(result), must_met)
