"""Running the desk's command line as a person would: a real process through the test launcher
(:data:`tests.conftest.DESK_COMMAND`) with the test settings of the ``cli_env`` fixture."""

from __future__ import annotations

import subprocess
from pathlib import Path

from tests.conftest import COORDINATOR, COORDINATOR_PASSWORD, DESK_COMMAND, HUB_NAME
from tests.shared_files import shared


def run_cli(
    env: dict[str, str], data_dir: Path, *args: str, **extra: str
) -> subprocess.CompletedProcess[str]:
    """``entryhub-desk --data-dir DATA_DIR ARGS…`` with ``env`` plus the variables ``extra``."""
    return subprocess.run(
        [*DESK_COMMAND, "--data-dir", str(data_dir), *args],
        env={**env, **extra},
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
        check=False,
    )


def coordinator_env(env: dict[str, str]) -> dict[str, str]:
    """``env`` with the coordinator's name and password, as a command that logs in reads them."""
    return {**env, "ENTRYHUB_USER": COORDINATOR, "ENTRYHUB_PASSWORD": COORDINATOR_PASSWORD}


def run_init(
    env: dict[str, str], data_dir: Path, hub_name: str = HUB_NAME
) -> subprocess.CompletedProcess[str]:
    """``init`` of a hub named ``hub_name`` with :data:`COORDINATOR` and their password."""
    return run_cli(
        env,
        data_dir,
        *("init", "--hub-name", hub_name, "--coordinator", COORDINATOR),
        ENTRYHUB_PASSWORD=COORDINATOR_PASSWORD,
    )


def init_store(env: dict[str, str], data_dir: Path) -> dict[str, str]:
    """A store set up through ``init``; returns the environment of its coordinator."""
    done = run_init(env, data_dir)
    assert done.returncode == 0, done.stderr
    return coordinator_env(env)


def import_sample(env: dict[str, str], data_dir: Path) -> str:
    """The shared JSON Resume sample imported through ``import-resume``; returns its person id."""
    sample = shared("fixtures", "jsonresume-sample.resume.json")
    done = run_cli(env, data_dir, "import-resume", str(sample))
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()
