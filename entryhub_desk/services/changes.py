"""What a change to the store touched, for the screens that show it (Qt-free).

Every mutation of the services reports a :class:`Changes` through the session
(:meth:`Session.publish <entryhub_desk.services.session.Session.publish>`): the registration of
a visitor, a check-in, a consent, a correction of details, a profile entry, a merge, an
erasure, an import, a sync round (the persons its pulled changes touched and the persons it
purged, from :class:`~entryhub_desk.sync.engine.RoundResult`). On the GUI side one object
(``views/change_hub.ChangeHub``) turns them into one Qt signal that every open page hears, so
what a page shows is current whoever made the change (the same page, another page, the
background sync). Modelled on Anki's ``OpChanges``: a small value saying *what kind* of data
changed (and here, for whom), never the data itself; a page decides what to reload.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


def _ids(values: Iterable[str] | None) -> frozenset[str]:
    return frozenset(values or ())


@dataclass(frozen=True)
class Changes:
    """Person ids per kind of data changed; ``everything`` when the scope is unknown (a
    bundle, a whole import): then every page reloads what it shows."""

    persons: frozenset[str] = frozenset()  # details of these persons (new ones too)
    visits: frozenset[str] = frozenset()  # visits of these persons
    consents: frozenset[str] = frozenset()  # consent records of these persons
    profiles: frozenset[str] = frozenset()  # profile entries of these persons
    introductions: frozenset[str] = frozenset()  # introductions to openings of these persons
    gone: frozenset[str] = frozenset()  # erased, purged or merged away: nothing to show
    merged: tuple[tuple[str, str], ...] = ()  # (merged away, kept) pairs
    staff: bool = False  # staff accounts
    everything: bool = False
    conflicts: bool = False  # sync conflicts were settled
    employers: bool = False  # employers, their contacts or log (network records)
    openings: bool = False  # openings of employers (network records)

    @classmethod
    def of(
        cls,
        *,
        persons: Iterable[str] | None = None,
        visits: Iterable[str] | None = None,
        consents: Iterable[str] | None = None,
        profiles: Iterable[str] | None = None,
        introductions: Iterable[str] | None = None,
        gone: Iterable[str] | None = None,
        merged: Iterable[tuple[str, str]] = (),
        staff: bool = False,
        everything: bool = False,
        conflicts: bool = False,
        employers: bool = False,
        openings: bool = False,
    ) -> Changes:
        return cls(
            persons=_ids(persons),
            visits=_ids(visits),
            consents=_ids(consents),
            profiles=_ids(profiles),
            introductions=_ids(introductions),
            gone=_ids(gone),
            merged=tuple(merged),
            staff=staff,
            everything=everything,
            conflicts=conflicts,
            employers=employers,
            openings=openings,
        )

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            persons=self.persons | other.persons,
            visits=self.visits | other.visits,
            consents=self.consents | other.consents,
            profiles=self.profiles | other.profiles,
            introductions=self.introductions | other.introductions,
            gone=self.gone | other.gone,
            merged=self.merged + tuple(m for m in other.merged if m not in self.merged),
            staff=self.staff or other.staff,
            everything=self.everything or other.everything,
            conflicts=self.conflicts or other.conflicts,
            employers=self.employers or other.employers,
            openings=self.openings or other.openings,
        )

    @property
    def empty(self) -> bool:
        return self == Changes()

    @property
    def touched(self) -> frozenset[str]:
        """Every person whose shown data may have changed (gone ones included)."""
        touched = self.persons | self.visits | self.consents | self.profiles
        return touched | self.introductions | self.gone

    def about(self, person_id: str | None) -> bool:
        """Does this change touch what is shown of ``person_id``?"""
        return person_id is not None and (self.everything or person_id in self.touched)

    def is_gone(self, person_id: str | None) -> bool:
        return person_id is not None and person_id in self.gone

    def kept_for(self, person_id: str | None) -> str | None:
        """Where a merged-away person went (the kept record), else None."""
        for merged, kept in self.merged:
            if merged == person_id:
                return kept
        return None


NOTHING = Changes()
