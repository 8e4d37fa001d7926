from __future__ import annotations

import pytest

from entryhub_desk.search.phone import is_phone_query, phone_prefixes, prefix_score


@pytest.mark.parametrize(
    ("query", "prefixes"),
    [
        ("070-123 45 67", ("+46701234567",)),
        ("0046 70 123", ("+4670123",)),
        ("+252 61 555", ("+25261555",)),
        ("701234567", ("+46701234567", "+701234567")),
    ],
)
def test_prefixes(query: str, prefixes: tuple[str, ...]) -> None:
    assert is_phone_query(query)
    assert phone_prefixes(query) == prefixes


def test_not_phone_queries() -> None:
    assert not is_phone_query("Amina 07")
    assert not is_phone_query("07")
    assert not is_phone_query("ABCD-1234")


def test_prefix_score() -> None:
    assert prefix_score("+46701234567", "+46701234567") == 100.0
    assert 60 < prefix_score("+4670", "+46701234567") < 100
    assert prefix_score("+4671", "+46701234567") == 0.0
