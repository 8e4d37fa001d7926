"""Enrolling the desk with the network's server (one-time code from the server's admin).

The desk sends its device id and public keys and receives a device token, its hub's id and name
and the server's public keys. All of it is stored in the encrypted store in one transaction:
from then on the desk belongs to that hub (records registered before enrolment carry a
provisional hub id; they and their waiting outbox entries are moved to the real one). The
server's keys are pinned: a later enrolment that names other keys is refused.

Enrolling again is safe: if the answer was lost after the server applied it, the same code
(or a new one) gets this desk its token; a revoked desk enrols again with a re-admission code
(``entryhub-server readmit``) and keeps its cursor and its waiting changes, which the next
round pushes.
"""

from __future__ import annotations

from entryhub_desk import __version__
from entryhub_desk.config import Clock
from entryhub_desk.errors import DeskError
from entryhub_desk.store.connection import DeskConnection, transaction
from entryhub_desk.store.desk_moves import move_to_hub
from entryhub_desk.store.identity import iso_utc, load_identity, set_hub
from entryhub_desk.store.repositories.base import StoreContext
from entryhub_desk.store.repositories.staff import StaffRepository
from entryhub_desk.store.sync_state import load_sync_state, update_sync_state
from entryhub_desk.sync.client import check_server_url
from entryhub_desk.sync.engine import ClientFactory, default_client
from entryhub_wire import wire
from entryhub_wire.enrol_proof import sign_request


def enrol(
    conn: DeskConnection,
    clock: Clock,
    *,
    server_url: str,
    code: str,
    client_factory: ClientFactory = default_client,
) -> wire.EnrolResponse:
    url = check_server_url(server_url)
    state = load_sync_state(conn)
    if state.enrolled and not state.revoked:
        raise DeskError("sync.already_enrolled", url=state.server_url or "")
    identity = load_identity(conn)
    # the coordinator root: the server checks every erasure of this desk against it
    root = StaffRepository(StoreContext(conn, identity, clock)).coordinator_root()
    # signed with the device key: the server answers a retry (the answer was lost), a new
    # code or a re-admission only to the holder of the key it registered
    request = sign_request(
        wire.EnrolRequest(
            code=code.strip(),
            device_id=identity.device_id,
            signing_public=identity.signing_public,
            exchange_public=identity.exchange_public,
            desk_version=__version__,
            coordinator_root=root,
        ),
        identity.signing_key(),
    )
    client = client_factory(url, None)
    try:
        answer = client.enrol(request)
    except DeskError as error:
        if error.code == "sync.device_exists" and state.revoked:
            raise DeskError("sync.revoked") from None  # only a re-admission code helps
        raise
    finally:
        client.close()
    pinned = (state.server_signing_public, state.server_exchange_public)
    if pinned[0] is not None and pinned != (
        answer.server_signing_public,
        answer.server_exchange_public,
    ):
        raise DeskError("sync.server_key_changed")
    with transaction(conn):
        move_to_hub(conn, identity.hub_id, answer.hub_id)
        set_hub(conn, hub_id=answer.hub_id, hub_name=answer.hub_name)
        update_sync_state(
            conn,
            server_url=url,
            device_token=answer.device_token,
            network_id=answer.network_id,
            server_signing_public=answer.server_signing_public,
            server_exchange_public=answer.server_exchange_public,
            enrolled_at=iso_utc(clock()),
            revoked=False,
            last_error=None,
        )
    return answer
