"""``entryhub-desk``: without a command the GUI starts; with one, the admin command line."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from entryhub_desk.security.process import harden_process

if TYPE_CHECKING:
    from entryhub_desk.config import ConfigFactory


def main(argv: list[str] | None = None, *, config_factory: ConfigFactory | None = None) -> int:
    """Run the program. ``config_factory`` is for tests only (``tests/desk_launcher.py``): the
    installed program always builds its config with ``DeskConfig.from_environment``.

    Called as the program (no ``argv``: the installed script, ``python -m entryhub_desk``), a
    command that ends quickly ends the process here (``cli.ending``); called with ``argv``
    (tests, benchmarks) it returns the exit status, and the caller may end the same way with
    ``cli.ending.finish``."""
    harden_process()  # before anything is read or written: no core dumps, private files
    from entryhub_desk.cli import run

    args = sys.argv[1:] if argv is None else argv
    code = run(args, config_factory=config_factory)
    if argv is None:
        from entryhub_desk.cli.ending import finish

        finish(code, args)
    return code


if __name__ == "__main__":
    sys.exit(main())
