"""An unlocked store and the staff member at the desk.

Every action checks the member's role, read from the database (never from the slot file or
the caller), before it does anything.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from entryhub_desk.domain.staff import Action, Role, StaffMember
from entryhub_desk.errors import DeskError
from entryhub_desk.ids import new_id
from entryhub_desk.security.audit import AuditLog
from entryhub_desk.security.audit_deferred import DeferringAuditLog
from entryhub_desk.security.audit_held import NAME as HELD_AUDIT_FILE
from entryhub_desk.security.audit_held import HeldAuditFile
from entryhub_desk.security.keyslots_format import label_key
from entryhub_desk.security.passwords import check_password
from entryhub_desk.security.throttle import WRONG_CREDENTIALS
from entryhub_desk.services import roles
from entryhub_desk.store.connection import transaction
from entryhub_desk.store.identity import DeskIdentity
from entryhub_desk.store.repositories.staff import StaffRepository
from entryhub_wire.grants import new_signing_key

if TYPE_CHECKING:
    from entryhub_desk.services.desk import Desk
    from entryhub_desk.services.opening import OpenedStore
    from entryhub_desk.services.reception import Reception

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]


class Session:
    """What a logged-in staff member may do, through the store's repositories."""

    def __init__(self, desk: Desk, opened: OpenedStore, staff: StaffMember) -> None:
        self._desk = desk
        self._opened = opened
        self.staff = staff
        self._locked = False
        # Decrypted data kept for the screens; dropped on lock.
        self._staff_cache: list[StaffMember] | None = None
        self._signing_key: bytes | None = None  # the member's Ed25519 key from her slot
        self._audit = DeferringAuditLog(
            AuditLog(opened.conn, opened.identity, desk.config.clock),
            opened.conn,
            desk.config.clock,
            spill=HeldAuditFile(
                desk.config.data_dir / HELD_AUDIT_FILE,
                opened.identity.audit_secret,
                opened.identity.database_uuid,
            ),
        )

    # -- state -----------------------------------------------------------------------------

    @property
    def identity(self) -> DeskIdentity:
        return self._opened.identity

    @property
    def opened(self) -> OpenedStore:
        return self._opened

    @property
    def rekey_outcome(self) -> str | None:
        """Set when log-in finished or rolled back an interrupted re-key."""
        return self._opened.rekey_outcome

    @property
    def is_locked(self) -> bool:
        return self._locked

    def audit(
        self,
        action: str,
        *,
        subject_id: str | None = None,
        details: Mapping[str, str | int | bool] | None = None,
    ) -> None:
        """Append to the audit log. On a full disk the entry is held back in memory (outside a
        transaction) and written with its own time as soon as there is room: see
        :class:`~entryhub_desk.security.audit.DeferringAuditLog`."""
        self._audit.append(action, staff_id=self.staff.id, subject_id=subject_id, details=details)

    @property
    def held_audit_entries(self) -> int:
        """Audit entries waiting for disk space (0 normally)."""
        return self._audit.held

    def write_held_audit(self) -> bool:
        """Try now to write the audit entries a full disk held back; True when none are left.
        (A timer also retries, and so do the next entry and log-out.)"""
        return self._audit.flush()

    @property
    def audit_retry_seconds(self) -> float:
        return self._audit.retry_seconds

    @audit_retry_seconds.setter
    def audit_retry_seconds(self, seconds: float) -> None:
        self._audit.retry_seconds = seconds

    def require(self, action: Action) -> None:
        """The member's role (the staff table) must allow ``action``, and beyond desk work her
        signed grant must too (``auth.role_unverified``: see :mod:`.roles`)."""
        if not self.staff.role.may(action):
            raise DeskError(
                "auth.role_not_allowed", role=self.staff.role.value, action=action.value
            )
        if action not in roles.UNSIGNED_ACTIONS:
            roles.require_verified(self, action)

    @property
    def signing_key(self) -> bytes | None:
        return self._signing_key

    def start_roles(self, signing_key: bytes | None, root_key: bytes | None) -> None:
        """At log-in: keep the member's signing key (upgrading a store from before signed
        roles at the first coordinator's log-in); ``root_key``: the slot file's, as the
        log-in read it."""
        self._signing_key = roles.settle_at_login(self, signing_key, root_key)

    def sign_erasure(self, person_id: str) -> dict[str, Any]:
        """The coordinator's signature that an erasure carries to the server."""
        return roles.erasure_auth(self, person_id)

    def sign_export(self, document: Mapping[str, Any]) -> dict[str, Any]:
        """The coordinator's signature that a person export carries."""
        return roles.export_signature(self, document)

    # -- lock, unlock, log out ---------------------------------------------------------------

    def lock(self) -> None:
        """Idle lock: drop decrypted caches. The connection stays open for background work."""
        self._locked = True
        self._staff_cache = None
        # drop the decrypted pages SQLCipher keeps in its page cache (search index, persons)
        with contextlib.suppress(Exception):
            self._opened.conn.execute("PRAGMA shrink_memory")

    def verify_password(self, password: str) -> None:
        """Unlock after an idle lock: the same member's password, throttled like a log-in."""
        throttle = self._desk.throttle
        try:
            unlocked = self._desk.unwrap(self.staff.name, password)
        except DeskError as error:
            if error.code in WRONG_CREDENTIALS:
                self.audit("login_failed", subject_id=self.staff.id, details={"reason": "unlock"})
            raise
        if unlocked.staff_id != self.staff.id:
            throttle.failure(self.staff.name)
            raise DeskError("auth.wrong_password")
        throttle.success(self.staff.name)
        self._locked = False
        self.audit("login", subject_id=self.staff.id, details={"reason": "unlock"})

    def unlock_as(self, name: str, password: str) -> StaffMember:
        """Unlock a locked desk as ``name``: the member who locked it, or an active coordinator.

        Throttled like a log-in (per name). The audit entry names who unlocked (a coordinator
        as the actor, the locked member as the subject). Raises ``auth.unlock_not_allowed`` for
        anyone else whose password is right. Returns the member who unlocked."""
        if name.strip().casefold() == self.staff.name.casefold():
            self.verify_password(password)
            return self.staff
        throttle = self._desk.throttle
        try:
            unlocked = self._desk.unwrap(name.strip(), password)
        except DeskError as error:
            if error.code in WRONG_CREDENTIALS:
                self.audit("login_failed", subject_id=self.staff.id, details={"reason": "unlock"})
            raise
        member = self._staff_repo().get(unlocked.staff_id)
        if (
            member is None
            or not member.active
            or member.role is not Role.COORDINATOR
            or not roles.is_signed_coordinator(self, member.id)  # not just the role column
        ):
            actor = member.id if member is not None else self.staff.id
            self._audit.append(
                "login_failed",
                staff_id=actor,
                subject_id=self.staff.id,
                details={"reason": "unlock_not_allowed"},
            )
            raise DeskError("auth.unlock_not_allowed", name=self.staff.name)
        throttle.success(name.strip())
        self._locked = False
        self._audit.append(
            "login",
            staff_id=member.id,
            subject_id=self.staff.id,
            details={"reason": "unlock_by_coordinator"},
        )
        log.info("desk unlocked by a coordinator")
        return member

    def close(self) -> None:
        """Log out and close the store (a last attempt to write held-back audit entries)."""
        try:
            self.audit("logout", subject_id=self.staff.id)
        except DeskError as error:
            # a store damaged under the session refuses writes; the log-out still happens
            log.warning("the log-out could not be recorded (%s)", error.code)
        finally:
            self._audit.close()
            self._staff_cache = None
            try:
                self._opened.conn.close()
            finally:
                if self._opened.claim is not None:  # other programs may restore or re-key now
                    self._opened.claim.release()

    # -- staff -----------------------------------------------------------------------------

    def _staff_repo(self) -> StaffRepository:
        return StaffRepository(self._opened.context)

    def list_staff(self) -> list[StaffMember]:
        if self._staff_cache is None:
            self._staff_cache = self._staff_repo().list()
        return list(self._staff_cache)

    def add_staff(self, name: str, role: Role, password: str) -> StaffMember:
        self.require(Action.MANAGE_STAFF)
        name = name.strip()
        member = StaffMember(id=new_id(), name=name, role=role)
        repo = self._staff_repo()
        if repo.get_by_name(name) is not None:
            raise DeskError("staff.exists", name=name)
        check_password(password, name=name)
        self._drop_orphan_slot(name)
        state, signer = roles.signer(self, Action.MANAGE_STAFF)
        signing_private, signing_public = (
            new_signing_key() if role is Role.COORDINATOR else (None, None)
        )
        # The slot first: a member without a slot cannot log in, which is harmless if the
        # database write then fails; the reverse would leave a member nobody can unlock.
        self._desk.keystore.add_staff(
            self._opened.key,
            staff_id=member.id,
            staff_name=member.name,
            password=password,
            signing_private=signing_private,
        )
        try:
            with transaction(self._opened.conn):
                repo.add(member)
                roles.issue(self, state, signer, member, signing_public)
                self.audit("staff_added", subject_id=member.id, details={"role": role.value})
        except BaseException:
            self._desk.keystore.remove_staff(self._opened.key, member.id)
            raise
        self._staff_cache = None
        return member

    def _drop_orphan_slot(self, name: str) -> None:
        """A staff add cut between its slot and its database row leaves a slot whose member
        does not exist (nobody can log in with it). Adding the name again replaces it; a slot
        of a member who does exist keeps the name taken."""
        keys = self._desk.keystore
        repo = self._staff_repo()
        for label, staff_id in keys.staff_slot_ids().items():
            if label_key(label) != label_key(name):  # as the slot file compares names
                continue
            if repo.find(staff_id) is not None:
                raise DeskError("staff.exists", name=name)
            keys.remove_staff(self._opened.key, staff_id)
            log.warning("a key slot left by an interrupted staff add was removed")

    def _member(self, name: str) -> StaffMember:
        member = self._staff_repo().get_by_name(name.strip())
        if member is None:
            raise DeskError("staff.unknown", name=name)
        return member

    def disable_staff(self, name: str) -> None:
        self.require(Action.MANAGE_STAFF)
        member = self._member(name)
        if member.role is Role.COORDINATOR and member.active:
            others = [
                m
                for m in self._staff_repo().list()
                if m.role is Role.COORDINATOR and m.active and m.id != member.id
            ]
            if not others:
                raise DeskError("staff.last_coordinator")
        state, signer = roles.signer(self, Action.MANAGE_STAFF)
        old = state.members.get(member.id)
        with transaction(self._opened.conn):
            disabled = self._staff_repo().set_active(member.id, False)
            key = old.public_key if old is not None else None
            roles.issue(self, state, signer, disabled, key)
            self.audit("staff_disabled", subject_id=member.id)
        # Removing the slot stops future log-ins; a re-key shuts the member out of old copies.
        self._desk.keystore.remove_staff(self._opened.key, member.id)
        self._staff_cache = None

    def change_role(self, name: str, role: Role) -> StaffMember:
        """Give a member another role, by a signed grant. A new coordinator gets a signing key
        sealed to her slot (she finds it at her next log-in); a former one's key is no longer
        named by her grant."""
        self.require(Action.MANAGE_STAFF)
        member = self._member(name)
        if not member.active:
            raise DeskError("auth.staff_disabled")
        state, signer = roles.signer(self, Action.MANAGE_STAFF)
        changed = dataclasses.replace(member, role=role)
        private, public = new_signing_key() if role is Role.COORDINATOR else (None, None)
        root = self._desk.keystore.root_key()
        if private is not None and root is not None:
            self._desk.keystore.install_signing_keys(
                self._opened.key, root_key=root, keys={member.id: private}
            )
        with transaction(self._opened.conn):
            self._staff_repo().update(changed)  # refuses to lose the last coordinator
            roles.issue(self, state, signer, changed, public)
            self.audit("staff_role_changed", subject_id=member.id, details={"role": role.value})
        self._staff_cache = None
        return changed

    def reset_password(self, name: str, new_password: str) -> None:
        self.require(Action.MANAGE_STAFF)
        member = self._member(name)
        if not member.active:
            raise DeskError("auth.staff_disabled")
        check_password(new_password, name=member.name)
        state, signer = roles.signer(self, Action.MANAGE_STAFF)
        # A coordinator's signing key was sealed to her old slot: she gets a new one, and a
        # new grant that names it (her earlier grants stay valid).
        signed = state.members.get(member.id)
        coordinator = signed is not None and signed.active and signed.role == Role.COORDINATOR
        private, public = new_signing_key() if coordinator else (None, None)
        if member.id == self.staff.id and self._signing_key is not None:
            private = self._signing_key
            public = signed.public_key if signed is not None else None
        self._desk.keystore.set_password(
            self._opened.key,
            staff_id=member.id,
            staff_name=member.name,
            password=new_password,
            signing_private=private,
        )
        with transaction(self._opened.conn):
            if coordinator and member.id != self.staff.id:
                roles.issue(self, state, signer, member, public)
            self.audit("password_reset", subject_id=member.id)

    def change_own_password(self, old: str, new: str) -> None:
        self.verify_password(old)
        check_password(new, name=self.staff.name)
        self._desk.keystore.set_password(
            self._opened.key,
            staff_id=self.staff.id,
            staff_name=self.staff.name,
            password=new,
            signing_private=self._signing_key,  # sealed anew to the new slot
        )
        self.audit("password_changed", subject_id=self.staff.id)

    # -- whole-store work (modules of their own) --------------------------------------------

    def rekey(
        self, progress: Progress | None = None, *, checkpoint: Callable[[str], None] | None = None
    ) -> None:
        from entryhub_desk.services.rekey import rekey_store

        self.require(Action.REKEY)
        rekey_store(self, progress=progress, checkpoint=checkpoint)

    def backup(self, target: Path) -> None:
        from entryhub_desk.services.backup import write_backup

        self.require(Action.BACKUP)
        write_backup(self, target)

    def check(self) -> list[str]:
        from entryhub_desk.services.check import check_store, damage_report

        damaged = damage_report(self)  # before the role check reads the (maybe damaged) grants
        if damaged:
            return damaged
        self.require(Action.CHECK)
        return check_store(self)

    def reception(self) -> Reception:
        """The reception work of this session (search, register, visits, consent, merge)."""
        from entryhub_desk.services.reception import Reception

        return Reception(self)

    # -- for the service modules ----------------------------------------------------------

    @property
    def desk(self) -> Desk:
        return self._desk

    def replace_key(self, key: bytes) -> None:
        self._opened.key = key

    def reopen_store(self) -> None:
        """Open the data file again with the session's key and close the old connection (a
        re-key cut short by a full disk leaves that connection on a key the file lacks).
        Services read ``opened.conn`` / ``opened.context`` at each use (never keep them), so a
        ``Reception`` or ``Profiles`` made before goes on with the new connection."""
        from entryhub_desk.store.connection import open_database

        config = self._desk.config
        conn = open_database(
            config.db_path,
            self._opened.key,
            check_same_thread=False,
            encrypted=not config.plaintext_store,
        )
        old = self._opened.conn
        self._opened.conn = conn
        self._opened.context = dataclasses.replace(self._opened.context, conn=conn)
        self._audit.rebind(AuditLog(conn, self.identity, config.clock), conn)
        with contextlib.suppress(Exception):
            old.close()
