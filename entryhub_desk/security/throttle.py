"""Back-off after wrong passwords, kept across restarts.

After the k-th consecutive failure for a name the next attempt must wait ``2**(k-1)`` seconds
(1, 2, 4 … capped at :data:`MAX_WAIT`). The state is keyed by a hash of the case-folded name,
so an unknown name backs off like a real one (names cannot be probed for free) and typed names
never reach the disk. Nothing here sleeps: :meth:`LoginThrottle.check` raises
``auth.backing_off`` with the seconds left, and the caller shows it.

The clock is injected. If it goes backwards (a clock set back), the wait left is capped at
the wait that was imposed, so a person is never locked out for longer than :data:`MAX_WAIT`.
An unreadable state file is treated as empty (it protects against guessing at the desk, not
against someone who can edit files) and replaced on the next write.

A full disk must neither stop a log-in nor the back-off: the state is then kept in memory (this
process keeps backing off) and, where the old file is big enough, overwritten in place (the
file is padded to whole blocks, so a small state fits without new space); the next write with
room replaces it atomically again.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import math
import os
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from entryhub_desk.config import Clock
from entryhub_desk.errors import DeskError, disk_full_error
from entryhub_desk.security.atomic import atomic_write_bytes

log = logging.getLogger(__name__)

MAX_WAIT: Final = 300
#: a name whose back-off ended this long ago starts again from 1 s
FORGET_AFTER: Final = 24 * 3600
MAX_ENTRIES: Final = 10_000
MAX_FILE_SIZE: Final = 4 << 20
#: the file is padded to a multiple of this, so a full disk can still overwrite it in place
BLOCK: Final = 4096
_MAX_FAILURES: Final = 1_000_000


#: Slot errors that count as a failed log-in (and so back off).
WRONG_CREDENTIALS: Final = ("auth.wrong_password", "auth.unknown_staff")


@dataclass(frozen=True)
class _Entry:
    failures: int
    until: float  # Unix seconds when the next attempt is allowed
    wait: int  # the wait imposed by the last failure


def name_key(name: str) -> str:
    """The state key of a name: SHA-256 of its NFKC, case-folded, trimmed form."""
    folded = unicodedata.normalize("NFKC", name).strip().casefold()
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


def wait_after(failures: int) -> int:
    """Seconds to wait after ``failures`` consecutive failures (0 for none)."""
    if failures <= 0:
        return 0
    return MAX_WAIT if failures > 9 else min(2 ** (failures - 1), MAX_WAIT)


class LoginThrottle:
    """Failed-login back-off per staff name, stored in ``path`` (JSON, written atomically)."""

    def __init__(self, path: Path, clock: Clock) -> None:
        self._path = path
        self._clock = clock
        # the state a full disk kept from the file (None: the file is up to date)
        self._unsaved: dict[str, _Entry] | None = None

    def check(self, name: str) -> None:
        """Raise ``auth.backing_off`` (``seconds``: whole seconds left) while ``name`` waits."""
        left = self.seconds_left(name)
        if left > 0:
            raise DeskError("auth.backing_off", seconds=left)

    def seconds_left(self, name: str) -> int:
        entry = self._read().get(name_key(name))
        if entry is None:
            return 0
        left = min(entry.until - self._clock(), entry.wait)
        return max(0, math.ceil(left))

    def failure(self, name: str) -> int:
        """Record a wrong password for ``name``; returns the wait before the next attempt."""
        now = self._clock()
        entries = self._read()
        key = name_key(name)
        old = entries.get(key)
        if old is None or now - old.until >= FORGET_AFTER:
            failures = 1
        else:
            failures = min(old.failures + 1, _MAX_FAILURES)
        wait = wait_after(failures)
        entries[key] = _Entry(failures=failures, until=now + wait, wait=wait)
        self._write(entries, now)
        return wait

    def success(self, name: str) -> None:
        """A correct password: forget the failures of ``name``."""
        entries = self._read()
        if entries.pop(name_key(name), None) is not None:
            self._write(entries, self._clock())

    # --- the state file -----------------------------------------------------------------------

    def _read(self) -> dict[str, _Entry]:
        if self._unsaved is not None:
            return dict(self._unsaved)
        try:
            raw = self._path.read_bytes()
        except FileNotFoundError:
            return {}
        if len(raw) > MAX_FILE_SIZE:
            return {}
        try:
            document = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            return {}
        names = document.get("names") if isinstance(document, dict) else None
        if not isinstance(names, dict):
            return {}
        entries: dict[str, _Entry] = {}
        for key, value in names.items():
            with contextlib.suppress(KeyError, TypeError, ValueError):
                entries[key] = _parse_entry(key, value)
        return entries

    def _write(self, entries: dict[str, _Entry], now: float) -> None:
        kept = [(key, e) for key, e in entries.items() if now - e.until < FORGET_AFTER]
        newest = sorted(kept, key=lambda item: item[1].until, reverse=True)
        document = {
            "format": 1,
            "names": {
                key: {"failures": e.failures, "until": e.until, "wait": e.wait}
                for key, e in newest[:MAX_ENTRIES]
            },
        }
        data = json.dumps(document, sort_keys=True, indent=1).encode("ascii") + b"\n"
        data += b" " * (-len(data) % BLOCK)  # JSON allows trailing white space
        try:
            self._path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(self._path, data)
        except (OSError, DeskError) as error:
            if disk_full_error(error) is None:
                raise
            self._unsaved = dict(newest[:MAX_ENTRIES])
            self._overwrite_in_place(data)
            log.warning("the disk is full: login back-off kept in memory")
            return
        self._unsaved = None

    def _overwrite_in_place(self, data: bytes) -> None:
        """Write ``data`` over the old file's own blocks (not atomic: a torn file reads as
        empty, which only forgets a back-off)."""
        try:
            fd = os.open(self._path, os.O_WRONLY)
        except OSError:
            return
        try:
            if os.fstat(fd).st_size < len(data):
                return
            view = memoryview(data + b" " * (os.fstat(fd).st_size - len(data)))
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        except OSError:
            return
        finally:
            os.close(fd)


def _parse_entry(key: str, value: object) -> _Entry:
    if len(key) != 64 or not isinstance(value, dict):
        raise ValueError(key)
    failures, until, wait = value["failures"], value["until"], value["wait"]
    if type(failures) is not int or not 1 <= failures <= _MAX_FAILURES:
        raise ValueError(key)
    if type(wait) is not int or not 0 <= wait <= MAX_WAIT:
        raise ValueError(key)
    if type(until) not in (int, float) or not math.isfinite(until):
        raise ValueError(key)
    return _Entry(failures=failures, until=float(until), wait=wait)
