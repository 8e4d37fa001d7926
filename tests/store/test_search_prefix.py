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


def test_compound_names_are_met_while_their_start_is_typed(ctx: StoreContext) -> None:
    """A completed Abd compound is cut after its connector (Abdi|shakur, Abdul|aziz), which an
    unfinished word cannot show yet: "Abdish" was read Abd|ish and met no Abdishakur, and
    "Saifedd" or "Zabihull" met no Saifeddin or Zabihullah, until a letter more was typed."""
    wanted = {
        "Abdish": _add(ctx, "Abdishakur", "Nur"),
        "Abdulaz": _add(ctx, "Abdulaziz", "Saleh"),
        "Abdiwa": _add(ctx, "Abdiwali", "Farah"),
        "Abdulra": _add(ctx, "Abdulrahman", "Jaber"),
        "Saifedd": _add(ctx, "Saifeddin", "Khalil"),
        "Zabihull": _add(ctx, "Zabihullah", "Noori"),
    }
    # near misses: the same start with another rest, or another stem
    for given, family in (
        ("Abdisalan", "Nur"),
        ("Abdullahi", "Saleh"),
        ("Abdiweli", "Farah"),
        ("Abdulrahim", "Jaber"),
        ("Abdirahman", "Warsame"),
        ("Abdelkader", "Cherif"),
        ("Saif", "Khalil"),
        ("Zabih", "Noori"),
        ("Nasrullah", "Amiri"),
    ):
        _add(ctx, given, family)
    index = SearchIndex(ctx.conn)
    for typed, person_id in wanted.items():
        assert index.search(typed)[0].person_id == person_id, typed


def test_a_complete_abdullah_typed_last_stays_an_exact_name(ctx: StoreContext) -> None:
    abdullah = _add(ctx, "Abdullah", "Haidar")
    abdullahi = _add(ctx, "Abdullahi", "Omar")
    index = SearchIndex(ctx.conn)
    hits = index.search("Abdulla")
    assert [h.person_id for h in hits[:2]] == [abdullah, abdullahi]
    assert hits[0].score > hits[1].score
