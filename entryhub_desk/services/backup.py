"""Backups: one archive holding an encrypted, consistent copy of the store and its slot file.

The copy is made with SQLite's online backup API into a file keyed with the same key, so it
is consistent even while the app keeps writing, and it is never decrypted on disk. The archive
is a plain zip (the content is already encrypted) with a manifest of SHA-256 sums.

Restoring starts a new *epoch* of the device: change numbers of the restored copy may already
have been used by the store it replaces, and ``(device, epoch, seq)`` must never repeat. The
restored store is built and checked in a staging folder first; :mod:`.restoring` then swaps it
in under a journal, so a crash at any step is finished or undone at the next start.

A backup works in a hidden folder ``.backup-*`` next to the target (the encrypted copy, then
the archive, moved into place at the end) and holds a lock on ``backup.lock`` in it while it
runs. A backup killed on the way leaves that folder behind; the next backup into the same
folder removes such leftovers (:func:`remove_leftover_work`): only ``.backup-*`` folders that
hold nothing but our own work files (:data:`WORK_FILES`) and whose lock is free (its backup
has ended); anything else is left alone, and so is the folder of a backup still running in
another program.

``checkpoint`` (tests only) is called with the name of each file operation before it runs, so a
test can end the process there.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
import tempfile
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from entryhub_desk.domain.staff import Action
from entryhub_desk.errors import DeskError, disk_full_raised
from entryhub_desk.security.atomic import fsync_directory
from entryhub_desk.security.audit import AuditLog
from entryhub_desk.security.keyslots import KeyStore
from entryhub_desk.security.permissions import restrict_file
from entryhub_desk.services.opening import open_store
from entryhub_desk.services.restoring import (
    RestorePlan,
    new_staging,
    put_in_place,
    read_epoch_marker,
    replaced_folder,
)
from entryhub_desk.services.roles import require_signed_member, sign_restored_erasures
from entryhub_desk.services.zip_directory import small_directory
from entryhub_desk.store.connection import checkpoint, copy_database, transaction
from entryhub_desk.store.erasure import purge_erased_on_restore
from entryhub_desk.store.folder_lock import try_lock_file
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
MEMBERS = (MANIFEST, DB_MEMBER, SLOTS_MEMBER)
# What an archive may hold, at most (a zip bomb or a strange file is refused before it is
# unpacked): the manifest and the slot file are small; the database is large but encrypted,
# so it hardly compresses.
MAX_SIZE = {MANIFEST: 64 * 1024, SLOTS_MEMBER: 16 * 1024 * 1024, DB_MEMBER: 64 * 1024**3}
MAX_RATIO = 20
CHUNK = 1024 * 1024
WORK_PREFIX = ".backup-"
WORK_ARCHIVE = "archive.zip"
WORK_LOCK = "backup.lock"
#: what a backup's work folder may hold: its lock, the copy (with SQLite's side files) and the
#: archive
WORK_FILES = frozenset(
    {
        WORK_LOCK,
        DB_MEMBER,
        f"{DB_MEMBER}-journal",
        f"{DB_MEMBER}-wal",
        f"{DB_MEMBER}-shm",
        WORK_ARCHIVE,
    }
)
_WORK_NAME = re.compile(r"\.backup-[A-Za-z0-9_]{1,64}")

Checkpoint = Callable[[str], None]


def _no_checkpoint(_step: str) -> None:
    return None


class BackupService:
    """Backups of the store (coordinator); a restore needs no session (:func:`restore_backup`)."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def backup(self, target: Path, *, checkpoint: Checkpoint | None = None) -> None:
        """Write an encrypted backup archive to ``target`` (``backup.target_exists``)."""
        self._session.require(Action.BACKUP)
        write_backup(self._session, target, checkpoint=checkpoint)


def write_backup(session: Session, target: Path, *, checkpoint: Checkpoint | None = None) -> None:
    step = checkpoint or _no_checkpoint
    if target.exists():
        raise DeskError("backup.target_exists", path=str(target))
    # a full disk anywhere (the copy, the archive) leaves no partial file: store.disk_full
    with disk_full_raised(target.parent):
        remove_leftover_work(_made(target.parent))
        step("work_folder")
        with tempfile.TemporaryDirectory(dir=target.parent, prefix=WORK_PREFIX) as work:
            # locked before anything is written in it: a folder with a copy and no lock is
            # a killed backup's (also one of a version before the lock)
            lock = try_lock_file(Path(work) / WORK_LOCK)  # a folder of our own: always free
            try:
                _write_archive(session, target, Path(work), step)
            finally:
                if lock is not None:
                    os.close(lock)  # before the folder goes (Windows deletes no open file)
    step("audit")
    session.audit("backup")
    log.info("backup written")


def remove_leftover_work(folder: Path) -> int:
    """Remove the work folders that killed backups left in ``folder``. A ``.backup-*`` folder
    goes only if it holds nothing but regular files named in :data:`WORK_FILES` and either
    its lock is free (the backup that held it has ended) or it has no lock but a copy (left by
    a version before the lock). An empty one may be a backup just starting: left alone.
    Returns how many were removed."""
    removed = 0
    try:
        candidates = [
            Path(entry.path)
            for entry in os.scandir(folder)
            if _WORK_NAME.fullmatch(entry.name) and entry.is_dir(follow_symlinks=False)
        ]
    except OSError:
        return 0
    for candidate in candidates:
        try:
            removed += _remove_if_left_over(candidate)
        except OSError as error:
            log.warning("a left-over backup work folder could not be removed: %s", error.errno)
    if removed:
        fsync_directory(folder)
        log.info("removed %d work folders of interrupted backups", removed)
    return removed


def _remove_if_left_over(work: Path) -> int:
    inside = list(os.scandir(work))
    names = {entry.name for entry in inside}
    if not names or not all(
        entry.name in WORK_FILES and entry.is_file(follow_symlinks=False) for entry in inside
    ):
        return 0  # not only ours, or nothing yet: left alone
    lock = try_lock_file(work / WORK_LOCK) if WORK_LOCK in names else None
    if WORK_LOCK in names and lock is None:
        return 0  # a backup still running
    try:
        for name in names - {WORK_LOCK}:
            os.unlink(work / name)
    finally:
        if lock is not None:
            os.close(lock)
    if WORK_LOCK in names:
        os.unlink(work / WORK_LOCK)
    os.rmdir(work)
    return 1


def _write_archive(session: Session, target: Path, work: Path, step: Checkpoint) -> None:
    copy = work / DB_MEMBER
    step("copy_database")
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
            DB_MEMBER: _sha256_file(copy),
            SLOTS_MEMBER: hashlib.sha256(slots).hexdigest(),
        },
    }
    partial = work / WORK_ARCHIVE
    step("archive")
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_STORED) as archive:
        archive.writestr(MANIFEST, json.dumps(manifest, indent=1, sort_keys=True))
        archive.write(copy, DB_MEMBER)
        archive.writestr(SLOTS_MEMBER, slots)
    restrict_file(partial)  # the owner's only, wherever it is written
    step("archive_synced")
    with partial.open("rb") as handle:
        os.fsync(handle.fileno())
    step("archive_in_place")
    os.replace(partial, target)
    fsync_directory(target.parent)
    step("work_folder_removed")


def _made(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def restore_backup(
    desk: Desk,
    archive_path: Path,
    staff_name: str,
    password: str,
    *,
    checkpoint: Checkpoint | None = None,
) -> int:
    """Put the backup in place of the current store; returns the new epoch.

    The person restoring logs in against the backup's own slots and must be a coordinator
    there. The store that is replaced is moved to ``backups/replaced-<time>/``, never deleted.
    Refused with ``store.in_use`` while another program holds the data folder.
    """
    step = checkpoint or _no_checkpoint
    config = desk.config
    with desk.claim_exclusive():
        step("staging")
        staging = new_staging(config.data_dir)
        try:
            epoch = _stage(desk, archive_path, staging, staff_name, password, step)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        plan = RestorePlan(
            staging=staging.name,
            replaced=replaced_folder(config.data_dir, config.backups_dir, config.clock()),
            epoch=epoch,
        )
        put_in_place(config.data_dir, plan, step)
    log.info("backup restored, new epoch %d", epoch)
    return epoch


def _stage(
    desk: Desk, archive_path: Path, staging: Path, staff_name: str, password: str, step: Checkpoint
) -> int:
    """Unpack and check the backup in ``staging``, start its new epoch there; nothing live is
    touched. Returns the new epoch."""
    config = desk.config
    _extract(archive_path, staging, step)
    staged_config = replace(config, data_dir=staging)
    staged_keys = KeyStore(staged_config.slots_path, scrypt_n=config.scrypt_n)
    unlocked = desk.unwrap(staff_name, password, keys=staged_keys)
    desk.throttle.success(staff_name)
    step("staged_store")
    opened = open_store(staged_config, staged_keys, unlocked.keys)
    try:
        staff_repo = StaffRepository(opened.context)
        member = staff_repo.get(unlocked.staff_id)
        if member is None or not member.active:
            raise DeskError("auth.staff_disabled")
        if not member.role.may(Action.RESTORE):
            raise DeskError(
                "auth.role_not_allowed", role=member.role.value, action=Action.RESTORE.value
            )
        require_signed_member(staff_repo, unlocked.root_key, member, Action.RESTORE)
        floor = max(read_epoch_marker(config.data_dir), opened.identity.epoch)
        with transaction(opened.conn):
            epoch = start_new_epoch(opened.conn, minimum=floor + 1)
        # persons erased after the backup was made are purged before it goes live
        purged = purge_erased_on_restore(opened.conn, config.clock, config.data_dir)
        # the erasures it sends again carry the restoring coordinator's signature
        sign_restored_erasures(staff_repo, unlocked.root_key, member, unlocked.signing_key, purged)
        identity = replace(opened.identity, epoch=epoch)
        AuditLog(opened.conn, identity, config.clock).append(
            "restore", staff_id=member.id, details={"epoch": epoch}
        )
        checkpoint(opened.conn)
    finally:
        opened.conn.close()
    step("staged_synced")
    for name in (DB_MEMBER, SLOTS_MEMBER):
        with (staging / name).open("rb") as handle:
            os.fsync(handle.fileno())
    for side in ("-wal", "-shm"):
        (staging / f"{DB_MEMBER}{side}").unlink(missing_ok=True)
    fsync_directory(staging)
    return epoch


def _extract(archive_path: Path, staging: Path, step: Checkpoint = _no_checkpoint) -> None:
    """Unpack the database and the slot file into ``staging``, refusing anything but the
    three expected members within their size limits, and checking the manifest's sums."""
    if archive_path.is_file() and not small_directory(archive_path, most_members=len(MEMBERS)):
        raise DeskError("backup.bad_archive", cause="members")  # before zipfile reads it all
    try:
        archive = zipfile.ZipFile(archive_path)
    except FileNotFoundError:
        raise DeskError("backup.bad_archive", cause="not_found") from None
    except (OSError, zipfile.BadZipFile, ValueError, EOFError):
        raise DeskError("backup.bad_archive", cause="not_zip") from None
    with archive:
        infos = archive.infolist()
        if sorted(info.filename for info in infos) != sorted(MEMBERS):
            raise DeskError("backup.bad_archive", cause="members")
        for info in infos:
            if info.file_size > MAX_SIZE[info.filename]:
                raise DeskError("backup.bad_archive", cause="too_large")
            if info.file_size > max(info.compress_size, 1024) * MAX_RATIO:
                raise DeskError("backup.bad_archive", cause="too_compressed")
        manifest = _read_manifest(archive)
        sums = manifest.get("sha256")
        if not isinstance(sums, dict):
            raise DeskError("backup.bad_archive", cause="format")
        for name in (DB_MEMBER, SLOTS_MEMBER):
            step(f"extract:{name}")
            digest = _unpack(archive, name, staging / name)
            if digest != sums.get(name):
                raise DeskError("backup.bad_archive", cause="damaged")


def _read_manifest(archive: zipfile.ZipFile) -> dict[str, object]:
    try:
        manifest = json.loads(archive.read(MANIFEST))
    except (OSError, zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError):
        raise DeskError("backup.bad_archive", cause="manifest") from None
    except (ValueError, RecursionError):
        raise DeskError("backup.bad_archive", cause="manifest") from None
    if (
        not isinstance(manifest, dict)
        or manifest.get("format") != FORMAT
        or manifest.get("version") != FORMAT_VERSION
    ):
        raise DeskError("backup.bad_archive", cause="format")
    return manifest


def _unpack(archive: zipfile.ZipFile, name: str, target: Path) -> str:
    """Copy one member to ``target`` in chunks, never beyond its limit; returns its SHA-256."""
    digest = hashlib.sha256()
    written = 0
    with target.open("wb") as out:
        try:
            with archive.open(name) as member:
                while chunk := member.read(CHUNK):
                    written += len(chunk)
                    if written > MAX_SIZE[name]:
                        raise DeskError("backup.bad_archive", cause="too_large")
                    digest.update(chunk)
                    out.write(chunk)
        except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError):
            raise DeskError("backup.bad_archive", cause="damaged") from None
    return digest.hexdigest()


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()
