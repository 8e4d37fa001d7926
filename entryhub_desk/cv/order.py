"""The order of dated entries on a CV: newest first, current first, a manual order kept.

Positions in the profile are always set (a new entry goes to the end), so the CV cannot tell
a chosen order from the order of typing by the positions alone. It tells them apart by the
dates: a profile whose dated entries run oldest first or newest first was typed in date order
and is printed newest first; any other order was arranged by hand (the volunteer moved an
entry up or down, e.g. the most relevant job first) and is kept as it is.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import pairwise
from typing import TypeVar

from entryhub_desk.domain.profile import PartialDate

_T = TypeVar("_T")
# (current, latest date, earliest date): current entries first, then by the end, then the start.
SortKey = tuple[int, tuple[int, int, int], tuple[int, int, int]]


def _ordinal(value: PartialDate | None) -> tuple[int, int, int]:
    if value is None:
        return (0, 0, 0)
    return (value.year, value.month or 0, value.day or 0)


def date_key(start: PartialDate | None, end: PartialDate | None, *, current: bool) -> SortKey:
    """Larger is newer. ``current`` (still going on) sorts before everything that ended."""
    latest = end if end is not None else start
    return (1 if current else 0, _ordinal(latest), _ordinal(start))


def is_manual(keys: Sequence[SortKey]) -> bool:
    """True when the dated entries run neither oldest first nor newest first."""
    ascending = all(a <= b for a, b in pairwise(keys))
    descending = all(a >= b for a, b in pairwise(keys))
    return not (ascending or descending)


def newest_first(items: Sequence[_T], key: Callable[[_T], SortKey | None]) -> list[_T]:
    """``items`` newest first (undated ones after the dated, in their profile order), unless
    the profile's order of the dated entries was set by hand: then unchanged."""
    keyed = [(item, key(item)) for item in items]
    dated = [(item, k) for item, k in keyed if k is not None]
    if is_manual([k for _, k in dated]):
        return list(items)
    ordered = sorted(dated, key=lambda pair: pair[1], reverse=True)  # stable for equal dates
    return [item for item, _ in ordered] + [item for item, k in keyed if k is None]
