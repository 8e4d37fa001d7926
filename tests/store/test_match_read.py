"""The match reader: its consent rule is the repository's, its pre-filter uses the indexes of
schema 11, and what it reads is what scoring needs."""

from __future__ import annotations

import dataclasses
import random
from datetime import timedelta

from entryhub_desk.domain.consent import Consent, ConsentPurpose
from entryhub_desk.domain.profile import CefrLevel, LanguageSkill, Skill, Work
from entryhub_desk.matching import Wanted, candidate_filter
from entryhub_desk.store.match_read import (
    PEOPLE_CONSENTING,
    SKILL_HOLDERS,
    WORK_IN_GROUP,
    MatchRead,
)
from entryhub_desk.store.repositories import ConsentRepository, StoreContext
from entryhub_desk.store.repositories.profile import ProfileRepository
from tests.matching.codes import BOILERMAKER, TIG, WELDER

from .repositories.helpers import WHEN, add_person, add_staff

MATCH = ConsentPurpose.MATCH_OPENINGS


def test_the_consent_rule_is_the_repositorys(ctx: StoreContext) -> None:
    """Random histories of give / refuse / withdraw: the SQL rule and
    ``ConsentRepository.current`` agree for every person, at every step."""
    staff = add_staff(ctx)
    repo = ConsentRepository(ctx)
    rng = random.Random(15)
    people = [add_person(ctx, given_name=f"P{i}").id for i in range(12)]
    read = MatchRead(ctx.conn)
    when = WHEN
    for _ in range(80):
        person_id = rng.choice(people)
        when += timedelta(seconds=rng.choice([0, 1, 60]))  # equal times too
        action = rng.random()
        in_force = repo.current(person_id).get(MATCH)
        if action < 0.25 and in_force is not None:
            repo.withdraw(in_force.id, staff_id=staff.id, recorded_at=when)
        else:
            given = action < 0.75
            other = MATCH if rng.random() < 0.8 else ConsentPurpose.KEEP_PROFILE
            repo.add(
                Consent(
                    person_id=person_id,
                    purpose=other,
                    notice_version="2026-12",
                    given=given,
                    recorded_at=when,
                    staff_id=staff.id,
                )
            )
        expected = {p for p in people if repo.is_given(p, MATCH)}
        assert read.consenting() == expected
        assert {p for p in people if read.consented(p)} == expected


def _save(ctx: StoreContext, entry: Work | Skill | LanguageSkill) -> None:
    ProfileRepository.for_kind(ctx, entry.KIND).create(dataclasses.replace(entry, position=0))


def _plan(ctx: StoreContext, sql: str, params: tuple[object, ...]) -> str:
    rows = ctx.conn.execute("EXPLAIN QUERY PLAN " + sql, params).fetchall()
    return " | ".join(str(row[-1]) for row in rows)


def test_the_pre_filter_uses_the_indexes(ctx: StoreContext) -> None:
    assert "profile_skill_skill" in _plan(ctx, SKILL_HOLDERS, ('["x"]',))
    plan = _plan(ctx, WORK_IN_GROUP, ("721", "722", '["x"]'))
    assert "profile_work_isco" in plan and "profile_work_occupation" in plan
    consent = _plan(ctx, PEOPLE_CONSENTING + " AND p.id = ?", ("x",))
    assert "consent_withdraws" in consent and "consent_match" in consent
    assert "person_match" in consent


def test_candidates_carry_only_what_scoring_needs(ctx: StoreContext) -> None:
    staff = add_staff(ctx)
    welder = add_person(ctx, given_name="Amina", municipality="Umeå")
    cook = add_person(ctx, given_name="Bashir")
    for who in (welder, cook):
        ConsentRepository(ctx).add(
            Consent(
                person_id=who.id,
                purpose=MATCH,
                notice_version="2026-12",
                given=True,
                recorded_at=WHEN,
                staff_id=staff.id,
            )
        )
    _save(ctx, Work(person_id=welder.id, occupation=BOILERMAKER, isco_group="7213"))
    _save(ctx, Skill(person_id=welder.id, skill=TIG))
    _save(
        ctx,
        LanguageSkill(
            person_id=welder.id,
            language="sv",
            mother_tongue=False,
            reading=CefrLevel.B2,
            spoken_interaction=CefrLevel.B1,
            writing=CefrLevel.A1,
        ),
    )
    _save(ctx, LanguageSkill(person_id=cook.id, language="sv", reading=CefrLevel.C1))
    wanted = Wanted(opening_id="o", occupation=WELDER, languages=(("sv", CefrLevel.B1),))
    [facts] = MatchRead(ctx.conn).candidates(wanted, candidate_filter(wanted))
    assert facts.person_id == welder.id
    assert MatchRead(ctx.conn).names([welder.id]) == {welder.id: "Amina Yusuf"}
    assert facts.work == ((BOILERMAKER, "7213"),) and facts.municipality == "Umeå"
    assert facts.languages["sv"].level is CefrLevel.B1  # reading and speaking, not writing
    assert facts.skills == frozenset()  # the opening asks for no skill


def test_everyone_is_every_visible_person_with_all_their_facts(ctx: StoreContext) -> None:
    """The benchmark's naive baseline reads everyone, consenting or not, every fact."""
    amina = add_person(ctx, given_name="Amina")
    add_person(ctx, given_name="Bashir")
    _save(ctx, Skill(person_id=amina.id, skill=TIG))
    _save(ctx, Work(person_id=amina.id, occupation=WELDER, isco_group="7212"))
    found = {facts.name: facts for facts in MatchRead(ctx.conn).everyone()}
    assert set(found) == {"Amina Yusuf", "Bashir Yusuf"}
    assert found["Amina Yusuf"].skills == frozenset({TIG})
    assert found["Amina Yusuf"].work == ((WELDER, "7212"),)
    assert MatchRead(ctx.conn).consenting() == set()
