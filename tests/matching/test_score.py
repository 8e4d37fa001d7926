"""Scoring one opening against one person: occupation closeness, skills, languages, licences,
education, place, availability, hard requirements and near misses."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from entryhub_desk.domain.employers.opening import HardRequirement, Opening
from entryhub_desk.domain.profile import CefrLevel, DrivingCategory, PartialDate
from entryhub_desk.ids import new_id
from entryhub_desk.matching import (
    Closeness,
    Item,
    ItemKind,
    LanguageFact,
    PersonFacts,
    Wanted,
    candidate_filter,
    counted_level,
    score,
)
from entryhub_desk.matching.facts import held_licences
from entryhub_desk.matching.occupation import closest
from tests.matching.codes import (
    ARC,
    BOILERMAKER,
    COOK,
    DRAWINGS,
    EQUIPMENT,
    PIPE_WELDER,
    RIVETER,
    SAFETY,
    TIG,
    WELDER,
)


def opening(**fields: object) -> Wanted:
    values: dict[str, object] = {
        "employer_id": new_id(),
        "title": "Svetsare",
        "added_by_hub": new_id(),
        "added_at": datetime(2026, 12, 1, tzinfo=UTC),
    }
    values.update(fields)
    return Wanted.of(Opening(**values))  # type: ignore[arg-type]


def person(**fields: object) -> PersonFacts:
    return PersonFacts(person_id=str(fields.pop("person_id", new_id())), **fields)  # type: ignore[arg-type]


def codes(match_items: tuple[Item, ...], kind: ItemKind) -> list[str]:
    return [item.code for item in match_items if item.kind is kind]


@pytest.mark.parametrize(
    ("work", "goals", "expected"),
    [
        (((WELDER, "7212"),), (), Closeness.SAME),
        ((), (WELDER,), Closeness.SAME),
        (((PIPE_WELDER, "7212"),), (), Closeness.UNIT_GROUP),
        ((), (BOILERMAKER,), Closeness.MINOR_GROUP),
        (((None, "7212"),), (), Closeness.UNIT_GROUP),  # past work coded by its group only
        (((None, "721"),), (), Closeness.MINOR_GROUP),
        (((COOK, "5120"),), (RIVETER,), Closeness.MINOR_GROUP),
        (((COOK, "5120"),), (), Closeness.NONE),
    ],
)
def test_occupation_closeness_follows_the_isco_hierarchy(
    work: tuple[tuple[str | None, str | None], ...], goals: tuple[str, ...], expected: Closeness
) -> None:
    assert closest(WELDER, work, goals).closeness is expected


def test_closer_occupation_scores_higher_from_goals_and_from_work() -> None:
    wanted = opening(occupation=WELDER)
    scores = [
        score(wanted, person(desired_occupations=(WELDER,))).score,
        score(wanted, person(work=((PIPE_WELDER, "7212"),))).score,
        score(wanted, person(desired_occupations=(BOILERMAKER,))).score,
        score(wanted, person(work=((COOK, "5120"),))).score,
    ]
    assert scores == sorted(scores, reverse=True)
    assert scores[0] == 100 and scores[-1] == 0
    assert len(set(scores)) == 4


def test_must_and_nice_skills_counted_apart_with_what_is_missing() -> None:
    wanted = opening(must_skills=(TIG, ARC, EQUIPMENT), nice_skills=(DRAWINGS,))
    match = score(wanted, person(skills=frozenset({ARC, EQUIPMENT, DRAWINGS, SAFETY})))
    assert codes(match.met, ItemKind.MUST_SKILL) == [ARC, EQUIPMENT]
    assert codes(match.missing, ItemKind.MUST_SKILL) == [TIG]
    assert codes(match.met, ItemKind.NICE_SKILL) == [DRAWINGS]
    must = next(r for r in match.reasons if r.code == "skills.must")
    assert (must.param("met"), must.param("total"), must.param("skills")) == (2, 3, (TIG,))
    assert match.near_miss and not match.excluded and match.must_met == 2
    # 35 * 2/3 + 10 * 1 over 45
    assert match.score == round(100 * (35 * 2 / 3 + 10) / 45)


def test_a_hard_requirement_missed_excludes_and_a_soft_one_is_a_near_miss() -> None:
    soft = opening(must_skills=(TIG,), licences=(DrivingCategory.B,))
    hard = opening(must_skills=(TIG,), licences=(DrivingCategory.B,), hard=("licences",))
    facts = person(skills=frozenset({TIG}))
    assert score(soft, facts).near_miss and not score(soft, facts).excluded
    assert score(hard, facts).excluded and not score(hard, facts).near_miss
    with_licence = person(skills=frozenset({TIG}), licences=held_licences([DrivingCategory.B]))
    assert score(hard, with_licence).fits


def test_hard_occupation_needs_the_same_unit_group() -> None:
    wanted = opening(occupation=WELDER, hard=(HardRequirement.OCCUPATION,))
    assert not score(wanted, person(work=((PIPE_WELDER, "7212"),))).excluded
    assert score(wanted, person(desired_occupations=(BOILERMAKER,))).excluded
    assert score(wanted, person()).excluded


@pytest.mark.parametrize(
    ("mother_tongue", "parts", "expected"),
    [
        (True, {}, CefrLevel.C2),
        (False, {"reading": "B2", "spoken_interaction": "A2", "writing": "A1"}, CefrLevel.A2),
        (False, {"writing": "B1", "listening": "B2"}, CefrLevel.B1),  # none of the work parts
        (False, {}, None),
    ],
)
def test_the_level_a_language_counts_with(
    mother_tongue: bool, parts: dict[str, str], expected: CefrLevel | None
) -> None:
    assert counted_level(mother_tongue, parts) == expected


def test_languages_met_below_unknown_and_absent() -> None:
    wanted = opening(languages=("sv:B1", "en:B2", "ar:A2", "fi:A1"))
    facts = person(
        languages={
            "sv": LanguageFact(CefrLevel.A2),
            "en": LanguageFact(CefrLevel.C1),
            "ar": LanguageFact(CefrLevel.C2, mother_tongue=True),
            "fi": LanguageFact(None),
        }
    )
    match = score(wanted, facts)
    assert codes(match.met, ItemKind.LANGUAGE) == ["en:B2", "ar:A2"]
    assert codes(match.missing, ItemKind.LANGUAGE) == ["sv:B1", "fi:A1"]
    assert [r.code for r in match.reasons] == [
        "language.below",
        "language.met",
        "language.mother_tongue",
        "language.unknown",
    ]
    # one level short counts half: (0.5 + 1 + 1 + 0) / 4
    assert match.score == round(100 * 2.5 / 4)


def test_a_licence_covers_the_categories_it_includes_unless_not_valid() -> None:
    wanted = opening(licences=(DrivingCategory.B1, DrivingCategory.C1))
    facts = person(licences=held_licences([DrivingCategory.B, DrivingCategory.C]))
    assert score(wanted, facts).fits
    assert not score(wanted, person(licences=held_licences([DrivingCategory.B]))).fits


def test_education_place_and_availability() -> None:
    wanted = opening(
        min_education=3, municipality="Umeå", starts=PartialDate(2027, 3), remote=False
    )
    good = person(education=4, municipality="umeå", available_from=PartialDate(2027, 2))
    late = person(education=2, municipality="Luleå", available_from=PartialDate(2027, 6))
    match = score(wanted, good)
    assert match.fits and match.score == 100
    assert [r.code for r in match.reasons] == ["education.met", "place.met", "available.from"]
    worse = score(wanted, late)
    assert worse.near_miss and worse.score == 0
    assert {i.kind for i in worse.missing} == {
        ItemKind.EDUCATION,
        ItemKind.PLACE,
        ItemKind.AVAILABILITY,
    }
    unknown = score(wanted, person())
    assert [r.code for r in unknown.reasons] == ["education.unknown", "place.unknown"]
    assert unknown.score == round(100 * 2.5 / 15)  # availability unknown counts half


def test_remote_always_fits_the_place() -> None:
    wanted = opening(municipality="Umeå", remote=True, hard=("place",))
    match = score(wanted, person(municipality="Malmö"))
    assert match.fits and codes(match.met, ItemKind.PLACE) == ["remote"]


def test_an_opening_asking_nothing_fits_everyone() -> None:
    match = score(opening(), person())
    assert match.fits and match.score == 100 and match.reasons == ()


def test_the_candidate_filter_names_skills_and_the_minor_group() -> None:
    found = candidate_filter(opening(occupation=WELDER, must_skills=(TIG,), nice_skills=(ARC,)))
    assert (found.skills, found.minor_group, found.everyone) == ((TIG, ARC), "721", False)
    assert candidate_filter(opening(languages=("sv:B1",))).everyone
