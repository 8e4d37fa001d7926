"""Test-side launcher: one store operation in a process of its own, for the kill and lock tests.

    python tests/services/store_process.py SCENARIO DATA_DIR KILL_AT [ARG]

The config is built here with the suite's test settings (low scrypt cost, fixed clock); the
program reads no environment variable for any of this. ``KILL_AT`` N > 0 ends the process with
``os._exit(137)`` (as abruptly as ``kill -9``: no clean-up, no flush) just before the N-th file
operation; 0 runs to the end and prints the name of every file operation, one per line (the
last, ``done``, is the end of the operation itself).

Scenarios:

``restore ARCHIVE``   restore a backup as the coordinator; file operations are the restore's
                      own steps (its ``checkpoint=`` keyword);
``restore-fine ARCHIVE``  the same, and from the journal on also every call that changes a
                      file (inside the journal's atomic write, each move, the clean-up);
``backup TARGET``     log in and write a backup (``checkpoint=`` of ``write_backup``);
``staff-add NAME``    log in and add a volunteer; file operations are this process's calls
                      that change files (create, write, rename, remove) and the SQL statements
                      that write, seen through the connection's trace callback;
``reset NAME``        log in and reset NAME's password to :data:`NEW_PASSWORD` (same);
``hold``              log in, print ``ready`` and serve lines from stdin: ``register NAME``
                      (prints the new person's id), ``search TEXT`` (prints the hit count),
                      ``quit`` (logs out).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

if __name__ == "__main__":  # run as a script: the repository root on the path
    sys.path[0] = str(Path(__file__).resolve().parents[2])

from entryhub_desk.config import DeskConfig
from entryhub_desk.domain.staff import Role
from entryhub_desk.services import Desk, Session
from entryhub_desk.services.backup import BackupService, restore_backup, write_backup
from entryhub_desk.services.staff import StaffService
from entryhub_desk.services.visitors import VisitorsService
from tests.conftest import COORDINATOR, COORDINATOR_PASSWORD, TEST_SCRYPT_N
from tests.support.clock import FakeClock

CLOCK_START = 1_790_000_000.0
KILLED = 137
MEMBER_PASSWORD = "Kanelbulle-Regn-77"
NEW_PASSWORD = "Blåbärsskog-Fyr-63"


def config(data_dir: Path, clock: Callable[[], float] | None = None) -> DeskConfig:
    return DeskConfig(
        data_dir=data_dir,
        log_dir=data_dir.parent / "logs",
        clock=clock or FakeClock(CLOCK_START),
        scrypt_n=TEST_SCRYPT_N,
    )


class Steps:
    """Counts file operations; ends the process at the chosen one."""

    def __init__(self, kill_at: int) -> None:
        self.kill_at = kill_at
        self.seen: list[str] = []

    def __call__(self, name: str) -> None:
        self.seen.append(name)
        if len(self.seen) == self.kill_at:
            os._exit(KILLED)


_CREATING = os.O_CREAT | os.O_WRONLY | os.O_RDWR | os.O_TRUNC | os.O_APPEND
_WRITING_SQL = ("BEGIN", "COMMIT", "INSERT", "UPDATE", "DELETE", "REPLACE", "SAVEPOINT", "RELEASE")


@contextmanager
def file_operations(steps: Steps, session: Session | None = None) -> Iterator[None]:
    """Report every call of this process that changes a file, and every writing SQL statement
    of the session's connection (if any), to ``steps`` while the block runs."""
    originals: dict[str, Callable[..., Any]] = {}

    def watch(name: str, changes: Callable[..., bool] = lambda *a, **k: True) -> None:
        original = getattr(os, name)
        originals[name] = original

        def watched(*args: Any, **kwargs: Any) -> Any:
            if changes(*args, **kwargs):
                steps(f"os.{name}")
            return original(*args, **kwargs)

        setattr(os, name, watched)

    watch("open", lambda path, flags, *a, **k: bool(flags & _CREATING))
    for name in ("write", "replace", "rename", "unlink", "remove", "mkdir", "rmdir", "ftruncate"):
        watch(name)

    def trace(statement: str) -> None:
        if statement.lstrip().upper().startswith(_WRITING_SQL):
            steps(f"sql:{statement.split()[0].upper()}")

    if session is not None:
        session.opened.conn.set_trace_callback(trace)
    try:
        yield
    finally:
        if session is not None:
            session.opened.conn.set_trace_callback(None)
        for name, original in originals.items():
            setattr(os, name, original)


EARLY = "Early Member"  # in the backup
LATE = "Late Member"  # added after the backup: only in the live store


def prepare(data_dir: Path, archive: Path) -> None:
    """A store with a coordinator and one member, its backup in ``archive``, then one more
    member added after the backup."""
    desk = Desk(config(data_dir))
    desk.set_up(
        hub_name="Entry Hub Umeå", coordinator_name=COORDINATOR, password=COORDINATOR_PASSWORD
    )
    session = desk.unlock(COORDINATOR, COORDINATOR_PASSWORD)
    StaffService(session).add_staff(EARLY, Role.VOLUNTEER, MEMBER_PASSWORD)
    BackupService(session).backup(archive)
    StaffService(session).add_staff(LATE, Role.VOLUNTEER, MEMBER_PASSWORD)
    session.close()


def run(scenario: str, data_dir: Path, kill_at: int, argument: str = "") -> list[str]:
    """Run a scenario in a process of its own; returns the operations it reported (count
    mode) or checks that it was killed."""
    done = subprocess.run(
        [sys.executable, __file__, scenario, str(data_dir), str(kill_at), argument],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if kill_at:
        assert done.returncode == KILLED, done.stderr
        return []
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


def _hold(desk: Desk) -> None:
    session = desk.unlock(COORDINATOR, COORDINATOR_PASSWORD)
    print("ready", flush=True)
    for line in sys.stdin:
        command, _, argument = line.strip().partition(" ")
        if command == "register":
            person = VisitorsService(session).register(
                VisitorsService(session).new_person(given_name=argument, family_name="Holder")
            )
            print(person.id, flush=True)
        elif command == "search":
            print(len(VisitorsService(session).search(argument)), flush=True)
        else:
            break
    session.close()
    print("closed", flush=True)


def main(argv: list[str]) -> int:
    scenario, data_dir, kill_at = argv[0], Path(argv[1]), int(argv[2])
    argument = argv[3] if len(argv) > 3 else ""
    desk = Desk(config(data_dir))
    steps = Steps(kill_at)
    if scenario == "hold":
        _hold(desk)
        return 0
    if scenario == "restore":
        restore_backup(desk, Path(argument), COORDINATOR, COORDINATOR_PASSWORD, checkpoint=steps)
        steps("done")
    elif scenario == "restore-fine":
        with ExitStack() as watching:

            def checkpoint(name: str) -> None:
                steps(name)
                if name == "journal":  # from here on the live folder changes
                    watching.enter_context(file_operations(steps))

            restore_backup(
                desk, Path(argument), COORDINATOR, COORDINATOR_PASSWORD, checkpoint=checkpoint
            )
        steps("done")
    else:
        session = desk.unlock(COORDINATOR, COORDINATOR_PASSWORD)
        if scenario == "backup":
            write_backup(session, Path(argument), checkpoint=steps)
        elif scenario == "staff-add":
            with file_operations(steps, session):
                StaffService(session).add_staff(argument, Role.VOLUNTEER, MEMBER_PASSWORD)
        elif scenario == "reset":
            with file_operations(steps, session):
                StaffService(session).reset_password(argument, NEW_PASSWORD)
        else:
            raise SystemExit(f"unknown scenario {scenario}")
        steps("done")  # killed here: after the whole operation, before logging out
        session.close()
    if kill_at == 0:
        for name in steps.seen:
            print(name)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
