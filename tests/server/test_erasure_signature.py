"""The server erases a person only on a valid coordinator signature of the desk's chain.

The chain's root is the key the desk registered at enrolment; the erasure carries the desk's
grants and the signature of an active coordinator of that chain (both backends).
"""

from __future__ import annotations

from typing import Any

from starlette.testclient import TestClient

from entryhub_server import admin
from entryhub_server.context import ServerContext
from entryhub_server.enrol import enrol
from entryhub_wire import grants as g
from entryhub_wire import wire
from tests.server.helpers import Desk, device_of, enrolled, make_world

NAME = "Zainab Qwertyuiopson"


def _person_on_server(ctx: ServerContext, client: TestClient, desk: Desk) -> str:
    person = desk.new_person(NAME)
    desk.push_ok(client, [person])
    return person.entity_id


def _erase(desk: Desk, client: TestClient, person_id: str, auth: Any) -> list[str]:
    """Push an erasure carrying ``auth`` (None: no signature field); the rejection reasons."""
    values: dict[str, Any] = {"deleted": True}
    values["erasure_auth"] = auth
    change = desk.change("person", person_id, person_id, **values)
    return [r.reason for r in desk.push_ok(client, [change]).rejected]


def _still_there(ctx: ServerContext, client: TestClient) -> bool:
    """Does a new desk of the hub still receive the person?"""
    events, _ = enrolled(ctx, "Umeå").pull_all(client)
    return any(isinstance(e, wire.PulledChange) and NAME in str(e.to_json()) for e in events)


def _grant(
    issuer_key: bytes, desk: Desk, *, staff_id: str, role: str, active: bool, key: bytes | None
) -> g.Grant:
    state = g.verify_chain(desk.grants, g.signing_public_of(desk.coordinator))
    issuer = next(
        s for s, gr in state.members.items() if gr.public_key == g.signing_public_of(issuer_key)
    )
    grant = g.sign_grant(
        issuer_key,
        g.Grant(
            seq=state.next_seq,
            staff_id=staff_id,
            name=f"member {state.next_seq}",
            role=role,
            active=active,
            issued_at="2026-12-01T00:00:00.000000Z",
            issuer=issuer,
            public_key=key,
            previous=state.head,
        ),
    )
    desk.grants.append(grant)
    return grant


def test_an_unsigned_erasure_is_refused_and_a_signed_one_erases(
    ctx: ServerContext, client: TestClient
) -> None:
    make_world(ctx)
    desk = enrolled(ctx, "Umeå")
    assert device_of(ctx, desk).coordinator_root == g.signing_public_of(desk.coordinator)
    person_id = _person_on_server(ctx, client, desk)
    assert _erase(desk, client, person_id, None) == [wire.REJECT_ERASURE_UNVERIFIED]
    garbage = {"signer": "x", "signature": "AAAA", "grants": []}
    assert _erase(desk, client, person_id, garbage) == [wire.REJECT_ERASURE_UNVERIFIED]
    assert _still_there(ctx, client)
    assert _erase(desk, client, person_id, desk.erasure_auth(person_id)) == []
    assert not _still_there(ctx, client)


def test_an_erasure_signed_outside_the_chain_is_refused(
    ctx: ServerContext, client: TestClient
) -> None:
    make_world(ctx)
    desk = enrolled(ctx, "Umeå")
    person_id = _person_on_server(ctx, client, desk)
    # a receptionist's own key, with a grant she signed herself claiming to be a coordinator
    own_private, own_public = g.new_signing_key()
    rita = "01a24d75-03a0-7fc0-bd12-00b50937453b"
    state = g.verify_chain(desk.grants, g.signing_public_of(desk.coordinator))
    forged = g.sign_grant(
        own_private,
        g.Grant(
            seq=state.next_seq,
            staff_id=rita,
            name="Rita",
            role="coordinator",
            active=True,
            issued_at="2026-12-01T00:00:00.000000Z",
            issuer=desk.coordinator_id,
            public_key=own_public,
            previous=state.head,
        ),
    )
    desk.grants.append(forged)
    auth = desk.erasure_auth(person_id, key=own_private, signer=rita)
    assert _erase(desk, client, person_id, auth) == [wire.REJECT_ERASURE_UNVERIFIED]
    # the right grants, but signed by someone who is not in them
    desk.grants.pop()
    auth = desk.erasure_auth(person_id, key=own_private)
    assert _erase(desk, client, person_id, auth) == [wire.REJECT_ERASURE_UNVERIFIED]
    # a valid signature for another person does not erase this one
    other = desk.erasure_auth("01a24d75-03a0-7fc0-bd12-00b50937453c")
    assert _erase(desk, client, person_id, other) == [wire.REJECT_ERASURE_UNVERIFIED]
    assert _still_there(ctx, client)


def test_a_second_coordinator_may_erase_until_she_is_disabled(
    ctx: ServerContext, client: TestClient
) -> None:
    make_world(ctx)
    desk = enrolled(ctx, "Umeå")
    first, second = (_person_on_server(ctx, client, desk) for _ in range(2))
    bo_private, bo_public = g.new_signing_key()
    bo = "01a24d75-03a0-7fc0-bd12-00b50937453d"
    _grant(desk.coordinator, desk, staff_id=bo, role="coordinator", active=True, key=bo_public)
    assert _erase(desk, client, first, desk.erasure_auth(first, key=bo_private, signer=bo)) == []
    _grant(desk.coordinator, desk, staff_id=bo, role="coordinator", active=False, key=bo_public)
    auth = desk.erasure_auth(second, key=bo_private, signer=bo)
    assert _erase(desk, client, second, auth) == [wire.REJECT_ERASURE_UNVERIFIED]


def test_a_device_enrolled_without_a_root_key_cannot_erase(
    ctx: ServerContext, client: TestClient
) -> None:
    make_world(ctx)
    desk = Desk()
    request = desk.enrol_request(admin.enrolment_code(ctx, hub="Umeå").code)
    request = wire.EnrolRequest(**{**request.__dict__, "coordinator_root": None})
    desk.take(enrol(ctx, wire.EnrolRequest.from_json(request.to_json()), client="127.0.0.1"))
    assert device_of(ctx, desk).coordinator_root is None
    person_id = _person_on_server(ctx, client, desk)
    auth = desk.erasure_auth(person_id)
    assert _erase(desk, client, person_id, auth) == [wire.REJECT_ERASURE_UNVERIFIED]


def test_the_admin_registers_the_key_of_a_desk_enrolled_before_desks_sent_it(
    ctx: ServerContext, client: TestClient
) -> None:
    import base64

    import pytest

    from entryhub_server.errors import UsageError

    make_world(ctx)
    desk = Desk()
    request = desk.enrol_request(admin.enrolment_code(ctx, hub="Umeå").code)
    old = {k: v for k, v in request.to_json().items() if k != "coordinator_root"}
    desk.take(enrol(ctx, wire.EnrolRequest.from_json(old), client="127.0.0.1"))
    person_id = _person_on_server(ctx, client, desk)
    root = base64.b64encode(g.signing_public_of(desk.coordinator)).decode()
    admin.register_coordinator_key(ctx, desk.device_id, root)
    with pytest.raises(UsageError):  # once registered, never replaced here
        admin.register_coordinator_key(ctx, desk.device_id, root)
    assert _erase(desk, client, person_id, desk.erasure_auth(person_id)) == []
