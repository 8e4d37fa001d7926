"""The order of matches: every must-have met first, then score, then more must-haves met,
then the most recent visit (then the ids, so the order never depends on reading order)."""

from __future__ import annotations

from collections.abc import Iterable

from entryhub_desk.matching.result import Match


def rank_key(match: Match) -> tuple[bool, int, int]:
    """The main ascending sort key; ties go by the last visit (:func:`ranked`)."""
    return (match.near_miss, -match.score, -match.must_met)


def ranked(matches: Iterable[Match], *, limit: int | None = None) -> list[Match]:
    """The listed matches (the excluded left out), best first. Stable sorts from the last key
    to the first: ids, then the last visit (latest first; none last), then :func:`rank_key`."""
    listed = sorted(
        (m for m in matches if not m.excluded), key=lambda m: (m.person_id, m.opening_id)
    )
    listed.sort(key=lambda m: m.last_visit or "", reverse=True)
    listed.sort(key=rank_key)
    return listed if limit is None else listed[:limit]
