"""Where the desk keeps its files, and the settings of one run.

The program builds its :class:`DeskConfig` with :meth:`DeskConfig.from_environment`, which
reads nothing but the data folder: the scrypt cost is calibrated to the machine, the clock is
the real one and the store is always encrypted. No environment variable, setting or option of
the program can change that. Tests make the suite fast and deterministic by building a
``DeskConfig`` themselves (``tests/conftest.py``) or, for a command in a subprocess, through the
test-side launcher ``tests/desk_launcher.py``, which hands the command line a config factory.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

import platformdirs

APP_NAME = "entryhub-desk"
APP_AUTHOR = "EntryHub"

Clock = Callable[[], float]


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
    plaintext_store: bool = False  # only a test can build a config with this set
    # only a test sets this: schema steps after the shipped migrations (a newer program's
    # schema, for the version-skew tests); see entryhub_desk.store.migrations
    extra_schema_steps: tuple[ModuleType, ...] = ()

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
    def from_environment(cls, data_dir: Path | None = None) -> DeskConfig:
        """The config of the installed program: the given (or platform) data folder, the
        platform log folder, the real clock, a calibrated scrypt cost, an encrypted store."""
        return cls(data_dir=data_dir if data_dir is not None else default_data_dir())


ConfigFactory = Callable[[Path | None], DeskConfig]
