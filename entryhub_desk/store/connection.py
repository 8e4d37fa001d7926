"""Opening the SQLCipher data file, transactions, re-keying and consistent copies.

``sqlcipher3`` ships no type information; this module is the typed boundary. Everything else in
the store receives a :class:`DeskConnection` (a subclass of ``sqlcipher3.Connection`` that also
remembers the raw key, so that safety copies can be keyed the same way).

Errors from SQLCipher are translated into :class:`DeskError` codes:

- the first page cannot be decrypted (``SQLITE_NOTADB``) → ``store.wrong_key``;
- a later page fails its HMAC or the b-tree is damaged (``SQLITE_CORRUPT``) → ``store.corrupt``;
- another process holds the write lock past the busy timeout → ``store.busy``;
- the disk is full (``SQLITE_FULL``, or an I/O error while the file system has next to no
  space left) → ``store.disk_full``. OSErrors of a full disk elsewhere go through
  :func:`entryhub_desk.errors.disk_full_error`, so both end in the same code.

At a full disk a WAL database cannot be opened the usual way: the shared-memory index
(``desk.db-shm``, 32 KiB) cannot be made. :func:`open_database` then opens it with the index in
this process's memory (``locking_mode = EXCLUSIVE``), so staff can still log in and search; other
connections wait until that one closes. Temporary tables and sorts stay in memory
(``temp_store = MEMORY``), so read-only queries need no disk space at all.

SQLCipher cannot tell a wrong key from a damaged *first* page: both are ``store.wrong_key``.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import re
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import sqlcipher3

if TYPE_CHECKING:  # loaded by utils_db: reading a store does not need it (see its text)
    import sqlite_utils

from entryhub_desk.errors import DeskError, disk_full_error

KEY_BYTES = 32
BUSY_TIMEOUT_MS = 5000
CACHE_KIB = 65536  # page cache per connection
#: An I/O error while less than this is free on the file system is a full disk.
LOW_SPACE_BYTES = 1 << 20

_savepoints = itertools.count(1)


class DeskConnection(sqlcipher3.Connection):  # type: ignore[misc]
    """A ``sqlcipher3`` connection that remembers its raw key (for keyed copies)."""

    desk_key: bytes
    desk_path: Path
    desk_encrypted: bool
    # True when opened at a full disk with the WAL index in memory (see open_database)
    desk_exclusive: bool
    # One session's connection serves the GUI thread and its background tasks. SQLite keeps
    # each statement safe across threads, but a transaction is per connection: without this
    # lock a write on one thread could fall inside another thread's open transaction and be
    # rolled back with it. ``transaction`` holds it from BEGIN to COMMIT (re-entrant for
    # savepoints on the same thread).
    desk_lock: threading.RLock

    def close(self) -> None:
        """Close once no other thread is using the connection: what a worker thread runs
        under ``desk_lock`` (a transaction, a search, the search index read ahead) ends first
        (closed under a running statement, the process crashed)."""
        with held(self):  # (the lock is set after the connection is made)
            super().close()


def held(conn: Any) -> contextlib.AbstractContextManager[Any]:
    """``conn``'s ``desk_lock`` (a plain connection has none: nothing to hold), for work on
    a worker thread that must not meet a close or another thread's transaction halfway."""
    lock = getattr(conn, "desk_lock", None)
    return lock if lock is not None else contextlib.nullcontext()


def _key_pragma(key: bytes) -> str:
    if len(key) != KEY_BYTES:
        raise ValueError("the database key must be 32 bytes")
    return f"\"x'{key.hex()}'\""


def free_bytes(folder: Path) -> int | None:
    """Bytes a write may still use on ``folder``'s file system (None: unknown)."""
    for candidate in (folder, *folder.parents):  # the folder may not exist yet
        try:
            return shutil.disk_usage(candidate).free
        except OSError:
            continue
    return None


def short_of_space(folder: Path, needed: int = LOW_SPACE_BYTES) -> bool:
    free = free_bytes(folder)
    return free is not None and free < needed


_FULL_MESSAGE = "database or disk is full"  # sqlite3_errstr(SQLITE_FULL)


def translate(exc: BaseException, path: Path | None = None) -> DeskError | None:
    """The DeskError for a SQLCipher error, or None if it is not a storage failure.

    ``path`` is the folder of the data file (named by ``store.disk_full``).
    """
    if isinstance(exc, DeskError):
        return exc
    if isinstance(exc, OSError):
        return disk_full_error(exc, path)
    if not isinstance(exc, sqlcipher3.DatabaseError):
        return None
    name = str(getattr(exc, "sqlite_errorname", "") or "")
    if not name and str(exc) == _FULL_MESSAGE:  # the backup API's errors carry no name
        name = "SQLITE_FULL"
    if name.startswith("SQLITE_FULL") or (
        name.startswith("SQLITE_IOERR") and path is not None and short_of_space(path)
    ):
        return DeskError("store.disk_full", path=str(path or ""))
    if name.startswith("SQLITE_NOTADB"):
        return DeskError("store.wrong_key")
    if name.startswith("SQLITE_CORRUPT"):
        return DeskError("store.corrupt", cause="damaged_page")  # never SQLite's own text
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return DeskError("store.busy")
    if name.startswith("SQLITE_READONLY"):  # a read-only file, or a connection after damage
        return DeskError("store.read_only")
    return None


@contextlib.contextmanager
def storage_errors(path: Path | None = None) -> Iterator[None]:
    """Turn SQLCipher's corruption, wrong-key, busy and disk-full errors into DeskError
    (``path``: the folder of the file written, for ``store.disk_full``)."""
    try:
        yield
    except (sqlcipher3.DatabaseError, OSError) as exc:
        desk = translate(exc, path)
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
    conn.desk_exclusive = False
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
        with storage_errors(path.parent):
            try:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except sqlcipher3.OperationalError:
                if create or not short_of_space(path.parent):
                    raise
                # No room for the shared-memory index: keep it in this process (see above).
                conn.close()
                conn = _connect(path, key, check_same_thread=check_same_thread, encrypted=encrypted)
                conn.execute("PRAGMA locking_mode = EXCLUSIVE")
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
                conn.desk_exclusive = True
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise DeskError("store.corrupt", cause="journal_mode")
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA secure_delete = ON")
            conn.execute("PRAGMA temp_store = MEMORY")  # sorts need no disk space
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

    The room the re-encrypted pages need is reserved first (:func:`prepare_rekey`), so a
    full disk refuses with ``store.disk_full`` before anything changes. A re-key that fails
    anyway leaves the file on the old key but this connection unusable (SQLCipher has switched
    its key): the caller must close it and open the file again.
    """
    pragma = _key_pragma(new_key)
    if conn.in_transaction:
        raise RuntimeError("rekey_database inside a transaction")
    with storage_errors(conn.desk_path.parent):
        prepare_rekey(conn)
        conn.execute(f"PRAGMA rekey = {pragma}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.desk_key = new_key
    with contextlib.suppress(sqlcipher3.DatabaseError):
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


WAL_FRAME_HEADER = 24
WAL_HEADER = 32
WAL_INDEX_BLOCK = 32768  # one block of the -shm index covers 4062 frames (then 4096)
ROOM_MARGIN = 1 << 20


def rekey_room(conn: DeskConnection) -> tuple[int, int]:
    """Bytes of (WAL, WAL index) a re-key of the whole file needs."""
    page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
    wal = WAL_HEADER + pages * (page_size + WAL_FRAME_HEADER) + ROOM_MARGIN
    index = WAL_INDEX_BLOCK * (pages // 4062 + 2)
    return wal, index


def prepare_rekey(conn: DeskConnection) -> None:
    """Empty the WAL (the next write starts it afresh, without shrinking the file) and reserve
    the room a re-key needs; ``store.disk_full`` (nothing changed) when there is none."""
    with storage_errors(conn.desk_path.parent):
        conn.execute("PRAGMA wal_checkpoint(RESTART)").fetchall()
        reserve_rekey_room(conn)


def reserve_rekey_room(conn: DeskConnection) -> None:
    """Make sure a re-key cannot run out of space half-way: allocate the WAL and its index to
    the size the re-encrypted pages need (zeros past the valid frames, which SQLite never
    reads), or raise ``store.disk_full`` having changed nothing. Where files cannot be
    allocated ahead (no ``posix_fallocate``), the free space is checked instead."""
    folder = conn.desk_path.parent
    wal_bytes, index_bytes = rekey_room(conn)
    allocate = getattr(os, "posix_fallocate", None)
    if allocate is None:
        if short_of_space(folder, wal_bytes + index_bytes):
            raise DeskError("store.disk_full", path=str(folder))
        return
    for path, size in (
        (Path(f"{conn.desk_path}-wal"), wal_bytes),
        (Path(f"{conn.desk_path}-shm"), index_bytes),
    ):
        if not path.exists():  # no -shm when the index is in memory (see open_database)
            continue
        fd = os.open(path, os.O_RDWR)
        try:
            before = os.fstat(fd).st_size
            if before >= size:
                continue
            try:
                allocate(fd, before, size - before)  # only past the end: what is there stays
            except OSError as error:
                with contextlib.suppress(OSError):
                    os.ftruncate(fd, before)
                full = disk_full_error(error, folder)
                if full is None:
                    raise
                raise full from None
        finally:
            os.close(fd)


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
    folder = conn.desk_path.parent
    if conn.in_transaction:
        name = f"desk_sp_{next(_savepoints)}"
        with storage_errors(folder):
            conn.execute(f"SAVEPOINT {name}")
        try:
            with storage_errors(folder):
                yield conn
        except BaseException:
            # SQLITE_FULL may already have rolled the whole transaction back
            if conn.in_transaction:
                conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                conn.execute(f"RELEASE SAVEPOINT {name}")
            raise
        with storage_errors(folder):
            conn.execute(f"RELEASE SAVEPOINT {name}")
        return
    with storage_errors(folder):
        conn.execute("BEGIN IMMEDIATE" if immediate else "BEGIN")
    try:
        with storage_errors(folder):
            yield conn
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    try:
        with storage_errors(folder):
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
        with storage_errors(target.parent):
            conn.backup(dest)
    except BaseException:
        dest.close()
        # the half copy and its rollback journal (a full disk leaves one): neither is of use
        for leftover in (target, target.with_name(target.name + "-journal")):
            leftover.unlink(missing_ok=True)
        raise
    dest.close()


_PAGE_NUMBER = re.compile(r"\bpage (\d+)\b", re.IGNORECASE)


def damaged_pages(conn: DeskConnection) -> list[int]:
    """Pages of the main file whose HMAC fails (``PRAGMA cipher_integrity_check``).

    That pragma reads the raw pages, so the connection stays usable; reading a damaged page
    through SQLite instead makes SQLCipher refuse every later write on the connection.
    """
    if not conn.desk_encrypted:
        return []
    rows = conn.execute("PRAGMA cipher_integrity_check").fetchall()
    pages = {int(m.group(1)) for row in rows for m in _PAGE_NUMBER.finditer(str(row[0]))}
    return sorted(pages)


def integrity_problems(conn: DeskConnection) -> list[str]:
    """Every page's HMAC (``cipher_integrity_check``) and the b-trees (``integrity_check``),
    one line each, naming pages by number and never showing their contents.

    ``cipher_integrity_check`` reads the main file only, so the WAL is checkpointed first:
    after a re-key the main file holds old-key pages until then. If another connection keeps
    the checkpoint from finishing, only ``integrity_check`` runs (it reads every page in use
    through the WAL, and SQLCipher checks each page's HMAC as it is read). Pages whose HMAC
    fails are listed and ``integrity_check`` is skipped: it would report every page below a
    damaged one as well, and leave the connection unable to write (not even the audit entry
    of the log-out).
    """
    failure = None
    try:
        busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    except sqlcipher3.DatabaseError as exc:  # e.g. the schema's own pages are damaged
        busy, failure = 0, exc  # the main file can still be checked page by page
    try:
        if not busy:
            pages = damaged_pages(conn)
            if pages:
                return [f"page {page}: damaged (its checksum does not match)" for page in pages]
        if failure is not None:
            raise failure
        rows = conn.execute("PRAGMA integrity_check").fetchall()
    except sqlcipher3.DatabaseError as exc:
        desk = translate(exc)
        return [desk.english() if desk is not None else "the store cannot be read"]
    return [
        f"structure: {line.strip()}"
        for row in rows
        for line in str(row[0]).splitlines()
        if line != "ok" and not line.startswith("*** in database")
    ]


def file_integrity_problems(path: Path, key: bytes, *, encrypted: bool = True) -> list[str]:
    """:func:`integrity_problems` for a store too damaged to open (its schema pages fail):
    a bare connection that reads nothing before the checks. Nothing is written."""
    conn = _connect(path, key, check_same_thread=True, encrypted=encrypted)
    try:
        return integrity_problems(conn)
    finally:
        conn.close()


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


def checkpoint(conn: DeskConnection) -> None:
    """Move the WAL into the database file and empty it (before a copy or a close)."""
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


def change_stamp(conn: DeskConnection) -> tuple[int, int]:
    """A value that changes whenever the database's content may have changed as ``conn`` sees
    it: a commit by another connection (``PRAGMA data_version``) or a row written through
    ``conn`` itself (``total_changes``, rolled back or not). Two equal stamps of one connection
    mean the same content in between."""
    version = conn.execute("PRAGMA data_version").fetchone()[0]
    return int(version), int(conn.total_changes)


def shrink_memory(conn: DeskConnection) -> None:
    """Drop the (decrypted) pages SQLCipher keeps in this connection's page cache."""
    conn.execute("PRAGMA shrink_memory")


def foreign_key_problems(conn: DeskConnection) -> list[str]:
    """Rows that name a row that is not there, one line of English each."""
    return [
        f"foreign key: {row[0]} row {row[1]} -> {row[2]}"
        for row in conn.execute("PRAGMA foreign_key_check").fetchall()
    ]


def utils_db(conn: DeskConnection) -> sqlite_utils.Database:
    """A ``sqlite_utils.Database`` over ``conn`` that leaves transactions to :func:`transaction`.

    ``sqlite_utils`` is imported here, on first use, not with this module: importing it costs
    more than a whole CV (it looks up every installed package's plugins), and the repositories
    read with plain SQL (``Repository._rows``), so a command that only reads never loads it."""
    import sqlite_utils

    return sqlite_utils.Database(cast(Any, _NoCommitProxy(conn)))
