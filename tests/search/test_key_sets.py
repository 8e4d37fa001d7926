"""The bulk indexing's index forms and word counts (search/key_sets.py) are the set name_keys
and the count word_count give, for a seeded population, the evaluation sets' persons and
queries, and names merged into others."""

from __future__ import annotations

import itertools

from entryhub_desk.search.key_sets import index_form_set, person_word_count
from entryhub_desk.search.keys import name_keys, word_count
from tests.search.eval import cases, cases_fresh, cases_third
from tests.search.eval.population import visitors


def _names() -> list[tuple[str | None, ...]]:
    found: list[tuple[str | None, ...]] = [
        (v.given, v.family, v.original) for v in visitors(6000, seed=12, reserved_phones=set())
    ]
    for case in itertools.chain(cases.ALL, cases_fresh.ALL, cases_third.ALL):
        for who in (case.target, *case.decoys):
            found.append((who.given, who.family, who.original))
        found.append((case.query, None, None))
    found += [
        ("Given7", "Family7", None),
        ("", "Ali", None),
        (None, None, "Олена Ковальчук"),
        ("Mhd", "Al-Hassan", "محمد الحسن"),
        ("Ayşe", "Yıldız", None),
        ("Yevhen", "Hnatiuk", None, "Evgen Gnatyuk", "Jevgen Gnatjuk"),  # merged names
        ("Abdi", "Warsame", "Cabdi", "Maxamed Cali", None, "Mohamed Ali"),
        ("  ", "", None),
    ]
    return found


def test_index_form_set_is_the_set_of_name_keys_forms() -> None:
    names = _names()
    assert len(names) > 6000
    differ = [n for n in names if index_form_set(*n) != set(name_keys(*n).index_forms())]
    assert differ == []
    kinds = {form[0] for n in names for form in index_form_set(*n)}
    assert kinds == {"p", "v", "s", "u"}  # every kind met


def test_person_word_count_is_word_count() -> None:
    names = _names()
    differ = [n for n in names if person_word_count(*n) != word_count(*n)]
    assert differ == []
    assert {person_word_count(*n) for n in names} >= {0, 1, 2, 3}
