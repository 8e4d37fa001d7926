"""The signed-grant checks that need no session: the verified chain of a store, whether a
member's grant allows an action, whether a member is a signed coordinator.

:class:`~entryhub_desk.services.session.Session` uses these for ``require`` (so the session
imports no service module); :mod:`.roles` builds on them for signing and issuing grants.
"""

from __future__ import annotations

import logging

from entryhub_desk.domain.staff import DESK_WORK, Action, Role
from entryhub_desk.errors import DeskError
from entryhub_desk.security.sealing import same_bytes
from entryhub_desk.store.repositories.staff import StaffRepository
from entryhub_wire.grants import COORDINATOR, ChainState, Grant, verify_chain

log = logging.getLogger(__name__)

# What every member at the desk does: her slot opens the whole database anyway, so a signature
# adds nothing here. Everything else needs a valid grant.
UNSIGNED_ACTIONS = DESK_WORK


def chain_of(repo: StaffRepository, header: bytes | None) -> tuple[ChainState, list[str]]:
    """The chain of the store ``repo`` writes to, with the slot file's root key ``header``."""
    root = repo.coordinator_root()
    problems: list[str] = []
    if root is not None and (header is None or not same_bytes(root, header)):
        problems.append("the coordinator root key differs between the database and key slots")
        root = None
    state = verify_chain(repo.grants(), root)
    if state.problem is not None:
        problems.append(state.problem)
    return state, problems


def is_legacy_store(repo: StaffRepository, header: bytes | None) -> bool:
    """A store from before signed roles that no coordinator has upgraded yet."""
    return repo.coordinator_root() is None and header is None and not repo.grants()


def verified_grant(
    repo: StaffRepository, header: bytes | None, staff_id: str, action: Action
) -> tuple[ChainState, Grant]:
    """The verified chain and ``staff_id``'s grant in it, if that grant allows ``action``
    (``auth.role_unverified``)."""
    state, _ = chain_of(repo, header)
    grant = state.members.get(staff_id)
    if grant is None or not grant.active or not Role(grant.role).may(action):
        log.warning("a role without a valid signature was refused")
        raise DeskError("auth.role_unverified", action=action.value)
    return state, grant


def signed_coordinator(repo: StaffRepository, header: bytes | None, staff_id: str) -> bool:
    """Is ``staff_id`` an active coordinator by her signed grant? (A store from before signed
    roles: by the staff table, as before.)"""
    if is_legacy_store(repo, header):
        return True
    state, _ = chain_of(repo, header)
    grant = state.members.get(staff_id)
    return grant is not None and grant.active and grant.role == COORDINATOR
