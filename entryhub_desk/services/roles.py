"""Signed roles on the desk: the grant chain, who may sign, the upgrade of older stores.

The role column of ``staff`` is what the screens show; what a member may do beyond desk work is
what her latest *valid* grant says (``entryhub_wire.grants``), checked against the root
key, which must be the same in the identity table and in the key-slot file header. See
docs/internals.md ("Roles") for what a database-key holder can and cannot forge.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from entryhub_desk.domain.staff import Action, Role, StaffMember
from entryhub_desk.errors import DeskError
from entryhub_desk.security.sealing import same_bytes
from entryhub_desk.services.grant_check import (
    chain_of,
    is_legacy_store,
    signed_coordinator,
    verified_grant,
)
from entryhub_desk.store.connection import transaction
from entryhub_desk.store.erasure_signing import sign_erasure_markers
from entryhub_desk.store.identity import iso_utc
from entryhub_desk.store.repositories.staff import StaffRepository
from entryhub_wire.grants import (
    COORDINATOR,
    GENESIS,
    RECOVERY_STAFF_ID,
    ChainState,
    Grant,
    new_signing_key,
    sign_erasure,
    sign_export,
    sign_grant,
    signing_public_of,
    verify_chain,
)

if TYPE_CHECKING:
    from entryhub_desk.services.session import Session

log = logging.getLogger(__name__)


def _repo(session: Session) -> StaffRepository:
    return StaffRepository(session.opened.context)


def chain(session: Session) -> tuple[ChainState, list[str]]:
    """The verified chain and the problems found (in English, for ``check``)."""
    return chain_of(_repo(session), session.desk.keystore.root_key())


def is_legacy(session: Session) -> bool:
    """A store from before signed roles that no coordinator has upgraded yet."""
    return is_legacy_store(_repo(session), session.desk.keystore.root_key())


def is_signed_coordinator(session: Session, staff_id: str) -> bool:
    """Is ``staff_id`` an active coordinator by her signed grant? (A store from before signed
    roles: by the staff table, as before.)"""
    return signed_coordinator(_repo(session), session.desk.keystore.root_key(), staff_id)


def require_verified(session: Session, action: Action) -> Grant:
    """The acting member's valid grant, if it allows ``action``; ``auth.role_unverified``."""
    return _verified(session, action)[1]


def _verified(session: Session, action: Action) -> tuple[ChainState, Grant]:
    """The verified chain and the acting member's grant in it (see :func:`require_verified`)."""
    return verified_grant(
        _repo(session), session.desk.keystore.root_key(), session.staff.id, action
    )


def require_signed_member(
    repo: StaffRepository, header: bytes | None, member: StaffMember, action: Action
) -> None:
    """For work done outside a session (restore): ``member``'s signed grant must allow
    ``action``. A store from before signed roles keeps the staff table's word (as before)."""
    if repo.coordinator_root() is None and header is None and not repo.grants():
        return
    state, _ = chain_of(repo, header)
    grant = state.members.get(member.id)
    if grant is None or not grant.active or not Role(grant.role).may(action):
        log.warning("a role without a valid signature was refused")
        raise DeskError("auth.role_unverified", action=action.value)


def sign_restored_erasures(
    repo: StaffRepository,
    header: bytes | None,
    member: StaffMember,
    signing_key: bytes | None,
    person_ids: list[str],
) -> int:
    """Sign the erasure changes a restore put in the outbox (persons erased after the backup
    was made) with the restoring coordinator's key, so that the server accepts them; returns
    how many persons' erasures were signed (0 when she has no valid key in the copy)."""
    state, _ = chain_of(repo, header)
    key = state.coordinator_key(member.id)
    if signing_key is None or key is None or not same_bytes(signing_public_of(signing_key), key):
        return 0
    grants = repo.grants()[: state.next_seq - 1]
    device_id = repo.ctx.identity.device_id
    with transaction(repo.ctx.conn):
        for person_id in person_ids:
            auth = sign_erasure(
                signing_key,
                signer=member.id,
                device_id=device_id,
                person_id=person_id,
                grants=grants,
            )
            sign_erasure_markers(repo.ctx.conn, person_id, auth)
    return len(person_ids)


def signer(session: Session, action: Action) -> tuple[ChainState, bytes]:
    """The chain and the acting coordinator's signing key (her grant must name it)."""
    state, grant = _verified(session, action)
    key = session.signing_key
    if (
        key is None
        or grant.public_key is None
        or not same_bytes(signing_public_of(key), grant.public_key)
    ):
        raise DeskError("auth.role_unverified", action=action.value)
    return state, key


def issue(
    session: Session,
    state: ChainState,
    private: bytes,
    member: StaffMember,
    public_key: bytes | None,
) -> Grant:
    """Sign and store a grant for ``member`` as she now is (inside the caller's transaction)."""
    if state.problem is not None and state.next_seq <= len(_repo(session).grants()):
        raise DeskError("roles.chain_broken")
    grant = sign_grant(
        private,
        Grant(
            seq=state.next_seq,
            staff_id=member.id,
            name=member.name,
            role=member.role.value,
            active=member.active,
            issued_at=iso_utc(session.desk.config.clock()),
            issuer=session.staff.id,
            public_key=public_key,
            previous=state.head,
        ),
    )
    _repo(session).append_grant(grant)
    return grant


def erasure_auth(session: Session, person_id: str) -> dict[str, Any]:
    """The signature an erasure carries to the server."""
    state, key = signer(session, Action.ERASE_PERSON)
    grants = _repo(session).grants()[: state.next_seq - 1]
    return sign_erasure(
        key,
        signer=session.staff.id,
        device_id=session.identity.device_id,
        person_id=person_id,
        grants=grants,
    )


def recovery_grant(
    repo: StaffRepository,
    header_root: bytes | None,
    recovery_private: bytes,
    member: StaffMember,
    issued_at: str,
) -> tuple[bytes, Grant] | None:
    """For ``Desk.recover``: a new signing key for ``member`` and her grant (active
    coordinator) signed by the recovery key's grant; None when the chain has no valid one."""
    root = repo.coordinator_root()
    if root is None or header_root is None or not same_bytes(root, header_root):
        return None
    state = verify_chain(repo.grants(), root)
    key = state.coordinator_key(RECOVERY_STAFF_ID)
    if state.problem is not None or key is None:
        return None
    if not same_bytes(signing_public_of(recovery_private), key):
        return None
    private, public = new_signing_key()
    grant = sign_grant(
        recovery_private,
        Grant(
            seq=state.next_seq,
            staff_id=member.id,
            name=member.name,
            role=COORDINATOR,
            active=True,
            issued_at=issued_at,
            issuer=RECOVERY_STAFF_ID,
            public_key=public,
            previous=state.head,
        ),
    )
    return private, grant


def export_signature(session: Session, document: Mapping[str, Any]) -> dict[str, Any]:
    """The signature a person export carries (see ``grants.sign_export``)."""
    _, key = signer(session, Action.EXPORT)
    return sign_export(
        key,
        signer=session.staff.id,
        root_key=_repo(session).coordinator_root(),
        document=document,
    )


# --- the upgrade of a store from before signed roles ---------------------------------------


def settle_at_login(
    session: Session, signing_key: bytes | None, header: bytes | None
) -> bytes | None:
    """At log-in: the first coordinator to log in to a store from before signed roles makes
    the root key and signs every member's grant as the staff table then says; returns the
    member's signing key. ``header``: the slot file's root key as the log-in read it."""
    if session.staff.role is not Role.COORDINATOR:
        return signing_key
    keystore = session.desk.keystore
    repo = _repo(session)
    if header is None and is_legacy(session):
        signing_key = _upgrade_slots(session)
        header = keystore.root_key()
    if (
        header is not None
        and signing_key is not None
        and same_bytes(signing_public_of(signing_key), header)
        and repo.coordinator_root() is None
        and not repo.grants()
    ):
        _upgrade_grants(session, signing_key, header)
    return signing_key


def _upgrade_slots(session: Session) -> bytes:
    """Step 1 (the slot file): root key in the header, signing keys sealed to the slots of
    this coordinator (the root), every other active coordinator and the recovery slot."""
    members = _repo(session).list()
    keys: dict[str | None, bytes] = {}
    root_private, root_public = new_signing_key()
    keys[session.staff.id] = root_private
    keys[None] = new_signing_key()[0]
    for member in members:
        if member.id != session.staff.id and member.active and member.role is Role.COORDINATOR:
            keys[member.id] = new_signing_key()[0]
    session.desk.keystore.install_signing_keys(session.opened.key, root_key=root_public, keys=keys)
    log.warning("signed roles: this store's coordinator root key was made")
    return root_private


def _upgrade_grants(session: Session, root_private: bytes, root_public: bytes) -> None:
    """Step 2 (the database): the root, then a grant per member, in one transaction. A crash
    between the steps is finished at this coordinator's next log-in (step 1 is kept)."""
    repo = _repo(session)
    public_keys = session.desk.keystore.signing_keys()
    me = session.staff
    grants = first_grants(
        coordinator=me,
        root_private=root_private,
        recovery_public=public_keys.get(None),
        issued_at=iso_utc(session.desk.config.clock()),
    )
    with transaction(session.opened.conn):
        repo.set_coordinator_root(root_public)
        for grant in grants:
            repo.append_grant(grant)
        state = verify_chain(grants, root_public)
        for member in repo.list():
            if member.id == me.id:
                continue
            key = public_keys.get(member.id) if member.role is Role.COORDINATOR else None
            state = _append(session, state, root_private, member, key)
        session.audit("roles_signed", details={"grants": state.next_seq - 1})


def _append(
    session: Session, state: ChainState, private: bytes, member: StaffMember, key: bytes | None
) -> ChainState:
    grant = issue(session, state, private, member, key)
    members = {**state.members, member.id: grant}
    return ChainState(members, None, grant.digest(), state.next_seq + 1)


def first_grants(
    *,
    coordinator: StaffMember,
    root_private: bytes,
    recovery_public: bytes | None,
    issued_at: str,
) -> list[Grant]:
    """The chain a store starts with: the first coordinator's root grant and (when the
    recovery slot holds a signing key) the recovery key's coordinator grant."""
    root_public = signing_public_of(root_private)
    first = sign_grant(
        root_private,
        Grant(
            seq=1,
            staff_id=coordinator.id,
            name=coordinator.name,
            role=COORDINATOR,
            active=True,
            issued_at=issued_at,
            issuer=coordinator.id,
            public_key=root_public,
            previous=GENESIS,
        ),
    )
    if recovery_public is None:
        return [first]
    second = sign_grant(
        root_private,
        Grant(
            seq=2,
            staff_id=RECOVERY_STAFF_ID,
            name="recovery key",
            role=COORDINATOR,
            active=True,
            issued_at=issued_at,
            issuer=coordinator.id,
            public_key=recovery_public,
            previous=first.digest(),
        ),
    )
    return [first, second]
