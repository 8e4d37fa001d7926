"""Numbered schema migrations, kept in ``PRAGMA user_version``.

Each migration is a module ``mNNNN_<name>.py`` with ``VERSION`` and ``upgrade(conn)``, listed in
``MIGRATIONS`` (explicitly, so that the frozen program finds them). Before the first migration
of a store that already holds data, a consistent copy is made with the SQLite backup API into
``backups/desk-schema<N>-<timestamp>.db`` (encrypted with the same key). Each migration runs in
its own ``BEGIN IMMEDIATE`` transaction together with its ``user_version`` bump. A store newer
than :data:`CURRENT_SCHEMA` is refused before anything is written (``store.newer_schema``).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Final

from entryhub_desk.config import Clock
from entryhub_desk.errors import DeskError
from entryhub_desk.store.connection import (
    DeskConnection,
    copy_database,
    storage_errors,
    transaction,
)
from entryhub_desk.store.migrations import (
    m0001_initial,
    m0002_reception,
    m0003_profile,
    m0004_sync,
    m0005_roles,
)

MIGRATIONS: Final[tuple[ModuleType, ...]] = (
    m0001_initial,
    m0002_reception,
    m0003_profile,
    m0004_sync,
    m0005_roles,
)
CURRENT_SCHEMA: Final[int] = len(MIGRATIONS)


def schema_version(conn: DeskConnection) -> int:
    with storage_errors():
        return int(conn.execute("PRAGMA user_version").fetchone()[0])


def _is_brand_new(conn: DeskConnection) -> bool:
    with storage_errors():
        row = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    return int(row[0]) == 0


def backup_name(version: int, clock: Clock) -> str:
    stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime(clock()))
    return f"desk-schema{version}-{stamp}.db"


def migrate(conn: DeskConnection, *, db_path: Path, backups_dir: Path, clock: Clock) -> list[int]:
    """Bring the store up to :data:`CURRENT_SCHEMA`; returns the versions applied."""
    del db_path  # the copy comes from the open connection (consistent, same key)
    found = schema_version(conn)
    if found > CURRENT_SCHEMA:
        raise DeskError("store.newer_schema", found=found, supported=CURRENT_SCHEMA)
    if found == CURRENT_SCHEMA:
        return []
    if not _is_brand_new(conn):
        target = backups_dir / backup_name(found, clock)
        counter = 1
        while target.exists():
            counter += 1
            target = backups_dir / f"{target.stem.split('.')[0]}.{counter}.db"
        copy_database(conn, target)
    applied: list[int] = []
    for module in MIGRATIONS[found:]:
        version = int(module.VERSION)
        upgrade: Callable[[DeskConnection], None] = module.upgrade
        try:
            with transaction(conn):
                upgrade(conn)
                conn.execute(f"PRAGMA user_version = {version}")
        except DeskError:
            raise
        except Exception as exc:
            raise DeskError("store.migration_failed", version=version) from exc
        applied.append(version)
    return applied
