"""The OpenAPI description of the JSON endpoints (fuzzers and client writers read it).

The message schemas are generated from the wire declarations (``Message.json_schema``), never
written here. The server does not validate with them: ``wire.*.from_json`` does (stricter:
cross-field rules such as a person change naming itself, and the batch's unique numbering).
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI

from entryhub_wire import wire
from entryhub_wire.declare import Message, json_schemas

# every message the JSON endpoints take or answer, with those they nest: generated from the
# declarations of entryhub_wire (declare.py), published as the document's components
MESSAGES: dict[str, Any] = json_schemas(
    [
        wire.EnrolRequest,
        wire.EnrolResponse,
        wire.PushRequest,
        wire.PushResponse,
        wire.PullRequest,
        wire.PullResponse,
        wire.SnapshotRequest,
        wire.SnapshotResponse,
        wire.ErrorBody,
    ]
)


def ref(message: type[Message]) -> dict[str, Any]:
    if message.__name__ not in MESSAGES:
        raise KeyError(f"{message.__name__} is not published (add it to MESSAGES)")
    return {"$ref": f"#/components/schemas/{message.__name__}"}


# the protocol header as FastAPI describes it for the routes that declare it as a dependency
PROTOCOL_PARAMETER: dict[str, Any] = {
    "name": wire.PROTOCOL_HEADER,
    "in": "header",
    "required": False,
    "schema": {"anyOf": [{"type": "string"}, {"type": "null"}]},
}


GZIP = (
    "gzip-compressed JSON: the body is sent with Content-Encoding: gzip (any other body is "
    "refused with 415 not_gzip) and answered gzip-compressed (Content-Encoding: gzip)"
)

# the JSON endpoints take gzip bodies only (app._read_json): described as a required header
GZIP_PARAMETER: dict[str, Any] = {
    "name": "Content-Encoding",
    "in": "header",
    "required": True,
    "description": GZIP,
    "schema": {"type": "string", "enum": [wire.CONTENT_ENCODING]},
}


def json_body(request: type[Message], answer: type[Message]) -> dict[str, Any]:
    """A JSON endpoint's request body, its gzip header and its gzip answer."""
    return {
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": ref(request)}},
            "description": GZIP,
        },
        "parameters": [GZIP_PARAMETER],
        "responses": {
            "200": {
                "description": GZIP,
                "content": {"application/json": {"schema": ref(answer)}},
                "headers": {
                    "Content-Encoding": {
                        "required": True,
                        "schema": {"type": "string", "enum": [wire.CONTENT_ENCODING]},
                    }
                },
            },
            "415": {"description": "the body is not gzip-compressed JSON (not_gzip)"},
        },
    }


def responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    error = {"content": {"application/json": {"schema": ref(wire.ErrorBody)}}}
    return {status: {"description": "refused", **error} for status in statuses}


def publish_messages(app: FastAPI) -> None:
    """Add :data:`MESSAGES` to the document's components (where the routes' ``$ref`` point).

    FastAPI also describes a 422 with its own validation error for every route that reads a
    header through a dependency; this server never answers 422 for that (app.py answers 400
    ``bad_payload`` with an ErrorBody), so those are taken out."""
    build = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            document = build()
            for path in document.get("paths", {}).values():
                for operation in path.values():
                    operation.get("responses", {}).pop("422", None)
            schemas = document.setdefault("components", {}).setdefault("schemas", {})
            for name in ("HTTPValidationError", "ValidationError"):
                schemas.pop(name, None)
            schemas.update(MESSAGES)
        return app.openapi_schema or {}

    app.openapi = openapi  # type: ignore[method-assign]
