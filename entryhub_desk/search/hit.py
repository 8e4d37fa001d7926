"""One search result (the vocabulary of ``why`` is in :mod:`entryhub_desk.store.search_index`)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class IndexHit:
    person_id: str
    code: str
    score: float  # 0–100
    kind: str  # "code", "phone" or "name"
    why: tuple[str, ...] = ()  # the keys that matched (``search --json`` shows them)
