"""The desk's data directory: set it up, unlock it, recover it.

``Desk`` is what the command line and the GUI hold before anyone has logged in; a successful
``unlock`` gives a :class:`~entryhub_desk.services.session.Session`.
"""

from __future__ import annotations

import contextlib
import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

from entryhub_desk.config import DeskConfig
from entryhub_desk.errors import DeskError
from entryhub_desk.security.keyslots import KeyStore
from entryhub_desk.security.permissions import restrict_tree
from entryhub_desk.security.throttle import WRONG_CREDENTIALS, LoginThrottle
from entryhub_desk.services.failed_logins import PendingFailures
from entryhub_desk.services.restoring import STAGING_PREFIX, is_unfinished, settle
from entryhub_desk.store.folder_lock import FolderClaim, claim_exclusive, claim_shared

if TYPE_CHECKING:
    from entryhub_desk.security.keyslots import Unlocked
    from entryhub_desk.services.opening import OpenedStore
    from entryhub_desk.services.session import Session

# Only what a log-in needs before its key derivation is imported here: the store, the session
# and the roles load once the password has opened a slot (or meanwhile, see
# ``services/cv_warmup.py``); set-up, recovery and diagnosis import theirs in their methods.

log = logging.getLogger(__name__)

KEY_BYTES = 32


class Desk:
    """One data directory of Entry Hub Desk."""

    def __init__(self, config: DeskConfig) -> None:
        self.config = config
        restrict_tree(config.data_dir)  # folder 0700, files 0600, also those made before
        self._keys = KeyStore(config.slots_path, scrypt_n=config.scrypt_n)
        self.throttle = LoginThrottle(config.throttle_path, config.clock)
        self._failed_logins = PendingFailures(config.data_dir / "failed-logins.json", config.clock)
        # A restore cut short is finished or undone before anything reads the folder (unless
        # another program holds it: then it is that program's restore, still under way).
        with contextlib.suppress(DeskError):
            self._settle_restore()

    @property
    def keystore(self) -> KeyStore:
        return self._keys

    def is_set_up(self) -> bool:
        """A store is here (or a restore is putting one in place right now)."""
        with contextlib.suppress(DeskError):
            self._settle_restore()
        if is_unfinished(self.config.data_dir):
            return True
        return self.config.db_path.exists() and self._keys.exists()

    def require_set_up(self) -> None:
        self._settle_restore()  # store.in_use while another program's restore runs
        if not self.config.db_path.exists():
            if self.has_earlier_copies():
                raise DeskError("store.has_copies", path=str(self.config.data_dir))
            raise DeskError("store.missing", path=str(self.config.data_dir))
        if not self._keys.exists():
            raise DeskError("slots.missing", path=str(self.config.data_dir))

    def has_earlier_copies(self) -> bool:
        """Backups, a replaced store or a half-finished restore are in the folder: then a new,
        empty store must not be set up over them (restore one of them instead)."""
        data_dir = self.config.data_dir
        if is_unfinished(data_dir) or any(data_dir.glob(f"{STAGING_PREFIX}*")):
            return True
        backups = self.config.backups_dir
        return backups.is_dir() and any(backups.iterdir())

    # -- one process per store ---------------------------------------------------------------

    def _settle_restore(self) -> str | None:
        """Finish or undo an interrupted restore (``store.in_use`` if another program holds
        the folder, e.g. the restore itself, still running). A staging folder left by a
        restore that died before its journal is removed."""
        data_dir = self.config.data_dir
        unfinished = is_unfinished(data_dir)
        if not unfinished and not any(data_dir.glob(f"{STAGING_PREFIX}*")):
            return None
        try:
            claim = claim_exclusive(data_dir)
        except DeskError:
            if unfinished:
                raise
            return None  # a leftover staging folder waits for a moment the folder is free
        with claim:
            return settle(data_dir)

    def claim_shared(self) -> FolderClaim:
        """Hold the folder for an ordinary session (others may too); an interrupted restore is
        settled first. ``store.in_use`` while a restore, re-key or migration runs elsewhere."""
        data_dir = self.config.data_dir
        if not data_dir.is_dir():
            self.require_set_up()  # says what is missing
        for _ in range(3):
            self._settle_restore()
            claim = claim_shared(data_dir)
            if not is_unfinished(data_dir):
                return claim
            claim.release()  # a restore died between the look and the claim
        raise DeskError("store.in_use")

    def claim_exclusive(self) -> FolderClaim:
        """The folder to this process alone (restore, set-up); ``store.in_use`` if anyone else
        holds it. An interrupted restore is settled first."""
        self.config.data_dir.mkdir(parents=True, exist_ok=True)
        claim = claim_exclusive(self.config.data_dir)
        try:
            settle(self.config.data_dir)
        except BaseException:
            claim.release()
            raise
        return claim

    def staff_names(self) -> list[str]:
        if not self._keys.exists():
            return []
        return self._keys.staff_names()

    # -- set-up ----------------------------------------------------------------------------

    def set_up(self, *, hub_name: str, coordinator_name: str, password: str) -> str:
        """Create the store and the first coordinator; returns the recovery key (shown once).
        Refused where a store, backups, a replaced store or an unfinished restore are."""
        with self.claim_exclusive():
            return self._set_up(
                hub_name=hub_name, coordinator_name=coordinator_name, password=password
            )

    def _set_up(self, *, hub_name: str, coordinator_name: str, password: str) -> str:
        """The database is built under a temporary name and moved into place only after the slot
        file exists, so an interrupted set-up leaves nothing that looks like a store.
        """
        if self.is_set_up():
            raise DeskError("store.exists", path=str(self.config.data_dir))
        if self.has_earlier_copies():
            raise DeskError("store.has_copies", path=str(self.config.data_dir))
        hub_name = hub_name.strip()
        coordinator_name = coordinator_name.strip()
        if not hub_name:
            raise DeskError("validation.required", field="hub_name")
        from entryhub_desk.domain.staff import Role, StaffMember
        from entryhub_desk.ids import new_id
        from entryhub_desk.security.audit import AuditLog
        from entryhub_desk.security.passwords import check_password
        from entryhub_desk.security.permissions import private_dir
        from entryhub_desk.services.roles import first_grants
        from entryhub_desk.store.connection import checkpoint, open_database, transaction
        from entryhub_desk.store.identity import initialise_identity, iso_utc
        from entryhub_desk.store.migrations import migrate
        from entryhub_desk.store.repositories.base import StoreContext
        from entryhub_desk.store.repositories.staff import StaffRepository
        from entryhub_wire.grants import new_signing_key

        check_password(password, name=coordinator_name)
        data_dir = self.config.data_dir
        private_dir(data_dir)
        building = data_dir / "desk.db.setup"
        for leftover in (building, Path(f"{building}-wal"), Path(f"{building}-shm")):
            leftover.unlink(missing_ok=True)
        db_key = os.urandom(KEY_BYTES)
        database_uuid = new_id()
        conn = open_database(
            building, db_key, create=True, encrypted=not self.config.plaintext_store
        )
        try:
            migrate(
                conn, db_path=building, backups_dir=self.config.backups_dir, clock=self.config.clock
            )
            identity = initialise_identity(
                conn, database_uuid=database_uuid, hub_name=hub_name, clock=self.config.clock
            )
            ctx = StoreContext(conn, identity, self.config.clock)
            staff_id = new_id()
            # Signed roles: the first coordinator's key is the root of every grant.
            root_private, root_public = new_signing_key()
            recovery_private, recovery_public = new_signing_key()
            first = StaffMember(id=staff_id, name=coordinator_name, role=Role.COORDINATOR)
            with transaction(conn):
                staff_repo = StaffRepository(ctx)
                staff_repo.add(first)
                staff_repo.set_coordinator_root(root_public)
                for grant in first_grants(
                    coordinator=first,
                    root_private=root_private,
                    recovery_public=recovery_public,
                    issued_at=iso_utc(self.config.clock()),
                ):
                    staff_repo.append_grant(grant)
                AuditLog(conn, identity, self.config.clock).append(
                    "staff_added", staff_id=staff_id, subject_id=staff_id
                )
            checkpoint(conn)
        finally:
            conn.close()
        recovery_key = self._keys.create(
            database_uuid=database_uuid,
            db_key=db_key,
            staff_id=staff_id,
            staff_name=coordinator_name,
            password=password,
            root_key=root_public,
            signing_private=root_private,
            recovery_signing=recovery_private,
        )
        for suffix in ("-wal", "-shm"):
            Path(f"{building}{suffix}").unlink(missing_ok=True)
        os.replace(building, self.config.db_path)
        _fsync_dir(data_dir)
        restrict_tree(data_dir)
        log.info("store set up in a new data directory")
        return recovery_key

    # -- log-in ----------------------------------------------------------------------------

    def unwrap(self, name: str, password: str, *, keys: KeyStore | None = None) -> Unlocked:
        """Open ``name``'s slot (of this desk, or of ``keys``), throttled: a wrong password or
        an unknown name counts as a failure and backs off. The caller calls
        ``throttle.success`` once the whole log-in has worked."""
        self.throttle.check(name)
        try:
            return (keys or self._keys).unlock(name, password)
        except DeskError as error:
            if error.code in WRONG_CREDENTIALS:
                self.throttle.failure(name)
            raise

    def unlock(self, name: str, password: str) -> Session:
        """Log a staff member in: unwrap their slot, open and migrate the store. The session
        holds the folder (shared) until it is closed."""
        claim = self.claim_shared()
        try:
            return self._unlock(claim, name, password)
        except BaseException:
            claim.release()
            raise

    def _unlock(self, claim: FolderClaim, name: str, password: str) -> Session:
        self.require_set_up()
        try:
            unlocked = self.unwrap(name, password)
        except DeskError as error:
            if error.code in WRONG_CREDENTIALS:
                self._failed_logins.record(known_name=error.code == "auth.wrong_password")
            raise
        from entryhub_desk.services.opening import open_store
        from entryhub_desk.services.roles import settle_at_login
        from entryhub_desk.services.session import Session
        from entryhub_desk.store.repositories.staff import StaffRepository

        opened = open_store(self.config, self._keys, unlocked.keys, claim=claim)
        try:
            staff = StaffRepository(opened.context).find(unlocked.staff_id)
            if staff is None:
                # a slot left by a staff add cut before its row: nobody by that name exists
                raise DeskError("auth.unknown_staff")
            if not staff.active:
                raise DeskError("auth.staff_disabled")
        except BaseException:
            opened.conn.close()
            raise
        self.throttle.success(name)
        _bring_ledger_in_step(opened)
        _index_a_stopped_first_sync(opened)
        session = Session(self, opened, staff)
        session.signing_key = settle_at_login(session, unlocked.signing_key, unlocked.root_key)
        for attempt in self._failed_logins.take():
            session.audit("login_failed", details=attempt)
        session.audit("login", subject_id=staff.id)
        log.info("staff member logged in (role %s)", staff.role.value)
        return session

    def diagnose(self, name: str, password: str) -> list[str]:
        """``check`` for a store too damaged to log in to: the pages that fail, nothing written.

        Only someone whose password opens a slot gets here; roles cannot be read from a store
        whose staff table may be among the damaged pages.
        """
        with self.claim_shared():
            return self._diagnose(name, password)

    def _diagnose(self, name: str, password: str) -> list[str]:
        from entryhub_desk.store.connection import (
            file_integrity_problems,
            integrity_problems,
            open_database,
        )

        self.require_set_up()
        unlocked = self.unwrap(name, password)
        self.throttle.success(name)
        for key in unlocked.keys:
            try:
                conn = open_database(
                    self.config.db_path, key, encrypted=not self.config.plaintext_store
                )
            except DeskError as error:
                if error.code == "store.wrong_key":
                    continue
                if error.code != "store.corrupt":
                    return [error.english()]
                # the schema's pages fail: check the file page by page without reading it
                return file_integrity_problems(
                    self.config.db_path, key, encrypted=not self.config.plaintext_store
                )
            try:
                return integrity_problems(conn)
            finally:
                conn.close()
        raise DeskError("store.wrong_key")

    # -- recovery --------------------------------------------------------------------------

    def recover(self, *, recovery_key: str, coordinator_name: str, new_password: str) -> None:
        """Set a new password for a coordinator with the recovery key."""
        with self.claim_shared() as claim:
            self._recover(
                claim,
                recovery_key=recovery_key,
                coordinator_name=coordinator_name,
                new_password=new_password,
            )

    def _recover(
        self, claim: FolderClaim, *, recovery_key: str, coordinator_name: str, new_password: str
    ) -> None:
        from entryhub_desk.domain.staff import Role
        from entryhub_desk.security.audit import AuditLog
        from entryhub_desk.security.passwords import check_password
        from entryhub_desk.services.opening import open_store
        from entryhub_desk.services.roles import recovery_grant
        from entryhub_desk.store.connection import transaction
        from entryhub_desk.store.identity import iso_utc
        from entryhub_desk.store.repositories.staff import StaffRepository

        self.require_set_up()
        self.throttle.check("\x00recovery")
        try:
            keys = self._keys.unlock_with_recovery(recovery_key)
        except DeskError as error:
            if error.code == "recovery.wrong_key":
                self.throttle.failure("\x00recovery")
            raise
        opened = open_store(self.config, self._keys, keys, claim=claim)
        try:
            staff_repo = StaffRepository(opened.context)
            member = staff_repo.get_by_name(coordinator_name)
            if member is None:
                raise DeskError("staff.unknown", name=coordinator_name)
            if member.role is not Role.COORDINATOR:
                raise DeskError("auth.role_not_allowed", role=member.role.value, action="recover")
            check_password(new_password, name=member.name)
            # signed roles: the recovery key's grant signs her a new key (her old one was
            # sealed to the slot she lost)
            recovery_signing = self._keys.recovery_signing_key(recovery_key)
            renewed = None
            if recovery_signing is not None:
                renewed = recovery_grant(
                    staff_repo,
                    self._keys.root_key(),
                    recovery_signing,
                    member,
                    iso_utc(self.config.clock()),
                )
            self._keys.set_password(
                opened.key,
                staff_id=member.id,
                staff_name=member.name,
                password=new_password,
                signing_private=None if renewed is None else renewed[0],
            )
            with transaction(opened.conn):
                if not member.active:
                    staff_repo.set_active(member.id, True)
                if renewed is not None:
                    staff_repo.append_grant(renewed[1])
                AuditLog(opened.conn, opened.identity, self.config.clock).append(
                    "recover", staff_id=member.id, subject_id=member.id
                )
        finally:
            opened.conn.close()
        self.throttle.success("\x00recovery")
        self.throttle.success(coordinator_name)

    def open_with_key(self, keys: tuple[bytes, ...]) -> OpenedStore:
        from entryhub_desk.services.opening import open_store

        return open_store(self.config, self._keys, keys)


def _bring_ledger_in_step(opened: OpenedStore) -> None:
    """The erasure ledger beside the store gets every erasure the table holds (erasures made
    before the ledger existed, on a desk that never pulls), so a later restore of an older
    copy purges them too. A full disk must not stop a log-in: the next log-in, pull or
    erasure writes it."""
    from entryhub_desk.store.erasure import note_erasures

    try:
        note_erasures(opened.conn)
    except DeskError as error:
        if error.code != "store.disk_full":
            raise
        log.warning("the erasure ledger could not be brought in step (disk full)")


def _index_a_stopped_first_sync(opened: OpenedStore) -> None:
    """A first sync indexes its new persons a few thousand at a time (sync/first_sync.py); one
    stopped by a killed program left some unindexed, and the next round may be far off (no
    link, a revoked desk): they are indexed at log-in, before anyone searches for them, so a
    returning visitor is never registered again for want of an index entry. Nothing is read
    but one row when no first sync is under way; a full disk must not stop a log-in."""
    from entryhub_desk.store.sync_snapshot import load_snapshot_progress

    if load_snapshot_progress(opened.conn) is None:
        return
    # only now: the search's modules are not a log-in's (the cv command starts without them)
    from entryhub_desk.store.connection import transaction
    from entryhub_desk.store.search_bulk import index_put_off

    try:
        with transaction(opened.conn):
            index_put_off(opened.conn, left_waiting=True)
    except DeskError as error:
        if error.code != "store.disk_full":
            raise
        log.warning("persons of a stopped first sync could not be indexed (disk full)")


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
