"""Where the desk keeps its files, and the few settings that tests may override.

Tests make the suite fast and deterministic through two environment settings:

``ENTRYHUB_TEST_SCRYPT_N``
    a fixed (low) scrypt cost instead of the calibrated one;
``ENTRYHUB_TEST_CLOCK``
    a path to a file holding the current time in Unix seconds, so that login back-off can be
    tested without sleeping;
``ENTRYHUB_TEST_PLAINTEXT_STORE``
    ``1`` opens the store without its key (a plain SQLite file), so that a test can search the
    raw bytes of the database and its WAL (e.g. that an erased person is really gone).

The frozen (installed) program refuses both, so that they can never weaken a real desk.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs

from entryhub_desk.errors import DeskError

APP_NAME = "entryhub-desk"
APP_AUTHOR = "EntryHub"

TEST_SCRYPT_N = "ENTRYHUB_TEST_SCRYPT_N"
TEST_CLOCK = "ENTRYHUB_TEST_CLOCK"
TEST_PLAINTEXT_STORE = "ENTRYHUB_TEST_PLAINTEXT_STORE"

Clock = Callable[[], float]


def is_frozen() -> bool:
    """True inside the PyInstaller bundle."""
    return bool(getattr(sys, "frozen", False))


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def default_log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


@dataclass(frozen=True)
class DeskConfig:
    """Everything a store needs to know about its surroundings."""

    data_dir: Path
    log_dir: Path = field(default_factory=default_log_dir)
    clock: Clock = time.time
    scrypt_n: int | None = None  # None: calibrate to this machine at set-up
    plaintext_store: bool = False  # tests only: the store is not encrypted

    @property
    def db_path(self) -> Path:
        return self.data_dir / "desk.db"

    @property
    def slots_path(self) -> Path:
        return self.data_dir / "keyslots.json"

    @property
    def throttle_path(self) -> Path:
        return self.data_dir / "login-throttle.json"

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @classmethod
    def from_environment(
        cls, data_dir: Path | None = None, environ: dict[str, str] | None = None
    ) -> DeskConfig:
        env = os.environ if environ is None else environ
        scrypt_n: int | None = None
        clock: Clock = time.time
        for name in (TEST_SCRYPT_N, TEST_CLOCK, TEST_PLAINTEXT_STORE):
            if env.get(name) and is_frozen():
                raise DeskError("config.test_setting_refused", name=name)
        raw_n = env.get(TEST_SCRYPT_N)
        if raw_n:
            try:
                scrypt_n = int(raw_n)
            except ValueError:
                raise DeskError("config.bad_setting", name=TEST_SCRYPT_N) from None
            if scrypt_n < 2 or scrypt_n & (scrypt_n - 1):
                raise DeskError("config.bad_setting", name=TEST_SCRYPT_N)
        clock_file = env.get(TEST_CLOCK)
        if clock_file:
            clock = _file_clock(Path(clock_file))
        return cls(
            data_dir=data_dir if data_dir is not None else default_data_dir(),
            clock=clock,
            scrypt_n=scrypt_n,
            plaintext_store=env.get(TEST_PLAINTEXT_STORE) == "1",
        )


def _file_clock(path: Path) -> Clock:
    def read() -> float:
        try:
            return float(path.read_text(encoding="ascii").strip())
        except (OSError, ValueError):
            raise DeskError("config.bad_setting", name=TEST_CLOCK) from None

    return read
