"""A correction of a visitor's details travels field by field: it reaches the other desk, whose
search then finds the new spelling and no longer the old one; corrections of different fields
on two desks at once both survive, without a conflict."""

from __future__ import annotations

from pathlib import Path

from entryhub_desk.services import Session
from entryhub_desk.services.person_details import PersonDetails
from entryhub_desk.services.sync import SyncService
from entryhub_desk.services.visitors import VisitorsService
from entryhub_desk.store.outbox import acknowledge, pending
from tests.conftest import FakeClock
from tests.sync.helpers import add_person, make_desk, transfer


def _ids(session: Session, query: str) -> list[str]:
    return [hit.person.id for hit in VisitorsService(session).search(query)]


def _deliver(source: Session, target: Session) -> None:
    """One sync round from ``source`` to ``target`` through the real apply path: the waiting
    changes are applied there, and the source drops them as a server's acknowledgement does
    (so they count as delivered, not as changes still waiting)."""
    entries = pending(source.opened.conn)
    transfer(source, target)
    if entries:
        last = entries[-1]
        acknowledge(source.opened.conn, epoch=last.epoch, up_to_seq=last.seq)


def _two_desks(tmp_path: Path) -> tuple[Session, Session, FakeClock, FakeClock, str]:
    clock_a, clock_b = FakeClock(), FakeClock()
    a = make_desk(tmp_path, "a", clock_a)
    b = make_desk(tmp_path, "b", clock_b)
    person = add_person(a, given_name="Hiwet", family_name="Gebremedhin", phone="0701234567")
    _deliver(a, b)
    return a, b, clock_a, clock_b, person.id


def test_a_correction_reaches_the_other_desk_and_its_search(tmp_path: Path) -> None:
    a, b, clock_a, _clock_b, person_id = _two_desks(tmp_path)
    try:
        assert _ids(b, "Gebremedhin") == [person_id]
        clock_a.advance(60)
        PersonDetails(a).correct(person_id, family_name="Tsegaye")
        edit = pending(a.opened.conn)[-1]
        assert (edit.entity, set(edit.fields)) == ("person", {"family_name"})  # the field alone
        _deliver(a, b)
        stored = VisitorsService(b).person(person_id)
        assert (stored.given_name, stored.family_name) == ("Hiwet", "Tsegaye")
        assert _ids(b, "Hiwet Tsegaye") == [person_id]
        assert _ids(b, "Tsegaye") == [person_id]
        assert _ids(b, "Gebremedhin") == []
    finally:
        a.close()
        b.close()


def test_corrections_of_different_fields_on_two_desks_both_survive(tmp_path: Path) -> None:
    a, b, clock_a, clock_b, person_id = _two_desks(tmp_path)
    try:
        clock_a.advance(60)
        clock_b.advance(61)  # B's edit is the later one: a whole-row clock would drop A's
        PersonDetails(a).correct(person_id, phone="+46 70 765 43 21")
        PersonDetails(b).correct(person_id, given_name="Hiwot", birth_year=1991)
        _deliver(a, b)
        _deliver(b, a)
        for desk in (a, b):
            stored = VisitorsService(desk).person(person_id)
            assert (stored.given_name, stored.family_name, stored.phone, stored.birth_year) == (
                "Hiwot",
                "Gebremedhin",
                "+46707654321",
                1991,
            )
            assert SyncService(desk).conflicts() == []
            assert _ids(desk, "Hiwot Gebremedhin") == [person_id]
            assert _ids(desk, "0707654321") == [person_id]
    finally:
        a.close()
        b.close()
