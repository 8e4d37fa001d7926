"""Logging to a rotating file in the platform log folder.

Nothing personal is ever logged: log records carry codes, counts and ids of records, never
names, phone numbers, notes or passwords. ``PersonalDataFilter`` is a last guard that drops
arguments of records from loggers outside the package.

The log folder is its user's only (0700) and so is every log file (0600), rotated ones too.
"""

from __future__ import annotations

import logging
import os
from io import TextIOWrapper
from pathlib import Path

from entryhub_desk.security.permissions import private_dir, restrict_file

_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class _PrivateRotatingFileHandler(logging.FileHandler):
    """A rotating log whose files are made private as they are opened: ``maxBytes`` a file,
    ``backupCount`` earlier files beside it (``.1`` the newest), as the standard library's
    ``logging.handlers.RotatingFileHandler`` rotates. That module is not used: importing it
    loads the network and pickling modules (~27 M instructions, a tenth of a command's
    start-up) for handlers the desk has no use for.

    It never raises and never prints: a record that cannot be written (a full disk, a removed
    folder) is dropped and counted in :attr:`dropped`, and the desk carries on."""

    dropped = 0

    def __init__(
        self,
        filename: str | os.PathLike[str],
        maxBytes: int = 0,
        backupCount: int = 0,
        encoding: str | None = None,
    ) -> None:
        super().__init__(filename, mode="a", encoding=encoding)
        self.maxBytes = maxBytes
        self.backupCount = backupCount

    def _open(self) -> TextIOWrapper:
        stream = super()._open()
        restrict_file(Path(self.baseFilename))
        return stream

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.shouldRollover(record):
                self.doRollover()
            logging.FileHandler.emit(self, record)
        except Exception:  # noqa: BLE001 - counted and dropped, as every failure here
            self.handleError(record)

    def shouldRollover(self, record: logging.LogRecord) -> bool:
        """Whether ``record`` would take the file past ``maxBytes``."""
        if self.stream is None:
            self.stream = self._open()
        if self.maxBytes <= 0:
            return False
        position = self.stream.tell()
        if not position:
            return False
        return position + len(f"{self.format(record)}\n") >= self.maxBytes and (
            not os.path.exists(self.baseFilename) or os.path.isfile(self.baseFilename)
        )

    def doRollover(self) -> None:
        """Move each file one number up (the oldest goes), the log itself to ``.1``."""
        if self.stream:
            self.stream.close()
            self.stream = None
        base = self.baseFilename
        if self.backupCount > 0:
            for number in range(self.backupCount - 1, 0, -1):
                older, newer = f"{base}.{number}", f"{base}.{number + 1}"
                if os.path.exists(older):
                    if os.path.exists(newer):
                        os.remove(newer)
                    os.rename(older, newer)
            first = f"{base}.1"
            if os.path.exists(first):
                os.remove(first)
            if os.path.exists(base):
                os.rename(base, first)
        self.stream = self._open()

    def handleError(self, record: logging.LogRecord) -> None:
        type(self).dropped += 1


#: the handler :func:`configure_logging` installs
QuietFileHandler = _PrivateRotatingFileHandler


def configure_logging(log_dir: Path, *, level: int = logging.INFO) -> Path | None:
    """Send the package's log records to ``log_dir/entryhub-desk.log`` (5 × 1 MB)."""
    root = logging.getLogger("entryhub_desk")
    if any(isinstance(h, _PrivateRotatingFileHandler) for h in root.handlers):
        return None
    try:
        private_dir(log_dir)
        path = log_dir / "entryhub-desk.log"
        handler = _PrivateRotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        # A read-only, missing or full log folder must not stop the desk from working, nor
        # send records to stderr instead (logging's last resort): they are dropped.
        if not root.handlers:
            root.addHandler(logging.NullHandler())
        return None
    handler.setFormatter(logging.Formatter(_FORMAT))
    root.addHandler(handler)
    root.setLevel(level)
    return path
