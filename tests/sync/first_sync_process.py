"""Test-side launcher: a desk's sync round in a process of its own, killed mid-first-sync.

    python tests/sync/first_sync_process.py DATA_DIR PER_PAGE KILL_AT

The desk (made by :func:`tests.sync.helpers.make_desk`, enrolled, its session closed) asks for
snapshot pages of ``PER_PAGE`` persons. ``KILL_AT`` N > 0 ends the process with
``os._exit(137)`` (as abruptly as ``kill -9``: no clean-up, no commit) inside the transaction
that applies the N-th page, after its rows and its progress are written and before they
commit, while the next page is being fetched; 0 runs the round to the end. The new persons
wait for the index as long as they may (:data:`~entryhub_desk.sync.first_sync.INDEX_EVERY`),
not indexed early because a page was slow to come.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

if __name__ == "__main__":  # run as a script: the repository root on the path
    sys.path[0] = str(Path(__file__).resolve().parents[2])

from entryhub_desk.config import DeskConfig
from entryhub_desk.services import Desk
from entryhub_desk.services.sync import SyncService
from entryhub_desk.sync import engine, first_sync
from tests.conftest import COORDINATOR, COORDINATOR_PASSWORD, TEST_SCRYPT_N, FakeClock

KILLED = 137


def config(data_dir: Path) -> DeskConfig:
    """The desk's config as make_desk builds it (``data_dir`` is its ``…/data`` folder)."""
    return DeskConfig(
        data_dir=data_dir,
        log_dir=data_dir.parent / "logs",
        clock=FakeClock(),
        scrypt_n=TEST_SCRYPT_N,
    )


def run(data_dir: Path, per_page: int, kill_at: int) -> None:
    done = subprocess.run(
        [sys.executable, __file__, str(data_dir), str(per_page), str(kill_at)],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert done.returncode == (KILLED if kill_at else 0), done.stderr


def _main(data_dir: Path, per_page: int, kill_at: int) -> None:
    engine._snapshot_limit = lambda _client: per_page  # type: ignore[assignment]
    first_sync.IDLE_SECONDS = 60.0  # the persons of the pages wait for the index (no idling)
    save = first_sync.save_snapshot_progress
    pages = 0

    def save_then_die(conn, progress):  # type: ignore[no-untyped-def]
        nonlocal pages
        save(conn, progress)
        pages += 1
        if pages == kill_at:
            os._exit(KILLED)

    first_sync.save_snapshot_progress = save_then_die  # type: ignore[assignment]
    session = Desk(config(data_dir)).unlock(COORDINATOR, COORDINATOR_PASSWORD)
    SyncService(session).sync_now()
    session.close()


if __name__ == "__main__":
    _main(Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]))
