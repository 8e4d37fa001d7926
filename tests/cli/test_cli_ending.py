"""How the program's process ends (``entryhub_desk/cli/ending.py``): the ``cv`` command without
the interpreter's tear-down, yet with its output flushed through a pipe, its ``atexit``
handlers run and its exit status kept; other commands through Python's own ending.

Each case runs the test launcher's ``__main__`` ending (the same as the installed program's) in
a fresh process, under a script that registers an ``atexit`` handler and keeps an object whose
``__del__`` only the tear-down calls; each writes a word to a file.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from entryhub_desk.errors import DeskError
from tests.cli.runner import import_sample
from tests.cli.test_cli import data_dir, ready  # noqa: F401 - fixtures

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = """
import atexit, sys
sys.path.insert(0, sys.argv[1])
MARKS = sys.argv[2]
def mark(word):
    with open(MARKS, "a", encoding="utf-8") as f:
        f.write(word + "\\n")
class TornDown:  # holds what it needs: the tear-down empties the module's names first
    def __init__(self):
        self.path, self.open = MARKS, open
    def __del__(self):
        with self.open(self.path, "a", encoding="utf-8") as f:
            f.write("torn-down\\n")
kept = TornDown()
atexit.register(mark, "atexit")
from tests import desk_launcher
from entryhub_desk.cli.ending import finish
sys.argv = [sys.argv[0], *sys.argv[3:]]
finish(desk_launcher.main(), sys.argv[1:])
"""


def ended(env: dict[str, str], tmp_path: Path, *args: str) -> tuple[int, str, str, list[str]]:
    """The exit status, stdout, stderr and the marks of the program run with ``args``."""
    marks = tmp_path / "marks.txt"
    marks.unlink(missing_ok=True)
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(ROOT), str(marks), *args],
        env=env,
        capture_output=True,  # pipes: stdout is block-buffered, lost unless flushed
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
        check=False,
    )
    words = marks.read_text(encoding="utf-8").split() if marks.exists() else []
    return done.returncode, done.stdout, done.stderr, words


def test_the_cv_command_ends_without_the_tear_down_its_output_flushed(
    ready: dict[str, str],  # noqa: F811
    data_dir: Path,  # noqa: F811
    tmp_path: Path,
) -> None:
    person_id = import_sample(ready, data_dir)
    out = tmp_path / "cv.pdf"
    args = ("--data-dir", str(data_dir), "cv", person_id, "-o", str(out), "--json")
    code, stdout, stderr, marks = ended(ready, tmp_path, *args)
    assert code == 0, stderr
    assert out.read_bytes().startswith(b"%PDF")
    assert f'"file": "{out}"' in stdout  # printed, and flushed before the process ended
    assert marks == ["atexit"]  # the handlers ran; the tear-down (and its __del__) did not


def test_a_failing_cv_command_keeps_its_status_and_message(
    ready: dict[str, str],  # noqa: F811
    data_dir: Path,  # noqa: F811
    tmp_path: Path,
) -> None:
    args = ("--data-dir", str(data_dir), "cv", "ZZZZ-ZZZZ", "-o", str(tmp_path / "cv.pdf"))
    code, _stdout, stderr, marks = ended(ready, tmp_path, *args)
    assert code == int(DeskError("store.not_found").exit_code) != 0
    assert "entryhub-desk: No person with id ZZZZ-ZZZZ" in stderr
    assert marks == ["atexit"]


def test_other_commands_end_through_the_interpreter(
    ready: dict[str, str],  # noqa: F811
    data_dir: Path,  # noqa: F811
    tmp_path: Path,
) -> None:
    args = ("--data-dir", str(data_dir), "init", "--hub-name", "Again", "--coordinator", "Bo")
    code, _stdout, stderr, marks = ended(ready, tmp_path, *args)
    assert code != 0 and "entryhub-desk:" in stderr  # a store is there already
    assert marks == ["atexit", "torn-down"]
