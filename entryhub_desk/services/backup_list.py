"""The backups in a folder (coordinators, issue 14): which archives are there, when they were
made and whether they are this store's — read from each archive's small manifest only (the
encrypted copy inside is never opened)."""

from __future__ import annotations

import json
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from entryhub_desk.domain.staff import Action
from entryhub_desk.services.backup import MANIFEST, MAX_SIZE, MEMBERS
from entryhub_desk.services.session import Session
from entryhub_desk.services.zip_directory import small_directory

SUFFIX = ".zip"
MOST_FILES = 500  # a folder with more archives lists the newest by file time


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    size: int  # bytes
    made_at: datetime | None  # aware UTC; None when the manifest cannot be read
    this_store: bool  # made from this store (the same database), perhaps on another day
    readable: bool  # a manifest of ours was found


def backup_name(when: datetime) -> str:
    """The file name a new backup gets: ``entryhub-backup-2026-12-07-0915.zip`` (local time)."""
    return f"entryhub-backup-{when.astimezone().strftime('%Y-%m-%d-%H%M')}{SUFFIX}"


def list_backups(session: Session, folder: Path) -> list[BackupInfo]:
    """The archives in ``folder``, newest first and unreadable ones last (an unreadable folder
    lists nothing)."""
    session.require(Action.BACKUP)
    try:
        candidates = [p for p in folder.iterdir() if p.suffix == SUFFIX and p.is_file()]
    except OSError:
        return []
    candidates.sort(key=_mtime, reverse=True)
    own = session.identity.database_uuid
    found = [_info(path, own) for path in candidates[:MOST_FILES]]
    return sorted(  # backups newest first, then the files that are none
        found,
        key=lambda b: (b.readable, b.made_at or datetime.fromtimestamp(_mtime(b.path), UTC)),
        reverse=True,
    )


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def _info(path: Path, own_uuid: str) -> BackupInfo:
    size = 0
    try:
        size = path.stat().st_size
        if not small_directory(path, most_members=len(MEMBERS)):
            raise ValueError("not one of ours")  # never let zipfile read a huge directory
        with zipfile.ZipFile(path) as archive:
            member = archive.getinfo(MANIFEST)
            if member.file_size > MAX_SIZE[MANIFEST]:
                raise ValueError("manifest too large")
            manifest = json.loads(archive.read(MANIFEST))
        made = manifest.get("created_at") if isinstance(manifest, dict) else None
        uuid = manifest.get("database_uuid") if isinstance(manifest, dict) else None
        if not isinstance(made, int):
            raise ValueError("no time")
        return BackupInfo(path, size, datetime.fromtimestamp(made, UTC), uuid == own_uuid, True)
    except (OSError, KeyError, ValueError, zipfile.BadZipFile, RuntimeError):
        return BackupInfo(path, size, None, False, False)
