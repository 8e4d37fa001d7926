"""Numbered schema migrations, kept in ``PRAGMA user_version``.

Each migration is a module ``mNNNN_<name>.py`` with ``VERSION`` and ``upgrade(conn)``, listed in
``MIGRATIONS`` (explicitly, so that the frozen program finds them). Before the first migration
of a store that already holds data, a consistent copy is made with the SQLite backup API into
``backups/desk-schema<N>-<timestamp>.db`` (encrypted with the same key); if the first
migration then fails (a full disk), the store is unchanged and that copy is removed again, so
attempts on a nearly full disk do not pile up copies. Each migration runs in
its own ``BEGIN IMMEDIATE`` transaction together with its ``user_version`` bump. A store newer
than :data:`CURRENT_SCHEMA` is refused before anything is written (``store.newer_schema``).

After the numbered steps, :mod:`~entryhub_desk.store.migrations.columns` adds a column for
every new dataclass field its table lacks (optional or defaulted fields only; everything else
stays a numbered migration), in its own transaction, after the same safety copy. It does not
bump ``user_version``.

Test seam: ``migrate(..., extra_steps=(...))`` runs steps after the shipped ones (numbered from
``CURRENT_SCHEMA + 1``), as a newer program would; tests reach it through
``DeskConfig.extra_schema_steps``. The installed program never passes any.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
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
    m0006_sync_unknown,
    m0007_sync_link,
    m0008_sync_snapshot,
    m0009_search_keys,
    m0010_employers,
    m0011_match_index,
    m0012_compact_store,
    m0013_search_keys_slavic,
    m0014_search_names,
    m0015_phone_index,
)
from entryhub_desk.store.migrations.columns import add_missing_columns, missing_columns

MIGRATIONS: Final[tuple[ModuleType, ...]] = (
    m0001_initial,
    m0002_reception,
    m0003_profile,
    m0004_sync,
    m0005_roles,
    m0006_sync_unknown,
    m0007_sync_link,
    m0008_sync_snapshot,
    m0009_search_keys,
    m0010_employers,
    m0011_match_index,
    m0012_compact_store,
    m0013_search_keys_slavic,
    m0014_search_names,
    m0015_phone_index,
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


def target_schema(extra_steps: Sequence[ModuleType] = ()) -> int:
    """The schema :func:`migrate` brings a store to (with the test seam's extra steps)."""
    return CURRENT_SCHEMA + len(extra_steps)


def migrate(
    conn: DeskConnection,
    *,
    db_path: Path,
    backups_dir: Path,
    clock: Clock,
    extra_steps: Sequence[ModuleType] = (),
) -> list[int]:
    """Bring the store up to :data:`CURRENT_SCHEMA` (plus ``extra_steps``, a test seam: steps
    numbered from ``CURRENT_SCHEMA + 1``); returns the versions applied."""
    del db_path  # the copy comes from the open connection (consistent, same key)
    steps = (*MIGRATIONS, *extra_steps)
    if [int(m.VERSION) for m in steps] != list(range(1, len(steps) + 1)):
        raise ValueError("migration steps must be numbered 1, 2, 3, ...")
    wanted = len(steps)
    found = schema_version(conn)
    if found > wanted:
        raise DeskError("store.newer_schema", found=found, supported=wanted)
    if found == wanted:
        _add_columns(conn, backups_dir=backups_dir, clock=clock, version=found)
        return []
    copy: Path | None = None
    if not _is_brand_new(conn):
        copy = _safety_copy(conn, backups_dir, backup_name(found, clock))
    applied: list[int] = []
    for module in steps[found:]:
        version = int(module.VERSION)
        upgrade: Callable[[DeskConnection], None] = module.upgrade
        try:
            with transaction(conn):
                upgrade(conn)
                conn.execute(f"PRAGMA user_version = {version}")
        except BaseException as exc:
            if not applied and copy is not None:
                # Nothing changed: the store is its own copy. Each retry on a nearly full disk
                # would otherwise leave one more copy of the whole store and fill it further.
                copy.unlink(missing_ok=True)
            if isinstance(exc, DeskError) or not isinstance(exc, Exception):
                raise
            raise DeskError("store.migration_failed", version=version) from exc
        applied.append(version)
    _add_columns(conn, backups_dir=None, clock=clock, version=wanted)
    return applied


def _safety_copy(conn: DeskConnection, backups_dir: Path, name: str) -> Path:
    target = backups_dir / name
    counter = 1
    while target.exists():
        counter += 1
        target = backups_dir / f"{target.stem.split('.')[0]}.{counter}.db"
    copy_database(conn, target)
    return target


def _add_columns(
    conn: DeskConnection, *, backups_dir: Path | None, clock: Clock, version: int
) -> None:
    """The generic step: columns for new dataclass fields (after a safety copy when no
    numbered step made one just before)."""
    with storage_errors():
        missing = missing_columns(conn)
    if not missing:
        return
    copy = (
        None
        if backups_dir is None
        else _safety_copy(conn, backups_dir, backup_name(version, clock))
    )
    try:
        with storage_errors(), transaction(conn):
            add_missing_columns(conn, missing)
    except BaseException as exc:
        if copy is not None:  # nothing changed: each retry on a full disk must not add a copy
            copy.unlink(missing_ok=True)
        if isinstance(exc, DeskError) or not isinstance(exc, Exception):
            raise
        raise DeskError("store.migration_failed", version=version) from exc
