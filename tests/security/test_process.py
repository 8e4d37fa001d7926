"""The desk's process at start: no core dumps, not dumpable, private files (umask 077)."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
from pathlib import Path

from tests.conftest import COORDINATOR


def _core_limit(pid: int) -> tuple[str, str]:
    for line in Path(f"/proc/{pid}/limits").read_text().splitlines():
        if line.startswith("Max core file size"):
            soft, hard = line[len("Max core file size") :].split()[:2]
            return soft, hard
    raise AssertionError("no core limit in /proc/<pid>/limits")


def test_running_desk_writes_no_core_dump(tmp_path: Path) -> None:
    """A real ``python -m entryhub_desk init`` waiting for a password at a terminal."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("ENTRYHUB_")}
    env["XDG_STATE_HOME"] = str(tmp_path / "state")
    leader, follower = pty.openpty()
    desk = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "entryhub_desk",
            "--data-dir",
            str(tmp_path / "store"),
            "init",
            "--hub-name",
            "Entry Hub Umeå",
            "--coordinator",
            COORDINATOR,
        ],
        env=env,
        stdin=follower,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,  # no controlling terminal: getpass reads the pty on stdin
    )
    os.close(follower)
    try:
        assert desk.stderr is not None
        said = b""
        while b"New password" not in said:
            ready, _, _ = select.select([desk.stderr], [], [], 120)
            assert ready, said
            chunk = os.read(desk.stderr.fileno(), 4096)
            assert chunk, said  # the process ended instead of asking
            said += chunk
        assert desk.poll() is None
        assert _core_limit(desk.pid) == ("0", "0")
        if os.getuid() != 0:  # a process that is not dumpable has /proc/<pid> owned by root
            assert os.stat(f"/proc/{desk.pid}").st_uid == 0
    finally:
        desk.kill()
        desk.wait()
        os.close(leader)


_ENTRY_PROBE = """
import ctypes, os, resource
from entryhub_desk.__main__ import main
try:
    main(["--version"])
except SystemExit:
    pass
print(ctypes.CDLL(None).prctl(3, 0, 0, 0, 0))  # PR_GET_DUMPABLE
print(*resource.getrlimit(resource.RLIMIT_CORE))
print(oct(os.umask(0)))
"""


def test_entry_point_hardens_before_running_a_command() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _ENTRY_PROBE],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    dumpable, core, umask = done.stdout.splitlines()[-3:]
    assert dumpable == "0"
    assert core == "0 0"
    assert umask == "0o77"
