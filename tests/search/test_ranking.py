from __future__ import annotations

from entryhub_desk.search.keys import query_words
from entryhub_desk.search.ranking import Candidate, rank


def _candidate(key: int, *names: str) -> Candidate:
    return Candidate(key, names)


def test_the_spelling_typed_comes_first() -> None:
    candidates = [
        _candidate(1, "محمد", "علي"),
        _candidate(2, "Maxamed", "Cali"),
        _candidate(3, "Mohamed", "Ali Hassan"),
        _candidate(4, "Mohamed", "Ali"),
        _candidate(5, "Amina", "Yusuf"),
    ]
    ranked = rank(query_words("Mohamed Ali"), candidates, limit=5)
    keys = [c.key for c, _ in ranked]
    assert keys[:2] == [4, 3]
    assert set(keys[2:4]) == {1, 2}
    assert keys[-1] == 5
    assert all(0 <= score <= 100 for _, score in ranked)
    assert ranked[0][1] == 100.0


def test_an_unfinished_last_word_counts() -> None:
    candidates = [_candidate(1, "Yohannes", "Tesfay"), _candidate(2, "Yonas", "Tekle")]
    ranked = rank(query_words("yohan"), candidates, limit=2)
    assert ranked[0][0].key == 1


def test_a_candidates_tokens_and_joins_hold_no_dict_of_their_own() -> None:
    # the ranking caches keep the tokens of thousands of names: each object in them is
    # walked by the cycle collector, and a dict per token doubled their number
    candidate = _candidate(1, "Gebre Medhin", "Tesfay")
    assert candidate.tokens and candidate.joins
    assert not any(hasattr(t, "__dict__") for t in (*candidate.tokens, *candidate.joins))
