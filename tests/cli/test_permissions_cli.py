"""The desk's folders are 0700 and its files 0600: store, logs, backups, exports, CVs."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from entryhub_desk.ids import short_code
from tests.cli.test_cli import data_dir, ready, run_cli  # noqa: F401 - fixtures
from tests.shared_files import shared


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _loose(folder: Path) -> list[str]:
    """Everything in ``folder`` (itself included) that someone else could read."""
    found = [] if _mode(folder) == 0o700 else [f"{folder} {oct(_mode(folder))}"]
    for root, folders, files in os.walk(folder):
        for name in folders:
            if _mode(Path(root) / name) != 0o700:
                found.append(f"{name} {oct(_mode(Path(root) / name))}")
        for name in files:
            if _mode(Path(root) / name) != 0o600:
                found.append(f"{name} {oct(_mode(Path(root) / name))}")
    return found


def test_store_logs_backup_and_exports_are_private(
    ready: dict[str, str],  # noqa: F811
    data_dir: Path,  # noqa: F811
    tmp_path: Path,
) -> None:
    assert run_cli(ready, data_dir, "check").returncode == 0  # a log-in
    sample = shared("fixtures", "jsonresume-sample.resume.json")
    done = run_cli(ready, data_dir, "import-resume", str(sample))
    assert done.returncode == 0, done.stderr
    code = short_code(done.stdout.strip())
    out = tmp_path / "out"
    out.mkdir()
    commands = [
        ("backup", "-o", str(out / "hub.backup")),
        ("export-person", code, "-o", str(out / "person.json")),
        ("cv", code, "--lang", "en", "-o", str(out / "cv.pdf")),
    ]
    for command in commands:
        done = run_cli(ready, data_dir, *command)
        assert done.returncode == 0, done.stderr

    assert {p.name for p in data_dir.iterdir()} >= {"desk.db", "keyslots.json"}
    assert _loose(data_dir) == []
    logs = tmp_path / "state" / "entryhub-desk" / "log"
    assert (logs / "entryhub-desk.log").stat().st_size > 0
    assert _loose(logs) == []
    written = sorted(p.name for p in out.iterdir())
    assert written == ["cv.pdf", "hub.backup", "person.json", "person.pdf"]
    assert {p.name: oct(_mode(p)) for p in out.iterdir()} == {n: "0o600" for n in written}


def test_a_store_made_readable_is_made_private_again(
    ready: dict[str, str],  # noqa: F811
    data_dir: Path,  # noqa: F811
    tmp_path: Path,
) -> None:
    logs = tmp_path / "state" / "entryhub-desk" / "log"
    for folder in (data_dir, logs):
        folder.chmod(0o755)
        for path in folder.iterdir():
            path.chmod(0o755 if path.is_dir() else 0o644)
    assert _loose(data_dir) and _loose(logs)
    assert run_cli(ready, data_dir, "staff", "list").returncode == 0
    assert _loose(data_dir) == []
    assert _loose(logs) == []
