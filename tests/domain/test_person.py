from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given
from hypothesis import strategies as st

from entryhub_desk.domain.person import Gender, Person, normalise_phone
from entryhub_desk.errors import DeskError
from entryhub_desk.ids import new_id

HUB = new_id()


def person(**kwargs: object) -> Person:
    values: dict[str, object] = {"given_name": "Amina", "family_name": "Yusuf", "hub_id": HUB}
    values.update(kwargs)
    return Person(**values)  # type: ignore[arg-type]


def test_defaults_and_normalisation() -> None:
    p = person(
        given_name=" Amina ",
        original_script_name="أمينة يوسف",
        country_of_birth="so",
        languages=("SO", "ar", "so", "eng"),
        phone="070-123 45 67",
        email="Amina@Example.ORG",
        birth_year=1990,
        arrival_year=2015,
        gender="female",
    )
    assert p.given_name == "Amina"
    assert p.country_of_birth == "SO"
    assert p.languages == ("so", "ar", "eng")
    assert p.phone == "+46701234567"
    assert p.email == "Amina@example.org"
    assert p.gender is Gender.FEMALE
    assert len(p.id) == 36
    assert person().gender is Gender.NOT_STATED


@pytest.mark.parametrize(
    ("text", "e164"),
    [
        ("070-123 45 67", "+46701234567"),
        ("+46 70 123 45 67", "+46701234567"),
        ("0046701234567", "+46701234567"),
        ("+963 944 123 456", "+963944123456"),
        ("08-123 456 78", "+46812345678"),
    ],
)
def test_normalise_phone(text: str, e164: str) -> None:
    assert normalise_phone(text) == e164


@pytest.mark.parametrize("text", ["123", "hello", "+46 70", "070-123 45 67 89 01"])
def test_bad_phone(text: str) -> None:
    with pytest.raises(DeskError) as info:
        person(phone=text)
    assert info.value.code == "validation.bad_phone"
    assert info.value.params["field"] == "phone"


@pytest.mark.parametrize(
    ("kwargs", "code", "field"),
    [
        ({"given_name": ""}, "validation.required", "given_name"),
        ({"given_name": "x" * 101}, "validation.too_long", "given_name"),
        ({"family_name": "a\x00b"}, "validation.invalid", "family_name"),
        ({"birth_year": 1850}, "validation.out_of_range", "birth_year"),
        ({"birth_year": 3000}, "validation.out_of_range", "birth_year"),
        ({"birth_year": "1990"}, "validation.invalid", "birth_year"),
        ({"birth_year": 1990, "arrival_year": 1985}, "validation.out_of_range", "arrival_year"),
        ({"country_of_birth": "XX"}, "validation.unknown_code", "country_of_birth"),
        ({"languages": ("ar", "qq")}, "validation.unknown_code", "languages"),
        ({"languages": "ar"}, "validation.invalid", "languages"),
        ({"gender": "unknown"}, "validation.unknown_code", "gender"),
        ({"email": "not an email"}, "validation.bad_email", "email"),
        ({"email": "a@b"}, "validation.bad_email", "email"),
        ({"hub_id": ""}, "validation.required", "hub_id"),
        ({"id": "abc"}, "validation.invalid", "id"),
    ],
)
def test_validation(kwargs: dict[str, object], code: str, field: str) -> None:
    with pytest.raises(DeskError) as info:
        person(**kwargs)
    assert info.value.code == code
    assert info.value.params["field"] == field


def test_blank_optionals_become_none() -> None:
    p = person(phone="  ", email="", municipality=" ", original_script_name="")
    assert (p.phone, p.email, p.municipality, p.original_script_name) == (None, None, None, None)


def test_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        person().given_name = "x"  # type: ignore[misc]


@given(st.text(min_size=1, max_size=100).filter(lambda s: s.strip() != ""))
def test_any_printable_name_round_trips_or_is_refused(name: str) -> None:
    try:
        p = person(given_name=name)
    except DeskError as exc:
        assert exc.code in {"validation.invalid", "validation.required", "validation.too_long"}
        return
    assert p.given_name == p.given_name.strip()
    assert person(given_name=p.given_name, id=p.id) == p  # idempotent


@given(st.integers(min_value=1900, max_value=2024), st.integers(min_value=0, max_value=60))
def test_arrival_after_birth(birth: int, gap: int) -> None:
    arrival = min(birth + gap, 2024)
    p = person(birth_year=birth, arrival_year=arrival)
    assert p.arrival_year is not None and p.birth_year is not None
    assert p.arrival_year >= p.birth_year


@given(st.from_regex(r"07[02369][0-9]{7}", fullmatch=True))
def test_swedish_mobiles_normalise_idempotently(number: str) -> None:
    e164 = normalise_phone(number)
    assert e164.startswith("+467")
    assert normalise_phone(e164) == e164
