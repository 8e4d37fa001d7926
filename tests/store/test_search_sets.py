"""Candidate sets of several typed words, against the plain set algebra they replace; and the
per-connection cache of decoded postings."""

from __future__ import annotations

import gc
import random
from array import array

import pytest

from entryhub_desk.domain.person import Person
from entryhub_desk.store import search_postings
from entryhub_desk.store.connection import transaction
from entryhub_desk.store.repositories import PersonRepository, StoreContext
from entryhub_desk.store.search_index import SearchIndex
from entryhub_desk.store.search_sets import (
    Partial,
    WordSets,
    all_but_one,
    blocks_by_bound,
    meeting_all,
    single_word_blocks,
    sum_blocks,
    unmatched,
)


def _word(rng: random.Random, bounds: tuple[float, ...]) -> WordSets:
    return WordSets(
        [
            (bound, [dict.fromkeys(rng.sample(range(400), rng.randint(0, 120))) for _ in range(3)])
            for bound in bounds
        ]
    )


def _best(word: WordSets, value: int) -> float:
    return max((b for b, sets in word.levels for s in sets if value in s), default=0.0)


def test_the_sets_agree_with_plain_set_algebra() -> None:
    rng = random.Random(5)
    for _ in range(30):
        words = [_word(rng, (100.0, 96.0, 80.0)) for _ in range(3)]
        everyone = [frozenset().union(*(s for _, sets in w.levels for s in sets)) for w in words]
        assert meeting_all(words) == set(frozenset.intersection(*everyone))
        assert all_but_one(words) == {
            v for v in range(400) if sum(v in e for e in everyone) == len(words) - 1
        }
        candidates = set(range(0, 400, 3))
        blocks = sum_blocks(candidates, words, 3)
        for bound, members in blocks:
            for value in members:
                assert bound == round(sum(_best(w, value) for w in words) / 3, 3)
        assert set().union(*(m for _, m in blocks)) == candidates
        missed = unmatched(range(50), words)
        assert missed == {
            v: tuple(i for i, e in enumerate(everyone) if v not in e) for v in range(50)
        }
        pair = words[:2]
        halves = [(bound, read()) for bound, read in single_word_blocks(pair)]
        for bound, members in halves:
            for value in members:
                i = 0 if value in everyone[0] else 1
                assert value not in everyone[1 - i]
                assert bound == _best(pair[i], value) / 2
        only_one = (everyone[0] | everyone[1]) - (everyone[0] & everyone[1])
        assert set().union(*(m for _, m in halves)) == only_one


def test_decoded_postings_are_kept_until_the_store_changes(ctx: StoreContext) -> None:
    repo = PersonRepository(ctx)
    first = repo.create(Person(given_name="Selam", family_name="Tekle", hub_id=ctx.identity.hub_id))
    assert [h.person_id for h in SearchIndex(ctx.conn).search("Selam")] == [first.id]
    cache = search_postings.cache_of(ctx.conn)
    kept = dict(cache.sets)
    assert kept  # the words read are kept decoded
    with transaction(ctx.conn):
        second = repo.create(
            Person(given_name="Selam", family_name="Tesfay", hub_id=ctx.identity.hub_id)
        )
    found = {h.person_id for h in SearchIndex(ctx.conn).search("Selam")}
    assert found == {first.id, second.id}  # the write emptied the cache: no stale postings
    search_postings.clear(ctx.conn)  # the idle lock
    assert not cache.sets and cache.values == 0


def test_vocabulary_look_ups_are_kept_until_the_store_changes(ctx: StoreContext) -> None:
    repo = PersonRepository(ctx)
    repo.create(Person(given_name="Selam", family_name="Tekle", hub_id=ctx.identity.hub_id))
    queries = ("Tesfay", "Tesfai", "Tesfa", "esfay")  # whole, typo or variant, prefix, part
    assert all(SearchIndex(ctx.conn).search(q) == [] for q in queries)
    cache = search_postings.cache_of(ctx.conn)
    assert cache.lookups  # the look-ups that found nothing are kept too
    with transaction(ctx.conn):
        second = repo.create(
            Person(given_name="Selam", family_name="Tesfay", hub_id=ctx.identity.hub_id)
        )
    for query in queries:  # the write emptied the look-ups: the new words are met
        assert [h.person_id for h in SearchIndex(ctx.conn).search(query)][:1] == [second.id]
    search_postings.clear(ctx.conn)
    assert not cache.lookups


def test_kept_postings_are_not_walked_by_the_cycle_collector(ctx: StoreContext) -> None:
    repo = PersonRepository(ctx)
    for family in ("Tekle", "Tesfay", "Tesfaye"):
        repo.create(Person(given_name="Selam", family_name=family, hub_id=ctx.identity.hub_id))
    index = SearchIndex(ctx.conn)
    assert len(index.search("Selam Tesfay")) == 3
    cache = search_postings.cache_of(ctx.conn)
    kept = [*cache.sets.values(), *cache.unions.values()]
    assert kept
    # a tracked container of integers costs a young-generation collection a cache miss per
    # element (tens of milliseconds after a cold query at 100,000 visitors)
    assert not any(gc.is_tracked(values) for values in kept)


def _expanded(blocks: list[tuple[float, set[int] | Partial]]) -> list[tuple[float, set[int]]]:
    """Every block a ranking that never stops would reach, splitting partial ones."""
    done: list[tuple[float, set[int]]] = []
    for bound, part in blocks:
        if isinstance(part, Partial):
            inner = part.expand()
            assert all(b <= bound for b, _ in inner)  # nothing above the partial block
            done.extend(_expanded(inner))
        elif part:
            done.append((bound, part))
    return done


def _by_bound(blocks: list[tuple[float, set[int]]]) -> dict[float, set[int]]:
    merged: dict[float, set[int]] = {}
    for bound, members in blocks:
        if not members:
            continue
        assert not merged.get(bound, set()) & members  # nobody in two blocks
        merged.setdefault(bound, set()).update(members)
    return merged


def test_blocks_split_as_ranking_reaches_them_are_the_blocks_of_all_candidates() -> None:
    rng = random.Random(11)
    for _ in range(30):
        n = rng.choice((2, 3, 4))
        words = [_word(rng, (100.0, 96.0, 88.0, 70.0)[: rng.randint(1, 4)]) for _ in range(n)]
        whole = sum_blocks(meeting_all(words), words, n)
        assert _by_bound(_expanded(list(blocks_by_bound(words, n)))) == _by_bound(whole)
        for i in range(n):
            others = [w for j, w in enumerate(words) if j != i]
            missing_i = meeting_all(others) - words[i].within(meeting_all(others))
            expected = _by_bound(sum_blocks(missing_i, words, n))
            assert _by_bound(_expanded(list(blocks_by_bound(words, n, i)))) == expected


def test_a_partial_block_below_the_first_holds_only_persons_meeting_every_word() -> None:
    rng = random.Random(13)
    for _ in range(30):
        n = rng.choice((3, 4))
        words = [_word(rng, (100.0, 96.0, 88.0, 70.0)[: rng.randint(2, 4)]) for _ in range(n)]
        for missing in (None, *range(n)):
            for _, first in blocks_by_bound(words, n, missing):
                # a split below the first level never makes a block that holds nobody (each
                # would be a wasted step of the ranking)
                stack = [part for _, part in first.expand() if isinstance(part, Partial)]
                while stack:
                    inner = stack.pop().expand()
                    assert inner
                    stack.extend(part for _, part in inner if isinstance(part, Partial))


def test_a_word_met_again_and_again_is_met_through_its_union() -> None:
    cache = search_postings.PostingCache()
    found = {wid: dict.fromkeys(range(wid * 1000, wid * 1000 + 500)) for wid in range(1, 11)}
    word = WordSets.of(dict.fromkeys(found, 96.0), found, cache)
    rng = random.Random(17)
    for _ in range(12):
        candidates = set(rng.sample(range(12_000), 110))
        assert word.within(candidates) == {
            v for v in candidates if 1000 <= v < 10_500 and v % 1000 < 500
        }
    # twelve walks of ten sets cost more than one union of them: it is built, and kept for the
    # next query, which meets the same word again
    assert word.wids in cache.unions
    again = WordSets.of(dict.fromkeys(found, 96.0), found, cache)
    assert again.within({1001, 5499, 5500}) == {1001, 5499}


def test_a_level_of_many_small_keys_is_met_as_the_keys_one_by_one() -> None:
    rng = random.Random(19)
    for _ in range(20):
        sets = [dict.fromkeys(rng.sample(range(3000), rng.randint(0, 30))) for _ in range(200)]
        word = WordSets([(88.0, sets)])
        for _ in range(5):
            candidates = set(rng.sample(range(3000), rng.randint(1, 2000)))
            expected = {v for v in candidates if any(v in s for s in sets)}
            assert word.level_within(candidates, 0) == expected


def test_postings_dropped_from_the_decoded_ones_are_decoded_again_without_a_read(
    ctx: StoreContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = PersonRepository(ctx)
    for family in ("Tekle", "Tesfay", "Tesfaye"):
        repo.create(Person(given_name="Selam", family_name=family, hub_id=ctx.identity.hub_id))
    index = SearchIndex(ctx.conn)
    first = index.search("Selam Tesfay")
    cache = search_postings.cache_of(ctx.conn)
    decoded = dict(cache.sets)
    assert set(cache.read) == set(decoded)  # every word read is kept as read
    asked: list[int] = []
    real = search_postings._read

    def counted(conn: object, wids: list[int]) -> dict[int, object]:
        asked.extend(wids)
        return real(conn, wids)

    monkeypatch.setattr(search_postings, "_read", counted)
    cache.sets.clear()  # dropped, least recently used first, by later queries' postings
    cache.unions.clear()
    cache.values = 0
    assert index.search("Selam Tesfay") == first
    assert asked == []  # nothing read from the store again
    assert {wid: list(values) for wid, values in cache.sets.items()} == {
        wid: list(values) for wid, values in decoded.items()
    }
    search_postings.clear(ctx.conn)  # the idle lock drops them too
    assert not cache.read and cache.read_values == 0


def test_postings_as_read_are_kept_up_to_their_bound_oldest_dropped_first(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(search_postings, "READ_VALUES", 10)
    cache = search_postings.PostingCache()
    cache.keep_read(1, array("I", range(4)))
    cache.keep_read(2, array("I", range(4)))
    cache.keep_read(1, array("I", range(5)))  # read again: counted once, now the newest
    assert list(cache.read) == [2, 1] and cache.read_values == 9
    cache.keep_read(3, array("I", range(3)))
    assert list(cache.read) == [1, 3] and cache.read_values == 8
    cache.keep_read(4, array("I", range(20)))  # one word over the bound is still kept
    assert list(cache.read) == [4] and cache.read_values == 20
    assert cache.as_read(4) == array("I", range(20)) and cache.as_read(1) is None
