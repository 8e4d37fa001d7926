"""A person's index forms as a set, put together from each name's parts (bulk indexing).

:meth:`~entryhub_desk.search.keys.NameKeys.index_forms` of
:func:`~entryhub_desk.search.keys.name_keys` walks every token of every name for each person;
a first sync indexes thousands of persons whose given, family and original-script names recur
(a reception desk's names: hundreds of distinct words among 100,000 persons) in ever new
combinations. Here each name's tokens, variants, skeletons, joins and East Slavic folds are
computed once per distinct name (:func:`_name_parts`, cached) and a person's forms are their
unions, filtered as ``index_forms`` filters them:

- ``p`` every plain token; ``v`` variants (and abbreviation expansions) that are no plain token;
- ``s`` skeletons that are neither; ``v`` joins (adjacent tokens written as one, within a
  reading and across the given and family name) that are none of those;
- ``u`` East Slavic folds of the plain tokens, when any name shows that origin.

The same set as ``set(name_keys(*names).index_forms())`` (tested over a population and the
evaluation's names); the order of the forms is not kept (the index uses them as a set).
"""

from __future__ import annotations

import itertools
from functools import lru_cache
from typing import NamedTuple

from entryhub_desk.memo import personal
from entryhub_desk.search.keys import join_forms, name_readings, word_forms
from entryhub_desk.search.slavic import has_evidence, slavic_forms


class _Parts(NamedTuple):
    plain: frozenset[str]
    variants: frozenset[str]
    skeletons: frozenset[str]
    joins: frozenset[str]
    slavic: frozenset[str]  # folds of the plain tokens (used if any name shows the origin)
    evidence: bool  # this name shows East Slavic origin
    first: tuple[str, ...]  # the first reading's tokens (for the join across names)


@personal
@lru_cache(maxsize=16384)
def _name_parts(name: str) -> _Parts:
    plain: list[str] = []
    found_v: list[str] = []
    found_s: list[str] = []
    joins: list[str] = []
    readings = name_readings(name)
    for reading in readings:
        plain.extend(reading)
        for token in reading:
            forms = word_forms(token)
            found_v.extend(forms.variants)
            found_v.extend(forms.expansions)
            found_s.extend(forms.skeletons)
        for left, right in itertools.pairwise(reading):
            joins.extend(join_forms(left, right))
    words = frozenset(w for w in plain if w)
    return _Parts(
        plain=words,
        variants=frozenset(w for w in found_v if w),
        skeletons=frozenset(w for w in found_s if w),
        joins=frozenset(w for w in joins if w),
        slavic=frozenset(f for w in words for f in slavic_forms(w) if f),
        evidence=has_evidence([name], plain),
        first=readings[0] if readings else (),
    )


def _firsts(names: tuple[str | None, ...]) -> list[tuple[str, ...]]:
    """Each name's first reading (empty for no name)."""
    return [_name_parts(name).first if name else () for name in names]


def person_word_count(*names: str | None) -> int:
    """:func:`~entryhub_desk.search.keys.word_count` from the cached parts."""
    firsts = _firsts(names)
    latin = sum(len(first) for first in firsts[:2])
    return latin or max((len(first) for first in firsts), default=0)


def index_form_set(*names: str | None) -> frozenset[str]:
    """``set(name_keys(*names).index_forms())``."""
    parts = [_name_parts(name) for name in names if name]
    plain = frozenset().union(*(p.plain for p in parts))
    variants = frozenset().union(*(p.variants for p in parts))
    skeletons = frozenset().union(*(p.skeletons for p in parts))
    joins = set().union(*(p.joins for p in parts))
    firsts = [first for first in _firsts(names[:2]) if first]
    if len(firsts) == 2:
        joins.update(w for w in join_forms(firsts[0][-1], firsts[1][0]) if w)
    spelled = plain | variants
    found = {f"p{w}" for w in plain}
    found.update(f"v{w}" for w in variants - plain)
    found.update(f"s{w}" for w in skeletons - spelled)
    found.update(f"v{w}" for w in joins - spelled - skeletons)
    if any(p.evidence for p in parts):
        found.update(f"u{w}" for p in parts for w in p.slavic)
    return frozenset(found)
