"""The coverage ratchet's rules (tests/coverage_ratchet.py; `make pytest` runs it on the
suite's own figures)."""

from __future__ import annotations

import json

from tests.coverage_ratchet import FLOOR, PACKAGES, floor_of, raised, shortfalls

FIGURES = {
    "domain": 96.04,
    "store": 91.26,
    "security": 88.99,
    "sync": 90.0,
    "search": 99.95,
    "wire": 99.12,
}


def test_a_package_below_its_floor_fails_and_one_at_it_passes() -> None:
    floors = {**{p: floor_of(FIGURES[p]) for p in PACKAGES}, "store": 91.3}
    assert shortfalls(FIGURES, floors) == ["store: 91.26 % < floor 91.3 %"]
    assert shortfalls(FIGURES, {p: floor_of(FIGURES[p]) for p in PACKAGES}) == []


def test_floors_round_down_to_a_tenth_and_never_fall() -> None:
    assert floor_of(96.04) == 96.0
    assert floor_of(88.99) == 88.9
    assert floor_of(90.0) == 90.0
    new = raised(FIGURES, {"domain": 97.5, "store": 80.0})
    assert new == {
        "domain": 97.5,
        "store": 91.2,
        "security": 88.9,
        "sync": 90.0,
        "search": 99.9,
        "wire": 99.1,
    }


def test_the_floor_file_names_every_package() -> None:
    floors = json.loads(FLOOR.read_text(encoding="utf-8"))
    assert set(floors) == set(PACKAGES)
    assert all(0 < floors[p] <= 100 for p in PACKAGES)
