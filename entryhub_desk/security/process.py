"""Hardening of the desk's own process, done first thing at start (GUI and command line).

- Files the process creates are its user's only (``umask 077``): the database, its WAL, the
  key slots, logs, backups and exports.
- No core dumps: a crash of a logged-in desk must not leave its memory (the database key,
  visitors' names) in a file. On Linux and macOS the core size limit is 0 (soft and hard, so
  nothing in the process can raise it again); on Linux the process is also not dumpable
  (``prctl(PR_SET_DUMPABLE, 0)``), which keeps the kernel's core pattern helpers and
  ``ptrace`` of another process of the same user out too. On Windows no crash dialog is shown
  (``SetErrorMode``), Windows Error Reporting leaves the heap out of its reports
  (``WerSetFlags``), and the installed (frozen) program excludes itself from WER
  (``WerAddExcludedApplication``; not done for a plain ``python.exe``, which would exclude every
  Python program of the user).

Every step is best effort: a platform that refuses one must not stop the desk from starting.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import os
import sys

log = logging.getLogger(__name__)

PRIVATE_UMASK = 0o077
_PR_SET_DUMPABLE = 4


def harden_process() -> None:
    """Private files and no core dumps for this process (and the processes it starts)."""
    os.umask(PRIVATE_UMASK)
    if sys.platform == "win32":
        _windows_no_crash_dumps()
    else:
        _posix_no_core_dumps()


def _posix_no_core_dumps() -> None:
    if sys.platform == "win32":  # for the type checker
        return
    import resource

    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            if libc.prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
                log.warning(
                    "could not mark the process not dumpable (errno %d)", ctypes.get_errno()
                )
        except (OSError, AttributeError):
            log.warning("prctl is not available; the process stays dumpable")


def _windows_no_crash_dumps() -> None:
    if sys.platform != "win32":  # for the type checker: the rest is Windows only
        return
    sem_failcriticalerrors, sem_nogpfaulterrorbox = 0x0001, 0x0002
    wer_fault_reporting_flag_noheap = 0x0001
    try:
        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        mode = kernel32.SetErrorMode(sem_failcriticalerrors | sem_nogpfaulterrorbox)
        kernel32.SetErrorMode(mode | sem_failcriticalerrors | sem_nogpfaulterrorbox)
        kernel32.WerSetFlags(wer_fault_reporting_flag_noheap)
    except (OSError, AttributeError):
        log.warning("could not turn off crash dumps")
    if getattr(sys, "frozen", False):
        try:
            wer = ctypes.WinDLL("wer", use_last_error=True)
            wer.WerAddExcludedApplication(ctypes.c_wchar_p(sys.executable), False)
        except (OSError, AttributeError):
            log.warning("could not exclude the program from Windows Error Reporting")
