"""Test-only launcher of the desk's command line (and GUI), with test settings injected.

The program reads no test settings: :meth:`DeskConfig.from_environment` always gives a
calibrated scrypt cost, the real clock and an encrypted store. Tests that run a command in a
subprocess start this file instead of ``python -m entryhub_desk``::

    subprocess.run([*DESK_COMMAND, "--data-dir", str(data_dir), "check"], env=cli_env, ...)

(``tests.conftest.DESK_COMMAND`` is ``[sys.executable, "<repo>/tests/desk_launcher.py"]``.) It
reads its settings from its own environment variables — set by the ``cli_env`` fixture — and
hands the program's entry point a config factory; everything else is the real program,
including the process hardening at start.

``ENTRYHUB_TEST_SCRYPT_N``
    a fixed (low) scrypt cost instead of the calibrated one (a power of two ≥ 2);
``ENTRYHUB_TEST_CLOCK``
    a path to a file holding the current time in Unix seconds, so that login back-off can be
    tested without sleeping;
``ENTRYHUB_TEST_PLAINTEXT_STORE``
    ``1`` opens the store without its key (a plain SQLite file), so that a test can search the
    raw bytes of the database and its WAL.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Mapping
from pathlib import Path

SCRYPT_N = "ENTRYHUB_TEST_SCRYPT_N"
CLOCK = "ENTRYHUB_TEST_CLOCK"
PLAINTEXT_STORE = "ENTRYHUB_TEST_PLAINTEXT_STORE"

if __name__ == "__main__":  # run as a script: the repository root, not tests/, on the path
    sys.path[0] = str(Path(__file__).resolve().parent.parent)

from entryhub_desk.config import ConfigFactory, DeskConfig, default_data_dir  # noqa: E402


def config_factory(environ: Mapping[str, str]) -> ConfigFactory:
    """A factory building the test config that ``environ`` describes."""
    raw_n = environ.get(SCRYPT_N)
    scrypt_n = int(raw_n) if raw_n else None
    if scrypt_n is not None and (scrypt_n < 2 or scrypt_n & (scrypt_n - 1)):
        raise SystemExit(f"desk_launcher: {SCRYPT_N} must be a power of two")
    clock_file = environ.get(CLOCK)
    clock = _file_clock(Path(clock_file)) if clock_file else time.time
    plaintext = environ.get(PLAINTEXT_STORE) == "1"

    def build(data_dir: Path | None) -> DeskConfig:
        return DeskConfig(
            data_dir=data_dir if data_dir is not None else default_data_dir(),
            clock=clock,
            scrypt_n=scrypt_n,
            plaintext_store=plaintext,
        )

    return build


def _file_clock(path: Path) -> Callable[[], float]:
    def read() -> float:
        return float(path.read_text(encoding="ascii").strip())

    return read


def main() -> int:
    from entryhub_desk.__main__ import main as desk_main

    return desk_main(sys.argv[1:], config_factory=config_factory(os.environ))


if __name__ == "__main__":
    from entryhub_desk.cli.ending import finish

    finish(main(), sys.argv[1:])  # as the program ends (``entryhub_desk.__main__.main``)
