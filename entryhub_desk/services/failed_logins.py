"""Failed log-ins waiting to be written to the audit log.

After a wrong password nothing is unlocked, so there is no key to write the encrypted audit
log with. Each failure is noted here (its time and whether the name was a known one: never the
typed name or password) and the next successful log-in moves the notes into the audit log.
Notes that a full disk keeps from the file stay in memory and reach the audit log the same way
(from this process).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from pathlib import Path
from typing import Any

from entryhub_desk.config import Clock

log = logging.getLogger(__name__)

# A flood of attempts must not grow the file without bound.
MAX_NOTES = 1000


class PendingFailures:
    def __init__(self, path: Path, clock: Clock) -> None:
        self._path = path
        self._clock = clock
        self._unsaved: list[dict[str, int | bool]] = []  # notes the disk had no room for

    def record(self, *, known_name: bool) -> None:
        """Note a failed log-in; never raises (a full disk keeps the note in memory)."""
        note: dict[str, int | bool] = {"attempted_at": int(self._clock()), "known_name": known_name}
        notes: list[dict[str, Any]] = [*self._read(), *self._unsaved, note][-MAX_NOTES:]
        tmp = self._path.with_suffix(".tmp")
        try:
            tmp.write_text(json.dumps(notes), encoding="utf-8")
            os.replace(tmp, self._path)
        except OSError:
            with contextlib.suppress(OSError):
                tmp.unlink()
            self._unsaved = [*self._unsaved, note][-MAX_NOTES:]
            log.warning("could not note a failed log-in on disk; kept in memory")
        else:
            self._unsaved = []  # the file now holds them

    def take(self) -> list[dict[str, int | bool]]:
        notes = self._read()
        self._path.unlink(missing_ok=True)
        unsaved, self._unsaved = self._unsaved, []
        return sorted(notes + unsaved, key=lambda note: int(note["attempted_at"]))

    def _read(self) -> list[dict[str, int | bool]]:
        try:
            data = json.loads(self._path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return []
        if not isinstance(data, list):
            return []
        return [
            {"attempted_at": int(n["attempted_at"]), "known_name": bool(n["known_name"])}
            for n in data
            if isinstance(n, dict) and isinstance(n.get("attempted_at"), int)
        ]
