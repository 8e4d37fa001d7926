"""The word being typed meets names that start with it, or with a spelling variant of it; a
variant that folding shrank to one letter or to under half the typed letters starts nothing
("xxxx" folds to "h", "qqqqqqqq" to "k": they found half the store at 87)."""

from __future__ import annotations

from entryhub_desk.domain.person import Person
from entryhub_desk.store.repositories import PersonRepository, StoreContext
from entryhub_desk.store.search_index import SearchIndex


def _add(ctx: StoreContext, given: str, family: str) -> str:
    person = Person(hub_id=ctx.identity.hub_id, given_name=given, family_name=family)
    return PersonRepository(ctx).create(person).id


def test_a_word_folded_to_almost_nothing_starts_no_name(ctx: StoreContext) -> None:
    for given, family in (("Mustafa", "Hassan"), ("Olha", "Kovalchuk"), ("Mahdi", "Karimi")):
        _add(ctx, given, family)
    index = SearchIndex(ctx.conn)
    for typed in ("xxxx", "x" * 300, "qqqqqqqq", "hhhhhh kkkkkkkk"):
        assert index.search(typed) == [], typed


def test_variant_prefixes_still_meet_names_as_they_are_typed(ctx: StoreContext) -> None:
    hassan = _add(ctx, "Hassan", "Warsame")
    kovalchuk = _add(ctx, "Olha", "Kovalchuk")
    index = SearchIndex(ctx.conn)
    assert index.search("Warsame Xas")[0].person_id == hassan  # Somali x for h, being typed
    assert index.search("Olha Kowal")[0].person_id == kovalchuk  # w for v
