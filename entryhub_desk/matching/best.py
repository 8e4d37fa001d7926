"""The best ``limit`` matches of an opening without scoring every candidate.

The store's pre-filter knows, per candidate, how many must-have and nice-to-have skills they
hold and how close their occupation is; :func:`~entryhub_desk.matching.score.upper_bound`
turns that into the best rank key the candidate could reach (everything else met). Candidates
are loaded and scored exactly in that order, a batch at a time, until the next one's best
possible key is strictly worse than the ``limit``-th exact key found: nobody left could enter
the list (ties are still read, since must-haves met and the last visit break them). The
result is the same as scoring everyone (``tests/matching/test_best.py`` checks it).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from typing import Final

from entryhub_desk.matching.facts import PersonFacts, Wanted
from entryhub_desk.matching.occupation import Closeness
from entryhub_desk.matching.quick import Quick, quick
from entryhub_desk.matching.result import Match
from entryhub_desk.matching.score import score, upper_bound

BATCH: Final = 250
#: A person missing more must-have skills than this is not listed at all (not a near miss).
NEAR_MISS_SKILLS: Final = 1

#: per candidate: must-have and nice-to-have skills held, occupation closeness, and whether
#: they live where the opening is (``None``: not read, or not asked)
Held = tuple[int, int, Closeness, bool | None]


def _order(entries: list[tuple[Quick, PersonFacts]]) -> None:
    """Sort in place as :func:`~entryhub_desk.matching.rank.ranked` orders matches."""
    entries.sort(key=lambda e: e[1].person_id)
    entries.sort(key=lambda e: e[1].last_visit or "", reverse=True)
    entries.sort(key=lambda e: (e[0].near_miss, -e[0].score, -e[0].must_met))


def _rank(entry: tuple[Quick, PersonFacts]) -> tuple[bool, int, int]:
    return (entry[0].near_miss, -entry[0].score, -entry[0].must_met)


def best(
    wanted: Wanted,
    held: Mapping[str, Held],
    load: Callable[[list[str]], Iterable[PersonFacts]],
    *,
    limit: int,
    batch: int = BATCH,
    visits: Callable[[list[str]], Mapping[str, str]] | None = None,
) -> tuple[list[Match], int]:
    """The ranked best ``limit`` matches and how many candidates were scored (numbers only,
    :func:`~entryhub_desk.matching.quick.quick`; the explanations are made for the listed).
    ``load`` gives the facts of the listed ids that may be matched (consent, visibility).
    With ``visits``, ``load`` may leave out the last visits: only ties need them, so every
    candidate tied with the ``limit``-th is kept and ``visits`` reads theirs at the end."""
    order: list[tuple[bool, int, str]] = []
    bounds: dict[Held, tuple[bool, bool, int]] = {}  # few distinct tuples: computed once each
    for person_id, key in held.items():
        at_best = bounds.get(key)
        if at_best is None:
            at_best = bounds[key] = upper_bound(wanted, *key)
        excluded, near_miss, bound = at_best
        if not excluded:
            order.append((near_miss, -bound, person_id))
    order.sort()
    kept: list[tuple[Quick, PersonFacts]] = []
    scored = 0
    for start in range(0, len(order), batch):
        if len(kept) >= limit > 0:
            last = kept[limit - 1][0]
            near_miss, negative_bound, _ = order[start]
            if (near_miss, negative_bound) > (last.near_miss, -last.score):
                break
        chunk = [person_id for _, _, person_id in order[start : start + batch]]
        for facts in load(chunk):
            found = quick(wanted, facts)
            scored += 1
            if not found.excluded:
                kept.append((found, facts))
        if visits is None:
            _order(kept)
            del kept[max(limit, 0) :]
        else:  # ties at the boundary kept until their visits are read
            kept.sort(key=_rank)
            if len(kept) > limit > 0:
                boundary = _rank(kept[limit - 1])
                kept = kept[:limit] + [e for e in kept[limit:] if _rank(e) == boundary]
    if visits is not None:
        seen = visits([facts.person_id for _, facts in kept])
        kept = [(q, replace(f, last_visit=seen.get(f.person_id))) for q, f in kept]
        _order(kept)
        del kept[max(limit, 0) :]
    return [score(wanted, facts) for _, facts in kept], scored
