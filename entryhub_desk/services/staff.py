"""Staff accounts: list, add, disable, change a role, reset or change a password.

Every change is signed into the role chain (:mod:`.roles`) and audited; key slots follow
(adding a member adds her slot, disabling removes it).
"""

from __future__ import annotations

import dataclasses
import logging
from typing import TYPE_CHECKING, cast

from entryhub_desk.domain.staff import Action, Role, StaffMember
from entryhub_desk.errors import DeskError
from entryhub_desk.ids import new_id
from entryhub_desk.security.keyslots_format import label_key
from entryhub_desk.security.passwords import check_password
from entryhub_desk.services import roles
from entryhub_desk.services.changes import Changes
from entryhub_desk.store.connection import transaction
from entryhub_desk.store.repositories.staff import StaffRepository
from entryhub_wire.grants import new_signing_key

if TYPE_CHECKING:
    from entryhub_desk.services.session import Session

log = logging.getLogger(__name__)

_CACHE = "staff"  # the session's cache of the staff list (dropped on lock)


class StaffService:
    """The staff accounts of the desk, as the logged-in member may manage them."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def _staff_repo(self) -> StaffRepository:
        return StaffRepository(self._session.context)

    def list_staff(self) -> list[StaffMember]:
        members = self._session.cached(_CACHE, self._staff_repo().list)
        return list(cast("list[StaffMember]", members))

    def choices(self) -> list[tuple[str, str]]:
        """Active staff as ``(id, name)`` (the handled-by picker, consent history names)."""
        return [(m.id, m.name) for m in self.list_staff() if m.active]

    def add_staff(self, name: str, role: Role, password: str) -> StaffMember:
        self._session.require(Action.MANAGE_STAFF)
        name = name.strip()
        member = StaffMember(id=new_id(), name=name, role=role)
        repo = self._staff_repo()
        if repo.get_by_name(name) is not None:
            raise DeskError("staff.exists", name=name)
        check_password(password, name=name)
        self._drop_orphan_slot(name)
        state, signer = roles.signer(self._session, Action.MANAGE_STAFF)
        signing_private, signing_public = (
            new_signing_key() if role is Role.COORDINATOR else (None, None)
        )
        # The slot first: a member without a slot cannot log in, which is harmless if the
        # database write then fails; the reverse would leave a member nobody can unlock.
        self._session.desk.keystore.add_staff(
            self._session.opened.key,
            staff_id=member.id,
            staff_name=member.name,
            password=password,
            signing_private=signing_private,
        )
        try:
            with transaction(self._session.opened.conn):
                repo.add(member)
                roles.issue(self._session, state, signer, member, signing_public)
                self._session.audit(
                    "staff_added", subject_id=member.id, details={"role": role.value}
                )
        except BaseException:
            self._session.desk.keystore.remove_staff(self._session.opened.key, member.id)
            raise
        self._session.forget(_CACHE)
        self._session.publish(Changes(staff=True))
        return member

    def _drop_orphan_slot(self, name: str) -> None:
        """A staff add cut between its slot and its database row leaves a slot whose member
        does not exist (nobody can log in with it). Adding the name again replaces it; a slot
        of a member who does exist keeps the name taken."""
        keys = self._session.desk.keystore
        repo = self._staff_repo()
        for label, staff_id in keys.staff_slot_ids().items():
            if label_key(label) != label_key(name):  # as the slot file compares names
                continue
            if repo.find(staff_id) is not None:
                raise DeskError("staff.exists", name=name)
            keys.remove_staff(self._session.opened.key, staff_id)
            log.warning("a key slot left by an interrupted staff add was removed")

    def _member(self, name: str) -> StaffMember:
        member = self._staff_repo().get_by_name(name.strip())
        if member is None:
            raise DeskError("staff.unknown", name=name)
        return member

    def disable_staff(self, name: str) -> None:
        self._session.require(Action.MANAGE_STAFF)
        member = self._member(name)
        if member.role is Role.COORDINATOR and member.active:
            others = [
                m
                for m in self._staff_repo().list()
                if m.role is Role.COORDINATOR and m.active and m.id != member.id
            ]
            if not others:
                raise DeskError("staff.last_coordinator")
        state, signer = roles.signer(self._session, Action.MANAGE_STAFF)
        old = state.members.get(member.id)
        with transaction(self._session.opened.conn):
            disabled = self._staff_repo().set_active(member.id, False)
            key = old.public_key if old is not None else None
            roles.issue(self._session, state, signer, disabled, key)
            self._session.audit("staff_disabled", subject_id=member.id)
        # Removing the slot stops future log-ins; a re-key shuts the member out of old copies.
        self._session.desk.keystore.remove_staff(self._session.opened.key, member.id)
        self._session.forget(_CACHE)
        self._session.publish(Changes(staff=True))

    def change_role(self, name: str, role: Role) -> StaffMember:
        """Give a member another role, by a signed grant. A new coordinator gets a signing key
        sealed to her slot (she finds it at her next log-in); a former one's key is no longer
        named by her grant."""
        self._session.require(Action.MANAGE_STAFF)
        member = self._member(name)
        if not member.active:
            raise DeskError("auth.staff_disabled")
        state, signer = roles.signer(self._session, Action.MANAGE_STAFF)
        changed = dataclasses.replace(member, role=role)
        private, public = new_signing_key() if role is Role.COORDINATOR else (None, None)
        root = self._session.desk.keystore.root_key()
        if private is not None and root is not None:
            self._session.desk.keystore.install_signing_keys(
                self._session.opened.key, root_key=root, keys={member.id: private}
            )
        with transaction(self._session.opened.conn):
            self._staff_repo().update(changed)  # refuses to lose the last coordinator
            roles.issue(self._session, state, signer, changed, public)
            self._session.audit(
                "staff_role_changed", subject_id=member.id, details={"role": role.value}
            )
        self._session.forget(_CACHE)
        self._session.publish(Changes(staff=True))
        return changed

    def reset_password(self, name: str, new_password: str) -> None:
        self._session.require(Action.MANAGE_STAFF)
        member = self._member(name)
        if not member.active:
            raise DeskError("auth.staff_disabled")
        check_password(new_password, name=member.name)
        state, signer = roles.signer(self._session, Action.MANAGE_STAFF)
        # A coordinator's signing key was sealed to her old slot: she gets a new one, and a
        # new grant that names it (her earlier grants stay valid).
        signed = state.members.get(member.id)
        coordinator = signed is not None and signed.active and signed.role == Role.COORDINATOR
        private, public = new_signing_key() if coordinator else (None, None)
        if member.id == self._session.staff.id and self._session.signing_key is not None:
            private = self._session.signing_key
            public = signed.public_key if signed is not None else None
        self._session.desk.keystore.set_password(
            self._session.opened.key,
            staff_id=member.id,
            staff_name=member.name,
            password=new_password,
            signing_private=private,
        )
        with transaction(self._session.opened.conn):
            if coordinator and member.id != self._session.staff.id:
                roles.issue(self._session, state, signer, member, public)
            self._session.audit("password_reset", subject_id=member.id)

    def change_own_password(self, old: str, new: str) -> None:
        self._session.verify_password(old)
        check_password(new, name=self._session.staff.name)
        self._session.desk.keystore.set_password(
            self._session.opened.key,
            staff_id=self._session.staff.id,
            staff_name=self._session.staff.name,
            password=new,
            signing_private=self._session.signing_key,  # sealed anew to the new slot
        )
        self._session.audit("password_changed", subject_id=self._session.staff.id)
