"""The log file: private folder and files (rotated ones too)."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

from entryhub_desk.logs import QuietFileHandler, configure_logging


def test_log_folder_and_files_are_private(tmp_path: Path) -> None:
    previous = os.umask(0o022)  # the library used without the program's start
    root = logging.getLogger("entryhub_desk")
    kept = [h for h in root.handlers if isinstance(h, QuietFileHandler)]
    for handler in kept:
        root.removeHandler(handler)
    try:
        path = configure_logging(tmp_path / "logs")
        assert path is not None
        logging.getLogger("entryhub_desk.test").warning("a line")
        (handler,) = [h for h in root.handlers if isinstance(h, logging.FileHandler)]
        assert isinstance(handler, QuietFileHandler)
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


def test_the_log_rotates_as_the_standard_handler_does(tmp_path: Path) -> None:
    import logging.handlers  # the standard library's, to compare with (the desk never loads it)

    def write(handler: logging.FileHandler, folder: Path) -> dict[str, str]:
        handler.setFormatter(logging.Formatter("%(message)s"))
        logger = logging.getLogger(f"entryhub_desk.test_rotation.{folder.name}")
        logger.addHandler(handler)
        logger.propagate = False
        try:
            for number in range(20):  # 20 lines of 101 bytes, files of at most 300
                logger.warning("%02d%s", number, "x" * 98)
        finally:
            logger.removeHandler(handler)
            handler.close()
        return {p.name: p.read_text(encoding="utf-8") for p in folder.iterdir()}

    ours, theirs = tmp_path / "ours", tmp_path / "theirs"
    ours.mkdir()
    theirs.mkdir()
    name = "entryhub-desk.log"
    written = write(QuietFileHandler(ours / name, maxBytes=300, backupCount=2), ours)
    standard = logging.handlers.RotatingFileHandler(theirs / name, maxBytes=300, backupCount=2)
    assert written == write(standard, theirs)
    assert sorted(written) == [name, f"{name}.1", f"{name}.2"]
    assert [line[:2] for line in written[name].splitlines()] == ["18", "19"]
