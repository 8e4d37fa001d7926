"""Enrolment that can be retried, and revocation that can be undone (both backends)."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select
from starlette.testclient import TestClient

from entryhub_server import admin
from entryhub_server.bundles import import_bundle
from entryhub_server.context import ServerContext
from entryhub_server.db import tables as t
from entryhub_server.enrol import enrol
from entryhub_server.errors import ServerError, UsageError
from entryhub_wire import wire
from entryhub_wire.enrol_proof import sign_request
from tests.server.helpers import Desk, FakeClock, make_world


def signed(desk: Desk, code: str) -> wire.EnrolRequest:
    return sign_request(desk.enrol_request(code), desk.signing)


def refusal(ctx: ServerContext, request: wire.EnrolRequest) -> tuple[int, str]:
    with pytest.raises(ServerError) as caught:
        enrol(ctx, request, client="192.0.2.1")
    return caught.value.status, caught.value.code


def failures(ctx: ServerContext) -> int:
    with ctx.engine.begin() as conn:
        return len(conn.execute(select(t.enrol_attempt.c.id)).all())


def test_the_same_code_again_gets_the_same_answer(ctx: ServerContext, client: TestClient) -> None:
    """The answer was lost after the server applied it: the retry gets the same token."""
    make_world(ctx)
    code = admin.enrolment_code(ctx, hub="Umeå").code
    desk = Desk()
    first = enrol(ctx, signed(desk, code), client="192.0.2.1")
    again = enrol(ctx, signed(desk, code.lower()), client="192.0.2.1")
    assert again.device_token == first.device_token
    assert (again.hub_id, again.network_id) == (first.hub_id, first.network_id)
    desk.take(again)
    desk.push_ok(client, [desk.new_person()])  # the token works
    # and once it has been used the desk has its answer: no third one
    assert refusal(ctx, signed(desk, code)) == (409, wire.ERR_DEVICE_EXISTS)


def test_the_token_is_not_stored(ctx: ServerContext) -> None:
    make_world(ctx)
    code = admin.enrolment_code(ctx, hub="Umeå").code
    token = enrol(ctx, signed(Desk(), code), client="192.0.2.1").device_token
    with ctx.engine.connect() as conn:
        dump = " ".join(
            str(tuple(row))
            for table in ("enrolment_code", "device")
            for row in conn.exec_driver_sql(f"SELECT * FROM {table}")
        )
    assert token not in dump and code.replace("-", "") not in dump


def test_an_answer_again_needs_the_device_key(ctx: ServerContext) -> None:
    """Whoever overheard the code, the device id and the public keys gains nothing."""
    make_world(ctx)
    code = admin.enrolment_code(ctx, hub="Umeå").code
    desk = Desk()
    enrol(ctx, signed(desk, code), client="192.0.2.1")
    attacker = Desk(device_id=desk.device_id, exchange=desk.exchange)
    forged = sign_request(desk.enrol_request(code), attacker.signing)  # desk's public keys
    assert refusal(ctx, forged) == (403, wire.ERR_BAD_CODE)
    assert refusal(ctx, desk.enrol_request(code)) == (403, wire.ERR_BAD_CODE)  # no proof
    # its own key, but other keys than the server registered
    assert refusal(ctx, signed(attacker, code)) == (403, wire.ERR_BAD_CODE)
    assert failures(ctx) == 3  # each counts against the address


def test_an_answer_again_only_within_the_window(ctx: ServerContext, clock: FakeClock) -> None:
    make_world(ctx)
    code = admin.enrolment_code(ctx, hub="Umeå").code
    desk = Desk()
    enrol(ctx, signed(desk, code), client="192.0.2.1")
    clock.advance(ctx.settings.enrol_replay_window + 1)
    assert refusal(ctx, signed(desk, code)) == (403, wire.ERR_BAD_CODE)
    # a new code still helps a device that never used its token
    fresh = enrol(ctx, signed(desk, admin.enrolment_code(ctx, hub="Umeå").code), client="x")
    assert fresh.hub_name == "Umeå"


def test_a_new_code_for_a_device_that_never_used_its_token(
    ctx: ServerContext, client: TestClient
) -> None:
    make_world(ctx)
    desk = Desk()
    first = enrol(ctx, signed(desk, admin.enrolment_code(ctx, hub="Umeå").code), client="x")
    # another hub's code does not move it
    other = admin.enrolment_code(ctx, hub="Luleå").code
    assert refusal(ctx, signed(desk, other)) == (409, wire.ERR_DEVICE_EXISTS)
    second = enrol(ctx, signed(desk, admin.enrolment_code(ctx, hub="Umeå").code), client="x")
    assert second.device_token != first.device_token
    desk.take(first)
    assert desk.push(client, [desk.new_person()]).status_code == 401  # replaced
    desk.take(second)
    desk.push_ok(client, [desk.new_person()])
    # a device in use is enrolled: a new code is refused as before
    code = admin.enrolment_code(ctx, hub="Umeå").code
    assert refusal(ctx, signed(desk, code)) == (409, wire.ERR_DEVICE_EXISTS)
    # the Luleå code was not spent by the refusals
    assert enrol(ctx, signed(Desk(), other), client="x").hub_name == "Luleå"


def test_a_revoked_device_is_readmitted_with_its_history(
    ctx: ServerContext, client: TestClient
) -> None:
    make_world(ctx)
    desk = Desk()
    desk.take(enrol(ctx, signed(desk, admin.enrolment_code(ctx, hub="Umeå").code), client="x"))
    desk.push_ok(client, [desk.new_person()])
    admin.revoke(ctx, desk.device_id)
    waiting = [desk.new_person(), desk.new_person()]
    refused = desk.push(client, waiting)
    assert refused.status_code == 401 and refused.json()["code"] == wire.ERR_REVOKED
    # an ordinary code does not undo a revocation
    hub_code = admin.enrolment_code(ctx, hub="Umeå").code
    assert refusal(ctx, signed(desk, hub_code)) == (409, wire.ERR_DEVICE_EXISTS)
    issued = admin.readmit(ctx, desk.device_id)
    assert issued.hub_name == "Umeå"
    # only this device, with its key, can use it
    assert refusal(ctx, signed(Desk(), issued.code)) == (403, wire.ERR_BAD_CODE)
    assert refusal(ctx, desk.enrol_request(issued.code)) == (403, wire.ERR_BAD_CODE)
    answer = enrol(ctx, signed(desk, issued.code), client="x")
    desk.take(answer)
    assert answer.hub_name == "Umeå"
    assert desk.push_ok(client, waiting).acknowledged == {1: 3}  # its numbering goes on
    with ctx.engine.begin() as conn:
        row = conn.execute(select(t.device).where(t.device.c.id == desk.device_id)).one()
    assert row.revoked_at is None
    assert bytes(row.coordinator_root) == desk.enrol_request("x").coordinator_root
    # the lost answer of a re-admission is answered again too, and the code is spent
    desk2 = Desk()
    desk2.take(enrol(ctx, signed(desk2, hub_code), client="x"))
    desk2.push_ok(client, [desk2.new_person()])
    admin.revoke(ctx, desk2.device_id)
    again = admin.readmit(ctx, desk2.device_id).code
    token = enrol(ctx, signed(desk2, again), client="x").device_token
    assert enrol(ctx, signed(desk2, again), client="x").device_token == token


def test_readmission_keeps_the_registered_coordinator_root(ctx: ServerContext) -> None:
    make_world(ctx)
    desk = Desk()
    enrol(ctx, signed(desk, admin.enrolment_code(ctx, hub="Umeå").code), client="x")
    registered = desk.enrol_request("x").coordinator_root
    admin.revoke(ctx, desk.device_id)
    desk.coordinator = Ed25519PrivateKey.generate().private_bytes_raw()
    desk.__post_init__()  # a different root in the request
    enrol(ctx, signed(desk, admin.readmit(ctx, desk.device_id).code), client="x")
    with ctx.engine.begin() as conn:
        root = conn.execute(
            select(t.device.c.coordinator_root).where(t.device.c.id == desk.device_id)
        ).scalar_one()
    assert bytes(root) == registered


def test_readmit_names_an_existing_device(ctx: ServerContext) -> None:
    make_world(ctx)
    with pytest.raises(UsageError):
        admin.readmit(ctx, "01900000-0000-7000-8000-000000000000")


def test_a_revoked_device_bundle_is_taken_once_it_is_readmitted(
    ctx: ServerContext, client: TestClient
) -> None:
    """What a revoked desk exported waits, sealed to the server, until a coordinator re-admits
    the desk (or decides never to: the changes are refused, never silently lost)."""
    from entryhub_wire import bundle_crypto as bc

    make_world(ctx)
    desk = Desk()
    desk.take(enrol(ctx, signed(desk, admin.enrolment_code(ctx, hub="Umeå").code), client="x"))
    desk.push_ok(client, [desk.new_person()])
    admin.revoke(ctx, desk.device_id)
    person = desk.new_person()
    header = bc.BundleHeader(
        kind="desk",
        bundle_id="01900000-0000-7000-8000-0000000000b1",
        network_id=desk.network_id,
        device_id=desk.device_id,
        recipient=desk.server_exchange,
        ranges=((1, 2, 2),),
        cursor_from=0,
        created_at="2026-01-01T00:00:00Z",
    )
    payload = {
        "pushes": [wire.PushRequest(changes=(person,), audit_head=None).to_json()],
        "pull": wire.PullRequest(cursor=0, limit=wire.MAX_PULL_LIMIT).to_json(),
    }
    data = bc.seal_bundle(header, payload, signing_key=desk.signing)
    with pytest.raises(ServerError) as caught:
        import_bundle(ctx, data)
    assert caught.value.code == wire.ERR_REVOKED
    enrol(ctx, signed(desk, admin.readmit(ctx, desk.device_id).code), client="x")
    assert import_bundle(ctx, data).acknowledged == {1: 2}
