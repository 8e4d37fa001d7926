"""The headless admin command line: ``entryhub-desk [--data-dir DIR] COMMAND …``.

Without a command the GUI starts. The acting staff member comes from ``ENTRYHUB_USER``, the
password from ``ENTRYHUB_PASSWORD`` or a prompt, a new password for another member from
``ENTRYHUB_NEW_PASSWORD`` or a prompt. Errors go to stderr on one line; exit codes are those
of :class:`entryhub_desk.errors.ExitCode`. ``--json`` prints one JSON document per line.

Each area of the program keeps its commands in a module of its own here with a
``register(commands) -> {name: handler}`` function, listed in ``_AREAS`` (by module name:
imported when the parser is built). A command in ``_STARTS_ALONE`` starts with its own area's
parser only, so that it loads nothing of the other areas (``tests/cli/test_cli_imports.py``;
``tests/cli/test_cli_dispatch.py`` checks the table against the areas' own registration).
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from entryhub_desk import __version__
from entryhub_desk.cli.common import UsageError, error_line
from entryhub_desk.config import ConfigFactory, DeskConfig
from entryhub_desk.errors import DeskError, ExitCode, disk_full_error
from entryhub_desk.logs import configure_logging

if TYPE_CHECKING:
    from entryhub_desk.cli.admin import Handler

log = logging.getLogger(__name__)

_AREAS = (
    "admin",
    "profile",
    "reception",
    "person",
    "sync",
    "cv",
    "employers",
    "opening_import",
    "introduce",
    "matching",
)
#: command → the area that registers it, for the commands that start with that area alone
_STARTS_ALONE = {"cv": "cv"}


def command_of(argv: Sequence[str]) -> str | None:
    """The command ``argv`` names when it is written plainly (global options spelt in full
    before it); None when it is not or when the top-level help or version is asked for."""
    words = iter(argv)
    for word in words:
        if word == "--data-dir":
            next(words, None)
        elif word.startswith("--data-dir="):
            continue
        elif word.startswith("-"):
            return None  # help, version, an abbreviation: the whole parser decides
        else:
            return word
    return None


def build_parser(command: str | None = None) -> tuple[argparse.ArgumentParser, dict[str, Handler]]:
    """The parser of every command, or for a ``command`` in ``_STARTS_ALONE`` of its area only
    (its options, help and errors are the same)."""
    areas = (_STARTS_ALONE[command],) if command in _STARTS_ALONE else _AREAS
    parser = argparse.ArgumentParser(
        prog="entryhub-desk",
        description="Entry Hub Desk. Without a command, the desk program starts.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--data-dir", type=Path, help="folder of the store (default: platform)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    handlers: dict[str, Handler] = {}
    for area in areas:
        handlers.update(importlib.import_module(f"{__name__}.{area}").register(commands))
    return parser, handlers


def run(argv: Sequence[str], *, config_factory: ConfigFactory | None = None) -> int:
    """Run one command (or the GUI). ``config_factory`` is the tests' seam: the program itself
    always uses :meth:`DeskConfig.from_environment` (calibrated scrypt, real clock, encrypted)."""
    parser, handlers = build_parser(command_of(argv))
    args = parser.parse_args(list(argv))
    try:
        config = (config_factory or DeskConfig.from_environment)(args.data_dir)
        configure_logging(config.log_dir)
        if args.command is None:
            from entryhub_desk.app import run_gui  # Qt only when the GUI is wanted

            return run_gui(config, [sys.argv[0]])
        # Imported once a command runs (``--help`` and usage errors stop before), and each
        # area's module imports the services its commands use inside them (see test_cli_imports).
        from entryhub_desk.services import Desk

        return int(handlers[args.command](Desk(config), args))
    except DeskError as error:
        error_line(error.english())
        return int(error.exit_code)
    except UsageError as error:
        error_line(str(error))
        return int(ExitCode.USAGE)
    except KeyboardInterrupt:
        error_line("interrupted")
        return int(ExitCode.FAILED)
    except Exception as error:  # one line for people, the traceback only in the log file
        full = disk_full_error(error)  # a full disk no service named: still said plainly
        if full is not None:
            error_line(full.english())
            return int(full.exit_code)
        log.exception("unexpected error in command %s", args.command)
        error_line("internal error; the details are in the log file")
        return int(ExitCode.FAILED)
