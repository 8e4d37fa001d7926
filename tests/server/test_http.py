from __future__ import annotations

import gzip

import pytest
from starlette.testclient import TestClient

from entryhub_server import admin
from entryhub_server.context import ServerContext
from entryhub_wire import wire
from tests.server.helpers import Desk, enrolled, make_world


@pytest.fixture
def headers(ctx: ServerContext) -> dict[str, str]:
    make_world(ctx)
    return enrolled(ctx, "Umeå").headers()


def _post(client: TestClient, body: bytes, headers: dict[str, str]) -> tuple[int, str]:
    response = client.post(wire.PATH_PUSH, content=body, headers=headers)
    return response.status_code, response.json()["code"]


def test_health_and_openapi(client: TestClient) -> None:
    assert client.get(wire.PATH_HEALTH).json() == {"status": "ok", "protocols": [1]}
    paths = client.get("/openapi.json").json()["paths"]
    assert {wire.PATH_ENROL, wire.PATH_PUSH, wire.PATH_PULL, wire.PATH_BUNDLES} <= set(paths)


def test_protocol_version_is_required_and_checked(
    client: TestClient, headers: dict[str, str]
) -> None:
    body = wire.encode_body(wire.PushRequest((), None).to_json())
    assert _post(client, body, {**headers, wire.PROTOCOL_HEADER: "99"}) == (426, "update_needed")
    response = client.post(
        wire.PATH_PUSH, content=body, headers={**headers, wire.PROTOCOL_HEADER: "0"}
    )
    assert response.json()["supported"] == [1]
    without = {k: v for k, v in headers.items() if k != wire.PROTOCOL_HEADER}
    assert _post(client, body, without) == (400, "protocol_missing")


def test_push_without_a_bearer_token_is_401(client: TestClient, headers: dict[str, str]) -> None:
    body = wire.encode_body(wire.PushRequest((), None).to_json())
    without = {k: v for k, v in headers.items() if k != "Authorization"}
    assert _post(client, body, without) == (401, "unauthorized")
    token = headers["Authorization"].split()[1]
    assert _post(client, body, {**headers, "Authorization": f"Basic {token}"}) == (
        401,
        "unauthorized",
    )
    assert _post(client, body, {**headers, "Authorization": "Bearer wrong"}) == (
        401,
        "unauthorized",
    )
    assert client.post(wire.PATH_PUSH, content=body, headers=headers).status_code == 200


def test_push_documents_its_protocol_header_and_token(client: TestClient) -> None:
    """The push route reads its headers itself; its OpenAPI description still names them."""
    push = client.get("/openapi.json").json()["paths"][wire.PATH_PUSH]["post"]
    assert [p["name"] for p in push["parameters"]] == [wire.PROTOCOL_HEADER, "Content-Encoding"]
    assert push["security"] == [{"HTTPBearer": []}]


def test_openapi_states_that_json_bodies_are_gzip(client: TestClient) -> None:
    """Every JSON endpoint names the gzip body (a required Content-Encoding: gzip header, and
    the 415 otherwise) and the gzip answer; the bundle endpoint (binary) does not."""
    spec = client.get("/openapi.json").json()
    assert "gzip" in spec["info"]["description"]
    for path in (wire.PATH_ENROL, wire.PATH_PUSH, wire.PATH_PULL, wire.PATH_SNAPSHOT):
        operation = spec["paths"][path]["post"]
        header = {p["name"]: p for p in operation["parameters"]}["Content-Encoding"]
        assert header["in"] == "header" and header["required"] is True
        assert header["schema"]["enum"] == ["gzip"]
        answer = operation["responses"]["200"]
        assert answer["headers"]["Content-Encoding"]["schema"]["enum"] == ["gzip"]
        assert "gzip" in operation["responses"]["415"]["description"]
    bundles = spec["paths"][wire.PATH_BUNDLES]["post"]
    assert "Content-Encoding" not in {p["name"] for p in bundles.get("parameters", [])}


def test_malformed_payloads_are_400(client: TestClient, headers: dict[str, str]) -> None:
    for raw in (
        b"not json",
        b"[]",
        b'{"changes": [], "audit_head": null, "x": 1}',
        b'{"changes": [{}], "audit_head": null}',
    ):
        assert _post(client, gzip.compress(raw), headers) == (400, "bad_payload"), raw
    assert _post(client, b"\x1f\x8b broken", headers) == (400, "bad_payload")


def test_text_with_a_nul_character_is_400(
    ctx: ServerContext, client: TestClient, headers: dict[str, str]
) -> None:
    """PostgreSQL cannot hold a NUL in text: free-text request fields that reach a query
    (an enrolling desk's version, a snapshot's ``after``) were a 500 there, not 400."""
    code = admin.enrolment_code(ctx, hub="Umeå").code
    enrol = {**Desk().enrol_request(code).to_json(), "desk_version": "1.0\x00"}
    response = client.post(
        wire.PATH_ENROL, content=wire.encode_body(enrol), headers=wire.protocol_headers()
    )
    assert (response.status_code, response.json()["code"]) == (400, "bad_payload")
    snapshot = wire.encode_body({"after": "person:\x00", "limit": 5})
    response = client.post(wire.PATH_SNAPSHOT, content=snapshot, headers=headers)
    assert (response.status_code, response.json()["code"]) == (400, "bad_payload")
    # the code stays good for an enrolment without the NUL
    enrol["desk_version"] = "1.0"
    response = client.post(
        wire.PATH_ENROL, content=wire.encode_body(enrol), headers=wire.protocol_headers()
    )
    assert response.status_code == 200


def test_ungzipped_payload_is_415(client: TestClient, headers: dict[str, str]) -> None:
    plain = {k: v for k, v in headers.items() if k != "Content-Encoding"}
    assert _post(client, b'{"changes": [], "audit_head": null}', plain) == (415, "not_gzip")


def test_oversized_payloads_are_413(client: TestClient, headers: dict[str, str]) -> None:
    bomb = gzip.compress(b" " * (wire.MAX_JSON_BYTES + 10))
    assert _post(client, bomb, headers) == (413, "too_large")
    big = b"\x00" * (wire.MAX_BODY_BYTES + 1)
    assert _post(client, big, headers) == (413, "too_large")


def test_unknown_path_has_an_error_body(client: TestClient) -> None:
    response = client.get("/v1/nothing")
    assert response.status_code == 404 and response.json()["code"] == "not_found"
