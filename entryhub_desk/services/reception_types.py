"""The values the reception service hands to its callers (kept apart from the service)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Final

from entryhub_desk.domain.consent import FIRST_NOTICE_VERSION, ConsentPurpose
from entryhub_desk.domain.person import Person
from entryhub_desk.domain.visit import Visit

CONSENT_NOTICE_VERSION: Final = FIRST_NOTICE_VERSION  # of the four first purposes


class _Unset:
    """Marker for "leave this field as it is" in :meth:`Reception.correct_visit`."""


UNSET: Final = _Unset()


@dataclass(frozen=True)
class SearchHit:
    """One search result; ``score`` is 0–100 (100: exact), results come best first.

    ``why``: the search keys that matched (``search --json`` shows them); ``reasons``: for a
    likely duplicate, why it probably is the same person (codes of
    :data:`entryhub_desk.services.duplicates.REASONS`, translated by the GUI).
    """

    person: Person
    code: str  # short code "XXXX-XXXX"
    score: float
    last_visit: datetime | None
    why: tuple[str, ...] = ()
    reasons: tuple[str, ...] = ()


@dataclass(frozen=True)
class VisitRow:
    """A line of today's visit list."""

    visit: Visit
    person: Person
    handled_by_name: str  # "" when nobody is set


@dataclass(frozen=True)
class ConsentChoice:
    """A consent given or refused explicitly at registration."""

    purpose: ConsentPurpose
    given: bool
    notice_version: str = ""  # "": the version shown for the purpose (NOTICE_VERSIONS)
