"""Opening the SQLCipher data file, transactions, re-keying and consistent copies.

``sqlcipher3`` ships no type information; this module is the typed boundary. Everything else in
the store receives a :class:`DeskConnection` (a subclass of ``sqlcipher3.Connection`` that also
remembers the raw key, so that safety copies can be keyed the same way).

Errors from SQLCipher are translated into :class:`DeskError` codes:

- the first page cannot be decrypted (``SQLITE_NOTADB``) → ``store.wrong_key``;
- a later page fails its HMAC or the b-tree is damaged (``SQLITE_CORRUPT``) → ``store.corrupt``;
- another process holds the write lock past the busy timeout → ``store.busy``.

SQLCipher cannot tell a wrong key from a damaged *first* page: both are ``store.wrong_key``.
"""

from __future__ import annotations

import contextlib
import itertools
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import sqlcipher3
import sqlite_utils

from entryhub_desk.errors import DeskError

KEY_BYTES = 32
BUSY_TIMEOUT_MS = 5000
CACHE_KIB = 65536  # page cache per connection

_savepoints = itertools.count(1)


class DeskConnection(sqlcipher3.Connection):  # type: ignore[misc]
    """A ``sqlcipher3`` connection that remembers its raw key (for keyed copies)."""

    desk_key: bytes
    desk_path: Path
    desk_encrypted: bool
    # One session's connection serves the GUI thread and its background tasks. SQLite keeps
    # each statement safe across threads, but a transaction is per connection: without this
    # lock a write on one thread could fall inside another thread's open transaction and be
    # rolled back with it. ``transaction`` holds it from BEGIN to COMMIT (re-entrant for
    # savepoints on the same thread).
    desk_lock: threading.RLock


def _key_pragma(key: bytes) -> str:
    if len(key) != KEY_BYTES:
        raise ValueError("the database key must be 32 bytes")
    return f"\"x'{key.hex()}'\""


def translate(exc: BaseException) -> DeskError | None:
    """The DeskError for a SQLCipher error, or None if it is not a storage failure."""
    if isinstance(exc, DeskError):
        return exc
    if not isinstance(exc, sqlcipher3.DatabaseError):
        return None
    name = str(getattr(exc, "sqlite_errorname", "") or "")
    if name.startswith("SQLITE_NOTADB"):
        return DeskError("store.wrong_key")
    if name.startswith("SQLITE_CORRUPT"):
        return DeskError("store.corrupt", detail=str(exc))
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return DeskError("store.busy")
    return None


@contextlib.contextmanager
def storage_errors() -> Iterator[None]:
    """Turn SQLCipher's corruption, wrong-key and busy errors into DeskError."""
    try:
        yield
    except sqlcipher3.DatabaseError as exc:
        desk = translate(exc)
        if desk is None:
            raise
        raise desk from exc


def _connect(
    path: Path, key: bytes, *, check_same_thread: bool, encrypted: bool = True
) -> DeskConnection:
    conn: DeskConnection = sqlcipher3.connect(
        str(path),
        isolation_level=None,  # we issue BEGIN/COMMIT ourselves
        factory=DeskConnection,
        check_same_thread=check_same_thread,
    )
    conn.execute("PRAGMA cipher_log_level = NONE")
    if encrypted:  # tests may open a plain file (DeskConfig.plaintext_store)
        conn.execute(f"PRAGMA key = {_key_pragma(key)}")
    conn.desk_key = key
    conn.desk_path = path
    conn.desk_encrypted = encrypted
    conn.desk_lock = threading.RLock()
    return conn


def open_database(
    path: Path,
    key: bytes,
    *,
    create: bool = False,
    check_same_thread: bool = True,
    encrypted: bool = True,
) -> DeskConnection:
    """Open (or with ``create=True`` create) the encrypted data file.

    ``create=True`` refuses an existing non-empty file (``store.exists``); ``create=False``
    refuses a missing one (``store.missing``). Raises ``store.wrong_key`` / ``store.corrupt``.
    Pages beyond the first are checked when read: a damaged page raises ``store.corrupt`` from
    :func:`transaction` / :func:`storage_errors`, and :func:`integrity_problems` checks them all.
    """
    exists = path.exists() and path.stat().st_size > 0
    if create and exists:
        raise DeskError("store.exists", path=str(path.parent))
    if not create and not exists:
        raise DeskError("store.missing", path=str(path.parent))
    if create:
        path.parent.mkdir(parents=True, exist_ok=True)
    conn = _connect(path, key, check_same_thread=check_same_thread, encrypted=encrypted)
    try:
        with storage_errors():
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise DeskError("store.corrupt", detail=f"journal mode {mode}")
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA secure_delete = ON")
            # Decrypted pages stay in this cache (the search index is read on every keystroke);
            # Session.lock empties it (PRAGMA shrink_memory).
            conn.execute(f"PRAGMA cache_size = {-CACHE_KIB}")
    except BaseException:
        conn.close()
        raise
    return conn


def rekey_database(conn: DeskConnection, new_key: bytes) -> None:
    """Re-encrypt every page with ``new_key`` (``PRAGMA rekey``; works in WAL mode).

    In WAL mode the re-encrypted pages first land in the ``-wal`` file; a ``TRUNCATE``
    checkpoint then writes them over the old-key pages of the main file and empties the WAL.
    Never raises once the key has changed: if another connection keeps the checkpoint from
    finishing, the WAL still holds the new pages and a later checkpoint completes the job.
    """
    pragma = _key_pragma(new_key)
    if conn.in_transaction:
        raise RuntimeError("rekey_database inside a transaction")
    with storage_errors():
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        conn.execute(f"PRAGMA rekey = {pragma}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.desk_key = new_key
    with contextlib.suppress(sqlcipher3.DatabaseError):
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


@contextlib.contextmanager
def transaction(conn: DeskConnection, *, immediate: bool = True) -> Iterator[DeskConnection]:
    """One transaction: committed when the block ends, rolled back when it raises.

    ``BEGIN IMMEDIATE`` by default, so the write lock is taken up front (waiting up to the busy
    timeout, then ``store.busy``). Inside another transaction the block becomes a savepoint:
    an error rolls back the inner block only and is re-raised. The connection's lock is held
    throughout, so another thread's transaction on the same connection waits for this one.
    """
    with conn.desk_lock:
        yield from _transaction(conn, immediate=immediate)


def _transaction(conn: DeskConnection, *, immediate: bool) -> Iterator[DeskConnection]:
    if conn.in_transaction:
        name = f"desk_sp_{next(_savepoints)}"
        with storage_errors():
            conn.execute(f"SAVEPOINT {name}")
        try:
            with storage_errors():
                yield conn
        except BaseException:
            conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
            conn.execute(f"RELEASE SAVEPOINT {name}")
            raise
        with storage_errors():
            conn.execute(f"RELEASE SAVEPOINT {name}")
        return
    with storage_errors():
        conn.execute("BEGIN IMMEDIATE" if immediate else "BEGIN")
    try:
        with storage_errors():
            yield conn
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    try:
        with storage_errors():
            conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def copy_database(conn: DeskConnection, target: Path) -> None:
    """A consistent copy through the SQLite backup API, encrypted with the same key."""
    if target.exists():
        raise DeskError("backup.target_exists", path=str(target))
    target.parent.mkdir(parents=True, exist_ok=True)
    dest = _connect(target, conn.desk_key, check_same_thread=True, encrypted=conn.desk_encrypted)
    try:
        with storage_errors():
            conn.backup(dest)
    except BaseException:
        dest.close()
        target.unlink(missing_ok=True)
        raise
    dest.close()


def integrity_problems(conn: DeskConnection) -> list[str]:
    """Every page's HMAC (``cipher_integrity_check``) and the b-trees (``integrity_check``).

    ``cipher_integrity_check`` reads the main file only, so the WAL is checkpointed first:
    after a re-key the main file holds old-key pages until then. If another connection keeps
    the checkpoint from finishing, only ``integrity_check`` runs (it reads every page in use
    through the WAL, and SQLCipher checks each page's HMAC as it is read).
    """
    problems: list[str] = []
    try:
        busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        if not busy:
            rows = conn.execute("PRAGMA cipher_integrity_check").fetchall()
            problems.extend(str(row[0]) for row in rows)
        rows = conn.execute("PRAGMA integrity_check").fetchall()
        problems.extend(str(row[0]) for row in rows if row[0] != "ok")
    except sqlcipher3.DatabaseError as exc:
        problems.append(str(exc))
    return problems


class _NoCommitProxy:
    """Hands sqlite-utils a connection whose ``with conn:`` does not commit.

    sqlite-utils wraps its writes in ``with self.conn:``, which would commit (and end) our
    surrounding transaction. Our :func:`transaction` owns commit and rollback instead.
    """

    def __init__(self, conn: DeskConnection) -> None:
        self._conn = conn

    def __enter__(self) -> _NoCommitProxy:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)


def utils_db(conn: DeskConnection) -> sqlite_utils.Database:
    """A ``sqlite_utils.Database`` over ``conn`` that leaves transactions to :func:`transaction`."""
    return sqlite_utils.Database(cast(Any, _NoCommitProxy(conn)))
