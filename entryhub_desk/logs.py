"""Logging to a rotating file in the platform log folder.

Nothing personal is ever logged: log records carry codes, counts and ids of records, never
names, phone numbers, notes or passwords. ``PersonalDataFilter`` is a last guard that drops
arguments of records from loggers outside the package.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def configure_logging(log_dir: Path, *, level: int = logging.INFO) -> Path | None:
    """Send the package's log records to ``log_dir/entryhub-desk.log`` (5 × 1 MB)."""
    root = logging.getLogger("entryhub_desk")
    if any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        return None
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        path = log_dir / "entryhub-desk.log"
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        # A read-only or missing log folder must not stop the desk from working.
        return None
    handler.setFormatter(logging.Formatter(_FORMAT))
    root.addHandler(handler)
    root.setLevel(level)
    return path
