"""Scoring one opening against one person's facts: 0–100, with what is met and missing, why.

The score is a weighted share of what the opening asks for; a part the opening does not ask for
is left out of both sides, so an opening asking only for two skills scores on those alone:

==============  ======  ==========================================================
part            weight  share
==============  ======  ==========================================================
occupation        30    same 1.0, same unit group 0.75, same minor group 0.4
must skills       35    met / asked
nice skills       10    met / asked
languages         10    per language: met 1, one CEFR level short 0.5, else 0
licences           5    met / asked
education          5    met 1
place              5    remote or same municipality 1
availability       5    available by the start 1, unknown 0.5 (only with a start)
==============  ======  ==========================================================

An opening that asks for nothing scores 100 for everyone (the ranking then goes by the last
visit).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from entryhub_desk.domain.employers.opening import HardRequirement
from entryhub_desk.matching.facts import CEFR_ORDER, PersonFacts, Wanted
from entryhub_desk.matching.occupation import Closeness, closest, isco_of
from entryhub_desk.matching.result import MUST_KINDS, Item, ItemKind, Match, Reason

WEIGHTS: Final = {
    "occupation": 30,
    "must_skills": 35,
    "nice_skills": 10,
    "languages": 10,
    "licences": 5,
    "education": 5,
    "place": 5,
    "availability": 5,
}
CLOSENESS_SHARE: Final = {
    Closeness.SAME: 1.0,
    Closeness.UNIT_GROUP: 0.75,
    Closeness.MINOR_GROUP: 0.4,
    Closeness.NONE: 0.0,
}
CLOSENESS_REASON: Final = {
    Closeness.SAME: "occupation.same",
    Closeness.UNIT_GROUP: "occupation.unit_group",
    Closeness.MINOR_GROUP: "occupation.minor_group",
}
HARD_KIND: Final = {
    HardRequirement.MUST_SKILLS: ItemKind.MUST_SKILL,
    HardRequirement.LANGUAGES: ItemKind.LANGUAGE,
    HardRequirement.LICENCES: ItemKind.LICENCE,
    HardRequirement.EDUCATION: ItemKind.EDUCATION,
    HardRequirement.PLACE: ItemKind.PLACE,
}


@dataclass(frozen=True, slots=True)
class CandidateFilter:
    """What the store's pre-filter looks for: persons sharing at least one of these skills or
    an occupation in this ISCO minor group; ``everyone`` when the opening names neither (then
    every consenting person is scored)."""

    skills: tuple[str, ...]
    occupation: str | None
    minor_group: str | None

    @property
    def everyone(self) -> bool:
        return not self.skills and self.occupation is None


def candidate_filter(wanted: Wanted) -> CandidateFilter:
    """A person sharing nothing of the opening's skills or occupation group is not a candidate
    (they could score on languages, licences or place alone, which is no fit for the work)."""
    group = isco_of(wanted.occupation) if wanted.occupation else None
    return CandidateFilter(wanted.skills, wanted.occupation, group[:3] if group else None)


class _Tally:
    def __init__(self) -> None:
        self.met: list[Item] = []
        self.missing: list[Item] = []
        self.reasons: list[Reason] = []
        self.points = 0.0
        self.weight = 0

    def part(self, name: str, share: float) -> None:
        self.points += WEIGHTS[name] * share
        self.weight += WEIGHTS[name]


def _occupation(wanted: Wanted, facts: PersonFacts, tally: _Tally) -> Closeness:
    if wanted.occupation is None:
        return Closeness.NONE
    found = closest(wanted.occupation, facts.work, facts.desired_occupations)
    tally.part("occupation", CLOSENESS_SHARE[found.closeness])
    item_code = found.occupation or found.group or wanted.occupation
    if found.closeness is Closeness.NONE:
        tally.missing.append(Item(ItemKind.OCCUPATION, wanted.occupation))
        tally.reasons.append(Reason.of("occupation.none", occupation=wanted.occupation))
    else:
        tally.met.append(Item(ItemKind.OCCUPATION, item_code))
        shared = isco_of(wanted.occupation) or found.group or ""
        digits = 3 if found.closeness is Closeness.MINOR_GROUP else 4
        tally.reasons.append(
            Reason.of(
                CLOSENESS_REASON[found.closeness],
                occupation=found.occupation,
                group=shared[:digits] or None,
                source=found.source,
            )
        )
    return found.closeness


def _skills(wanted: Wanted, facts: PersonFacts, tally: _Tally) -> int:
    met = 0
    for name, kind, asked in (
        ("must_skills", ItemKind.MUST_SKILL, wanted.must_skills),
        ("nice_skills", ItemKind.NICE_SKILL, wanted.nice_skills),
    ):
        if not asked:
            continue
        have = [s for s in asked if s in facts.skills]
        lacking = tuple(s for s in asked if s not in facts.skills)
        tally.met += [Item(kind, s) for s in have]
        tally.missing += [Item(kind, s) for s in lacking]
        tally.part(name, len(have) / len(asked))
        tally.reasons.append(
            Reason.of(
                f"skills.{name.split('_')[0]}", met=len(have), total=len(asked), skills=lacking
            )
        )
        if kind is ItemKind.MUST_SKILL:
            met += len(have)
    return met


def _languages(wanted: Wanted, facts: PersonFacts, tally: _Tally) -> int:
    met = 0
    share = 0.0
    for language, required in wanted.languages:
        item = Item(ItemKind.LANGUAGE, f"{language}:{required.value}")
        fact = facts.languages.get(language)
        if fact is None:
            tally.missing.append(item)
            tally.reasons.append(
                Reason.of("language.none", language=language, required=required.value)
            )
            continue
        if fact.level is None:
            tally.missing.append(item)
            tally.reasons.append(
                Reason.of("language.unknown", language=language, required=required.value)
            )
            continue
        gap = CEFR_ORDER[required.value] - CEFR_ORDER[fact.level.value]
        params = {"language": language, "required": required.value, "level": fact.level.value}
        if gap <= 0:
            met += 1
            share += 1.0
            tally.met.append(item)
            code = "language.mother_tongue" if fact.mother_tongue else "language.met"
            tally.reasons.append(Reason.of(code, **params))
        else:
            share += 0.5 if gap == 1 else 0.0
            tally.missing.append(item)
            tally.reasons.append(Reason.of("language.below", **params))
    if wanted.languages:
        tally.part("languages", share / len(wanted.languages))
    return met


def _licences(wanted: Wanted, facts: PersonFacts, tally: _Tally) -> int:
    met = 0
    for category in wanted.licences:
        item = Item(ItemKind.LICENCE, category.value)
        if category in facts.licences:
            met += 1
            tally.met.append(item)
            tally.reasons.append(Reason.of("licence.met", category=category.value))
        else:
            tally.missing.append(item)
            tally.reasons.append(Reason.of("licence.missing", category=category.value))
    if wanted.licences:
        tally.part("licences", met / len(wanted.licences))
    return met


def _education(wanted: Wanted, facts: PersonFacts, tally: _Tally) -> int:
    if wanted.min_education is None:
        return 0
    item = Item(ItemKind.EDUCATION, str(wanted.min_education))
    required = str(wanted.min_education)
    if facts.education is None:
        tally.part("education", 0.0)
        tally.missing.append(item)
        tally.reasons.append(Reason.of("education.unknown", required_isced=required))
        return 0
    ok = facts.education >= wanted.min_education
    tally.part("education", 1.0 if ok else 0.0)
    (tally.met if ok else tally.missing).append(item)
    code = "education.met" if ok else "education.below"
    tally.reasons.append(Reason.of(code, required_isced=required, isced=str(facts.education)))
    return int(ok)


def _same_place(a: str, b: str) -> bool:
    return a.strip().casefold() == b.strip().casefold()


def _place(wanted: Wanted, facts: PersonFacts, tally: _Tally) -> int:
    if wanted.remote:
        tally.part("place", 1.0)
        tally.met.append(Item(ItemKind.PLACE, "remote"))
        tally.reasons.append(Reason.of("place.remote"))
        return 1
    if wanted.municipality is None:
        return 0
    item = Item(ItemKind.PLACE, wanted.municipality)
    if facts.municipality and _same_place(facts.municipality, wanted.municipality):
        tally.part("place", 1.0)
        tally.met.append(item)
        tally.reasons.append(Reason.of("place.met", municipality=wanted.municipality))
        return 1
    tally.part("place", 0.0)
    tally.missing.append(item)
    if facts.municipality:
        tally.reasons.append(
            Reason.of("place.other", municipality=wanted.municipality, lives=facts.municipality)
        )
    else:
        tally.reasons.append(Reason.of("place.unknown", municipality=wanted.municipality))
    return 0


def _availability(wanted: Wanted, facts: PersonFacts, tally: _Tally) -> None:
    available = facts.available_from
    if wanted.starts is None:
        if available is not None:
            tally.reasons.append(Reason.of("available.from", when=str(available)))
        return
    item = Item(ItemKind.AVAILABILITY, str(wanted.starts))
    if available is None:
        tally.part("availability", 0.5)
        return
    if available.earliest() <= wanted.starts.latest():
        tally.part("availability", 1.0)
        tally.met.append(item)
        tally.reasons.append(Reason.of("available.from", when=str(available)))
    else:
        tally.part("availability", 0.0)
        tally.missing.append(item)
        tally.reasons.append(
            Reason.of("available.late", when=str(available), starts=str(wanted.starts))
        )


def upper_bound(
    wanted: Wanted,
    must_held: int,
    nice_held: int,
    closeness: Closeness,
    place: bool | None = None,
) -> tuple[bool, bool, int]:
    """``(excluded, near_miss, score)`` at best for a person holding ``must_held`` of the
    must-have and ``nice_held`` of the nice-to-have skills at this occupation closeness, all
    else met (the place too, unless ``place`` says they live elsewhere): ``excluded`` and
    ``near_miss`` are then certain, the score the most :func:`score` can give (rounding is
    monotone, so the rounded bound holds)."""
    missing_must = must_held < len(wanted.must_skills)
    excluded = missing_must and HardRequirement.MUST_SKILLS in wanted.hard
    elsewhere = place is False and not wanted.remote and wanted.municipality is not None
    excluded = excluded or (elsewhere and HardRequirement.PLACE in wanted.hard)
    if HardRequirement.OCCUPATION in wanted.hard and wanted.occupation is not None:
        excluded = excluded or closeness < Closeness.UNIT_GROUP
    points = 0.0
    weight = 0
    for name, asked, share in (
        ("occupation", wanted.occupation is not None, CLOSENESS_SHARE[closeness]),
        ("must_skills", bool(wanted.must_skills), must_held / max(len(wanted.must_skills), 1)),
        ("nice_skills", bool(wanted.nice_skills), nice_held / max(len(wanted.nice_skills), 1)),
        ("languages", bool(wanted.languages), 1.0),
        ("licences", bool(wanted.licences), 1.0),
        ("education", wanted.min_education is not None, 1.0),
        ("place", wanted.remote or wanted.municipality is not None, 0.0 if elsewhere else 1.0),
        ("availability", wanted.starts is not None, 1.0),
    ):
        if asked:
            points += WEIGHTS[name] * share
            weight += WEIGHTS[name]
    best = 100.0 if weight == 0 else 100.0 * points / weight
    return excluded, missing_must or elsewhere, round(best)


def score(wanted: Wanted, facts: PersonFacts) -> Match:
    """``wanted`` against ``facts``: see the module text for the weights."""
    tally = _Tally()
    closeness = _occupation(wanted, facts, tally)
    must_met = _skills(wanted, facts, tally)
    must_met += _languages(wanted, facts, tally)
    must_met += _licences(wanted, facts, tally)
    must_met += _education(wanted, facts, tally)
    must_met += _place(wanted, facts, tally)
    _availability(wanted, facts, tally)
    missing_kinds = {item.kind for item in tally.missing}
    excluded = any(HARD_KIND[h] in missing_kinds for h in wanted.hard if h in HARD_KIND)
    if HardRequirement.OCCUPATION in wanted.hard and wanted.occupation is not None:
        excluded = excluded or closeness < Closeness.UNIT_GROUP
    points = 100.0 if tally.weight == 0 else 100.0 * tally.points / tally.weight
    return Match(
        person_id=facts.person_id,
        opening_id=wanted.opening_id,
        score=round(points),
        met=tuple(tally.met),
        missing=tuple(tally.missing),
        reasons=tuple(tally.reasons),
        excluded=excluded,
        near_miss=not excluded and bool(missing_kinds & MUST_KINDS),
        must_met=must_met,
        last_visit=facts.last_visit,
    )
