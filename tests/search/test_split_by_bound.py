"""Candidates split by bound only as far as ranking reaches (common words,
``search_read.SPLIT_LATER_ABOVE``) rank exactly as when every candidate is split at once."""

from __future__ import annotations

import random

import pytest

from entryhub_desk.store import search_read
from entryhub_desk.store.search_index import SearchIndex
from tests.search.conftest import QualityStore


def _queries(store: QualityStore) -> list[str]:
    """Every multi-word case query, and names of 2 to 4 words drawn from the store's people
    (the last often another person's family name: a new visitor's name)."""
    rows = store.conn.execute(
        "SELECT given_name, family_name FROM person WHERE family_name > '' ORDER BY id"
    ).fetchall()
    rng = random.Random(3)
    queries = [q for _, q, _ in store.name_targets if len(q.split()) >= 2]
    for _ in range(60):
        given, family = rng.choice(rows)
        words = f"{given} {family}".split()
        other = rng.choice(rows)[1].split()[-1]
        queries += [" ".join(words[:3]), " ".join([*words[:3], other]), f"{words[0]} {other}"]
        queries.append(f"{given} {family} {rng.randint(1950, 2005)}")
    return queries


def _ranked(
    store: QualityStore, queries: list[str]
) -> list[list[tuple[str, float, tuple[str, ...]]]]:
    index = SearchIndex(store.conn)
    return [
        [(hit.person_id, hit.score, hit.why) for hit in index.search(query, limit=20)]
        for query in queries
    ]


def test_splitting_as_ranking_reaches_gives_the_same_lists(
    quality_store: QualityStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    queries = _queries(quality_store)
    monkeypatch.setattr(search_read, "SPLIT_LATER_ABOVE", 10**9)  # every candidate at once
    whole = _ranked(quality_store, queries)
    monkeypatch.setattr(search_read, "SPLIT_LATER_ABOVE", 0)  # always as ranking reaches
    later = _ranked(quality_store, queries)
    assert sum(len(hits) for hits in whole) > 10 * len(queries)
    assert later == whole
