"""The master key: 32 random bytes that live outside the database.

Everything secret in the database (the per-network data keys, the server's private keys) is
wrapped under it; a copy of the database without it reveals no visitor data. It comes from a
:class:`MasterKeyProvider`:

- :class:`FileMasterKey`: a key file, one line of base64, mode 0600 (refused if the group or
  others may read it); made by ``entryhub-server init-keys`` or at the first start of a new
  database;
- :class:`EnvMasterKey`: the ``ENTRYHUB_SERVER_MASTER_KEY`` environment variable (base64);
- :class:`StaticMasterKey`: bytes already in hand (tests; a key fetched from a key service).

A key service (KMS, Vault) plugs in as any object with a ``name`` and a ``load()`` returning the
32 bytes, e.g. one that decrypts a wrapped master key with the service at start-up.
"""

from __future__ import annotations

import base64
import binascii
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from entryhub_server.errors import ServerError

MASTER_KEY_ENV = "ENTRYHUB_SERVER_MASTER_KEY"
MASTER_KEY_BYTES = 32


class MasterKeyError(ServerError):
    """The master key is missing, unreadable, too open or does not open this database."""

    def __init__(self, detail: str) -> None:
        super().__init__(500, "master_key", detail)


class MasterKeyProvider(Protocol):
    """Where the master key comes from (file, environment, key service)."""

    @property
    def name(self) -> str:
        """Where the key comes from, for messages (never the key itself)."""
        ...

    def load(self) -> bytes:
        """The 32-byte master key; raises :class:`MasterKeyError` if it cannot."""
        ...


def new_master_key() -> bytes:
    return os.urandom(MASTER_KEY_BYTES)


def encode_key(key: bytes) -> str:
    return base64.b64encode(key).decode("ascii")


def decode_key(text: str, where: str) -> bytes:
    try:
        key = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError):
        key = b""
    if len(key) != MASTER_KEY_BYTES:
        raise MasterKeyError(f"{where} does not hold a master key (32 bytes in base64)")
    return key


@dataclass(frozen=True)
class StaticMasterKey:
    key: bytes
    name: str = "the given master key"

    def load(self) -> bytes:
        if len(self.key) != MASTER_KEY_BYTES:
            raise MasterKeyError(f"{self.name} is not 32 bytes")
        return self.key


@dataclass(frozen=True)
class EnvMasterKey:
    variable: str = MASTER_KEY_ENV

    @property
    def name(self) -> str:
        return f"the environment variable {self.variable}"

    def load(self) -> bytes:
        text = os.environ.get(self.variable, "")
        if not text.strip():
            raise MasterKeyError(f"{self.name} is not set")
        return decode_key(text, self.name)


@dataclass(frozen=True)
class FileMasterKey:
    path: Path

    @property
    def name(self) -> str:
        return f"the master key file {self.path}"

    def exists(self) -> bool:
        return self.path.exists()

    def load(self) -> bytes:
        try:
            mode = self.path.stat().st_mode
        except FileNotFoundError:
            raise MasterKeyError(
                f"{self.name} is missing; the database cannot be read without it "
                "(restore it from its backup, or give --master-key-file)"
            ) from None
        if mode & (stat.S_IRWXG | stat.S_IRWXO):
            raise MasterKeyError(
                f"{self.name} may be read by other users; run: chmod 600 {self.path}"
            )
        return decode_key(self.path.read_text(encoding="ascii", errors="replace"), self.name)

    def create(self, key: bytes | None = None) -> bytes:
        """Write a new key file, mode 0600 from the start; refuses to replace one."""
        key = key if key is not None else new_master_key()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
        try:
            handle = os.open(self.path, flags, 0o600)
        except FileExistsError:
            raise MasterKeyError(f"{self.name} already exists; it is never replaced") from None
        with os.fdopen(handle, "w", encoding="ascii") as out:
            out.write(encode_key(key) + "\n")
            out.flush()
            os.fsync(out.fileno())
        _fsync_folder(self.path.parent)
        return key

    @property
    def staged(self) -> FileMasterKey:
        """``F.new``: where rotate-keys writes the new key before it replaces this file."""
        return FileMasterKey(self.path.with_name(self.path.name + ".new"))

    def promote_staged(self) -> None:
        """Rename the staged key over this file (atomic), then sync the folder."""
        os.replace(self.staged.path, self.path)
        _fsync_folder(self.path.parent)


def _fsync_folder(folder: Path) -> None:
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    finally:
        os.close(handle)
