"""A small pre-allocated file for audit entries a full disk held back (``audit-held``).

Entries held in memory are lost when the program ends before the disk has room again (a
command run at 0 bytes free logs in, searches and exits). So they are also kept here: a file of
:data:`SIZE` bytes made while there is room (at log-in), and later overwritten *in place*, which
needs no new space. The next session with room writes them to the audit log (with their own
times) and removes them from the file.

The content is encrypted and authenticated (AES-256-GCM under a key derived from the store's
audit secret, bound to the database UUID): it names staff and person ids, and a changed file
must not plant entries. Layout: 4-byte big-endian length, 12-byte nonce, ciphertext of a JSON
object ``{entry_id: entry}``, zero padding. A write cut short leaves a file that does not
decrypt: it reads as empty (those entries are lost, as they would have been without this file).

Programs that share the folder take turns through a POSIX lock on the file (Windows: none;
one program per store holds a Windows desk in practice).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Final

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

log = logging.getLogger(__name__)

NAME: Final = "audit-held"
SIZE: Final = 64 * 1024
_HEADER: Final = 4 + 12
_INFO: Final = b"entryhub held audit entries v1"

Stored = dict[str, dict[str, Any]]


class HeldAuditFile:
    def __init__(self, path: Path, audit_secret: bytes, database_uuid: str) -> None:
        self.path = path
        self._aead = AESGCM(
            HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_INFO).derive(audit_secret)
        )
        self._aad = database_uuid.encode("ascii")
        #: whether the last read found a valid file (else its entries were unreadable)
        self.readable = True

    def prepare(self) -> None:
        """Make the file (all zeros: empty) while there is room; nothing happens without."""
        if self.path.exists():
            return
        temp = self.path.with_name(f".{NAME}.new")
        try:
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            try:
                os.write(fd, bytes(SIZE))
                os.fsync(fd)
            finally:
                os.close(fd)
            os.replace(temp, self.path)
        except OSError:
            with contextlib.suppress(OSError):
                temp.unlink()
            log.info("no room for the held-audit file")

    @contextlib.contextmanager
    def entries(self) -> Iterator[Stored | None]:
        """The stored entries, locked against other programs; changes to the dict are written
        back in place when the block ends. None when there is no usable file."""
        try:
            fd = os.open(self.path, os.O_RDWR)
        except OSError:
            yield None
            return
        try:
            _lock(fd)
            size = os.fstat(fd).st_size
            if size < SIZE:
                yield None
                return
            stored = self._decode(_read_all(fd))
            before = dict(stored)
            yield stored
            if stored != before or not self.readable:  # an unreadable file is reset
                data = self._encode(stored)
                if data is None:
                    raise OverflowError("held audit entries do not fit")
                _write_all(fd, data)
                os.fsync(fd)
        finally:
            os.close(fd)  # releases the lock

    def fits(self, stored: Stored) -> bool:
        return self._encode(stored) is not None

    def _encode(self, stored: Stored) -> bytes | None:
        if not stored:
            return bytes(SIZE)
        nonce = os.urandom(12)
        plain = json.dumps(stored, sort_keys=True, separators=(",", ":")).encode("utf-8")
        sealed = self._aead.encrypt(nonce, plain, self._aad)
        if _HEADER + len(sealed) > SIZE:
            return None
        data = len(sealed).to_bytes(4, "big") + nonce + sealed
        return data + bytes(SIZE - len(data))

    def _decode(self, data: bytes) -> Stored:
        length = int.from_bytes(data[:4], "big")
        self.readable = True
        if length == 0:
            return {}
        try:
            if _HEADER + length > len(data):
                raise ValueError("length")
            plain = self._aead.decrypt(data[4:_HEADER], data[_HEADER : _HEADER + length], self._aad)
            stored = json.loads(plain)
            if not isinstance(stored, dict):
                raise ValueError("not an object")
        except (InvalidTag, ValueError):
            log.warning("the held-audit file does not decrypt; its entries are lost")
            self.readable = False
            return {}
        return stored


def _lock(fd: int) -> None:
    if sys.platform != "win32":
        import fcntl

        fcntl.lockf(fd, fcntl.LOCK_EX)


def _read_all(fd: int) -> bytes:
    os.lseek(fd, 0, os.SEEK_SET)
    chunks: list[bytes] = []
    left = SIZE
    while left:
        chunk = os.read(fd, left)
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _write_all(fd: int, data: bytes) -> None:
    os.lseek(fd, 0, os.SEEK_SET)
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]
