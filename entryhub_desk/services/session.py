"""An unlocked store and the staff member at the desk.

The session holds what every service shares: the acting member, the store context, the clock,
the audit log and ``require`` (the member's role, read from the database, never from the slot
file or the caller). Each area is a service of its own made from a session
(``VisitorsService(session)``, ``StaffService(session)``, ``SyncService(session)``, …); this
module imports none of them.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import threading
from collections.abc import Callable, Iterator, Mapping
from typing import Protocol

from entryhub_desk.config import Clock, DeskConfig
from entryhub_desk.domain.staff import Action, Role, StaffMember
from entryhub_desk.errors import DeskError
from entryhub_desk.memo import forget_personal
from entryhub_desk.security.audit import AuditLog
from entryhub_desk.security.audit_deferred import DeferringAuditLog
from entryhub_desk.security.audit_held import NAME as HELD_AUDIT_FILE
from entryhub_desk.security.audit_held import HeldAuditFile
from entryhub_desk.security.keyslots import KeyStore, Unlocked
from entryhub_desk.security.throttle import WRONG_CREDENTIALS, LoginThrottle
from entryhub_desk.services.changes import Changes
from entryhub_desk.services.grant_check import (
    UNSIGNED_ACTIONS,
    signed_coordinator,
    verified_grant,
)
from entryhub_desk.services.opening import OpenedStore
from entryhub_desk.store import search_postings, search_warm
from entryhub_desk.store.connection import change_stamp, shrink_memory
from entryhub_desk.store.identity import DeskIdentity
from entryhub_desk.store.repositories.base import StoreContext
from entryhub_desk.store.repositories.staff import StaffRepository


class DeskKeys(Protocol):
    """What a session needs of its desk (:class:`~entryhub_desk.services.desk.Desk`): the
    configuration, the key slots and the log-in throttle."""

    @property
    def config(self) -> DeskConfig: ...

    @property
    def keystore(self) -> KeyStore: ...

    @property
    def throttle(self) -> LoginThrottle: ...

    def unwrap(self, name: str, password: str) -> Unlocked: ...

    def staff_names(self) -> list[str]: ...


log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]


class Session:
    """The logged-in staff member and the store she opened; the services work through it."""

    def __init__(self, desk: DeskKeys, opened: OpenedStore, staff: StaffMember) -> None:
        self._desk = desk
        self._opened = opened
        self.staff = staff
        self._locked = False
        self._closed = False  # after close(): every service call is refused (auth.logged_out)
        # Decrypted data the services keep for the screens (e.g. the staff list); dropped on
        # lock.
        self._caches: dict[str, object] = {}
        self._signing_key: bytes | None = None  # the member's Ed25519 key from her slot
        self._listeners: list[Callable[[Changes], None]] = []
        # (thread, changes so far) while that thread holds its changes back (hold_changes)
        self._held: tuple[int, Changes] | None = None
        # (what the signed grants were verified against, the actions they allowed): see require
        self._verified: tuple[object, frozenset[Action]] | None = None
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
    def context(self) -> StoreContext:
        """The store context, read at each use: after a re-key cut short the session opens
        the file again (:meth:`reopen_store`), and services made before go on with it."""
        return self._opened.context

    @property
    def clock(self) -> Clock:
        return self._desk.config.clock

    @property
    def desk(self) -> DeskKeys:
        return self._desk

    @property
    def rekey_outcome(self) -> str | None:
        """Set when log-in finished or rolled back an interrupted re-key."""
        return self._opened.rekey_outcome

    @property
    def is_locked(self) -> bool:
        return self._locked

    def cached(self, name: str, load: Callable[[], object]) -> object:
        """A decrypted value the services keep for the screens (dropped on lock)."""
        if name not in self._caches:
            self._caches[name] = load()
        return self._caches[name]

    def forget(self, name: str) -> None:
        self._caches.pop(name, None)

    # -- what changed ---------------------------------------------------------------------

    def listen(self, listener: Callable[[Changes], None]) -> Callable[[], None]:
        """Hear the :class:`~entryhub_desk.services.changes.Changes` of every mutation made
        through this session (the GUI's change hub); returns the call that stops it."""
        self._listeners.append(listener)

        def stop() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return stop

    @contextlib.contextmanager
    def hold_changes(self) -> Iterator[None]:
        """Publish what the block changed once, when it ends (its transaction committed):
        a listener never reads a half-written state, and when the block raises (rolled back)
        nobody hears of changes that never happened. Only this thread's changes are held (a
        background sync round publishes as usual); inside another hold the outer one
        publishes."""
        me = threading.get_ident()
        if self._held is not None and self._held[0] == me:
            yield
            return
        self._held = (me, Changes())
        try:
            yield
        except BaseException:
            self._held = None
            raise
        _, changes = self._held
        self._held = None
        self.publish(changes)

    def publish(self, changes: Changes) -> Changes:
        """Tell the listeners what a mutation changed (from the thread that made it) and
        return it. A listener that fails is logged and the others still hear. Held back
        while this thread is in :meth:`hold_changes`."""
        held = self._held
        if held is not None and held[0] == threading.get_ident():
            self._held = (held[0], held[1] | changes)
            return changes
        if changes.staff or changes.everything:
            self._caches.clear()  # e.g. the staff list: a pulled or settled member is new
        if not changes.empty:
            for listener in tuple(self._listeners):
                try:
                    listener(changes)
                except Exception as error:  # noqa: BLE001 - the change is made; others hear
                    log.warning("a change listener failed (%s)", type(error).__name__)
        return changes

    # -- audit and roles -------------------------------------------------------------------

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

    def audit_as(
        self,
        action: str,
        *,
        staff_id: str,
        subject_id: str | None = None,
        details: Mapping[str, str | int | bool] | None = None,
    ) -> None:
        """Append to the audit log in another member's name (an unlock by a coordinator)."""
        self._audit.append(action, staff_id=staff_id, subject_id=subject_id, details=details)

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

    def _staff_repo(self) -> StaffRepository:
        return StaffRepository(self._opened.context)

    def require(self, action: Action) -> None:
        """The member's role (the staff table) must allow ``action``, and beyond desk work her
        signed grant must too (``auth.role_unverified``: see :mod:`.roles`)."""
        if self._closed:  # e.g. a form's draft timer firing after the log-out
            raise DeskError("auth.logged_out")
        if not self.staff.role.may(action):
            raise DeskError(
                "auth.role_not_allowed", role=self.staff.role.value, action=action.value
            )
        if action not in UNSIGNED_ACTIONS:
            self._require_signed(action)

    def _require_signed(self, action: Action) -> None:
        """The member's signed grant allows ``action``: verified (the chain of grants, its
        signatures) once per state of the store and root key, since a CV, say, asks four
        times in a row. The stamp is taken before the verification; any write since, by this
        session or another program (``store.connection.change_stamp``), another root key in the
        slot file or another connection verifies again."""
        conn = self._opened.conn
        header = self._desk.keystore.root_key()
        stamp = (conn, change_stamp(conn), header)
        seen = self._verified
        if seen is not None and seen[0] == stamp and action in seen[1]:
            return
        verified_grant(self._staff_repo(), header, self.staff.id, action)
        allowed = seen[1] if seen is not None and seen[0] == stamp else frozenset()
        self._verified = (stamp, allowed | {action})

    @property
    def signing_key(self) -> bytes | None:
        return self._signing_key

    @signing_key.setter
    def signing_key(self, key: bytes | None) -> None:
        """Set at log-in (:func:`.roles.settle_at_login`)."""
        self._signing_key = key

    # -- lock, unlock, log out ---------------------------------------------------------------

    def lock(self) -> None:
        """Idle lock: drop decrypted caches. The connection stays open for background work."""
        self._locked = True
        self._caches.clear()
        self._verified = None
        forget_personal()  # names and phones memoised by the search and the checks
        # drop the decrypted pages SQLCipher keeps in its page cache (search index, persons)
        search_postings.clear(self._opened.conn)  # decoded search postings (row numbers)
        search_warm.forget(self._opened.conn)  # the pages it read are dropped below
        with contextlib.suppress(Exception):
            shrink_memory(self._opened.conn)

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
            # not just the role column
            or not signed_coordinator(self._staff_repo(), self._desk.keystore.root_key(), member.id)
        ):
            actor = member.id if member is not None else self.staff.id
            self.audit_as(
                "login_failed",
                staff_id=actor,
                subject_id=self.staff.id,
                details={"reason": "unlock_not_allowed"},
            )
            raise DeskError("auth.unlock_not_allowed", name=self.staff.name)
        throttle.success(name.strip())
        self._locked = False
        self.audit_as(
            "login",
            staff_id=member.id,
            subject_id=self.staff.id,
            details={"reason": "unlock_by_coordinator"},
        )
        log.info("desk unlocked by a coordinator")
        return member

    def close(self) -> None:
        """Log out and close the store (a last attempt to write held-back audit entries)."""
        if self._closed:
            return
        try:
            self.audit("logout", subject_id=self.staff.id)
        except DeskError as error:
            # a store damaged under the session refuses writes; the log-out still happens
            log.warning("the log-out could not be recorded (%s)", error.code)
        finally:
            self._audit.close()
            self._caches.clear()
            forget_personal()
            self._closed = True
            try:
                self._opened.conn.close()
            finally:
                if self._opened.claim is not None:  # other programs may restore or re-key now
                    self._opened.claim.release()

    # -- for the service modules ----------------------------------------------------------

    def replace_key(self, key: bytes) -> None:
        self._opened.key = key

    def reopen_store(self) -> None:
        """Open the data file again with the session's key and close the old connection (a
        re-key cut short by a full disk leaves that connection on a key the file lacks).
        Services read ``opened.conn`` / ``opened.context`` at each use (never keep them), so a
        service made before goes on with the new connection."""
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
