"""The schema 8 → 9 upgrade (m0009: the search index rebuilt for every person, then the later
steps) on a full disk:
at every amount of free room tried, the log-in either migrates or is refused with
``store.disk_full``, and a refused store is still at schema 8, whole, with nothing left over
(no half copy, no rollback journal, no copy per attempt); once there is room it migrates and
its index is exactly a rebuild's.

More persons and more amounts of room: ``python tests/hostile/migration_disk_full.py``."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from entryhub_desk.config import DeskConfig
from entryhub_desk.errors import DeskError
from entryhub_desk.security.keyslots import KeyStore
from entryhub_desk.services import Desk
from entryhub_desk.services.visitors import VisitorsService
from entryhub_desk.store.connection import open_database
from entryhub_desk.store.migrations import target_schema
from tests.conftest import COORDINATOR, COORDINATOR_PASSWORD, TEST_SCRYPT_N, FakeClock
from tests.hostile.index_check import store_problems
from tests.hostile.old_schema import add_persons, downgrade_to_8
from tests.services.diskfull import PAGE, SmallDisk, on_small_disk, small_disk
from tests.services.helpers import set_up_desk

__all__ = ["small_disk"]  # the fixture, used by name
PERSONS = 600


def _config(root: Path) -> DeskConfig:
    return DeskConfig(
        data_dir=root / "data", log_dir=root / "logs", clock=FakeClock(), scrypt_n=TEST_SCRYPT_N
    )


@pytest.fixture(scope="module")
def schema8(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The data folder of a schema-8 store with :data:`PERSONS` visitors."""
    root = tmp_path_factory.mktemp("schema8")
    desk, _ = set_up_desk(_config(root))
    session = desk.unlock(COORDINATOR, COORDINATOR_PASSWORD)
    add_persons(session, PERSONS)
    downgrade_to_8(session.opened.conn)
    session.opened.conn.execute("VACUUM")
    session.close()
    return root / "data"


def schema_of(config: DeskConfig) -> int:
    """The store's schema, read without migrating it."""
    key = KeyStore(config.slots_path, scrypt_n=TEST_SCRYPT_N).unlock(
        COORDINATOR, COORDINATOR_PASSWORD
    )
    conn = open_database(config.db_path, key.keys[0])
    try:
        problems = [r[0] for r in conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
        assert problems == []
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def leftovers(config: DeskConfig) -> list[str]:
    backups = config.backups_dir
    names = sorted(p.name for p in backups.iterdir()) if backups.exists() else []
    # the WAL of a rolled-back migration is emptied when the store closes; the -shm index
    # (a few bytes at 0 free) is no leftover
    wal = config.data_dir / "desk.db-wal"
    return names + ([wal.name] if wal.exists() and wal.stat().st_size else [])


def _pages(size: int) -> int:
    return -(-size // PAGE) * PAGE


@on_small_disk
def test_migration_on_a_full_disk(small_disk: SmallDisk, schema8: Path) -> None:
    store = _pages((schema8 / "desk.db").stat().st_size)
    # none; a little; not enough for the safety copy; the copy but not the migration; ample
    rooms = [0, 16 * PAGE, 256 * PAGE, store + 64 * PAGE, store + 256 * PAGE, 4 * store]
    outcomes: list[str] = []
    for room in rooms:
        target = small_disk.root / "data"
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(schema8, target)
        config = _config(small_disk.root)
        small_disk.fill(room)
        try:
            Desk(config).unlock(COORDINATOR, COORDINATOR_PASSWORD).close()
            outcomes.append("migrated")
        except DeskError as error:
            assert error.code == "store.disk_full", error.code
            outcomes.append("refused")
            # nothing of the attempt is left: a copy per attempt would fill the disk further
            assert leftovers(config) == []
            assert schema_of(config) == 8
        small_disk.release()
        session = Desk(config).unlock(COORDINATOR, COORDINATOR_PASSWORD)
        try:
            conn = session.opened.conn
            assert int(conn.execute("PRAGMA user_version").fetchone()[0]) == target_schema()
            assert store_problems(conn) == []
            count = conn.execute("SELECT count(*) FROM person_search").fetchone()[0]
            assert count == PERSONS + 0
            assert len(VisitorsService(session).search("Mohamed")) > 0
        finally:
            session.close()
        # exactly one safety copy of schema 8, from the attempt that migrated
        assert [n for n in leftovers(config) if n.startswith("desk-schema8")] == [
            n for n in leftovers(config) if n.startswith("desk-schema8-") and n.endswith("Z.db")
        ]
        assert len(list(config.backups_dir.glob("desk-schema8*"))) == 1
    assert outcomes[:3] == ["refused"] * 3 and outcomes[-1] == "migrated", outcomes
    assert "refused" in outcomes[3:5], outcomes  # the copy fitted, the migration did not


@on_small_disk
def test_import_that_fills_the_disk_part_way(small_disk: SmallDisk, tmp_path: Path) -> None:
    """A visitor import that runs out of room after some rows (several amounts of room): all
    of it or none, the index a rebuild's, the session still searching, and with room again the
    same file goes in once."""
    from tests.hostile.test_kill_corrections import people, visitor_file

    file = visitor_file(tmp_path / "visitors.csv", 150, seed=21)  # on another disk
    config = _config(small_disk.root)
    set_up_desk(config)
    session = Desk(config).unlock(COORDINATOR, COORDINATOR_PASSWORD)
    try:
        outcomes = []
        for room in (16 * PAGE, 64 * PAGE, 128 * PAGE, 256 * PAGE):
            before = people(session)
            small_disk.fill(room)
            try:
                VisitorsService(session).import_visitors(file)
                outcomes.append("imported")
                break
            except DeskError as error:
                assert error.code == "store.disk_full", error.code
                outcomes.append("refused")
                assert people(session) == before
                assert VisitorsService(session).search("Mohamed") is not None
            finally:
                small_disk.release()
            assert store_problems(session.opened.conn) == []
        assert outcomes[0] == "refused", outcomes
        if outcomes[-1] != "imported":
            VisitorsService(session).import_visitors(file)
        once = people(session)
        again = VisitorsService(session).import_visitors(file)
        assert again.created == 0 and people(session) == once
        assert store_problems(session.opened.conn) == []
    finally:
        session.close()
