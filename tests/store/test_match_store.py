"""The store's reading for matching, directly on a real store: the open-openings index
(decoded once, refreshed by stamps, found by skill and occupation) and the persons' facts
with the consent in force (issue 15)."""

from __future__ import annotations

import dataclasses

from entryhub_desk.domain.employers import OpeningState
from entryhub_desk.services import Session
from entryhub_desk.services.openings import OpeningsService
from entryhub_desk.services.visits import VisitsService
from entryhub_desk.store.match_openings import OpeningIndex
from entryhub_desk.store.match_read import MatchRead, OpeningRows
from tests.matching.codes import ARC, TIG, WELDER
from tests.services.test_matching import boss, desk, opening, person

__all__ = ["boss", "desk"]  # the fixtures, used by name


def test_the_open_openings_index_follows_closing_and_changes(boss: Session) -> None:
    tig = opening(boss, must_skills=(TIG,))
    arc = opening(boss, must_skills=(ARC,))
    anything = opening(boss)  # asks for no skill and no occupation
    welder = opening(boss, occupation=WELDER)
    amina = person(boss, "Amina", skills=(TIG,), occupation=WELDER)
    conn = boss.opened.conn
    index = OpeningIndex()
    index.refresh(conn)
    assert set(index.openings) == {tig, arc, anything, welder}
    assert index.by_skill[TIG] == {tig} and index.asks_nothing == {anything}
    facts = MatchRead(conn).person(amina)
    assert facts is not None and TIG in facts.skills
    found = {stamp for stamp, _wanted in index.for_person(facts)}
    assert found == {index.openings[i][0] for i in (tig, anything, welder)}  # not the arc one
    stamp = index.openings[arc][0]
    openings = OpeningsService(boss)
    openings.set_state(tig, OpeningState.CLOSED)
    openings.save(dataclasses.replace(openings.get(arc), must_skills=(ARC, TIG)))
    index.refresh(conn)
    assert tig not in index.openings
    assert index.openings[arc][0] != stamp and index.by_skill[TIG] == {arc}
    index.refresh(conn)  # nothing changed: nothing decoded again
    assert set(OpeningRows(boss.opened.context).many([arc, welder])) == {arc, welder}
    assert OpeningRows(boss.opened.context).many([]) == {}


def test_facts_are_read_for_the_consenting_only_when_asked(boss: Session) -> None:
    amina = person(boss, "Amina", skills=(TIG,))
    bashir = person(boss, "Bashir", skills=(TIG,), consent=False)
    read = MatchRead(boss.opened.conn)
    assert read.consented(amina) and not read.consented(bashir)
    assert read.consenting() == {amina}
    assert {f.person_id for f in read.everyone()} >= {amina, bashir}  # the naive baseline
    assert read.person("00000000-0000-7000-8000-000000000000") is None
    assert read.names([amina]) == {amina: "Amina Test"}
    VisitsService(boss).check_in(amina, purposes=["job_search"])
    assert set(read.last_visits([amina, bashir])) == {amina}


def test_the_bounded_reading_of_candidates_for_an_opening(boss: Session) -> None:
    """Pre-filter, held skills, loading by batches: the store's part of ranking an opening."""
    from entryhub_desk.services.matching import MatchingService

    wanted = opening(boss, must_skills=(TIG, ARC), occupation=WELDER)
    both = person(boss, "Amina", skills=(TIG, ARC), occupation=WELDER)
    one = person(boss, "Bashir", skills=(TIG,))
    person(boss, "Cala", skills=(TIG,), consent=False)
    person(boss, "Dawit")  # holds nothing the opening asks for
    ranked = MatchingService(boss).for_opening(wanted)
    assert [m.person_id for m in ranked] == [both, one]
    assert [m.near_miss for m in ranked] == [False, True]
