"""The desk's files are its user's only: folders 0700, files 0600 (a user-only ACL on Windows).

The database, its WAL, the key slots, logs, backups and exports hold personal data or what an
offline password guess needs, so nobody else on the machine may read them. The process sets
``umask 077`` at start (:mod:`.process`), so what it creates is private already; these helpers
also tighten what exists (a folder made by an older version, a file copied in) and make files
private that are written outside the data folder (backups, exports).

On Windows ``chmod`` only sets the read-only flag, so each folder or file gets a protected DACL
with one entry, full control for the current user (``SetFileSecurityW``; a folder's entry is
inherited by what is created in it later). Everything here is best effort: a file system that
cannot hold permissions (FAT on a USB stick) must not stop the desk.
"""

from __future__ import annotations

import logging
import os
import stat
import sys
from pathlib import Path
from typing import Final

log = logging.getLogger(__name__)

PRIVATE_DIR: Final = 0o700
PRIVATE_FILE: Final = 0o600
#: Subfolders of a data folder that are wholly the desk's own (``DeskConfig.backups_dir``).
OWN_SUBFOLDERS: Final = ("backups",)


def private_dir(folder: Path) -> None:
    """Create ``folder`` (and missing parents) if needed and make it private (restrict_tree)."""
    folder.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
    restrict_tree(folder)


def restrict_tree(folder: Path) -> None:
    """``folder`` private, the files directly in it private, and :data:`OWN_SUBFOLDERS` with
    everything in them. Other subfolders are made 0700 but what is inside them is left as it
    is: ``--data-dir`` may name a folder that holds other things too, and nothing outside the
    desk's own files is rewritten (the folder's own 0700 already keeps everyone else out).
    Symbolic links are never followed. A missing folder is left alone."""
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    _restrict(folder, is_folder=True)
    for entry in entries:
        if entry.is_symlink():
            continue
        path = Path(entry.path)
        if entry.is_dir(follow_symlinks=False):
            if entry.name in OWN_SUBFOLDERS:
                _restrict_all(path)
            else:
                _restrict(path, is_folder=True)
        elif entry.is_file(follow_symlinks=False):
            _restrict(path, is_folder=False)


def restrict_file(path: Path) -> None:
    """One file private (a backup or export written anywhere)."""
    _restrict(path, is_folder=False)


def _restrict_all(folder: Path) -> None:
    """``folder`` and everything below it, links never followed. The entries' types come
    from the folder listing, so each entry costs one ``lstat`` (in :func:`_chmod`): this runs
    over every backup at each start."""
    _restrict(folder, is_folder=True)
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        if entry.is_symlink():
            continue
        if entry.is_dir(follow_symlinks=False):
            _restrict_all(Path(entry.path))
        else:
            _restrict(Path(entry.path), is_folder=False)


def _restrict(path: Path, *, is_folder: bool) -> None:
    if sys.platform == "win32":
        _windows_user_only(path, is_folder=is_folder)
    else:
        _chmod(path, PRIVATE_DIR if is_folder else PRIVATE_FILE)


def _chmod(path: Path, mode: int) -> None:
    """Set ``mode`` unless it is set already, ``path`` is a link or it is gone."""
    try:
        info = path.lstat()
    except OSError:
        return
    if stat.S_ISLNK(info.st_mode) or stat.S_IMODE(info.st_mode) == mode:
        return
    try:
        os.chmod(path, mode)
    except OSError as error:  # not our file, or a file system without permissions
        log.warning("could not make a file private (%s)", type(error).__name__)


def _windows_user_only(path: Path, *, is_folder: bool) -> None:
    if sys.platform != "win32":  # for the type checker: the rest is Windows only
        return
    if not path.exists():
        return
    try:
        _set_user_only_dacl(path, is_folder=is_folder)
    except OSError as error:
        log.warning("could not make a file private (%s)", type(error).__name__)


def _set_user_only_dacl(path: Path, *, is_folder: bool) -> None:
    if sys.platform != "win32":
        return
    import ctypes
    from ctypes import wintypes

    token_query, token_user = 0x0008, 1
    dacl_info, protected_dacl_info = 0x00000004, 0x80000000
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    advapi32 = ctypes.WinDLL("advapi32", use_last_error=True)
    kernel32.GetCurrentProcess.restype = wintypes.HANDLE
    kernel32.LocalFree.argtypes = [ctypes.c_void_p]
    kernel32.CloseHandle.argtypes = [wintypes.HANDLE]
    advapi32.OpenProcessToken.argtypes = [
        wintypes.HANDLE,
        wintypes.DWORD,
        ctypes.POINTER(wintypes.HANDLE),
    ]
    advapi32.GetTokenInformation.argtypes = [
        wintypes.HANDLE,
        ctypes.c_int,
        ctypes.c_void_p,
        wintypes.DWORD,
        ctypes.POINTER(wintypes.DWORD),
    ]
    advapi32.ConvertSidToStringSidW.argtypes = [
        ctypes.c_void_p,
        ctypes.POINTER(wintypes.LPWSTR),
    ]
    advapi32.ConvertStringSecurityDescriptorToSecurityDescriptorW.argtypes = [
        wintypes.LPCWSTR,
        wintypes.DWORD,
        ctypes.POINTER(ctypes.c_void_p),
        ctypes.c_void_p,
    ]
    advapi32.SetFileSecurityW.argtypes = [wintypes.LPCWSTR, wintypes.DWORD, ctypes.c_void_p]

    def fail() -> OSError:
        return ctypes.WinError(ctypes.get_last_error())

    token = wintypes.HANDLE()
    if not advapi32.OpenProcessToken(
        kernel32.GetCurrentProcess(), token_query, ctypes.byref(token)
    ):
        raise fail()
    try:
        size = wintypes.DWORD()
        advapi32.GetTokenInformation(token, token_user, None, 0, ctypes.byref(size))
        buffer = ctypes.create_string_buffer(size.value)
        if not advapi32.GetTokenInformation(token, token_user, buffer, size, ctypes.byref(size)):
            raise fail()
    finally:
        kernel32.CloseHandle(token)
    user_sid = ctypes.cast(buffer, ctypes.POINTER(ctypes.c_void_p))[0]  # TOKEN_USER.User.Sid
    sid_text = wintypes.LPWSTR()
    if not advapi32.ConvertSidToStringSidW(user_sid, ctypes.byref(sid_text)):
        raise fail()
    try:
        inherit = "OICI" if is_folder else ""
        sddl = f"D:P(A;{inherit};FA;;;{sid_text.value})"
    finally:
        kernel32.LocalFree(sid_text)
    descriptor = ctypes.c_void_p()
    if not advapi32.ConvertStringSecurityDescriptorToSecurityDescriptorW(
        sddl, 1, ctypes.byref(descriptor), None
    ):
        raise fail()
    try:
        # SetFileSecurityW (unlike SetNamedSecurityInfoW) leaves what is already inside a
        # folder alone; what is created there later inherits the entry.
        if not advapi32.SetFileSecurityW(str(path), dacl_info | protected_dacl_info, descriptor):
            raise fail()
    finally:
        kernel32.LocalFree(descriptor)


__all__ = ["PRIVATE_DIR", "PRIVATE_FILE", "private_dir", "restrict_file", "restrict_tree"]
