"""Every person field survives JSON Resume export → import (the original-script name too)."""

from __future__ import annotations

import copy
import dataclasses
import json
from typing import Any

import pytest

from entryhub_desk.domain.person import Gender, Person
from entryhub_desk.domain.profile import EntryKind, Skill
from entryhub_desk.resume import export_document, plan_import, validate_document

HUB = "01890000-0000-7000-8000-000000000001"
OTHER_HUB = "01890000-0000-7000-8000-000000000002"
# Fields that belong to a desk's records, not to the person: the importing desk is the hub, and
# a merged record (one pointing at the person it was merged into) is never exported.
NOT_CARRIED = {"hub_id", "merged_into"}


def _everything(**changes: Any) -> Person:
    values: dict[str, Any] = {
        "given_name": "Selam",
        "family_name": "Tesfay",
        "original_script_name": "ሰላም ተስፋይ",
        "birth_year": 1991,
        "gender": Gender.FEMALE,
        "country_of_birth": "ER",
        "languages": ("ti", "ar", "sv"),
        "phone": "+46735551234",
        "email": "selam@example.org",
        "municipality": "Umeå",
        "arrival_year": 2015,
        "hub_id": HUB,
        "preferred_language": "ti",
    }
    values.update(changes)
    return Person(**values)


def _round_trip(person: Person) -> Person:
    document = export_document(person, {})
    validate_document(document)
    # Through a file: only JSON values travel.
    document = json.loads(json.dumps(document, ensure_ascii=False))
    plan = plan_import(copy.deepcopy(document), hub_id=OTHER_HUB, existing=lambda _id: None)
    assert plan.unmapped == []
    return plan.person


def test_every_person_field_is_carried_or_named_as_not_carried() -> None:
    names = {f.name for f in dataclasses.fields(Person)}
    assert names >= NOT_CARRIED
    person = _everything()
    for name in names - NOT_CARRIED - {"phone_as_written"}:
        assert getattr(person, name) not in (None, "", ()), f"the test must set {name}"


@pytest.mark.parametrize(
    "changes",
    [
        {},
        {"phone": None, "phone_as_written": "0046 (0)73-555 12 34 ank. 12"},
        {"family_name": "", "original_script_name": "محمد العبيدي", "gender": Gender.OTHER},
    ],
    ids=["all", "phone-as-written", "one-name"],
)
def test_every_person_field_survives_export_and_import(changes: dict[str, Any]) -> None:
    person = _everything(**changes)
    back = _round_trip(person)
    for field in dataclasses.fields(Person):
        if field.name in NOT_CARRIED:
            continue
        assert getattr(back, field.name) == getattr(person, field.name), field.name
    assert back.hub_id == OTHER_HUB


def test_the_public_export_keeps_the_name_and_leaves_out_registration_details() -> None:
    document = export_document(_everything(), {}, internal=False)
    person = document["x-entryhub"]["person"]
    assert person["original_script_name"] == "ሰላም ተስፋይ"
    for private in ("birth_year", "gender", "country_of_birth", "arrival_year"):
        assert private not in person, private


def test_esco_skills_are_named_as_prose_in_the_export() -> None:
    person = _everything()
    spreadsheets = "1973c966-f236-40c9-b2d4-5d71a89019be"
    skill = Skill(person_id=person.id, skill=spreadsheets, level="advanced")
    document = export_document(person, {EntryKind.SKILL: [skill]}, lang="sv")
    assert document["skills"][0]["name"] == "Använda kalkylark"  # not "använda kalkylark"
