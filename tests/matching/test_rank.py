"""Ranking properties: every must-have met first, then score, then more must-haves met, then
the most recent visit; the excluded are never listed."""

from __future__ import annotations

import itertools
import random

from hypothesis import given
from hypothesis import strategies as st

from entryhub_desk.matching import Match, PersonFacts, Wanted, ranked, score
from tests.matching.codes import ARC, EQUIPMENT, TIG

WANTED = Wanted(opening_id="o", must_skills=(TIG, ARC, EQUIPMENT))


def facts(person_id: str, skills: set[str], last_visit: str | None = None) -> PersonFacts:
    return PersonFacts(person_id=person_id, skills=frozenset(skills), last_visit=last_visit)


def test_a_person_meeting_every_must_have_ranks_above_one_missing_one() -> None:
    wanted = Wanted(opening_id="o", must_skills=(TIG,), nice_skills=(ARC, EQUIPMENT))
    full = score(wanted, facts("a", {TIG}))  # 35 of 55
    partial = score(wanted, facts("b", {ARC, EQUIPMENT}))  # 20 of 55, missing the must
    assert [m.person_id for m in ranked([partial, full])] == ["a", "b"]
    assert partial.near_miss and not full.near_miss


def test_ties_go_to_more_must_haves_then_the_latest_visit() -> None:
    # equal scores, different must-haves met: a nice skill makes up for a must skill
    wanted = Wanted(opening_id="o", must_skills=(TIG, ARC), nice_skills=(EQUIPMENT,))
    assert score(wanted, facts("x", {TIG})).score < score(wanted, facts("y", {TIG, ARC})).score
    old = score(WANTED, facts("old", {TIG, ARC}, "2026-01-01T10:00:00.000000Z"))
    new = score(WANTED, facts("new", {TIG, ARC}, "2026-11-30T10:00:00.000000Z"))
    never = score(WANTED, facts("never", {TIG, ARC}))
    assert [m.person_id for m in ranked([never, old, new])] == ["new", "old", "never"]


def test_more_must_haves_break_a_score_tie() -> None:
    a = Match("a", "o", 50, (), (), (), excluded=False, near_miss=True, must_met=2)
    b = Match(
        "b",
        "o",
        50,
        (),
        (),
        (),
        excluded=False,
        near_miss=True,
        must_met=3,
        last_visit="2020-01-01T00:00:00.000000Z",
    )
    c = Match(
        "c",
        "o",
        50,
        (),
        (),
        (),
        excluded=False,
        near_miss=True,
        must_met=2,
        last_visit="2026-01-01T00:00:00.000000Z",
    )
    assert [m.person_id for m in ranked([a, c, b])] == ["b", "c", "a"]


def test_the_excluded_are_not_listed() -> None:
    hard = Wanted(opening_id="o", must_skills=(TIG,), hard=frozenset({"must_skills"}))  # type: ignore[arg-type]
    assert ranked([score(hard, facts("a", {ARC}))]) == []


SKILLS = st.sets(st.sampled_from([TIG, ARC, EQUIPMENT]))
VISITS = st.one_of(
    st.none(), st.sampled_from(["2026-01-01T00:00:00.000000Z", "2026-06-01T00:00:00.000000Z"])
)


@given(st.lists(st.tuples(SKILLS, VISITS), min_size=1, max_size=12), st.randoms())
def test_the_order_is_total_and_keeps_its_properties(
    people: list[tuple[set[str], str | None]], shuffle: random.Random
) -> None:
    matches = [score(WANTED, facts(f"p{i}", s, v)) for i, (s, v) in enumerate(people)]
    order = ranked(matches)
    shuffle.shuffle(matches)
    assert ranked(matches) == order  # the reading order does not matter
    for better, worse in itertools.pairwise(order):
        assert not (better.near_miss and not worse.near_miss)
        if better.near_miss == worse.near_miss:
            assert better.score >= worse.score
        if (better.near_miss, better.score) == (worse.near_miss, worse.score):
            assert better.must_met >= worse.must_met
