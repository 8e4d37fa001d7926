from __future__ import annotations

import hashlib
import types
from pathlib import Path

import pytest

from entryhub_desk.errors import DeskError, ExitCode
from entryhub_desk.store import migrations
from entryhub_desk.store.connection import DeskConnection, open_database, transaction
from entryhub_desk.store.migrations import CURRENT_SCHEMA, migrate, schema_version

from .conftest import FakeClock

TABLES = {"identity", "staff", "person", "visit", "consent", "outbox", "audit"}


def tables(conn: DeskConnection) -> set[str]:
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    return {r[0] for r in rows}


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_versions_are_numbered_in_order() -> None:
    assert [m.VERSION for m in migrations.MIGRATIONS] == list(range(1, CURRENT_SCHEMA + 1))
    for module in migrations.MIGRATIONS:
        assert module.__name__.rsplit(".", 1)[1].startswith(f"m{module.VERSION:04d}_")


def test_fresh_store(db_path: Path, key: bytes, clock: FakeClock) -> None:
    backups = db_path.parent / "backups"
    conn = open_database(db_path, key, create=True)
    assert migrate(conn, db_path=db_path, backups_dir=backups, clock=clock) == list(
        range(1, CURRENT_SCHEMA + 1)
    )
    assert schema_version(conn) == CURRENT_SCHEMA
    assert tables(conn) >= TABLES
    assert not backups.exists()  # nothing to protect in a brand-new store
    assert migrate(conn, db_path=db_path, backups_dir=backups, clock=clock) == []
    conn.close()


def make_schema0(db_path: Path, key: bytes) -> None:
    """A store as an imagined pre-release wrote it: data, but user_version 0."""
    conn = open_database(db_path, key, create=True)
    with transaction(conn):
        conn.execute("CREATE TABLE legacy_note (body TEXT)")
        conn.execute("INSERT INTO legacy_note VALUES ('Yohannes Tesfay')")
    conn.close()


def test_older_store_is_copied_before_migrating(
    db_path: Path, key: bytes, clock: FakeClock
) -> None:
    make_schema0(db_path, key)
    backups = db_path.parent / "backups"
    conn = open_database(db_path, key)
    assert migrate(conn, db_path=db_path, backups_dir=backups, clock=clock) == list(
        range(1, CURRENT_SCHEMA + 1)
    )
    assert tables(conn) >= TABLES
    conn.close()
    copies = sorted(backups.iterdir())
    assert [p.name for p in copies] == ["desk-schema0-20240529T162640Z.db"]
    assert b"Yohannes" not in copies[0].read_bytes()
    copy = open_database(copies[0], key)  # same key
    assert schema_version(copy) == 0
    assert tables(copy) == {"legacy_note"}
    assert copy.execute("SELECT body FROM legacy_note").fetchall() == [("Yohannes Tesfay",)]
    copy.close()


def test_second_backup_in_the_same_second_gets_its_own_name(
    db_path: Path, key: bytes, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_schema0(db_path, key)
    backups = db_path.parent / "backups"
    backups.mkdir(parents=True)
    (backups / "desk-schema0-20240529T162640Z.db").write_bytes(b"earlier copy")
    conn = open_database(db_path, key)
    migrate(conn, db_path=db_path, backups_dir=backups, clock=clock)
    conn.close()
    assert (backups / "desk-schema0-20240529T162640Z.db").read_bytes() == b"earlier copy"
    assert (backups / "desk-schema0-20240529T162640Z.2.db").exists()


def fake_migration(version: int, *, fail: bool = False) -> types.ModuleType:
    module = types.ModuleType(f"m{version:04d}_fake")

    def upgrade(conn: DeskConnection) -> None:
        conn.execute(f"CREATE TABLE fake_{version} (x)")
        if fail:
            raise RuntimeError("broken migration")

    module.VERSION = version  # type: ignore[attr-defined]
    module.upgrade = upgrade  # type: ignore[attr-defined]
    return module


def test_upgrade_from_schema_1(
    db_path: Path, key: bytes, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    backups = db_path.parent / "backups"
    conn = open_database(db_path, key, create=True)
    migrate(conn, db_path=db_path, backups_dir=backups, clock=clock)
    extended = (*migrations.MIGRATIONS, fake_migration(CURRENT_SCHEMA + 1))
    monkeypatch.setattr(migrations, "MIGRATIONS", extended)
    monkeypatch.setattr(migrations, "CURRENT_SCHEMA", CURRENT_SCHEMA + 1)
    clock.advance(3600)
    assert migrate(conn, db_path=db_path, backups_dir=backups, clock=clock) == [CURRENT_SCHEMA + 1]
    assert f"fake_{CURRENT_SCHEMA + 1}" in tables(conn)
    conn.close()
    names = [p.name for p in backups.iterdir()]
    assert names == [f"desk-schema{CURRENT_SCHEMA}-20240529T172640Z.db"]


def test_failed_migration_changes_nothing(
    db_path: Path, key: bytes, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    conn = open_database(db_path, key, create=True)
    backups = db_path.parent / "backups"
    migrate(conn, db_path=db_path, backups_dir=backups, clock=clock)
    broken = fake_migration(CURRENT_SCHEMA + 1, fail=True)
    monkeypatch.setattr(migrations, "MIGRATIONS", (*migrations.MIGRATIONS, broken))
    monkeypatch.setattr(migrations, "CURRENT_SCHEMA", CURRENT_SCHEMA + 1)
    with pytest.raises(DeskError) as info:
        migrate(conn, db_path=db_path, backups_dir=backups, clock=clock)
    assert info.value.code == "store.migration_failed"
    assert info.value.params == {"version": CURRENT_SCHEMA + 1}
    assert schema_version(conn) == CURRENT_SCHEMA
    assert f"fake_{CURRENT_SCHEMA + 1}" not in tables(conn)
    conn.close()


def test_newer_schema_is_refused_untouched(db_path: Path, key: bytes, clock: FakeClock) -> None:
    backups = db_path.parent / "backups"
    conn = open_database(db_path, key, create=True)
    migrate(conn, db_path=db_path, backups_dir=backups, clock=clock)
    conn.execute(f"PRAGMA user_version = {CURRENT_SCHEMA + 7}")
    conn.close()
    wal = Path(f"{db_path}-wal")
    assert not wal.exists()
    before = digest(db_path)
    conn = open_database(db_path, key)
    with pytest.raises(DeskError) as info:
        migrate(conn, db_path=db_path, backups_dir=backups, clock=clock)
    assert info.value.code == "store.newer_schema"
    assert info.value.params == {"found": CURRENT_SCHEMA + 7, "supported": CURRENT_SCHEMA}
    assert info.value.exit_code is ExitCode.NEWER_STORE
    conn.close()
    assert digest(db_path) == before
    assert not wal.exists() or wal.stat().st_size == 0
    assert not backups.exists()
