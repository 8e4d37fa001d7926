"""Ranking the persons meeting every typed word by the high keys first, then going on with
the whole ranking only as far as needed (search_read._high_keys_first)."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from entryhub_desk.domain.person import Person
from entryhub_desk.search.hit import IndexHit
from entryhub_desk.search.keys import QueryWord
from entryhub_desk.search.query import parse
from entryhub_desk.store import search_postings, search_read
from entryhub_desk.store.repositories import PersonRepository, StoreContext
from entryhub_desk.store.search_index import SearchIndex
from entryhub_desk.store.search_keys import word_keys


def _add(ctx: StoreContext, given: str, family: str, times: int) -> None:
    repo = PersonRepository(ctx)
    for _ in range(times):
        repo.create(Person(given_name=given, family_name=family, hub_id=ctx.identity.hub_id))


def _ranked(ctx: StoreContext, query: str) -> list[tuple[str, float, tuple[str, ...]]]:
    return [(h.person_id, h.score, h.why) for h in SearchIndex(ctx.conn).search(query)]


def _whole(ctx: StoreContext, query: str, monkeypatch: pytest.MonkeyPatch) -> list[object]:
    with monkeypatch.context() as patch:
        patch.setattr(search_read, "LOW_KEYS", -1.0)  # every key at once, no high keys first
        return list(_ranked(ctx, query))


def test_a_list_the_high_keys_filled_to_the_budget_reads_no_low_keys(
    ctx: StoreContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 45 persons with every typed word exactly (bound 100) in another order (score 96): the
    # high keys' ranking stops at its budget with the list at 96, where a person meeting
    # Hassan by a variant prefix could tie; the whole ranking would stop at the same
    # candidate, and nobody missing a word reaches 96
    _add(ctx, "Ali Mohamed", "Hassan", 45)
    _add(ctx, "Hassanein", "Omar", 1)
    query = "Mohamed Ali Hassan"
    keys = word_keys(ctx.conn, parse(query).words)
    low = {w for key in keys for w, b in key.scores.items() if b <= search_read.LOW_KEYS}
    assert low
    read: list[int] = []
    original = search_postings.read

    def reading(conn: object, wids: Sequence[int]) -> dict[int, search_postings.Postings]:
        read.extend(wids)
        return original(conn, wids)

    monkeypatch.setattr(search_postings, "read", reading)
    ranked = _ranked(ctx, query)
    assert [score for _, score, _ in ranked] == [96.0] * 20
    assert read and not low & set(read)
    assert ranked == _whole(ctx, query, monkeypatch)


def test_the_whole_ranking_goes_on_from_the_high_keys_list(
    ctx: StoreContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 10 persons score 100; 25 with four more name words are in the group at 96, at the
    # bound a low key could reach: the whole ranking goes on from the 10 found
    _add(ctx, "Mohamed Ali", "Hassan", 10)
    _add(ctx, "Mohamed Ali", "Hassan Omar Yusuf Idris Nur", 25)
    _add(ctx, "Muhammad", "Hassanein", 2)
    scored: list[list[int]] = []
    original = search_read.SearchIndex._score

    def scoring(
        self: search_read.SearchIndex,
        words: list[QueryWord],
        year: int | None,
        sids: list[int],
        unmatched: dict[int, tuple[int, ...]],
        results: dict[int, tuple[float, str, IndexHit]],
    ) -> None:
        scored[-1].extend(sids)
        original(self, words, year, sids, unmatched, results)

    monkeypatch.setattr(search_read.SearchIndex, "_score", scoring)
    query = "Mohamed Ali Hassan"
    scored.append([])
    ranked = _ranked(ctx, query)
    assert [score for _, score, _ in ranked] == [100.0] * 10 + [96.0] * 10
    # nobody the high keys ranked is read and scored again
    assert len(scored[-1]) == len(set(scored[-1])) >= 20
    scored.append([])
    assert ranked == _whole(ctx, query, monkeypatch)
