"""The log file: private folder and files (rotated ones too)."""

from __future__ import annotations

import logging
import logging.handlers
import os
import stat
from pathlib import Path

from entryhub_desk.logs import configure_logging


def test_log_folder_and_files_are_private(tmp_path: Path) -> None:
    previous = os.umask(0o022)  # the library used without the program's start
    root = logging.getLogger("entryhub_desk")
    kept = [h for h in root.handlers if isinstance(h, logging.handlers.RotatingFileHandler)]
    for handler in kept:
        root.removeHandler(handler)
    try:
        path = configure_logging(tmp_path / "logs")
        assert path is not None
        logging.getLogger("entryhub_desk.test").warning("a line")
        (handler,) = [h for h in root.handlers if isinstance(h, logging.FileHandler)]
        assert isinstance(handler, logging.handlers.RotatingFileHandler)
        handler.doRollover()
        root.removeHandler(handler)
        handler.close()
    finally:
        os.umask(previous)
        for handler in kept:
            root.addHandler(handler)
    assert _mode(tmp_path / "logs") == 0o700
    logs = sorted((tmp_path / "logs").iterdir())
    assert [p.name for p in logs] == ["entryhub-desk.log", "entryhub-desk.log.1"]
    assert {_mode(p) for p in logs} == {0o600}


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)
