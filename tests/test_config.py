"""The program's config reads no test settings: encryption, scrypt cost and clock are fixed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from entryhub_desk.config import DeskConfig
from tests.conftest import COORDINATOR, COORDINATOR_PASSWORD

TEST_SETTINGS = {
    "ENTRYHUB_TEST_PLAINTEXT_STORE": "1",
    "ENTRYHUB_TEST_SCRYPT_N": "16",
}


def _program(env: dict[str, str], data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The real program, as installed: ``python -m entryhub_desk``."""
    return subprocess.run(
        [sys.executable, "-m", "entryhub_desk", "--data-dir", str(data_dir), *args],
        env=env,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=300,
        check=False,
    )


def test_from_environment_ignores_test_settings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock_file = tmp_path / "clock"
    clock_file.write_text("1234.5")
    for name, value in {**TEST_SETTINGS, "ENTRYHUB_TEST_CLOCK": str(clock_file)}.items():
        monkeypatch.setenv(name, value)
    config = DeskConfig.from_environment(tmp_path)
    assert config.plaintext_store is False
    assert config.scrypt_n is None
    assert config.clock() > 1_700_000_000
    assert config.db_path == tmp_path / "desk.db"


def test_installed_program_encrypts_whatever_the_environment_says(tmp_path: Path) -> None:
    clock_file = tmp_path / "clock"
    clock_file.write_text("1000")
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("ENTRYHUB_")},
        **TEST_SETTINGS,
        "ENTRYHUB_TEST_CLOCK": str(clock_file),
        "XDG_STATE_HOME": str(tmp_path / "state"),
    }
    data_dir = tmp_path / "store"
    done = _program(
        {**env, "ENTRYHUB_PASSWORD": COORDINATOR_PASSWORD},
        data_dir,
        "init",
        "--hub-name",
        "Entry Hub Umeå",
        "--coordinator",
        COORDINATOR,
    )
    assert done.returncode == 0, done.stderr

    header = (data_dir / "desk.db").read_bytes()[:16]
    assert header != b"SQLite format 3\x00"
    slots = json.loads((data_dir / "keyslots.json").read_text())["slots"]
    costs = {slot["kdf"]["n"] for slot in slots if slot["kind"] == "staff"}
    assert costs and 16 not in costs  # calibrated, not the test cost

    # The clock file says 1970; a wrong password backs off from the real time.
    wrong = _program(
        {**env, "ENTRYHUB_USER": COORDINATOR, "ENTRYHUB_PASSWORD": "Not-the-password-1"},
        data_dir,
        "check",
    )
    assert wrong.returncode == 3, wrong.stderr
    throttle = json.loads((data_dir / "login-throttle.json").read_text())
    (entry,) = throttle["names"].values()
    assert entry["until"] > time.time() - 3600


def test_no_command_line_option_turns_encryption_off(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ENTRYHUB_")}
    done = _program(env, tmp_path / "store", "--plaintext-store", "self-test")
    assert done.returncode == 2
    assert "unrecognized arguments" in done.stderr
