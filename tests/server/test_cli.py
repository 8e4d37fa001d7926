"""The server's command line: a failure nobody foresaw is one stable line, exit 1, never a
Python class name or a library's message."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def test_an_unexpected_failure_is_one_plain_line(tmp_path: Path) -> None:
    folder = tmp_path / "a-folder-not-a-database"
    folder.mkdir()
    done = subprocess.run(
        [sys.executable, "-m", "entryhub_server", "--db", f"sqlite:///{folder}", "devices"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1
    assert done.stderr == "entryhub-server: the command failed (internal error)\n"
