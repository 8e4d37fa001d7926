"""Real SQLCipher files in tmp_path, a settable clock, and a ready store context."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from entryhub_desk.ids import new_id
from entryhub_desk.store.connection import DeskConnection, open_database
from entryhub_desk.store.identity import DeskIdentity, initialise_identity
from entryhub_desk.store.migrations import migrate
from entryhub_desk.store.repositories import StoreContext
from tests.support.clock import FakeClock as FakeClock  # the one fake clock (also imported here)

START = 1_717_000_000.0  # 2024-05-29


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
def key() -> bytes:
    return os.urandom(32)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "desk.db"


@pytest.fixture
def conn(db_path: Path, key: bytes, clock: FakeClock) -> Iterator[DeskConnection]:
    connection = open_database(db_path, key, create=True)
    migrate(connection, db_path=db_path, backups_dir=db_path.parent / "backups", clock=clock)
    yield connection
    connection.close()


@pytest.fixture
def identity(conn: DeskConnection, clock: FakeClock) -> DeskIdentity:
    return initialise_identity(conn, database_uuid=new_id(), hub_name="Umeå", clock=clock)


@pytest.fixture
def ctx(conn: DeskConnection, identity: DeskIdentity, clock: FakeClock) -> StoreContext:
    return StoreContext(conn, identity, clock)


@contextmanager
def migrated_anew(
    old: DeskConnection, db_path: Path, key: bytes, clock: FakeClock
) -> Iterator[tuple[DeskConnection, list[int]]]:
    """The store ``old`` left (closed here) opened anew and migrated, as a newer program opens
    what an older one wrote: the connection and the migrations applied (closed after)."""
    old.close()
    conn = open_database(db_path, key)
    try:
        yield (
            conn,
            migrate(conn, db_path=db_path, backups_dir=db_path.parent / "backups", clock=clock),
        )
    finally:
        conn.close()
