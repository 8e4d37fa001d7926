from __future__ import annotations

import threading

import pytest
from starlette.testclient import TestClient

from entryhub_server import admin
from entryhub_server.context import ServerContext
from entryhub_server.enrol import enrol
from entryhub_server.errors import ServerError
from entryhub_wire import wire
from tests.server.helpers import Desk, FakeClock, make_world


def _post_enrol(client: TestClient, request: wire.EnrolRequest) -> object:
    return client.post(
        wire.PATH_ENROL,
        content=wire.encode_body(request.to_json()),
        headers=wire.protocol_headers(),
    )


def test_enrol_gives_token_hub_and_server_keys(ctx: ServerContext, client: TestClient) -> None:
    world = make_world(ctx)
    issued = admin.enrolment_code(ctx, hub="Umeå")
    desk = Desk()
    response = _post_enrol(client, desk.enrol_request(issued.code.lower()))
    assert response.status_code == 200, response.text
    assert response.headers["content-encoding"] == "gzip"
    answer = wire.EnrolResponse.from_json(response.json())
    assert answer.hub_id == world.hubs["Umeå"] and answer.hub_name == "Umeå"
    assert answer.network_name == "North"
    assert answer.server_signing_public == ctx.keys.signing_public
    assert answer.server_exchange_public == ctx.keys.exchange_public
    assert answer.device_token not in repr(answer)


def test_code_has_at_least_40_bits_and_the_server_keeps_only_hashes(ctx: ServerContext) -> None:
    make_world(ctx)
    code = admin.enrolment_code(ctx, hub="Umeå").code
    assert len(code.replace("-", "")) * 5 >= 40
    desk = Desk()
    token = enrol(ctx, desk.enrol_request(code), client="x").device_token
    with ctx.engine.connect() as conn:
        dump = " ".join(
            str(tuple(row))
            for table in ("enrolment_code", "device")
            for row in conn.exec_driver_sql(f"SELECT * FROM {table}")
        )
    assert code.replace("-", "") not in dump and token not in dump


def test_code_is_single_use(ctx: ServerContext) -> None:
    make_world(ctx)
    code = admin.enrolment_code(ctx, hub="Umeå").code
    enrol(ctx, Desk().enrol_request(code), client="a")
    with pytest.raises(ServerError) as caught:
        enrol(ctx, Desk().enrol_request(code), client="a")
    assert caught.value.status == 403 and caught.value.code == "bad_code"


def test_code_is_single_use_under_concurrent_requests(ctx: ServerContext) -> None:
    make_world(ctx)
    code = admin.enrolment_code(ctx, hub="Umeå").code
    results: list[str] = []
    barrier = threading.Barrier(8)

    def attempt() -> None:
        barrier.wait()
        try:
            enrol(ctx, Desk().enrol_request(code), client="a")
            results.append("ok")
        except ServerError as error:
            results.append(error.code)

    threads = [threading.Thread(target=attempt) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results.count("ok") == 1 and results.count("bad_code") == 7


def test_code_expires_after_24_hours(ctx: ServerContext, clock: FakeClock) -> None:
    make_world(ctx)
    code = admin.enrolment_code(ctx, hub="Umeå").code
    clock.advance(24 * 3600 + 1)
    with pytest.raises(ServerError, match="bad_code"):
        enrol(ctx, Desk().enrol_request(code), client="a")


def test_bad_codes_are_rate_limited(ctx: ServerContext, client: TestClient) -> None:
    make_world(ctx)
    for _ in range(ctx.settings.enrol_failures_per_client):
        assert _post_enrol(client, Desk().enrol_request("AAAAA-AAAAA")).status_code == 403
    good = admin.enrolment_code(ctx, hub="Umeå").code
    response = _post_enrol(client, Desk().enrol_request(good))
    assert response.status_code == 429
    assert response.json()["code"] == "rate_limited" and "retry-after" in response.headers


def test_malformed_code_is_a_bad_code(ctx: ServerContext) -> None:
    make_world(ctx)
    with pytest.raises(ServerError, match="bad_code"):
        enrol(ctx, Desk().enrol_request("not a code!"), client="a")


def test_same_device_cannot_enrol_twice(ctx: ServerContext) -> None:
    make_world(ctx)
    desk = Desk()
    enrol(ctx, desk.enrol_request(admin.enrolment_code(ctx, hub="Umeå").code), client="a")
    with pytest.raises(ServerError) as caught:
        enrol(ctx, desk.enrol_request(admin.enrolment_code(ctx, hub="Umeå").code), client="a")
    assert caught.value.status == 409
