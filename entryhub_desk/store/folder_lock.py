"""One process per store: an operating-system lock on the data folder.

Two programs on one data folder must not pull the store from under each other (a restore
moving the live file aside while another program keeps writing into it lost every write made
there). So every program that opens the store holds a lock on ``desk.lock`` in the data folder:

- a **shared** claim for an ordinary session (GUI log-in to log-out, every command that opens
  the store): any number of programs may hold one at once;
- an **exclusive** claim for restore, re-key and migrations: granted only when no other
  program holds the folder, and never waited for: :func:`claim_exclusive` and
  :meth:`FolderClaim.exclusive` refuse at once with ``store.in_use``.

The operating system holds one lock per process and folder (record locks through ``fcntl``,
whose change from shared to exclusive and back is atomic: open-file-description locks on Linux,
``lockf`` elsewhere on POSIX; ``LockFileEx`` on Windows); this module counts the claims inside
the process. A process whose claims are all
released drops its lock, and a process that dies loses it, so a crash never leaves the folder
locked.

:func:`file_write_lock` is the short exclusive lock that serialises writers of one file (the
key slot file) across processes and threads; it waits for the other writer instead of refusing.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from entryhub_desk.errors import DeskError

LOCK_NAME: Final = "desk.lock"
IN_USE: Final = "store.in_use"


# -- the operating system's locks -------------------------------------------------------------

if sys.platform == "win32":
    import ctypes
    import msvcrt
    from ctypes import wintypes

    _LOCKFILE_FAIL_IMMEDIATELY: Final = 0x1
    _LOCKFILE_EXCLUSIVE_LOCK: Final = 0x2
    _ERROR_LOCK_VIOLATION: Final = 33
    _ERROR_IO_PENDING: Final = 997

    class _Overlapped(ctypes.Structure):
        _fields_ = (
            ("Internal", ctypes.c_size_t),
            ("InternalHigh", ctypes.c_size_t),
            ("Offset", wintypes.DWORD),
            ("OffsetHigh", wintypes.DWORD),
            ("hEvent", wintypes.HANDLE),
        )

    _kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    _LockFileEx = _kernel32.LockFileEx
    _LockFileEx.argtypes = (
        wintypes.HANDLE,
        wintypes.DWORD,
        wintypes.DWORD,
        wintypes.DWORD,
        wintypes.DWORD,
        ctypes.POINTER(_Overlapped),
    )
    _LockFileEx.restype = wintypes.BOOL
    _UnlockFileEx = _kernel32.UnlockFileEx
    _UnlockFileEx.argtypes = (
        wintypes.HANDLE,
        wintypes.DWORD,
        wintypes.DWORD,
        wintypes.DWORD,
        ctypes.POINTER(_Overlapped),
    )
    _UnlockFileEx.restype = wintypes.BOOL

    def _os_lock(fd: int, *, exclusive: bool, wait: bool) -> bool:
        flags = _LOCKFILE_EXCLUSIVE_LOCK if exclusive else 0
        if not wait:
            flags |= _LOCKFILE_FAIL_IMMEDIATELY
        handle = msvcrt.get_osfhandle(fd)
        overlapped = _Overlapped()
        if _LockFileEx(handle, flags, 0, 1, 0, ctypes.byref(overlapped)):
            return True
        error = ctypes.get_last_error()
        if error in (_ERROR_LOCK_VIOLATION, _ERROR_IO_PENDING):
            return False
        raise ctypes.WinError(error)

    def _os_unlock(fd: int) -> None:
        handle = msvcrt.get_osfhandle(fd)
        overlapped = _Overlapped()
        if not _UnlockFileEx(handle, 0, 1, 0, ctypes.byref(overlapped)):
            raise ctypes.WinError(ctypes.get_last_error())

    def _os_convert(fd: int, *, exclusive: bool) -> bool:
        # Windows cannot change a lock in place: let go, take the other kind, and take the
        # old kind back if the new one is refused (a shared lock is refused only if another
        # program took the folder exclusively in between).
        _os_unlock(fd)
        if _os_lock(fd, exclusive=exclusive, wait=False):
            return True
        if not _os_lock(fd, exclusive=not exclusive, wait=False):
            raise DeskError(IN_USE)
        return False

    def _file_lock(fd: int) -> None:
        _os_lock(fd, exclusive=True, wait=True)

    def _file_unlock(fd: int) -> None:
        _os_unlock(fd)

else:
    import fcntl
    import struct

    # Linux: open-file-description record locks. Like POSIX record locks their change of kind
    # is atomic, but they belong to the open file, not the process, so another open and close
    # of desk.lock in this process (a test reading the folder) does not drop them.
    _OFD = sys.platform.startswith("linux") and hasattr(fcntl, "F_OFD_SETLK")

    def _ofd(fd: int, kind: int, *, wait: bool) -> None:
        command = fcntl.F_OFD_SETLKW if wait else fcntl.F_OFD_SETLK
        # struct flock: l_type, l_whence, l_start, l_len (0: to the end), l_pid (0 for OFD)
        fcntl.fcntl(fd, command, struct.pack("hhqqi4x", kind, os.SEEK_SET, 0, 0, 0))

    def _os_lock(fd: int, *, exclusive: bool, wait: bool) -> bool:
        try:
            if _OFD:
                _ofd(fd, fcntl.F_WRLCK if exclusive else fcntl.F_RDLCK, wait=wait)
            else:
                operation = fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH
                fcntl.lockf(fd, operation if wait else operation | fcntl.LOCK_NB)
        except (BlockingIOError, PermissionError):
            return False
        return True

    def _os_unlock(fd: int) -> None:
        if _OFD:
            _ofd(fd, fcntl.F_UNLCK, wait=False)
        else:
            fcntl.lockf(fd, fcntl.LOCK_UN)

    def _os_convert(fd: int, *, exclusive: bool) -> bool:
        # A POSIX record lock changes kind atomically: refused, the old lock stays as it was.
        return _os_lock(fd, exclusive=exclusive, wait=False)

    def _file_lock(fd: int) -> None:
        # flock, not lockf: it belongs to this open file, so two threads of one process
        # exclude each other too.
        fcntl.flock(fd, fcntl.LOCK_EX)

    def _file_unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def _open_lock_file(path: Path) -> int:
    return os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)


# -- claims inside this process --------------------------------------------------------------


@dataclass
class _Held:
    """This process's lock on one folder."""

    fd: int
    exclusive: bool
    claims: int


_held: dict[Path, _Held] = {}
_guard = threading.Lock()


def _key(data_dir: Path) -> Path:
    return data_dir.resolve()


def _acquire(data_dir: Path, *, exclusive: bool) -> Path:
    key = _key(data_dir)
    with _guard:
        held = _held.get(key)
        if held is not None:
            # Another claim of this process: shared claims share the lock; an exclusive claim
            # needs the folder to itself.
            if exclusive or held.exclusive:
                raise DeskError(IN_USE)
            held.claims += 1
            return key
        fd = _open_lock_file(key / LOCK_NAME)
        try:
            locked = _os_lock(fd, exclusive=exclusive, wait=False)
        except BaseException:
            os.close(fd)
            raise
        if not locked:
            os.close(fd)
            raise DeskError(IN_USE)
        _held[key] = _Held(fd=fd, exclusive=exclusive, claims=1)
        return key


class FolderClaim:
    """One holder's claim on a data folder; :meth:`release` it when done (or use ``with``)."""

    def __init__(self, key: Path) -> None:
        self._key = key
        self._released = False

    @property
    def folder(self) -> Path:
        return self._key

    @property
    def is_exclusive(self) -> bool:
        with _guard:
            held = _held.get(self._key)
            return held is not None and held.exclusive and not self._released

    def release(self) -> None:
        """Give the claim up (again: nothing happens)."""
        with _guard:
            if self._released:
                return
            self._released = True
            held = _held.get(self._key)
            if held is None:  # pragma: no cover - a claim always has its lock
                return
            held.claims -= 1
            if held.claims > 0:
                return
            del _held[self._key]
            try:
                _os_unlock(held.fd)
            finally:
                os.close(held.fd)

    @contextmanager
    def exclusive(self) -> Iterator[None]:
        """The folder to this claim alone for the block (a migration, a re-key), then shared
        again. Refuses with ``store.in_use`` if another program or another claim of this
        process holds it; never waits."""
        with _guard:
            held = _held.get(self._key)
            if held is None or self._released:
                raise DeskError(IN_USE)
            if held.exclusive:
                upgraded = False
            else:
                if held.claims > 1 or not _os_convert(held.fd, exclusive=True):
                    raise DeskError(IN_USE)
                held.exclusive = upgraded = True
        try:
            yield
        finally:
            if upgraded:
                with _guard:
                    held.exclusive = False
                    if not _os_convert(held.fd, exclusive=False):  # pragma: no cover
                        _os_lock(held.fd, exclusive=False, wait=True)

    def __enter__(self) -> FolderClaim:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.release()


def claim_shared(data_dir: Path) -> FolderClaim:
    """A shared claim on ``data_dir`` (which must exist); ``store.in_use`` while another
    program holds it exclusively (a restore, a re-key or a migration under way)."""
    return FolderClaim(_acquire(data_dir, exclusive=False))


def claim_exclusive(data_dir: Path) -> FolderClaim:
    """The folder to this claim alone; ``store.in_use`` while anyone else holds it."""
    return FolderClaim(_acquire(data_dir, exclusive=True))


def try_lock_file(lock_path: Path) -> int | None:
    """Lock ``lock_path`` (made if missing) exclusively without waiting: the open descriptor
    that holds the lock (``os.close`` it to let go), or None while someone else holds it. A
    process that dies loses its locks, so a free lock means its last holder has ended."""
    fd = _open_lock_file(lock_path)
    try:
        locked = _os_lock(fd, exclusive=True, wait=False)
    except BaseException:
        os.close(fd)
        raise
    if locked:
        return fd
    os.close(fd)
    return None


_writing = threading.local()


@contextmanager
def file_write_lock(lock_path: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``lock_path`` for the block, waiting for another writer of
    the same file (in this process or another) to finish first. A thread that already holds
    it (a change calling another change) goes on."""
    depth: dict[Path, int] = _writing.__dict__.setdefault("depth", {})
    key = lock_path.resolve()
    if depth.get(key):
        depth[key] += 1
        try:
            yield
        finally:
            depth[key] -= 1
        return
    fd = _open_lock_file(lock_path)
    try:
        _file_lock(fd)
        depth[key] = 1
        try:
            yield
        finally:
            depth[key] = 0
            _file_unlock(fd)
    finally:
        os.close(fd)
