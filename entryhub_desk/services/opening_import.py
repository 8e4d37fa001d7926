"""Import of openings for the screens: a spreadsheet (``.xlsx``/``.csv``) or JobSearch ads
(``.json``), with progress and cancel; see :mod:`entryhub_desk.importing.opening_store`.

Views may not import :mod:`entryhub_desk.importing`; they use :class:`OpeningImportService`
and the report types re-exported here.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from entryhub_desk.domain.staff import Action
from entryhub_desk.importing.opening_store import Cancelled, Progress
from entryhub_desk.importing.opening_values import OpeningImportReport
from entryhub_desk.importing.visitors import RowProblem

if TYPE_CHECKING:
    from entryhub_desk.services.session import Session

__all__ = ["OpeningImportReport", "OpeningImportService", "RowProblem"]


class OpeningImportService:
    def __init__(self, session: Session) -> None:
        self._session = session

    def check(self, path: Path) -> OpeningImportReport:
        """What importing ``path`` would reject or leave unmapped, nothing stored (``created``
        stays 0): a preview before the import."""
        from entryhub_desk.importing.opening_store import read_file

        self._session.require(Action.MANAGE_EMPLOYERS)
        return read_file(path)[1]

    def import_file(
        self,
        path: Path,
        *,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> OpeningImportReport:
        """Store the openings of ``path``; one transaction (a cancel leaves nothing)."""
        from entryhub_desk.importing.opening_store import import_openings

        return import_openings(self._session, path, progress=progress, cancelled=cancelled)
