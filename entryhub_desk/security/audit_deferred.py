"""Audit entries held back while the disk is full, written with their own time when there is room.

See :class:`DeferringAuditLog`; the pre-allocated file that keeps them across programs is
:mod:`entryhub_desk.security.audit_held`.
"""

from __future__ import annotations

import contextlib
import logging
import secrets
import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from typing import Any, Final

from entryhub_desk.config import Clock
from entryhub_desk.errors import DeskError
from entryhub_desk.security.audit import AuditAction, AuditLog, canonical_details
from entryhub_desk.security.audit_held import HeldAuditFile
from entryhub_desk.store.connection import DeskConnection

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class HeldEntry:
    """An audit entry a full disk held back: written later with its own time.

    ``spilled``: also kept in the held-audit file (another program may write it first)."""

    id: str
    action: str
    staff_id: str | None
    subject_id: str | None
    details: Mapping[str, object] | None
    at: float
    spilled: bool = False

    def stored(self) -> dict[str, object]:
        return {
            "action": self.action,
            "staff_id": self.staff_id,
            "subject_id": self.subject_id,
            "details": dict(self.details or {}),
            "at": self.at,
        }

    @classmethod
    def from_stored(cls, entry_id: str, value: Mapping[str, Any]) -> HeldEntry:
        details = value.get("details")
        at = value["at"]
        if not isinstance(details, dict) or not isinstance(at, int | float):
            raise ValueError(entry_id)
        canonical_details(details)
        return cls(
            entry_id,
            AuditAction(str(value["action"])).value,
            _optional_text(value.get("staff_id")),
            _optional_text(value.get("subject_id")),
            details,
            float(at),
            spilled=True,
        )


def _optional_text(value: object) -> str | None:
    if value is None or isinstance(value, str):
        return value
    raise ValueError("not text")


class DeferringAuditLog:
    """Appends to an :class:`AuditLog`, holding entries back while the disk is full.

    A log-in, a search or a look at a record must work on a full disk, and their entries must
    not be lost: an entry that finds no room is held (in order, with the time it happened),
    in memory and in the pre-allocated held-audit file (``spill``, when there is one), and
    written as soon as there is room — before the next entry, by a retry timer every
    ``retry_seconds``, at :meth:`close`, or by the next session of any program (entries from
    the file are written in time order before that session's own). Inside the caller's own
    transaction nothing is held back: the error reaches the caller, whose write fails with it.
    At most :data:`MAX_HELD` entries are held; beyond that ``store.disk_full`` is raised.
    """

    MAX_HELD: Final = 10_000

    def __init__(
        self,
        log: AuditLog,
        conn: DeskConnection,
        clock: Clock,
        *,
        spill: HeldAuditFile | None = None,
        retry_seconds: float = 30.0,
    ) -> None:
        self._log = log
        self._conn = conn
        self._clock = clock
        self._spill = spill
        self.retry_seconds = retry_seconds
        self._held: list[HeldEntry] = []
        self._lock = threading.RLock()
        self._timer: threading.Timer | None = None
        self._closed = False
        # entries of other programs in the file are written at this session's first entry
        self._file_settled = spill is None
        if spill is not None:
            spill.prepare()

    def rebind(self, log: AuditLog, conn: DeskConnection) -> None:
        """Write through another connection from now on (held entries stay held)."""
        with self._lock:
            self._log, self._conn = log, conn

    @property
    def held(self) -> int:
        """Entries of this session waiting for disk space."""
        with self._lock:
            return len(self._held)

    def append(
        self,
        action: AuditAction | str,
        *,
        staff_id: str | None,
        subject_id: str | None = None,
        details: Mapping[str, object] | None = None,
    ) -> bool:
        """Write the entry (True) or hold it back because the disk is full (False)."""
        action = AuditAction(action)
        canonical_details(details)  # a bad entry fails now, not when it is written
        entry = HeldEntry(
            secrets.token_hex(16), action.value, staff_id, subject_id, details, self._clock()
        )
        with self._conn.desk_lock, self._lock:
            if self._conn.in_transaction:  # this thread's transaction: no holding back
                self._write(entry)
                return True
            if len(self._held) >= self.MAX_HELD:
                raise DeskError("store.disk_full", path=str(self._conn.desk_path.parent))
            if not self._held and self._file_settled:  # the usual case: straight in
                try:
                    self._write(entry)
                    return True
                except DeskError as error:
                    if error.code != "store.disk_full":
                        raise
                self._held.append(entry)
                written = False
            else:
                self._held.append(entry)
                try:
                    written = self._flush_held()
                except BaseException:
                    if entry in self._held:
                        self._held.remove(entry)  # the caller sees the error: not kept
                    raise
            if not written:
                log.warning("the disk is full: %d audit entries held back", len(self._held))
                self._spill_held()
                self._schedule()
            return written

    def flush(self) -> bool:
        """Write what is held back; True when nothing of this session is left waiting."""
        with self._conn.desk_lock, self._lock:
            return self._closed or self._flush_held()

    def close(self) -> int:
        """A last attempt before the store closes; returns the entries lost (held, and not in
        the held-audit file for a later session)."""
        with self._conn.desk_lock, self._lock:
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
            if not self._closed:
                with contextlib.suppress(DeskError):
                    self._flush_held()
                self._spill_held()
            self._closed = True
            lost = sum(1 for entry in self._held if not entry.spilled)
            if lost:
                log.error("the disk is full: %d audit entries could not be written", lost)
            return lost

    def _write(self, entry: HeldEntry) -> None:
        self._log.append(
            entry.action,
            staff_id=entry.staff_id,
            subject_id=entry.subject_id,
            details=entry.details,
            at=entry.at,
        )

    def _flush_held(self) -> bool:
        """Write the held entries (this session's and the file's) in time order; False when
        the disk is still full."""
        with self._stored() as stored:
            mine = {entry.id for entry in self._held}
            waiting = list(self._held)
            if stored is not None:
                waiting += _from_file(stored, skip=mine)
            waiting.sort(key=lambda entry: entry.at)
            for entry in waiting:
                if (
                    entry.id in mine
                    and entry.spilled
                    and stored is not None
                    and self._spill is not None
                    and self._spill.readable
                    and entry.id not in stored
                ):
                    self._held.remove(entry)  # another program has written it
                    continue
                try:
                    self._write(entry)
                except DeskError as error:
                    if error.code != "store.disk_full":
                        raise
                    return False
                if entry.id in mine:
                    self._held.remove(entry)
                if stored is not None:
                    stored.pop(entry.id, None)
            self._file_settled = True
            return True

    def _spill_held(self) -> None:
        """Copy held entries into the pre-allocated file, as far as they fit."""
        if self._spill is None or all(entry.spilled for entry in self._held):
            return
        try:
            with self._stored() as stored:
                if stored is None:
                    return
                for index, entry in enumerate(self._held):
                    if entry.spilled:
                        continue
                    trial = {**stored, entry.id: entry.stored()}
                    if not self._spill.fits(trial):
                        break
                    stored[entry.id] = trial[entry.id]
                    self._held[index] = replace(entry, spilled=True)
        except OSError:
            log.warning("the held-audit file cannot be written")

    @contextlib.contextmanager
    def _stored(self) -> Iterator[dict[str, dict[str, Any]] | None]:
        if self._spill is None:
            yield None
            return
        with self._spill.entries() as stored:
            yield stored

    def _schedule(self) -> None:
        if self._timer is not None or self._closed:
            return
        self._timer = threading.Timer(self.retry_seconds, self._retry)
        self._timer.daemon = True
        self._timer.start()

    def _retry(self) -> None:
        with self._conn.desk_lock, self._lock:
            self._timer = None
            if self._closed:
                return
            try:
                done = self._flush_held()
            except Exception as error:  # noqa: BLE001 - the timer thread must not die
                log.warning("writing held-back audit entries failed: %s", type(error).__name__)
                done = False
            if done:
                log.info("held-back audit entries written")
            else:
                self._schedule()


def _from_file(stored: Mapping[str, Any], *, skip: set[str]) -> list[HeldEntry]:
    entries: list[HeldEntry] = []
    for entry_id, value in stored.items():
        if entry_id in skip:
            continue
        try:
            entries.append(HeldEntry.from_stored(entry_id, value))
        except (KeyError, TypeError, ValueError):
            log.warning("a held audit entry is not valid and is dropped")
    return entries
