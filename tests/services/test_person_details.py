"""Correcting a visitor's details: a receptionist may, values are checked as at registration,
only changed fields reach the outbox, search keys follow, the audit names fields only."""

from __future__ import annotations

import json

import pytest

from entryhub_desk.config import DeskConfig
from entryhub_desk.domain.person import Gender, Person
from entryhub_desk.domain.staff import Role
from entryhub_desk.errors import DeskError
from entryhub_desk.ids import short_code
from entryhub_desk.security.audit import AuditLog
from entryhub_desk.services import Desk, Session
from entryhub_desk.services.person_details import EDITABLE, PersonDetails
from entryhub_desk.services.staff import StaffService
from entryhub_desk.services.sync import SyncService
from entryhub_desk.services.visitors import VisitorsService
from entryhub_desk.store.outbox import pending
from tests.services.helpers import coordinator_session, set_up_desk

RECEPTIONIST = "Johan Reception"
RECEPTIONIST_PASSWORD = "Snöskoter-Lingon-81"


@pytest.fixture
def desk(desk_config: DeskConfig) -> Desk:
    return set_up_desk(desk_config)[0]


@pytest.fixture
def coordinator(desk: Desk) -> Session:
    session = coordinator_session(desk)
    StaffService(session).add_staff(RECEPTIONIST, Role.RECEPTIONIST, RECEPTIONIST_PASSWORD)
    return session


@pytest.fixture
def receptionist(desk: Desk, coordinator: Session) -> Session:
    return desk.unlock(RECEPTIONIST, RECEPTIONIST_PASSWORD)


def _register(session: Session, **fields: object) -> Person:
    values: dict[str, object] = {
        "given_name": "Hiwet",
        "family_name": "Gebremedhin",
        "phone": "070-123 45 67",
        "birth_year": 1991,
        "country_of_birth": "ER",
    }
    values.update(fields)
    return VisitorsService(session).register(VisitorsService(session).new_person(**values))


def _outbox(session: Session, person_id: str) -> list[dict[str, object]]:
    return [
        e.fields
        for e in pending(session.opened.conn)
        if e.entity == "person" and e.entity_id == person_id
    ]


def _audit(session: Session) -> list[tuple[str, str | None, str | None, dict[str, object]]]:
    log = AuditLog(session.opened.conn, session.identity, session.desk.config.clock)
    return [
        (e.action, e.staff_id, e.subject_id, dict(e.details))
        for e in log.entries()
        if e.action == "correct_person"
    ]


def test_a_receptionist_corrects_names_and_phone(receptionist: Session) -> None:
    person = _register(receptionist)
    details = PersonDetails(receptionist)
    assert details.may_correct()
    result = details.correct(
        person.id, family_name="Tsegaye", given_name=" Hiwet ", phone="+46 (0)70 765 43 21"
    )
    assert result.changed == ("family_name", "phone")
    assert result.person.family_name == "Tsegaye"
    assert result.person.phone == "+46707654321"
    stored = VisitorsService(receptionist).person(person.id)
    assert (stored.given_name, stored.family_name, stored.phone) == (
        "Hiwet",
        "Tsegaye",
        "+46707654321",
    )
    assert (stored.birth_year, stored.country_of_birth) == (1991, "ER")  # untouched

    # Only the changed fields travel, each with the edit's own clock.
    changes = _outbox(receptionist, person.id)
    assert len(changes) == 2  # the registration, then the correction
    edit = changes[-1]
    assert set(edit) == {"family_name", "phone"}
    assert edit["family_name"]["value"] == "Tsegaye"  # type: ignore[index]
    assert edit["phone"]["value"] == "+46707654321"  # type: ignore[index]

    # The audit names the fields, never a value.
    entries = _audit(receptionist)
    assert entries == [
        ("correct_person", receptionist.staff.id, person.id, {"fields": "family_name,phone"})
    ]
    text = json.dumps(entries)
    for value in ("Tsegaye", "Gebremedhin", "7654321", "123 45"):  # "765" alone: in 1 of ~100 ids
        assert value not in text


def test_search_finds_the_new_spelling_and_not_the_old(receptionist: Session) -> None:
    person = _register(receptionist)
    assert [h.person.id for h in VisitorsService(receptionist).search("Gebremedhin")] == [person.id]
    PersonDetails(receptionist).correct(person.id, family_name="Tsegaye")
    assert [h.person.id for h in VisitorsService(receptionist).search("Hiwet Tsegaye")] == [
        person.id
    ]
    assert VisitorsService(receptionist).search("Gebremedhin") == []
    assert [
        h.person.id for h in VisitorsService(receptionist).search("0707654321")
    ] == []  # phone unchanged
    assert [h.person.id for h in VisitorsService(receptionist).search("070-123 45 67")] == [
        person.id
    ]


def test_every_editable_field_and_clearing(receptionist: Session) -> None:
    person = _register(receptionist, original_script_name="ሕዋት", languages=("ti",))
    result = PersonDetails(receptionist).correct(
        person.id,
        given_name="Hiwot",
        family_name="Tesfay",
        original_script_name="ሕዋት ተስፋይ",
        phone="",
        birth_year=1990,
        gender="female",
        country_of_birth="et",
        languages=["am", "ti", "sv"],
        preferred_language="AM",
    )
    assert set(result.changed) == set(EDITABLE)
    p = result.person
    assert (p.given_name, p.family_name, p.original_script_name) == ("Hiwot", "Tesfay", "ሕዋት ተስፋይ")
    assert (p.phone, p.birth_year, p.gender, p.country_of_birth) == (
        None,
        1990,
        Gender.FEMALE,
        "ET",
    )
    assert (p.languages, p.preferred_language) == (("am", "ti", "sv"), "am")
    cleared = PersonDetails(receptionist).correct(
        person.id, original_script_name="  ", country_of_birth=None, birth_year=None
    )
    assert cleared.changed == ("original_script_name", "birth_year", "country_of_birth")
    assert cleared.person.original_script_name is None
    assert cleared.person.birth_year is None and cleared.person.country_of_birth is None


def test_nothing_changed_writes_nothing(receptionist: Session) -> None:
    person = _register(receptionist)
    before = len(pending(receptionist.opened.conn))
    result = PersonDetails(receptionist).correct(
        person.id, family_name="Gebremedhin", phone="0701234567", birth_year=1991
    )
    assert result.changed == ()
    assert len(pending(receptionist.opened.conn)) == before
    assert _audit(receptionist) == []


@pytest.mark.parametrize(
    ("changes", "code", "field"),
    [
        ({"phone": "12"}, "validation.bad_phone", "phone"),
        ({"phone": "070-12 34 5x"}, "validation.bad_phone", "phone"),
        ({"birth_year": 1850}, "validation.out_of_range", "birth_year"),
        ({"birth_year": 2999}, "validation.out_of_range", "birth_year"),
        ({"country_of_birth": "XX"}, "validation.unknown_code", "country_of_birth"),
        ({"country_of_birth": "Eritrea"}, "validation.unknown_code", "country_of_birth"),
        ({"gender": "robot"}, "validation.unknown_code", "gender"),
        ({"given_name": "   "}, "validation.required", "given_name"),
        ({"family_name": "x" * 101}, "validation.too_long", "family_name"),
        ({"languages": ["zz"]}, "validation.unknown_code", "languages"),
        ({"languages": "ti"}, "validation.invalid", "languages"),
        ({"preferred_language": "klingon"}, "validation.unknown_code", "preferred_language"),
    ],
)
def test_bad_values_are_refused_and_nothing_is_stored(
    receptionist: Session, changes: dict[str, object], code: str, field: str
) -> None:
    person = _register(receptionist)
    before = len(pending(receptionist.opened.conn))
    with pytest.raises(DeskError) as info:
        # with a good change beside the bad one: neither is stored
        PersonDetails(receptionist).correct(person.id, **{"original_script_name": "ሕዋት", **changes})  # type: ignore[arg-type]
    assert (info.value.code, info.value.params.get("field")) == (code, field)
    assert VisitorsService(receptionist).person(person.id) == person
    assert len(pending(receptionist.opened.conn)) == before
    assert _audit(receptionist) == []


def test_a_number_kept_as_typed_is_replaced_by_the_corrected_one(receptionist: Session) -> None:
    person = _register(receptionist, phone=None, phone_as_written="070 12")
    result = PersonDetails(receptionist).correct(person.id, phone="070 123 45 99")
    assert result.changed == ("phone", "phone_as_written")
    assert (result.person.phone, result.person.phone_as_written) == ("+46701234599", None)


def test_a_merged_record_is_refused(coordinator: Session, receptionist: Session) -> None:
    keep = _register(coordinator)
    other = _register(
        coordinator, given_name="Selam", family_name="Berhe", phone="0709998877", birth_year=1970
    )
    VisitorsService(coordinator).merge(keep.id, other.id)
    with pytest.raises(DeskError) as info:
        PersonDetails(receptionist).correct(other.id, given_name="Hewan")
    assert info.value.code == "person.merged"
    assert info.value.params == {"short_code": short_code(keep.id)}
    assert "merged into" in info.value.english()


def test_an_erased_person_is_refused(coordinator: Session, receptionist: Session) -> None:
    person = _register(coordinator)
    code = short_code(person.id)
    SyncService(coordinator).erase_person(code, confirmation=code)
    details = PersonDetails(receptionist)
    for attempt in (
        lambda: details.correct(person.id, given_name="Hewan"),
        lambda: details.resolve(person.id),
    ):
        with pytest.raises(DeskError) as info:
            attempt()
        assert info.value.code == "person.erased"
    with pytest.raises(DeskError) as missing:
        details.resolve(code)  # the code names nobody any more
    assert missing.value.code == "store.not_found"


def test_resolve_by_code_or_id(receptionist: Session) -> None:
    person = _register(receptionist)
    details = PersonDetails(receptionist)
    assert details.resolve(short_code(person.id)).id == person.id
    assert details.resolve(person.id.upper()).id == person.id
