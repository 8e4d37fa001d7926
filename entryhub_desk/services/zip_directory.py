"""How many members a zip archive claims, read from its end records before ``zipfile`` parses
the central directory: a hostile archive can claim millions of members (``zipfile`` would read
and hold them all), so the backup list and the restore look first and turn such files away."""

from __future__ import annotations

import struct
from pathlib import Path
from typing import Final

_END: Final = b"PK\x05\x06"  # end of central directory record
_END_SIZE: Final = 22
_ZIP64_LOCATOR: Final = b"PK\x06\x07"
_ZIP64_LOCATOR_SIZE: Final = 20
_ZIP64_END: Final = b"PK\x06\x06"
_MOST_COMMENT: Final = 0xFFFF


def central_directory(path: Path) -> tuple[int, int] | None:
    """``(members, directory bytes)`` as the archive's end records claim; None when they
    cannot be found or read (not a zip, or cut short). Raises OSError when the file cannot be
    read."""
    with path.open("rb") as handle:
        size = handle.seek(0, 2)
        tail_size = min(size, _END_SIZE + _MOST_COMMENT + _ZIP64_LOCATOR_SIZE)
        handle.seek(size - tail_size)
        tail = handle.read(tail_size)
        at = tail.rfind(_END)
        if at < 0 or len(tail) - at < _END_SIZE:
            return None
        members, directory_size, offset = struct.unpack_from("<10xHLL", tail, at)
        if members != 0xFFFF and directory_size != 0xFFFFFFFF and offset != 0xFFFFFFFF:
            return int(members), int(directory_size)
        # zip64: the locator sits right before the end record and points at the zip64 record
        locator = at - _ZIP64_LOCATOR_SIZE
        if locator < 0 or tail[locator : locator + 4] != _ZIP64_LOCATOR:
            return None
        (record_at,) = struct.unpack_from("<8xQ", tail, locator)
        if record_at + 56 > size:
            return None
        handle.seek(record_at)
        record = handle.read(56)
        if len(record) < 56 or record[:4] != _ZIP64_END:
            return None
        members64, directory64 = struct.unpack_from("<32xQQ", record)
        return int(members64), int(directory64)


def small_directory(path: Path, *, most_members: int, most_bytes: int = 64 * 1024) -> bool:
    """True when ``path`` claims at most ``most_members`` members in at most ``most_bytes`` of
    central directory (False also for a file that is no zip or cannot be read)."""
    try:
        claimed = central_directory(path)
    except OSError:
        return False
    return claimed is not None and claimed[0] <= most_members and claimed[1] <= most_bytes
