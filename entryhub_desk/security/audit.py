"""The audit log: an append-only HMAC chain inside the encrypted store.

Each row is ``(seq, at, staff_id, action, subject_id, details, prev_tag, tag)`` with
``tag = HMAC-SHA256(key, canonical(seq, at, staff_id, action, subject_id, details, prev_tag))``
and ``prev_tag`` the previous row's tag (:data:`GENESIS` for the first). The key is
HKDF-SHA256 of the identity's ``audit_secret``, so re-keying the database does not break the
chain. Rows are appended under ``BEGIN IMMEDIATE`` (or inside the caller's transaction), so
two processes cannot both append the same ``seq`` and fork the chain.

:meth:`AuditLog.verify` finds edited, removed (a gap, or a broken link) and reordered rows.
A cut-off *tail* leaves a shorter, valid chain and cannot be seen locally: the chain head
(:meth:`AuditLog.head`) goes to the server at each sync, which notices a head it has already
passed. Details never hold personal data (ids and codes only).

On a full disk a session's entries are held back and written, with the time they happened, as
soon as there is room (:mod:`entryhub_desk.security.audit_deferred`).
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from entryhub_desk.config import Clock
from entryhub_desk.store.audit_rows import audit_rows, insert_audit_row, last_audit_row
from entryhub_desk.store.connection import DeskConnection, storage_errors, transaction
from entryhub_desk.store.identity import DeskIdentity, iso_utc

GENESIS: Final = "0" * 64
_HKDF_INFO: Final = b"entryhub audit chain v1"

DetailValue = str | int | float | bool | None


class AuditAction(StrEnum):
    LOGIN = "login"
    LOGOUT = "logout"
    LOGIN_FAILED = "login_failed"
    VIEW_PERSON = "view_person"
    EXPORT = "export"
    PRINT = "print"
    STAFF_ADDED = "staff_added"
    STAFF_DISABLED = "staff_disabled"
    PASSWORD_RESET = "password_reset"  # noqa: S105 - an action name
    PASSWORD_CHANGED = "password_changed"  # noqa: S105
    REKEY = "rekey"
    BACKUP = "backup"
    RESTORE = "restore"
    RECOVER = "recover"
    MERGE = "merge"
    IMPORT = "import"
    ENROL = "enrol"
    ERASE = "erase"
    RESOLVE_CONFLICT = "resolve_conflict"
    BUNDLE = "bundle"
    STAFF_ROLE_CHANGED = "staff_role_changed"
    ROLES_SIGNED = "roles_signed"  # the upgrade signed the grants of an older store
    # a person registered although likely duplicates were shown (details: their codes, reasons)
    REGISTER_CONFIRMED_NEW = "register_confirmed_new"
    CORRECT_PERSON = "correct_person"  # details: the names of the fields changed
    INTRODUCE = "introduce"  # a person introduced to an opening (details: opening, card)


class ProblemKind(StrEnum):
    EDITED = "edited"  # the row's tag does not match its content
    MISSING = "missing"  # sequence numbers skipped: rows removed
    BROKEN_LINK = "broken_link"  # prev_tag is not the previous row's tag
    REORDERED = "reordered"  # the row is intact but sits at another place in the chain


@dataclass(frozen=True)
class AuditProblem:
    seq: int
    kind: ProblemKind

    def __str__(self) -> str:
        return f"row {self.seq}: {self.kind.value}"


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str
    staff_id: str | None
    action: str
    subject_id: str | None
    details: dict[str, DetailValue]
    prev_tag: str
    tag: str


def audit_key(audit_secret: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_HKDF_INFO).derive(
        audit_secret
    )


def canonical_details(details: Mapping[str, object] | None) -> str:
    """The details as stored (TypeError for anything but scalar values)."""
    clean = dict(details or {})
    for name, value in clean.items():
        if not isinstance(name, str) or not (value is None or isinstance(value, str | int | float)):
            raise TypeError("audit details hold only scalar values")
    return json.dumps(clean, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


# (at, staff_id, action, subject_id, details, prev_tag): everything a tag covers besides seq
_Content = tuple[str, str | None, str, str | None, str, str]


def compute_tag(key: bytes, seq: int, content: _Content) -> str:
    """HMAC-SHA256 over the canonical JSON array ``[seq, at, staff_id, action, subject_id,
    details, prev_tag]``."""
    message = json.dumps(
        [seq, *content],
        separators=(",", ":"),
        ensure_ascii=False,
    ).encode("utf-8")
    return hmac.new(key, message, hashlib.sha256).hexdigest()


_MAX_REORDER_SEARCH: Final = 100  # rows to look up elsewhere in the chain before giving up


class AuditLog:
    def __init__(self, conn: DeskConnection, identity: DeskIdentity, clock: Clock) -> None:
        self._conn = conn
        self._key = audit_key(identity.audit_secret)
        self._clock = clock

    def append(
        self,
        action: AuditAction | str,
        *,
        staff_id: str | None,
        subject_id: str | None = None,
        details: Mapping[str, object] | None = None,
        at: float | None = None,
    ) -> AuditEntry:
        """Add one row at the end of the chain (``staff_id`` None: nobody logged in).

        ``details`` hold scalars only (str, int, float, bool, None; else TypeError) and never
        personal data. An unknown ``action`` raises ValueError. ``at`` is when the action
        happened (default: now); an entry a full disk held back keeps its own time.
        """
        action = AuditAction(action)
        details_text = canonical_details(details)
        when = self._clock() if at is None else at
        with transaction(self._conn):
            last = last_audit_row(self._conn)
            seq, prev_tag = (1, GENESIS) if last is None else (last[0] + 1, last[1])
            at_text = iso_utc(when)
            content = (at_text, staff_id, action.value, subject_id, details_text, prev_tag)
            tag = compute_tag(self._key, seq, content)
            insert_audit_row(
                self._conn,
                (seq, at_text, staff_id, action.value, subject_id, details_text, prev_tag, tag),
            )
        return AuditEntry(
            seq,
            at_text,
            staff_id,
            action.value,
            subject_id,
            json.loads(details_text),
            prev_tag,
            tag,
        )

    def entries(self, *, limit: int | None = None) -> list[AuditEntry]:
        """Rows in chain order (newest last); ``limit`` keeps the newest ones."""
        with storage_errors():
            rows = audit_rows(self._conn)
        if limit is not None:
            rows = rows[-limit:] if limit else []
        return [
            AuditEntry(
                int(r[0]), str(r[1]), r[2], str(r[3]), r[4], json.loads(r[5]), str(r[6]), str(r[7])
            )
            for r in rows
        ]

    def head(self) -> tuple[int, str] | None:
        """``(seq, tag)`` of the last row, for the server; None while the log is empty."""
        with storage_errors():
            return last_audit_row(self._conn)

    def verify(self) -> list[AuditProblem]:
        """Problems in the chain, in seq order; an empty list means the chain is intact.

        A row whose tag does not match is ``reordered`` when its content carries a valid tag
        for another position, else ``edited``. Skipped numbers are ``missing``. A valid row
        whose ``prev_tag`` is not its predecessor's tag is a ``broken_link`` (reported only
        when the predecessor itself looked fine, so one change is not reported twice).
        """
        with storage_errors():
            rows = audit_rows(self._conn)
        # where a moved row may have come from: up to past the end (rows cut, then renumbered)
        positions = range(1, int(rows[-1][0]) + len(rows) + 1) if rows else range(0)
        problems: list[AuditProblem] = []
        expected_seq, expected_prev, previous_ok = 1, GENESIS, True
        for row in rows:
            seq = int(row[0])
            content: _Content = (
                str(row[1]),
                None if row[2] is None else str(row[2]),
                str(row[3]),
                None if row[4] is None else str(row[4]),
                str(row[5]),
                str(row[6]),
            )
            tag = str(row[7])
            row_ok = True
            if seq > expected_seq:
                problems.append(AuditProblem(expected_seq, ProblemKind.MISSING))
                row_ok = False
            if not hmac.compare_digest(compute_tag(self._key, seq, content), tag):
                moved = len(problems) < _MAX_REORDER_SEARCH and any(
                    hmac.compare_digest(compute_tag(self._key, other, content), tag)
                    for other in positions
                    if other != seq
                )
                kind = ProblemKind.REORDERED if moved else ProblemKind.EDITED
                problems.append(AuditProblem(seq, kind))
                row_ok = False
            elif row_ok and previous_ok and content[5] != expected_prev:
                problems.append(AuditProblem(seq, ProblemKind.BROKEN_LINK))
                row_ok = False
            expected_seq, expected_prev, previous_ok = seq + 1, tag, row_ok
        return problems
