from __future__ import annotations

import os
from pathlib import Path

import pytest
import sqlite_utils

from entryhub_desk.errors import DeskError
from entryhub_desk.store.connection import (
    DeskConnection,
    copy_database,
    file_integrity_problems,
    integrity_problems,
    open_database,
    rekey_database,
    storage_errors,
    transaction,
    utils_db,
)

PAGE = 4096


def fill(conn: DeskConnection, rows: int = 400) -> None:
    with transaction(conn):
        conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT)")
        for i in range(rows):
            conn.execute("INSERT INTO t (body) VALUES (?)", (f"row {i} " + "lorem ipsum " * 20,))


def test_create_and_reopen(db_path: Path, key: bytes) -> None:
    conn = open_database(db_path, key, create=True)
    fill(conn, 3)
    conn.close()
    conn = open_database(db_path, key)
    assert conn.execute("SELECT count(*) FROM t").fetchone()[0] == 3
    conn.close()


def test_pragmas(db_path: Path, key: bytes) -> None:
    conn = open_database(db_path, key, create=True)

    def pragma(name: str) -> object:
        return conn.execute(f"PRAGMA {name}").fetchone()[0]

    assert pragma("journal_mode") == "wal"
    assert pragma("synchronous") == 2  # FULL
    assert pragma("foreign_keys") == 1
    assert pragma("secure_delete") == 1
    assert pragma("busy_timeout") == 5000
    assert str(pragma("cipher_version")).startswith("4.")
    conn.close()


def test_missing(db_path: Path, key: bytes) -> None:
    with pytest.raises(DeskError) as info:
        open_database(db_path, key)
    assert info.value.code == "store.missing"
    assert not db_path.exists()


def test_create_refuses_existing(db_path: Path, key: bytes) -> None:
    open_database(db_path, key, create=True).close()
    with pytest.raises(DeskError) as info:
        open_database(db_path, key, create=True)
    assert info.value.code == "store.exists"


def test_key_must_be_32_bytes(db_path: Path) -> None:
    with pytest.raises(ValueError, match="32 bytes"):
        open_database(db_path, b"short", create=True)


def test_wrong_key(db_path: Path, key: bytes, capfd: pytest.CaptureFixture[str]) -> None:
    conn = open_database(db_path, key, create=True)
    fill(conn, 3)
    conn.close()
    with pytest.raises(DeskError) as info:
        open_database(db_path, os.urandom(32))
    assert info.value.code == "store.wrong_key"
    assert capfd.readouterr().err == ""  # cipher_log_level = NONE: no HMAC noise on stderr


def test_not_a_database(db_path: Path, key: bytes) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"hello, this is not SQLCipher" * 300)
    with pytest.raises(DeskError) as info:
        open_database(db_path, key)
    assert info.value.code == "store.wrong_key"  # SQLCipher cannot tell these apart


@pytest.mark.parametrize("page", [2, 3, 10])
def test_tampered_page_is_corrupt(db_path: Path, key: bytes, page: int) -> None:
    conn = open_database(db_path, key, create=True)
    fill(conn)
    conn.close()  # checkpoints the WAL into the file
    assert not Path(f"{db_path}-wal").exists()
    data = bytearray(db_path.read_bytes())
    assert len(data) > 12 * PAGE
    offset = (page - 1) * PAGE + PAGE // 2
    data[offset : offset + 4] = bytes(b ^ 0xFF for b in data[offset : offset + 4])
    db_path.write_bytes(bytes(data))
    # SQLCipher checks each page's HMAC when the page is read: SQLITE_CORRUPT
    with pytest.raises(DeskError) as info:
        conn = open_database(db_path, key)
        with transaction(conn, immediate=False):
            conn.execute("SELECT count(*), sum(length(body)) FROM t").fetchone()
    assert info.value.code == "store.corrupt"
    assert info.value.params == {"cause": "damaged_page"}  # never SQLite's own English text
    conn = open_database(db_path, key)
    assert integrity_problems(conn) == [f"page {page}: damaged (its checksum does not match)"]
    # The check read no damaged page through SQLite, so the connection still writes (a
    # damaged page read makes SQLCipher refuse every later write: no log-out entry).
    with transaction(conn):
        conn.execute("CREATE TABLE after_check (x)")
    conn.close()
    assert file_integrity_problems(db_path, key) == integrity_problems(open_database(db_path, key))


def test_intact_database_has_no_problems(db_path: Path, key: bytes) -> None:
    conn = open_database(db_path, key, create=True)
    fill(conn, 50)
    assert integrity_problems(conn) == []
    conn.close()


def test_rekey(db_path: Path, key: bytes) -> None:
    conn = open_database(db_path, key, create=True)
    fill(conn, 50)
    new_key = os.urandom(32)
    rekey_database(conn, new_key)
    assert conn.desk_key == new_key
    assert integrity_problems(conn) == []  # the main file holds new-key pages only
    wal = Path(f"{db_path}-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    conn.execute("INSERT INTO t (body) VALUES ('after')")
    conn.close()
    with pytest.raises(DeskError) as info:
        open_database(db_path, key)
    assert info.value.code == "store.wrong_key"
    conn = open_database(db_path, new_key)
    assert conn.execute("SELECT count(*) FROM t").fetchone()[0] == 51
    assert integrity_problems(conn) == []
    conn.close()


def test_rekey_refused_inside_transaction(db_path: Path, key: bytes) -> None:
    conn = open_database(db_path, key, create=True)
    with pytest.raises(RuntimeError), transaction(conn):
        rekey_database(conn, os.urandom(32))
    conn.close()


def test_transaction_commits_and_rolls_back(db_path: Path, key: bytes) -> None:
    conn = open_database(db_path, key, create=True)
    fill(conn, 0)
    with transaction(conn):
        conn.execute("INSERT INTO t (body) VALUES ('kept')")
    with pytest.raises(KeyError), transaction(conn):
        conn.execute("INSERT INTO t (body) VALUES ('dropped')")
        raise KeyError("boom")
    assert not conn.in_transaction
    assert [r[0] for r in conn.execute("SELECT body FROM t")] == ["kept"]
    conn.close()


def test_nested_transaction_is_a_savepoint(db_path: Path, key: bytes) -> None:
    conn = open_database(db_path, key, create=True)
    fill(conn, 0)
    with transaction(conn):
        conn.execute("INSERT INTO t (body) VALUES ('outer')")
        with pytest.raises(KeyError), transaction(conn):
            conn.execute("INSERT INTO t (body) VALUES ('inner')")
            raise KeyError("boom")
        assert conn.in_transaction
        with transaction(conn):
            conn.execute("INSERT INTO t (body) VALUES ('inner ok')")
    assert [r[0] for r in conn.execute("SELECT body FROM t ORDER BY id")] == ["outer", "inner ok"]
    conn.close()


def test_sqlite_utils_does_not_commit_our_transaction(db_path: Path, key: bytes) -> None:
    conn = open_database(db_path, key, create=True)
    fill(conn, 0)
    db = utils_db(conn)
    with pytest.raises(KeyError), transaction(conn):
        table = db.table("t")
        assert isinstance(table, sqlite_utils.db.Table)
        table.insert({"body": "via sqlite-utils"})
        assert conn.in_transaction
        raise KeyError("boom")
    assert conn.execute("SELECT count(*) FROM t").fetchone()[0] == 0
    conn.close()


def test_busy(db_path: Path, key: bytes) -> None:
    first = open_database(db_path, key, create=True)
    fill(first, 0)
    second = open_database(db_path, key)
    second.execute("PRAGMA busy_timeout = 50")
    with transaction(first):
        first.execute("INSERT INTO t (body) VALUES ('x')")
        with pytest.raises(DeskError) as info, transaction(second):
            pass
    assert info.value.code == "store.busy"
    with transaction(second):
        second.execute("INSERT INTO t (body) VALUES ('y')")
    first.close()
    second.close()


def test_storage_errors_leaves_other_errors(db_path: Path, key: bytes) -> None:
    conn = open_database(db_path, key, create=True)
    with pytest.raises(Exception, match="no such table") as info, storage_errors():
        conn.execute("SELECT * FROM nowhere")
    assert not isinstance(info.value, DeskError)
    conn.close()


def test_copy_is_encrypted_with_the_same_key(db_path: Path, key: bytes, tmp_path: Path) -> None:
    conn = open_database(db_path, key, create=True)
    with transaction(conn):
        conn.execute("CREATE TABLE t (name TEXT)")
        conn.execute("INSERT INTO t VALUES ('Tesfay Gebremedhin')")
    target = tmp_path / "copy" / "desk-copy.db"
    copy_database(conn, target)
    assert b"Tesfay" not in target.read_bytes()
    with pytest.raises(DeskError) as info:
        copy_database(conn, target)
    assert info.value.code == "backup.target_exists"
    conn.close()
    copy = open_database(target, key)
    assert copy.execute("SELECT name FROM t").fetchall() == [("Tesfay Gebremedhin",)]
    copy.close()


def test_integrity_while_another_reader_holds_the_wal(db_path: Path, key: bytes) -> None:
    conn = open_database(db_path, key, create=True)
    fill(conn, 50)
    conn.execute("PRAGMA busy_timeout = 100")  # the checkpoints wait this long for the reader
    reader = open_database(db_path, key)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM t").fetchone()
    new_key = os.urandom(32)
    rekey_database(conn, new_key)  # the checkpoint cannot finish: new pages stay in the WAL
    assert integrity_problems(conn) == []
    reader.execute("ROLLBACK")
    reader.close()
    assert integrity_problems(conn) == []
    conn.close()
    conn = open_database(db_path, new_key)
    assert conn.execute("SELECT count(*) FROM t").fetchone()[0] == 50
    conn.close()


def test_a_write_on_another_thread_never_joins_an_open_transaction(
    db_path: Path, key: bytes
) -> None:
    """The GUI thread and a background task share one session connection: the task's write
    waits for the open transaction and is not rolled back with it."""
    import threading

    conn = open_database(db_path, key, create=True, check_same_thread=False)
    conn.execute("CREATE TABLE note (text TEXT)")
    opened, other_done = threading.Event(), threading.Event()

    def other_thread() -> None:
        opened.wait(5)
        with transaction(conn):
            conn.execute("INSERT INTO note VALUES ('kept')")
        other_done.set()

    worker = threading.Thread(target=other_thread)
    worker.start()
    with pytest.raises(RuntimeError), transaction(conn):
        conn.execute("INSERT INTO note VALUES ('rolled back')")
        opened.set()
        # The other thread is now waiting for this transaction instead of writing into it.
        assert not other_done.wait(0.3)
        raise RuntimeError("roll back")
    worker.join(5)
    assert other_done.is_set()
    assert conn.execute("SELECT text FROM note").fetchall() == [("kept",)]
    conn.close()
