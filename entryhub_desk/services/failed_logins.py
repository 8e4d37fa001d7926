"""Failed log-ins waiting to be written to the audit log.

After a wrong password nothing is unlocked, so there is no key to write the encrypted audit
log with. Each failure is noted here (its time and whether the name was a known one: never the
typed name or password) and the next successful log-in moves the notes into the audit log.
"""

from __future__ import annotations

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

    def record(self, *, known_name: bool) -> None:
        notes: list[dict[str, Any]] = list(self._read()[-(MAX_NOTES - 1) :])
        notes.append({"attempted_at": int(self._clock()), "known_name": known_name})
        tmp = self._path.with_suffix(".tmp")
        try:
            tmp.write_text(json.dumps(notes), encoding="utf-8")
            os.replace(tmp, self._path)
        except OSError:
            log.warning("could not note a failed log-in")

    def take(self) -> list[dict[str, int | bool]]:
        notes = self._read()
        self._path.unlink(missing_ok=True)
        return notes

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
