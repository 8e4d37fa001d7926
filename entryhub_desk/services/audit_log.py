"""Reading the audit log (coordinators, issue 14): filter by member, action and date, and
export what is shown as CSV.

The log holds ids and codes only (never a name, a phone or a note): a row shows the member's
name (from the staff list), the action, the subject's short code and the details as
``key=value`` text. The export is itself audited (``export``, ``what=audit``).
"""

from __future__ import annotations

import csv
import io
import json
import logging
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from entryhub_desk.domain.staff import Action
from entryhub_desk.errors import DeskError
from entryhub_desk.ids import short_code
from entryhub_desk.services.session import Session
from entryhub_desk.store.audit_rows import audit_actions, newest_audit_rows
from entryhub_desk.store.connection import storage_errors
from entryhub_desk.store.identity import iso_utc

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

    def members(self) -> list[tuple[str, str]]:
        """``(staff id, name)`` of every member, for the filter."""
        from entryhub_desk.services.staff import StaffService

        self._session.require(Action.CHECK)
        return [(m.id, m.name) for m in StaffService(self._session).list_staff()]

    def actions(self) -> list[str]:
        """The actions the log holds, sorted."""
        self._session.require(Action.CHECK)
        with storage_errors():
            return audit_actions(self._session.opened.conn)

    def entries(self, chosen: AuditFilter | None = None, *, limit: int = 5000) -> list[AuditRow]:
        """Rows matching ``chosen``, newest first, at most ``limit``."""
        wanted = chosen or AuditFilter()
        names = dict(self.members())
        start = _local_midnight(wanted.first_day) if wanted.first_day else None
        end = _local_midnight(wanted.last_day + timedelta(days=1)) if wanted.last_day else None
        with storage_errors():
            found = newest_audit_rows(
                self._session.opened.conn,
                staff_id=wanted.staff_id,
                action=wanted.action,
                since=iso_utc(start.timestamp()) if start else None,
                before=iso_utc(end.timestamp()) if end else None,
                limit=limit,
            )
        rows: list[AuditRow] = []
        for seq, at_text, staff_id, action, subject_id, details_text, *_tags in found:
            details = json.loads(details_text)
            rows.append(
                AuditRow(
                    seq=int(seq),
                    at=datetime.fromisoformat(str(at_text).replace("Z", "+00:00")),
                    staff_id=staff_id,
                    staff_name=names.get(staff_id or "", ""),
                    action=str(action),
                    subject=_code(subject_id),
                    details=", ".join(f"{k}={v}" for k, v in sorted(details.items())),
                )
            )
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
