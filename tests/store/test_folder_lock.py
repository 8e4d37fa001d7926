"""The data folder lock between real processes: shared for sessions, exclusive for restore,
re-key and migrations, never waited for; the short write lock of one file."""

from __future__ import annotations

import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from entryhub_desk.errors import DeskError, ExitCode
from entryhub_desk.store.folder_lock import (
    LOCK_NAME,
    claim_exclusive,
    claim_shared,
    file_write_lock,
)

ROOT = Path(__file__).resolve().parents[2]

# Another program: takes a claim on the folder, says "held" (or "refused"), then waits for a
# line on stdin before it lets go.
HOLDER = """
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[3])
from entryhub_desk.errors import DeskError
from entryhub_desk.store.folder_lock import claim_exclusive, claim_shared
take = claim_exclusive if sys.argv[2] == "exclusive" else claim_shared
try:
    claim = take(Path(sys.argv[1]))
except DeskError as error:
    print("refused", error.code, flush=True)
    sys.exit(int(error.exit_code))
print("held", flush=True)
sys.stdin.readline()
claim.release()
"""


@contextmanager
def holder(folder: Path, mode: str) -> Iterator[subprocess.Popen[str]]:
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(folder), mode, str(ROOT)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None and process.stdin is not None
    try:
        assert process.stdout.readline().strip() == "held"
        yield process
    finally:
        if process.poll() is None:
            process.stdin.write("\n")
            process.stdin.flush()
        process.wait(timeout=30)


def other_takes(folder: Path, mode: str) -> bool:
    """Whether another process gets a claim of ``mode`` on ``folder`` right now."""
    done = subprocess.run(
        [sys.executable, "-c", HOLDER, str(folder), mode, str(ROOT)],
        input="\n",
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    if done.stdout.startswith("refused"):
        assert done.stdout.split()[1] == "store.in_use"
        assert done.returncode == ExitCode.DENIED
        return False
    assert done.stdout.strip() == "held", done.stderr
    return True


def _refused(take: object, *args: object) -> DeskError:
    with pytest.raises(DeskError) as caught:
        take(*args)  # type: ignore[operator]
    assert caught.value.code == "store.in_use"
    assert caught.value.exit_code == ExitCode.DENIED
    assert "Another Entry Hub Desk program" in caught.value.english()
    return caught.value


def test_sessions_share_the_folder_and_shut_out_an_exclusive_claim(tmp_path: Path) -> None:
    with holder(tmp_path, "shared"), claim_shared(tmp_path) as mine:
        assert not mine.is_exclusive
        _refused(claim_exclusive, tmp_path)
        assert not other_takes(tmp_path, "exclusive")
        assert other_takes(tmp_path, "shared")
    # both gone: the folder is free
    assert other_takes(tmp_path, "exclusive")


def test_an_exclusive_holder_shuts_out_everyone(tmp_path: Path) -> None:
    with holder(tmp_path, "exclusive"):
        _refused(claim_shared, tmp_path)
        _refused(claim_exclusive, tmp_path)
    with claim_exclusive(tmp_path) as mine:
        assert mine.is_exclusive
        assert not other_takes(tmp_path, "shared")


def test_upgrade_is_refused_while_another_program_holds_it_and_keeps_the_shared_claim(
    tmp_path: Path,
) -> None:
    claim = claim_shared(tmp_path)
    try:
        with holder(tmp_path, "shared"):

            def upgrade() -> None:
                with claim.exclusive():
                    raise AssertionError("the folder was not this program's alone")

            _refused(upgrade)
        # refused, the claim is still held: nobody else gets the folder to themselves
        assert not other_takes(tmp_path, "exclusive")
        with claim.exclusive():
            assert claim.is_exclusive
            assert not other_takes(tmp_path, "shared")
        assert not claim.is_exclusive
        assert other_takes(tmp_path, "shared")
        assert not other_takes(tmp_path, "exclusive")
    finally:
        claim.release()
    assert other_takes(tmp_path, "exclusive")


def test_claims_inside_one_process(tmp_path: Path) -> None:
    first = claim_shared(tmp_path)
    second = claim_shared(tmp_path)
    _refused(claim_exclusive, tmp_path)  # another claim of this process holds it

    def upgrade() -> None:
        with first.exclusive():
            pass

    _refused(upgrade)
    first.release()
    first.release()  # again: nothing happens, the second claim still holds the folder
    assert not other_takes(tmp_path, "exclusive")
    with second.exclusive():
        _refused(claim_shared, tmp_path)
    second.release()
    assert other_takes(tmp_path, "exclusive")


def test_reading_the_lock_file_in_this_process_keeps_the_lock(tmp_path: Path) -> None:
    with claim_shared(tmp_path):
        # (a POSIX process lock would be dropped by this open and close)
        assert (tmp_path / LOCK_NAME).read_bytes() == b""
        assert not other_takes(tmp_path, "exclusive")


def test_a_killed_holder_leaves_the_folder_free(tmp_path: Path) -> None:
    with holder(tmp_path, "exclusive") as process:
        _refused(claim_shared, tmp_path)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        claim_exclusive(tmp_path).release()


COUNTER = """
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[3])
from entryhub_desk.store.folder_lock import file_write_lock
from entryhub_desk.security.atomic import atomic_write_bytes
counter = Path(sys.argv[1])
for _ in range(int(sys.argv[2])):
    with file_write_lock(counter.with_suffix(".lock")):
        value = int(counter.read_text())
        atomic_write_bytes(counter, str(value + 1).encode())
"""


def test_write_lock_keeps_every_update_of_two_programs(tmp_path: Path) -> None:
    counter = tmp_path / "counter"
    counter.write_text("0")
    rounds = 150
    writers = [
        subprocess.Popen([sys.executable, "-c", COUNTER, str(counter), str(rounds), str(ROOT)])
        for _ in range(2)
    ]
    for writer in writers:
        assert writer.wait(timeout=120) == 0
    assert int(counter.read_text()) == 2 * rounds


def test_write_lock_is_reentrant_in_one_thread(tmp_path: Path) -> None:
    lock = tmp_path / "file.lock"

    def nested_then_again() -> None:
        with file_write_lock(lock), file_write_lock(lock):
            pass
        with file_write_lock(lock):  # let go after the nested use
            pass

    worker = threading.Thread(target=nested_then_again, daemon=True)
    worker.start()
    worker.join(timeout=60)
    assert not worker.is_alive(), "the write lock waited for itself"  # a failure, not a hang
