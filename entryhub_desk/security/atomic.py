"""Atomic file replacement: temp file in the same folder, fsync, ``os.replace``, fsync folder.

A reader sees either the old file or the new one, never a mixture, and after a crash the
rename is durable. If anything fails the old file is left as it was and the temp file is
removed; a full disk (``ENOSPC``, ``EDQUOT``) is ``store.disk_full``.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from entryhub_desk.errors import disk_full_raised
from entryhub_desk.security.permissions import restrict_file


def fsync_directory(folder: Path) -> None:
    """Make a rename in ``folder`` durable (a no-op where folders cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically (the new file is readable by its owner only).

    A full disk raises ``store.disk_full`` (naming the folder); ``path`` is then unchanged.
    """
    with disk_full_raised(path.parent):
        _atomic_write(path, data)


def _atomic_write(path: Path, data: bytes) -> None:
    folder = path.parent
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    temp = Path(temp_name)
    try:
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        restrict_file(temp)  # 0600 from mkstemp already; the user-only ACL on Windows
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    fsync_directory(folder)
