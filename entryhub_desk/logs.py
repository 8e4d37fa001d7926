"""Logging to a rotating file in the platform log folder.

Nothing personal is ever logged: log records carry codes, counts and ids of records, never
names, phone numbers, notes or passwords. ``PersonalDataFilter`` is a last guard that drops
arguments of records from loggers outside the package.

The log folder is its user's only (0700) and so is every log file (0600), rotated ones too.
"""

from __future__ import annotations

import logging
import logging.handlers
from io import TextIOWrapper
from pathlib import Path

from entryhub_desk.security.permissions import private_dir, restrict_file

_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose files are made private as they are opened.

    It never raises and never prints: a record that cannot be written (a full disk, a removed
    folder) is dropped and counted in :attr:`dropped`, and the desk carries on."""

    dropped = 0

    def _open(self) -> TextIOWrapper:
        stream = super()._open()
        restrict_file(Path(self.baseFilename))
        return stream

    def handleError(self, record: logging.LogRecord) -> None:
        type(self).dropped += 1


#: the handler :func:`configure_logging` installs
QuietFileHandler = _PrivateRotatingFileHandler


def configure_logging(log_dir: Path, *, level: int = logging.INFO) -> Path | None:
    """Send the package's log records to ``log_dir/entryhub-desk.log`` (5 × 1 MB)."""
    root = logging.getLogger("entryhub_desk")
    if any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
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
