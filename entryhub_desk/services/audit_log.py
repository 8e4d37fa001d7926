"""Reading the audit log (coordinators, issue 14): filter by member, action and date, and
export what is shown as CSV.

The log holds ids and codes only (never a name, a phone or a note): a row shows the member's
name (from the staff list), the action, the subject's short code and the details as
``key=value`` text. The export is itself audited (``export``, ``what=audit``).
"""

from __future__ import annotations

import csv
import io
import logging
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from entryhub_desk.domain.staff import Action
from entryhub_desk.errors import DeskError
from entryhub_desk.ids import short_code
from entryhub_desk.security.audit import AuditLog
from entryhub_desk.services.session import Session

log = logging.getLogger(__name__)

CSV_HEADER = ("seq", "time_utc", "member", "action", "subject", "details")


@dataclass(frozen=True)
class AuditRow:
    seq: int
    at: datetime  # aware, UTC
    staff_id: str | None
    staff_name: str  # "" when no member (a failed log-in of an unknown name)
    action: str
    subject: str  # the subject's short code, or ""
    details: str  # key=value pairs


@dataclass(frozen=True)
class AuditFilter:
    staff_id: str | None = None
    action: str | None = None
    first_day: date | None = None  # local days, both included
    last_day: date | None = None


class AuditService:
    def __init__(self, session: Session) -> None:
        self._session = session

    def _log(self) -> AuditLog:
        self._session.require(Action.CHECK)
        opened = self._session.opened
        return AuditLog(opened.conn, opened.identity, self._session.desk.config.clock)

    def members(self) -> list[tuple[str, str]]:
        """``(staff id, name)`` of every member, for the filter."""
        from entryhub_desk.services.staff import StaffService

        self._session.require(Action.CHECK)
        return [(m.id, m.name) for m in StaffService(self._session).list_staff()]

    def actions(self) -> list[str]:
        """The actions the log holds, sorted."""
        return sorted({entry.action for entry in self._log().entries()})

    def entries(self, chosen: AuditFilter | None = None, *, limit: int = 5000) -> list[AuditRow]:
        """Rows matching ``chosen``, newest first, at most ``limit``."""
        wanted = chosen or AuditFilter()
        names = dict(self.members())
        start = _local_midnight(wanted.first_day) if wanted.first_day else None
        end = _local_midnight(wanted.last_day + timedelta(days=1)) if wanted.last_day else None
        rows: list[AuditRow] = []
        for entry in reversed(self._log().entries()):
            at = datetime.fromisoformat(entry.at.replace("Z", "+00:00")).astimezone(UTC)
            if wanted.staff_id is not None and entry.staff_id != wanted.staff_id:
                continue
            if wanted.action is not None and entry.action != wanted.action:
                continue
            if (start is not None and at < start) or (end is not None and at >= end):
                continue
            rows.append(
                AuditRow(
                    seq=entry.seq,
                    at=at,
                    staff_id=entry.staff_id,
                    staff_name=names.get(entry.staff_id or "", ""),
                    action=entry.action,
                    subject=_code(entry.subject_id),
                    details=", ".join(f"{k}={v}" for k, v in sorted(entry.details.items())),
                )
            )
            if len(rows) >= limit:
                break
        return rows

    def export_csv(self, rows: list[AuditRow], path: Path) -> None:
        """Write ``rows`` as UTF-8 CSV (owner-only, atomically) and audit the export."""
        from entryhub_desk.security.atomic import atomic_write_bytes

        self._session.require(Action.CHECK)
        text = io.StringIO()
        writer = csv.writer(text)
        writer.writerow(CSV_HEADER)
        for row in rows:
            writer.writerow(
                [
                    row.seq,
                    row.at.strftime("%Y-%m-%dT%H:%M:%SZ"),
                    _cell(row.staff_name),
                    row.action,
                    row.subject,
                    _cell(row.details),
                ]
            )
        try:
            atomic_write_bytes(path, text.getvalue().encode("utf-8"))
        except OSError as error:
            log.warning("writing the audit export failed: %s", type(error).__name__)
            raise DeskError("file.write_failed", path=str(path)) from None
        self._session.audit("export", details={"what": "audit", "rows": len(rows)})


def _local_midnight(day: date) -> datetime:
    return datetime.combine(day, time()).astimezone().astimezone(UTC)


def _code(subject_id: str | None) -> str:
    if not subject_id:
        return ""
    try:
        return short_code(subject_id)
    except ValueError:
        return ""


def _cell(text: str) -> str:
    """A spreadsheet never runs a cell as a formula (a member's name may start with =)."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text
