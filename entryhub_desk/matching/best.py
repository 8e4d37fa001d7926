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
from typing import Final

from entryhub_desk.matching.facts import PersonFacts, Wanted
from entryhub_desk.matching.occupation import Closeness
from entryhub_desk.matching.rank import ranked
from entryhub_desk.matching.result import Match
from entryhub_desk.matching.score import score, upper_bound

BATCH: Final = 250
#: A person missing more must-have skills than this is not listed at all (not a near miss).
NEAR_MISS_SKILLS: Final = 1

#: per candidate: (must-have skills held, nice-to-have skills held, occupation closeness)
Held = tuple[int, int, Closeness]


def best(
    wanted: Wanted,
    held: Mapping[str, Held],
    load: Callable[[list[str]], Iterable[PersonFacts]],
    *,
    limit: int,
    batch: int = BATCH,
) -> tuple[list[Match], int]:
    """The ranked best ``limit`` matches and how many candidates were scored exactly.
    ``load`` gives the facts of the listed ids that may be matched (consent, visibility)."""
    order: list[tuple[bool, int, str]] = []
    for person_id, (must, nice, closeness) in held.items():
        excluded, near_miss, bound = upper_bound(wanted, must, nice, closeness)
        if not excluded:
            order.append((near_miss, -bound, person_id))
    order.sort()
    found: list[Match] = []
    scored = 0
    for start in range(0, len(order), batch):
        if len(found) >= limit > 0:
            last = found[limit - 1]
            near_miss, negative_bound, _ = order[start]
            if (near_miss, negative_bound) > (last.near_miss, -last.score):
                break
        chunk = [person_id for _, _, person_id in order[start : start + batch]]
        matches = [score(wanted, facts) for facts in load(chunk)]
        scored += len(matches)
        found = ranked([*found, *matches], limit=limit)
    return found, scored
