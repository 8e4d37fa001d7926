"""Backups: one archive holding an encrypted, consistent copy of the store and its slot file.

The copy is made with SQLite's online backup API into a file keyed with the same key, so it
is consistent even while the app keeps writing, and it is never decrypted on disk. The archive
is a plain zip (the content is already encrypted) with a manifest of SHA-256 sums.

Restoring starts a new *epoch* of the device: change numbers of the restored copy may already
have been used by the store it replaces, and ``(device, epoch, seq)`` must never repeat.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import tempfile
import time
import zipfile
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from entryhub_desk.domain.staff import Action
from entryhub_desk.errors import DeskError, disk_full_raised
from entryhub_desk.security.audit import AuditLog
from entryhub_desk.security.keyslots import KeyStore
from entryhub_desk.security.permissions import restrict_file
from entryhub_desk.services.opening import open_store
from entryhub_desk.store.connection import copy_database, transaction
from entryhub_desk.store.erasure import purge_erased_on_restore
from entryhub_desk.store.identity import start_new_epoch
from entryhub_desk.store.repositories.staff import StaffRepository

if TYPE_CHECKING:
    from entryhub_desk.services.desk import Desk
    from entryhub_desk.services.session import Session

log = logging.getLogger(__name__)

FORMAT = "entryhub-desk-backup"
FORMAT_VERSION = 1
DB_MEMBER = "desk.db"
SLOTS_MEMBER = "keyslots.json"
MANIFEST = "manifest.json"
# The epoch marker is not secret: it only remembers the highest epoch this folder has used,
# so that restoring an old backup twice never reuses an epoch.
EPOCH_MARKER = "epoch"


def write_backup(session: Session, target: Path) -> None:
    if target.exists():
        raise DeskError("backup.target_exists", path=str(target))
    # a full disk anywhere (the copy, the archive) leaves no partial file: store.disk_full
    with (
        disk_full_raised(target.parent),
        tempfile.TemporaryDirectory(dir=_made(target.parent), prefix=".backup-") as work,
    ):
        copy = Path(work) / DB_MEMBER
        copy_database(session.opened.conn, copy)
        slots = session.desk.config.slots_path.read_bytes()
        manifest = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "database_uuid": session.identity.database_uuid,
            "device_id": session.identity.device_id,
            "epoch": session.identity.epoch,
            "created_at": int(session.desk.config.clock()),
            "sha256": {
                DB_MEMBER: _sha256(copy.read_bytes()),
                SLOTS_MEMBER: _sha256(slots),
            },
        }
        partial = Path(work) / "archive.zip"
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_STORED) as archive:
            archive.writestr(MANIFEST, json.dumps(manifest, indent=1, sort_keys=True))
            archive.write(copy, DB_MEMBER)
            archive.writestr(SLOTS_MEMBER, slots)
        restrict_file(partial)  # the owner's only, wherever it is written
        with partial.open("rb") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, target)
    session.audit("backup")
    log.info("backup written")


def _made(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def restore_backup(desk: Desk, archive_path: Path, staff_name: str, password: str) -> int:
    """Put the backup in place of the current store; returns the new epoch.

    The person restoring logs in against the backup's own slots and must be a coordinator
    there. The store that is replaced is moved to ``backups/replaced-<time>/``, never deleted.
    """
    config = desk.config
    config.data_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=config.data_dir, prefix=".restore-"))
    try:
        _extract(archive_path, staging)
        staged_config = replace(config, data_dir=staging)
        staged_keys = KeyStore(staged_config.slots_path, scrypt_n=config.scrypt_n)
        unlocked = desk.unwrap(staff_name, password, keys=staged_keys)
        desk.throttle.success(staff_name)
        opened = open_store(staged_config, staged_keys, unlocked.keys)
        try:
            member = StaffRepository(opened.context).get(unlocked.staff_id)
            if member is None or not member.active:
                raise DeskError("auth.staff_disabled")
            if not member.role.may(Action.RESTORE):
                raise DeskError(
                    "auth.role_not_allowed", role=member.role.value, action=Action.RESTORE.value
                )
            floor = max(_read_epoch_marker(config.data_dir), opened.identity.epoch)
            with transaction(opened.conn):
                epoch = start_new_epoch(opened.conn, minimum=floor + 1)
            # persons erased after the backup was made are purged before it goes live
            purge_erased_on_restore(opened.conn, config.clock, config.data_dir)
            identity = replace(opened.identity, epoch=epoch)
            AuditLog(opened.conn, identity, config.clock).append(
                "restore", staff_id=member.id, details={"epoch": epoch}
            )
            opened.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            opened.conn.close()
        stamp = time.strftime("%Y%m%d-%H%M%S", time.gmtime(config.clock()))
        desk.remove_store_files(config.backups_dir / f"replaced-{stamp}")
        for name in (DB_MEMBER, SLOTS_MEMBER):
            os.replace(staging / name, config.data_dir / name)
        _write_epoch_marker(config.data_dir, epoch)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    log.info("backup restored, new epoch %d", epoch)
    return epoch


def _extract(archive_path: Path, staging: Path) -> None:
    try:
        with zipfile.ZipFile(archive_path) as archive:
            names = set(archive.namelist())
            if not {MANIFEST, DB_MEMBER, SLOTS_MEMBER} <= names:
                raise DeskError("backup.bad_archive", detail="members missing")
            manifest = json.loads(archive.read(MANIFEST))
            if manifest.get("format") != FORMAT or manifest.get("version") != FORMAT_VERSION:
                raise DeskError("backup.bad_archive", detail="unknown format")
            sums = manifest.get("sha256", {})
            for name in (DB_MEMBER, SLOTS_MEMBER):
                data = archive.read(name)
                if _sha256(data) != sums.get(name):
                    raise DeskError("backup.bad_archive", detail=f"{name} damaged")
                (staging / name).write_bytes(data)
    except (OSError, zipfile.BadZipFile, json.JSONDecodeError, UnicodeDecodeError) as error:
        raise DeskError("backup.bad_archive", detail=type(error).__name__) from None


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _read_epoch_marker(data_dir: Path) -> int:
    try:
        return int((data_dir / EPOCH_MARKER).read_text(encoding="ascii").strip())
    except (OSError, ValueError):
        return 0


def _write_epoch_marker(data_dir: Path, epoch: int) -> None:
    path = data_dir / EPOCH_MARKER
    tmp = path.with_suffix(".tmp")
    tmp.write_text(str(epoch), encoding="ascii")
    os.replace(tmp, path)
