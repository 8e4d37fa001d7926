"""The bounded search gives exactly what scoring everyone and ranking gives."""

from __future__ import annotations

import dataclasses

from hypothesis import given, settings
from hypothesis import strategies as st

from entryhub_desk.domain.employers.opening import HardRequirement
from entryhub_desk.domain.profile import CefrLevel, DrivingCategory, PartialDate
from entryhub_desk.matching import LanguageFact, PersonFacts, Wanted, ranked, score
from entryhub_desk.matching.best import best
from entryhub_desk.matching.facts import held_licences
from entryhub_desk.matching.occupation import closest
from entryhub_desk.matching.quick import quick
from entryhub_desk.matching.score import upper_bound
from tests.matching.codes import ARC, BOILERMAKER, COOK, DRAWINGS, EQUIPMENT, SAFETY, TIG, WELDER

SKILLS = [TIG, ARC, EQUIPMENT, DRAWINGS, SAFETY]
WANTED = [
    Wanted(opening_id="a", occupation=WELDER, must_skills=(TIG, ARC), nice_skills=(DRAWINGS,),
           languages=(("sv", CefrLevel.B1),), municipality="Umeå", starts=PartialDate(2027, 3),
           licences=(DrivingCategory.B, DrivingCategory.C1)),
    Wanted(opening_id="d", must_skills=(TIG,), remote=True, licences=(DrivingCategory.B,),
           hard=frozenset({HardRequirement.LICENCES, HardRequirement.LANGUAGES}),
           languages=(("sv", CefrLevel.A2),)),
    Wanted(opening_id="b", must_skills=(TIG, ARC, EQUIPMENT),
           hard=frozenset({HardRequirement.MUST_SKILLS})),
    Wanted(opening_id="c", occupation=WELDER, nice_skills=(SAFETY,), min_education=3,
           hard=frozenset({HardRequirement.OCCUPATION})),
]  # fmt: skip

person = st.builds(
    lambda i, skills, occupation, level, place, visit, education, licence, available, work: (
        PersonFacts(
            person_id=f"p{i:03d}",
            skills=frozenset(skills),
            desired_occupations=(occupation,) if occupation else (),
            languages={"sv": LanguageFact(level)} if level else {},
            municipality=place,
            last_visit=visit,
            education=education,
            licences=held_licences([licence]) if licence else frozenset(),
            available_from=available,
            work=work,
        )
    ),
    st.integers(0, 999),
    st.sets(st.sampled_from(SKILLS), max_size=4),
    st.sampled_from([None, WELDER, BOILERMAKER, COOK]),
    st.sampled_from([None, CefrLevel.A2, CefrLevel.B1, CefrLevel.C2]),
    st.sampled_from([None, "Umeå", "Luleå"]),
    st.sampled_from([None, "2026-01-01T00:00:00.000000Z", "2026-06-01T00:00:00.000000Z"]),
    st.sampled_from([None, 2, 3, 6]),
    st.sampled_from([None, DrivingCategory.B, DrivingCategory.C]),
    st.sampled_from([None, PartialDate(2027, 1), PartialDate(2027, 6)]),
    st.sampled_from([(), ((None, "7212"),), ((COOK, "5120"), (None, "721"))]),
)


@settings(max_examples=150)
@given(
    st.lists(person, max_size=40, unique_by=lambda p: p.person_id),
    st.sampled_from(WANTED),
    st.integers(1, 8),
    st.integers(1, 5),
)
def test_best_is_scoring_everyone(
    people: list[PersonFacts], wanted: Wanted, limit: int, batch: int
) -> None:
    by_id = {p.person_id: p for p in people}
    held = {
        p.person_id: (
            len(set(wanted.must_skills) & p.skills),
            len(set(wanted.nice_skills) & p.skills),
            closest(wanted.occupation, p.work, p.desired_occupations).closeness
            if wanted.occupation
            else closest(WELDER, (), ()).closeness,
            None
            if wanted.municipality is None or int(p.person_id[1:]) % 3 == 0
            else p.municipality == wanted.municipality,  # known for some
        )
        for p in people
    }
    for p in people:  # the bound holds
        excluded, near_miss, bound = upper_bound(wanted, *held[p.person_id])
        exact = score(wanted, p)
        assert exact.score <= bound and excluded <= exact.excluded
        assert exact.excluded or near_miss <= exact.near_miss
        numbers = quick(wanted, p)
        assert numbers == (exact.excluded, exact.near_miss, exact.score, exact.must_met)
    found, scored = best(
        wanted, held, lambda ids: [by_id[i] for i in ids], limit=limit, batch=batch
    )
    expected = ranked((score(wanted, p) for p in people), limit=limit)
    assert found == expected
    assert scored <= len(people)
    # the last visits read at the end, for the kept only
    asked: list[str] = []

    def visits(ids: list[str]) -> dict[str, str]:
        asked.extend(ids)
        return {i: v for i in ids if (v := by_id[i].last_visit) is not None}

    later, _ = best(
        wanted,
        held,
        lambda ids: [dataclasses.replace(by_id[i], last_visit=None) for i in ids],
        limit=limit,
        batch=batch,
        visits=visits,
    )
    assert later == expected
