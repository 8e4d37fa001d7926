"""Store imported openings through :class:`EmployersService` and :class:`OpeningsService`.

:func:`import_openings` reads a spreadsheet (``.xlsx``/``.csv``,
:mod:`~entryhub_desk.importing.openings`) or JobSearch ads (``.json``,
:mod:`~entryhub_desk.importing.jobsearch`) and stores the drafts. The employer of each is
found by organisation number, else by name (case-insensitive; two employers of that name and
no number to tell them apart reject the row), else created. An opening imported before from
the same ``source`` (``jobsearch:<ad id>``, ``sheet:…``) is updated, never duplicated: its id,
who added it and when stay, and so do its state (unless the row sets one) and the hard
requirements a person marked (unless the row gives some).

The whole import is one transaction (cancelling leaves the store as it was); each draft is a
savepoint, so one refused while it is stored leaves nothing behind and is reported.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Final

from entryhub_desk.domain.employers import Employer, Opening, OpeningState
from entryhub_desk.domain.staff import Action
from entryhub_desk.errors import DeskError
from entryhub_desk.importing.opening_values import (
    LabelFinder,
    OpeningDraft,
    OpeningImportReport,
    problem_of,
)
from entryhub_desk.services.employers import EmployersService
from entryhub_desk.services.openings import OpeningsService
from entryhub_desk.store.connection import transaction

if TYPE_CHECKING:
    from entryhub_desk.services.session import Session

PROGRESS_EVERY: Final = 100
_FILLED: Final = frozenset({"id", "employer_id", "title", "added_by_hub", "added_by", "added_at"})

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


def read_file(
    path: Path, finder: LabelFinder | None = None
) -> tuple[list[OpeningDraft], OpeningImportReport]:
    """The drafts and report of a spreadsheet or a JobSearch JSON file (nothing stored)."""
    suffix = path.suffix.lower()
    if suffix == ".json":
        from entryhub_desk.importing.jobsearch import read_ads

        return read_ads(path, finder=finder)
    if suffix in (".csv", ".xlsx", ".xlsm"):
        from entryhub_desk.importing.openings import read_openings

        return read_openings(path, finder=finder)
    raise DeskError("import.unsupported_opening_file", suffix=suffix or "?")


def import_openings(
    session: Session,
    path: Path,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> OpeningImportReport:
    """Read ``path`` and store its openings; see the module documentation."""
    session.require(Action.MANAGE_EMPLOYERS)
    drafts, report = read_file(path)
    return store_drafts(session, drafts, report, progress=progress, cancelled=cancelled)


class _Cancel(Exception):
    pass


def store_drafts(
    session: Session,
    drafts: list[OpeningDraft],
    report: OpeningImportReport,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> OpeningImportReport:
    session.require(Action.MANAGE_EMPLOYERS)
    store = _Store(session, report)
    total = len(drafts)
    try:
        with transaction(session.context.conn):
            for done, draft in enumerate(drafts, start=1):
                if cancelled is not None and cancelled():
                    raise _Cancel
                store.add(draft)
                if progress is not None and (done % PROGRESS_EVERY == 0 or done == total):
                    progress(done, total)
    except _Cancel:
        return OpeningImportReport(
            rows=report.rows, unknown_columns=report.unknown_columns, cancelled=True
        )
    report.rejected.sort(key=lambda p: p.row)
    report.unmapped.sort(key=lambda p: p.row)
    return report


class _Store:
    """The employers known so far (by organisation number and by name) and the writes."""

    def __init__(self, session: Session, report: OpeningImportReport) -> None:
        self.session = session
        self.report = report
        self.employers = EmployersService(session)
        self.openings = OpeningsService(session)
        self.by_org: dict[str, Employer] = {}
        self.by_name: dict[str, list[Employer]] = {}
        for employer in self.employers.list():
            self._remember(employer)
        # what was imported before, by source (the first one added, as by_source finds it)
        self.by_source: dict[str, Opening] = {}
        for opening in sorted(self.openings.list(), key=lambda o: (o.added_at, o.id)):
            if opening.source:
                self.by_source.setdefault(opening.source, opening)

    def _remember(self, employer: Employer) -> None:
        if employer.org_number:
            self.by_org[employer.org_number] = employer
        self.by_name.setdefault(employer.name.casefold(), []).append(employer)

    def add(self, draft: OpeningDraft) -> None:
        try:
            with transaction(self.session.context.conn):
                employer, created, opening = self._add(draft)
        except DeskError as error:
            if error.code.startswith("store."):
                raise
            self.report.rejected.append(problem_of(draft.row, error))
            return
        # remembered only once the row is in: a refused row rolls its employer back too
        if created:
            self._remember(employer)
            self.report.employers_created += 1
        if opening.source:
            self.by_source.setdefault(opening.source, opening)

    def _employer(self, draft: OpeningDraft) -> tuple[Employer, bool]:
        ref = draft.employer
        if ref.org_number and ref.org_number in self.by_org:
            return self.by_org[ref.org_number], False
        named = self.by_name.get(ref.name.casefold(), [])
        if ref.org_number:  # an employer of that name with no number, or with this one
            named = [e for e in named if e.org_number in (None, ref.org_number)]
        if len(named) > 1:
            raise DeskError("employer.ambiguous", name=ref.name)
        if named:
            return named[0], False
        municipality = ref.municipality or draft.opening.municipality
        employer = self.employers.add(
            ref.name, org_number=ref.org_number, municipality=municipality
        )
        return employer, True

    def _add(self, draft: OpeningDraft) -> tuple[Employer, bool, Opening]:
        employer, created = self._employer(draft)
        opening = draft.opening
        existing = self.by_source.get(opening.source) if opening.source else None
        if existing is None:
            fields = {
                f.name: getattr(opening, f.name)
                for f in dataclasses.fields(Opening)
                if f.name not in _FILLED
            }
            stored = self.openings.add(employer_id=employer.id, title=opening.title, **fields)
            self.report.created += 1
            return employer, created, stored
        updated = dataclasses.replace(
            opening,
            id=existing.id,
            employer_id=employer.id,
            added_by_hub=existing.added_by_hub,
            added_by=existing.added_by,
            added_at=existing.added_at,
            state=opening.state if opening.state != OpeningState.OPEN else existing.state,
            hard=opening.hard or existing.hard,
        )
        if updated == existing:
            self.report.unchanged += 1
            return employer, created, existing
        stored = self.openings.save(updated)
        self.report.updated += 1
        self.by_source[opening.source] = stored
        return employer, created, stored
