from __future__ import annotations

from datetime import UTC, datetime

import pytest

from entryhub_desk.domain.employers import Employer, EmployerContact, normalise_org_number
from entryhub_desk.errors import DeskError
from entryhub_desk.ids import new_id

HUB = new_id()
NOW = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("556036-0793", "556036-0793"),  # a published company number
        ("5560360793", "556036-0793"),
        ("16556036-0793", "556036-0793"),
        (" 802002-4280 ", "802002-4280"),  # a municipality
        ("", None),
        (None, None),
    ],
)
def test_org_number_is_normalised(typed: str | None, stored: str | None) -> None:
    assert normalise_org_number("org_number", typed) == stored


@pytest.mark.parametrize("typed", ["556036-0794", "556036-079", "55603-60793", "ABCDEF-1234"])
def test_org_number_with_a_wrong_check_digit_or_shape_is_refused(typed: str) -> None:
    with pytest.raises(DeskError) as caught:
        normalise_org_number("org_number", typed)
    assert caught.value.code == "validation.org_number"


def test_employer_requires_a_name_and_keeps_an_informal_one_without_number() -> None:
    employer = Employer(name="  Samir's bakery ", added_by_hub=HUB, added_at=NOW)
    assert employer.name == "Samir's bakery" and employer.org_number is None
    with pytest.raises(DeskError):
        Employer(name=" ", added_by_hub=HUB, added_at=NOW)


def test_an_erased_contact_holds_no_personal_data() -> None:
    employer_id = new_id()
    EmployerContact(employer_id=employer_id, name="", erased=True)
    with pytest.raises(DeskError):
        EmployerContact(employer_id=employer_id, name="", phone="070-123 45 67", erased=True)
    with pytest.raises(DeskError) as caught:
        EmployerContact(employer_id=employer_id, name="Anna", email="anna-at-example")
    assert caught.value.code == "validation.bad_email"
