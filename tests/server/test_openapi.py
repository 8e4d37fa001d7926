"""The OpenAPI document: its message schemas are generated from the wire declarations
(entryhub_wire/declare.py), and the server's real answers and a desk's real requests
validate against what it publishes.

The whole document is also frozen in tests/server/golden/openapi.json, so a change of the
published interface shows in review. A deliberate change:
``ENTRYHUB_WRITE_GOLDEN=1 pytest tests/server/test_openapi.py`` writes it again.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from starlette.testclient import TestClient

from entryhub_desk.ids import new_id
from entryhub_server import admin
from entryhub_server.app import create_app
from entryhub_server.context import ServerContext, open_context
from entryhub_server.settings import Settings
from entryhub_wire import wire
from entryhub_wire.declare import json_schemas
from tests.server.helpers import TEST_MASTER, Desk, FakeClock, make_world
from tests.wire.samples import samples

GOLDEN = Path(__file__).parent / "golden" / "openapi.json"


@pytest.fixture
def document(sqlite_url: str, clock: FakeClock) -> Iterator[dict[str, Any]]:
    """The served document (SQLite behind: the document does not depend on the database)."""
    settings = Settings(db_url=sqlite_url, clock=clock, migrate=False, master_key=TEST_MASTER)
    context = open_context(settings)
    with TestClient(create_app(context=context), base_url="http://127.0.0.1") as client:
        yield client.get("/openapi.json").json()
    context.engine.dispose()


def _validator(document: dict[str, Any], schema: dict[str, Any]) -> Draft202012Validator:
    return Draft202012Validator({"components": document["components"], **schema})


def _schema(document: dict[str, Any], path: str, status: int | None = None) -> dict[str, Any]:
    """The schema of a route's request body (``status`` None) or of its answer."""
    operation = document["paths"][path]["post"]
    part = operation["requestBody"] if status is None else operation["responses"][str(status)]
    schema: dict[str, Any] = part["content"]["application/json"]["schema"]
    return schema


def test_every_message_is_published_as_generated_from_its_declaration(
    document: dict[str, Any],
) -> None:
    published = document["components"]["schemas"]
    assert set(wire.MESSAGE_TYPES) <= set(published)
    assert {name: published[name] for name in wire.MESSAGE_TYPES} == json_schemas(
        wire.MESSAGE_TYPES.values()
    )
    Draft202012Validator.check_schema({"components": document["components"]})
    routes = {
        wire.PATH_ENROL: ("EnrolRequest", "EnrolResponse"),
        wire.PATH_PUSH: ("PushRequest", "PushResponse"),
        wire.PATH_PULL: ("PullRequest", "PullResponse"),
        wire.PATH_SNAPSHOT: ("SnapshotRequest", "SnapshotResponse"),
    }
    for path, (request, answer) in routes.items():
        assert _schema(document, path) == {"$ref": f"#/components/schemas/{request}"}
        assert _schema(document, path, 200) == {"$ref": f"#/components/schemas/{answer}"}
        assert _schema(document, path, 426) == {"$ref": "#/components/schemas/ErrorBody"}
    # every answer the document describes is one the server gives: no FastAPI 422
    for path in document["paths"].values():
        for operation in path.values():
            assert "422" not in operation["responses"]
    assert "HTTPValidationError" not in published


def test_every_sample_message_validates_against_the_document(document: dict[str, Any]) -> None:
    for name, message in samples(wire):
        schema = {"$ref": f"#/components/schemas/{type(message).__name__}"}
        errors = list(_validator(document, schema).iter_errors(message.to_json()))
        assert not errors, (name, errors[:1])
    broken = {**samples(wire)[0][1].to_json(), "device_id": "not an id"}
    assert not _validator(document, {"$ref": "#/components/schemas/EnrolRequest"}).is_valid(broken)


def test_the_document_is_the_committed_one(document: dict[str, Any]) -> None:
    text = json.dumps(document, indent=1, ensure_ascii=False, sort_keys=True) + "\n"
    if os.environ.get("ENTRYHUB_WRITE_GOLDEN") == "1":
        GOLDEN.write_text(text, "utf-8")
    assert text == GOLDEN.read_text("utf-8"), "the published interface changed (see docstring)"


def test_real_requests_and_answers_validate_against_the_document(
    ctx: ServerContext, client: TestClient
) -> None:
    """What a desk sends and what the server answers (pull and snapshot answers are written
    by the server from stored text, not through the messages) match what is published."""
    document = client.get("/openapi.json").json()
    checked: list[str] = []

    def check(path: str, status: int | None, data: Any) -> None:
        errors = list(_validator(document, _schema(document, path, status)).iter_errors(data))
        assert not errors, (path, status, errors[:1])
        checked.append(f"{path} {status}")

    def post(path: str, message: Any, desk: Desk, status: int = 200) -> Any:
        if status == 200:
            check(path, None, message.to_json())
        body = wire.encode_body(message.to_json())
        response = client.post(path, content=body, headers=desk.headers())
        assert response.status_code == status, response.text
        check(path, status, response.json())
        return response.json()

    make_world(ctx)
    desk = Desk()
    code = admin.enrolment_code(ctx, hub="Umeå").code
    desk.take(wire.EnrolResponse.from_json(post(wire.PATH_ENROL, desk.enrol_request(code), desk)))
    amina = desk.new_person("Amina", note="ሰላም", tags=["a", {"b": 1.5}])
    visit = desk.change("visit", new_id(), amina.entity_id, purpose="cv")
    stranger = desk.change("visit", new_id(), new_id(), purpose="cv")  # rejected: unknown person
    head = wire.AuditHead(3, "ab" * 32)
    answer = post(wire.PATH_PUSH, wire.PushRequest((amina, visit, stranger), head), desk)
    assert answer["rejected"]
    erased = desk.new_person("Erased")
    post(wire.PATH_PUSH, wire.PushRequest((erased,), None), desk)
    tombstone = desk.change("person", erased.entity_id, erased.entity_id, deleted=True)
    post(wire.PATH_PUSH, wire.PushRequest((tombstone,), None), desk)
    page = post(wire.PATH_PULL, wire.PullRequest(0, 500, True, 1_000_000), desk)
    assert page["changes"]
    first = post(wire.PATH_SNAPSHOT, wire.SnapshotRequest("", 1), desk)
    assert first["changes"]
    # refusals: a bad payload, no token, an old protocol (426 names the supported versions)
    post(wire.PATH_PULL, wire.PullRequest(-1), desk, 400)
    post(wire.PATH_PULL, wire.PullRequest(0), Desk(), 401)
    old = {**desk.headers(), wire.PROTOCOL_HEADER: "0"}
    response = client.post(wire.PATH_PULL, content=wire.encode_body({"cursor": 0}), headers=old)
    assert response.status_code == 426 and response.json()["supported"] == [1]
    check(wire.PATH_PULL, 426, response.json())
    assert wire.ErrorBody.from_json(response.json()).supported == (1,)
    assert len(checked) == 15
