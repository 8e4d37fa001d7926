"""The one likely-duplicate check: what tells namesakes apart, and register() refusing."""

from __future__ import annotations

import json

import pytest

from entryhub_desk.config import DeskConfig
from entryhub_desk.domain.person import Person
from entryhub_desk.errors import DeskError
from entryhub_desk.ids import new_id
from entryhub_desk.security.audit import AuditLog
from entryhub_desk.services import Session
from entryhub_desk.services.duplicates import (
    NEAR_BIRTH_YEAR,
    SAME_BIRTH_YEAR,
    SAME_COUNTRY,
    SAME_NAME,
    SAME_PHONE,
    SIMILAR_NAME,
    Duplicate,
    Typed,
    english_reasons,
    judge,
    name_reason,
)
from entryhub_desk.services.visitors import VisitorsService
from entryhub_desk.services.visits import VisitsService
from tests.conftest import FakeClock
from tests.services.helpers import coordinator_session, set_up_desk

HUB = new_id()


def _stored(**fields: object) -> Person:
    values: dict[str, object] = {"given_name": "Mohamed", "family_name": "Ali", "hub_id": HUB}
    values.update(fields)
    return Person(**values)  # type: ignore[arg-type]


TYPED = Typed(given_name="Mohamed", family_name="Ali", birth_year=1990, country="SY")


@pytest.mark.parametrize(
    ("stored", "name", "phone", "reasons"),
    [
        # the same phone whatever the name (another spelling, a typo, a relative's phone)
        (_stored(given_name="Amina"), None, True, (SAME_PHONE,)),
        (_stored(birth_year=1990), SAME_NAME, True, (SAME_PHONE, SAME_NAME, SAME_BIRTH_YEAR)),
        # the same name and birth year (±1), the same country
        (_stored(birth_year=1990), SAME_NAME, False, (SAME_NAME, SAME_BIRTH_YEAR)),
        (
            _stored(birth_year=1991, country_of_birth="SY"),
            SAME_NAME,
            False,
            (SAME_NAME, NEAR_BIRTH_YEAR, SAME_COUNTRY),
        ),
        # the same name with nothing to compare: still a warning (that is when it happens)
        (_stored(), SAME_NAME, False, (SAME_NAME,)),
        # a namesake born years apart, or in another country: someone else
        (_stored(birth_year=1975), SAME_NAME, False, ()),
        (_stored(birth_year=1990, country_of_birth="SO"), SAME_NAME, False, ()),
        # a similar name needs the year or the country to agree
        (_stored(), SIMILAR_NAME, False, ()),
        (_stored(country_of_birth="SY"), SIMILAR_NAME, False, (SIMILAR_NAME, SAME_COUNTRY)),
        (_stored(birth_year=1989), SIMILAR_NAME, False, (SIMILAR_NAME, NEAR_BIRTH_YEAR)),
        # a name too far: not a duplicate even born the same year in the same country
        (_stored(birth_year=1990, country_of_birth="SY"), None, False, ()),
    ],
)
def test_judge(stored: Person, name: str | None, phone: bool, reasons: tuple[str, ...]) -> None:
    assert judge(TYPED, stored, name, same_phone=phone) == reasons


def test_another_phone_and_nothing_else_to_compare_is_someone_else() -> None:
    stored = _stored(birth_year=1990, country_of_birth="SY", phone="+46701112233")
    assert judge(TYPED, stored, SIMILAR_NAME, same_phone=False, other_phone=True) == (
        SIMILAR_NAME,
        SAME_BIRTH_YEAR,
        SAME_COUNTRY,
    )  # a new number is common: the year and country still warn
    bare = Typed(given_name="Mohamed", family_name="Ali", phone="+46709998877")
    assert judge(bare, stored, SAME_NAME, same_phone=False, other_phone=True) == ()
    assert judge(bare, stored, SAME_NAME, same_phone=False) == (SAME_NAME,)


@pytest.mark.parametrize(
    ("typed", "stored", "reason"),
    [
        (Typed("Maxamed", "Cali Xasan"), _stored(family_name="Ali Hassan"), SAME_NAME),
        (Typed("محمد", "علي"), _stored(), SAME_NAME),  # another script
        (Typed("Mohaemd", "Ali"), _stored(), SAME_NAME),  # one typing error
        (Typed("Mohamed", "Ali"), _stored(family_name="Ali Hassan Warsame"), SAME_NAME),
        (Typed("Mohamed", "Ali Omar"), _stored(family_name="Ali Hassan"), SIMILAR_NAME),
        (Typed("Mohamed"), _stored(family_name="Ali"), SIMILAR_NAME),
        (Typed("Hossein", "Ali"), _stored(), None),  # a brother
        (Typed("Mohamed", "Hassan Ali"), _stored(family_name="Ali Hassan"), None),  # order
        (Typed("Mohamed", "Omar"), _stored(), None),  # another father
        (Typed("Ali", "Mohamed"), _stored(), None),
    ],
)
def test_name_reason(typed: Typed, stored: Person, reason: str | None) -> None:
    assert name_reason(typed, stored) == reason


def test_english_reasons_name_the_existing_birth_year() -> None:
    found = Duplicate(_stored(birth_year=1989), "ABCD-EFGH", 97.0, (SAME_NAME, NEAR_BIRTH_YEAR))
    assert english_reasons(found) == "same name, born 1989"


@pytest.fixture
def session(desk_config: DeskConfig) -> Session:
    return coordinator_session(set_up_desk(desk_config)[0])


def test_register_refuses_a_likely_duplicate_unless_confirmed(session: Session) -> None:
    first = VisitorsService(session).register(
        VisitorsService(session).new_person(
            given_name="Mohammed",
            family_name="Ali",
            birth_year=1990,
            country_of_birth="SY",
            phone="070-111 22 33",
        )
    )
    code = VisitorsService(session).code_of(first.id)
    again = VisitorsService(session).new_person(
        given_name="Mohamed", family_name="Ali", birth_year=1991
    )
    with pytest.raises(DeskError) as caught:
        VisitorsService(session).register(again)
    assert caught.value.code == "reception.likely_duplicate"
    assert caught.value.params == {"match": code}
    assert code in caught.value.english()
    assert (
        VisitorsService(session).search("mohamed ali")
        and len(VisitorsService(session).search("mohamed ali")) == 1
    )

    stored = VisitorsService(session).register(again, new_person_confirmed=True)
    assert {h.person.id for h in VisitorsService(session).search("mohamed ali")} == {
        first.id,
        stored.id,
    }
    audit = AuditLog(session.opened.conn, session.identity, session.desk.config.clock)
    (entry,) = [e for e in audit.entries() if e.action == "register_confirmed_new"]
    assert entry.subject_id == stored.id
    assert entry.details == {"candidates": code, "reasons": "near_birth_year,same_name"}
    text = json.dumps(entry.details)
    assert "Mohamed" not in text and "1990" not in text and "70" not in text.replace(code, "")


def test_namesakes_told_apart_register_without_a_question(session: Session) -> None:
    VisitorsService(session).register(
        VisitorsService(session).new_person(
            given_name="Mohamed", family_name="Ali", birth_year=1990, country_of_birth="SY"
        )
    )
    for fields in (
        {"birth_year": 1970},  # born twenty years apart
        {"birth_year": 1990, "country_of_birth": "SO"},  # another country
    ):
        person = VisitorsService(session).new_person(
            given_name="Mohamed", family_name="Ali", **fields
        )
        assert (
            VisitorsService(session).likely_duplicates(
                given_name="Mohamed",
                family_name="Ali",
                birth_year=person.birth_year,
                country=person.country_of_birth,
            )
            == []
        )
        VisitorsService(session).register(person)
    audit = AuditLog(session.opened.conn, session.identity, session.desk.config.clock)
    assert not [e for e in audit.entries() if e.action == "register_confirmed_new"]


def test_likely_duplicates_reasons_and_order(session: Session) -> None:
    phone = VisitorsService(session).register(
        VisitorsService(session).new_person(given_name="Amina", phone="0701112233")
    )
    near = VisitorsService(session).register(
        VisitorsService(session).new_person(
            given_name="Faadumo", family_name="Ibraahim", birth_year=1989
        )
    )
    found = VisitorsService(session).likely_duplicates(
        given_name="Fadumo", family_name="Ibrahim", phone="+46 70 111 22 33", birth_year=1990
    )
    assert [(h.person.id, h.reasons[:1]) for h in found] == [
        (phone.id, (SAME_PHONE,)),
        (near.id, (SAME_NAME,)),
    ]
    assert found[1].reasons == (SAME_NAME, NEAR_BIRTH_YEAR)
    assert found[1].code == VisitorsService(session).code_of(near.id)
    assert (
        VisitorsService(session).likely_duplicates(given_name="Fadumo", phone="12", limit=0) == []
    )


def test_check_in_twice_the_same_day_is_reported(session: Session, clock: FakeClock) -> None:
    person = VisitorsService(session).register(
        VisitorsService(session).new_person(given_name="Hodan", family_name="Nuur")
    )
    assert VisitsService(session).visit_today(person.id) is None
    first = VisitsService(session).check_in(person.id, purposes=["job_search"])
    assert VisitsService(session).visit_today(person.id) == first
    with pytest.raises(DeskError) as caught:
        VisitsService(session).check_in(person.id, purposes=["cv_help"])
    assert caught.value.code == "reception.checked_in_today"
    assert caught.value.params == {"time": f"{first.visited_at.astimezone():%H:%M}"}
    second = VisitsService(session).check_in(person.id, purposes=["cv_help"], again=True)
    assert VisitsService(session).visit_today(person.id) == second
    assert len(VisitsService(session).visits_today()) == 2
    clock.advance(86_400)
    assert VisitsService(session).visit_today(person.id) is None
    VisitsService(session).check_in(person.id, purposes=["job_search"])  # another day: no question


@pytest.mark.parametrize(
    ("typed", "stored", "reason"),
    [
        (Typed("Evgen", "Gnatyuk"), _stored(given_name="Yevhen", family_name="Hnatiuk"), SAME_NAME),
        (
            Typed("Jevgen", "Gnatjuk"),
            _stored(given_name="Yevhen", family_name="Hnatiuk"),
            SAME_NAME,
        ),
        (
            Typed("Євген", "Гнатюк", "Євген Гнатюк"),
            _stored(given_name="Evgen", family_name="Gnatyuk"),
            SAME_NAME,
        ),
        (
            Typed("Hanna", "Kovalchuk"),
            _stored(given_name="Ganna", family_name="Kovaltjuk"),
            SAME_NAME,
        ),
        # one ending away, another first name: not the same person
        (Typed("Evgen", "Gnatyuk"), _stored(given_name="Yevhen", family_name="Hnatyshyn"), None),
        (
            Typed("Hryhorii", "Kharchuk"),
            _stored(given_name="Grigorij", family_name="Martjuk"),
            None,
        ),
    ],
)
def test_name_reason_folds_east_slavic_romanisations(
    typed: Typed, stored: Person, reason: str | None
) -> None:
    assert name_reason(typed, stored) == reason


def test_a_phone_registered_in_arabic_indic_digits_is_found_typed_the_same_way(
    session: Session,
) -> None:
    shown = "\u0660\u0667\u0660\u0661\u0661\u0661\u0662\u0662\u0663\u0663"  # ٠٧٠١١١٢٢٣٣
    visitors = VisitorsService(session)
    amina = visitors.register(visitors.new_person(given_name="Amina", phone=shown))
    assert amina.phone == "+46701112233"
    assert [h.person.id for h in visitors.search(shown)] == [amina.id]
    again = visitors.likely_duplicates(given_name="Amina", phone=shown)
    assert [(h.person.id, h.reasons[:1]) for h in again] == [(amina.id, (SAME_PHONE,))]


def test_a_name_pasted_with_an_emoji_finds_the_person(session: Session) -> None:
    visitors = VisitorsService(session)
    amina = visitors.register(visitors.new_person(given_name="Amina", family_name="Hassan"))
    assert [h.person.id for h in visitors.search("Amina Hassan \U0001f338")] == [amina.id]


def test_family_comma_given_as_a_register_writes_it_finds_the_person_first(
    session: Session,
) -> None:
    visitors = VisitorsService(session)
    ali = visitors.register(visitors.new_person(given_name="Ali", family_name="Hassan"))
    hassan = visitors.register(visitors.new_person(given_name="Hassan", family_name="Ali"))
    assert [h.person.id for h in visitors.search("Hassan, Ali")][:2] == [ali.id, hassan.id]
    assert [h.person.id for h in visitors.search("Ali, Hassan")][:2] == [hassan.id, ali.id]
