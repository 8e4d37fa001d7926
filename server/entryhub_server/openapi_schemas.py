"""JSON schemas of the request bodies, for the OpenAPI description (fuzzers read them).

The server does not validate with these: ``wire.*.from_json`` does (stricter).
"""

from __future__ import annotations

from typing import Any

from entryhub_wire import wire

_ID = {"type": "string", "pattern": "^[0-9A-Za-z][0-9A-Za-z_-]{0,63}$"}
_HLC = {"type": "string", "pattern": "^[0-9]{13}-[0-9]{4}-[0-9A-Za-z][0-9A-Za-z_-]{0,63}$"}
_KEY = {"type": "string", "pattern": "^[A-Za-z0-9+/]{43}=$"}

ENROL: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": ["code", "device_id", "signing_public", "exchange_public"],
    "properties": {
        "code": {"type": "string", "maxLength": 40},
        "device_id": _ID,
        "signing_public": _KEY,
        "exchange_public": _KEY,
        "desk_version": {"type": "string", "maxLength": 40},
        # Ed25519 root of the desk's signed roles; erasures are checked against it
        "coordinator_root": _KEY,
        # Ed25519 signature by the device key (entryhub_wire/enrol_proof.py); needed to enrol again
        "proof": {"type": "string", "maxLength": 100},
    },
}

CHANGE: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": [
        "device_id",
        "epoch",
        "seq",
        "entity",
        "entity_id",
        "person_id",
        "hlc",
        "fields",
    ],
    "properties": {
        "device_id": _ID,
        "epoch": {"type": "integer", "minimum": 1},
        "seq": {"type": "integer", "minimum": 1},
        "entity": {"type": "string", "pattern": "^[a-z][a-z0-9_]{0,63}$"},
        "entity_id": _ID,
        "person_id": {"anyOf": [_ID, {"type": "null"}]},
        "hlc": _HLC,
        "fields": {
            "type": "object",
            "minProperties": 1,
            "maxProperties": wire.MAX_FIELDS,
            "additionalProperties": {
                "type": "object",
                "additionalProperties": False,
                "required": ["value", "hlc"],
                "properties": {"value": {}, "hlc": _HLC},
            },
        },
    },
}

PUSH: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": ["changes", "audit_head"],
    "properties": {
        "changes": {"type": "array", "maxItems": wire.MAX_BATCH_CHANGES, "items": CHANGE},
        "audit_head": {
            "anyOf": [
                {"type": "null"},
                {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["seq", "tag"],
                    "properties": {
                        "seq": {"type": "integer", "minimum": 1},
                        "tag": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
                    },
                },
            ]
        },
    },
}

PULL: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": ["cursor"],
    "properties": {
        "cursor": {"type": "integer", "minimum": 0},
        "limit": {"type": "integer", "minimum": 1, "maximum": wire.MAX_PULL_LIMIT},
        "include_own": {"type": "boolean"},
        "max_bytes": {"type": "integer", "minimum": 1, "maximum": wire.MAX_JSON_BYTES},
    },
}

SNAPSHOT: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": ["after"],
    "properties": {
        "after": {"type": "string", "maxLength": 200},
        "limit": {"type": "integer", "minimum": 1, "maximum": wire.MAX_SNAPSHOT_LIMIT},
        "include_own": {"type": "boolean"},
    },
}

ERROR: dict[str, Any] = {
    "type": "object",
    "required": ["code", "detail"],
    "properties": {"code": {"type": "string"}, "detail": {"type": "string"}},
}


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


def json_body(schema: dict[str, Any]) -> dict[str, Any]:
    """A JSON endpoint's request body, its gzip header and its gzip answer."""
    return {
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": schema}},
            "description": GZIP,
        },
        "parameters": [GZIP_PARAMETER],
        "responses": {
            "200": {
                "description": GZIP,
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
    error = {"content": {"application/json": {"schema": ERROR}}}
    return {status: {"description": "refused", **error} for status in statuses}
