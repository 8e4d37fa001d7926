"""The person repository's lookups: a person named by code or id, merge redirects, the hub's
usual origins and the phone numbers an import compares."""

from __future__ import annotations

import dataclasses

import pytest

from entryhub_desk.errors import DeskError
from entryhub_desk.ids import short_code
from entryhub_desk.store.repositories import PersonRepository, StoreContext

from .helpers import add_person
from .test_visits import new_visit


def test_a_person_is_found_by_id_or_by_her_code_as_typed(ctx: StoreContext) -> None:
    person = add_person(ctx, given_name="Hodan")
    repo = PersonRepository(ctx)
    code = short_code(person.id)
    assert repo.resolve(person.id) == person
    assert repo.resolve_id(code.lower().replace("-", " ")) == person.id
    with pytest.raises(DeskError) as error:
        repo.resolve_id("ZZZZ-ZZZZ")
    assert error.value.code == "store.not_found"


def test_a_merged_record_leads_to_the_kept_one(ctx: StoreContext) -> None:
    kept = add_person(ctx, given_name="Hodan")
    other = add_person(ctx, given_name="Xoodan")
    repo = PersonRepository(ctx)
    repo.update(dataclasses.replace(other, merged_into=kept.id))
    assert repo.current(other.id).id == kept.id
    assert repo.current(kept.id).id == kept.id
    assert repo.ids_with_code(short_code(other.id)) == []  # merged away: not by code
    assert repo.ids_with_code(short_code(kept.id)) == [kept.id]


def test_the_hubs_usual_origins_count_visits(ctx: StoreContext) -> None:
    somali = add_person(ctx, country_of_birth="SO", languages=("so", "ar"))
    eritrean = add_person(ctx, given_name="Yonas", country_of_birth="ER", languages=("ti",))
    for _ in range(2):
        new_visit(ctx, somali.id)
    new_visit(ctx, eritrean.id)
    countries, languages = PersonRepository(ctx).usual_origins(ctx.identity.hub_id, limit=2)
    assert countries == ["SO", "ER"]
    assert languages == ["ar", "so"]  # two visits each, then by code


def test_phone_numbers_name_the_live_persons(ctx: StoreContext) -> None:
    amina = add_person(ctx, phone="070-123 45 67")
    add_person(ctx, given_name="Hodan")
    gone = add_person(ctx, given_name="Xoodan", phone="070-765 43 21")
    repo = PersonRepository(ctx)
    repo.update(dataclasses.replace(gone, merged_into=amina.id))
    assert repo.ids_by_phone() == {"+46701234567": amina.id}
