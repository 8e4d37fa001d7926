"""Ending the program once a command is done, without Python's tear-down where it only costs.

After a command such as ``cv`` the interpreter would free every module and object it loaded
(reportlab, HarfBuzz, the phone and language tables, …) one by one before the process ends:
tens of milliseconds that nobody waits for usefully, since the operating system takes the
memory back at once. :func:`finish` ends such a command's process the way Python ends it —
other threads joined, ``atexit`` handlers run (the log files flushed and closed), the standard
streams flushed — and then leaves with ``os._exit``. What it skips is only the freeing (and the
``__del__`` of objects still alive then, which Python does not promise to run either); every
file the command wrote is closed and synced by the command itself.

Only the commands in :data:`ENDS_QUICKLY` end this way (the GUI and the other commands keep
Python's own ending); ``tests/cli/test_cli_ending.py`` runs the program and checks both.
"""

from __future__ import annotations

import atexit
import os
import sys
import threading
from collections.abc import Sequence
from typing import NoReturn

#: The commands whose process ends without the interpreter's tear-down.
ENDS_QUICKLY = frozenset({"cv"})


def ends_quickly(argv: Sequence[str]) -> bool:
    """Whether the command ``argv`` names ends without the tear-down."""
    from entryhub_desk.cli import command_of

    return command_of(argv) in ENDS_QUICKLY


def finish(code: int, argv: Sequence[str]) -> NoReturn:
    """End the process with exit status ``code`` after the command ``argv`` has run: quickly
    for a command in :data:`ENDS_QUICKLY`, else through ``sys.exit``."""
    if ends_quickly(argv):
        end_process(code)
    sys.exit(code)


def end_process(code: int) -> NoReturn:
    """Exit with ``code`` as the interpreter would, less the freeing of what it loaded: wait for
    the threads that are not daemons, run the ``atexit`` handlers, flush stdout and stderr.
    When the streams cannot be flushed (a closed pipe), Python's own ending reports it."""
    shutdown = getattr(threading, "_shutdown", None)  # what the interpreter calls first
    if shutdown is not None:
        shutdown()
    else:  # pragma: no cover - every CPython has it; the same waiting, done here
        for thread in threading.enumerate():
            if thread is not threading.current_thread() and not thread.daemon:
                thread.join()
    atexit._run_exitfuncs()
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except (OSError, ValueError):
        sys.exit(code)
    os._exit(code)
