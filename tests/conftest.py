"""Fixtures shared by the whole suite: a fake clock and a desk in a temporary folder."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from entryhub_desk.config import DeskConfig
from tests.support.clock import FakeClock as FakeClock  # the one fake clock (tests import it here)

# Low enough to keep the suite fast, high enough to still be scrypt.
TEST_SCRYPT_N = 2**4
COORDINATOR = "Amina Coordinator"
COORDINATOR_PASSWORD = "Tegelbruk-Vinter-42"
HUB_NAME = "Entry Hub Umeå"
# Run the command line (or GUI) in a subprocess with the test settings of ``cli_env``:
# ``subprocess.run([*DESK_COMMAND, "--data-dir", str(data_dir), "check"], env=cli_env)``.
# The program itself (``python -m entryhub_desk``) reads no test settings; see desk_launcher.py.
DESK_COMMAND = (sys.executable, str(Path(__file__).with_name("desk_launcher.py")))


@pytest.fixture(autouse=True, scope="session")
def _cache_folder_of_the_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The per-user cache folder (the CV fonts' cache, ``cv/font_cache.py``) is one of the test
    run's, not the user's; commands run in a subprocess inherit it."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("xdg-cache")))
        yield


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def short_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> int:
    """Store connections opened during the test wait 200 ms, not the program's 5 s, for
    another connection's lock before ``store.busy`` (both the wait while opening, sqlite's
    ``timeout``, and the ``busy_timeout`` set after): for tests that meet a busy store on
    purpose (they check the error and what follows, not how long SQLite waits)."""
    import functools

    import sqlcipher3

    from entryhub_desk.store import connection

    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 200)
    monkeypatch.setattr(sqlcipher3, "connect", functools.partial(sqlcipher3.connect, timeout=0.2))
    return 200


@pytest.fixture
def desk_config(tmp_path: Path, clock: FakeClock) -> DeskConfig:
    return DeskConfig(
        data_dir=tmp_path / "data", log_dir=tmp_path / "logs", clock=clock, scrypt_n=TEST_SCRYPT_N
    )


@pytest.fixture
def cli_env(tmp_path: Path) -> Iterator[dict[str, str]]:
    """Environment for running the command line in a subprocess with test settings: start it
    with :data:`DESK_COMMAND` (the test launcher reads ``ENTRYHUB_TEST_*``, the program not)."""
    clock_file = tmp_path / "clock"
    clock_file.write_text("1790000000")
    env = {k: v for k, v in os.environ.items() if not k.startswith("ENTRYHUB_")}
    env.update(
        {
            "ENTRYHUB_TEST_SCRYPT_N": str(TEST_SCRYPT_N),
            "ENTRYHUB_TEST_CLOCK": str(clock_file),
            "XDG_STATE_HOME": str(tmp_path / "state"),
            "XDG_DATA_HOME": str(tmp_path / "xdg-data"),
            "QT_QPA_PLATFORM": "offscreen",
        }
    )
    yield env
