"""Search quality: recall in the top 5 over the variant set among 10,000 synthetic visitors."""

from __future__ import annotations

from collections import Counter

from entryhub_desk.ids import short_code
from entryhub_desk.store.search_index import SearchIndex
from tests.search.conftest import QualityStore
from tests.search.variant_cases import NAME_CASES, PHONE_CASES

RECALL_FLOOR = 0.98
TOP = 5


def test_the_variant_set_is_large_enough() -> None:
    assert len(NAME_CASES) + len(PHONE_CASES) >= 60
    assert len({kind for kind, _, _ in NAME_CASES}) >= 10


def test_recall_in_top_5(quality_store: QualityStore) -> None:
    index = SearchIndex(quality_store.conn)
    found = 0
    total = 0
    misses: list[str] = []
    per_class: Counter[str] = Counter()
    per_class_found: Counter[str] = Counter()
    cases = [(kind, query, pid) for kind, query, pid in quality_store.name_targets]
    cases += [("phone", query, pid) for query, pid in quality_store.phone_targets]
    # short codes, typed loosely
    for _, _, pid in quality_store.name_targets[:2]:
        cases.append(("short_code", short_code(pid).lower().replace("-", " "), pid))
    for kind, query, person_id in cases:
        ids = [hit.person_id for hit in index.search(query, limit=TOP)]
        total += 1
        per_class[kind] += 1
        if person_id in ids:
            found += 1
            per_class_found[kind] += 1
        else:
            misses.append(f"{kind}: {query!r}")
    recall = found / total
    print(f"\nsearch recall@{TOP}: {recall:.3f} ({found}/{total} cases, 10,000 visitors)")
    for kind in sorted(per_class):
        print(f"  {kind}: {per_class_found[kind]}/{per_class[kind]}")
    for miss in misses:
        print(f"  missed {miss}")
    assert recall >= RECALL_FLOOR, misses
