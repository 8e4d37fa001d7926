"""The sync wire format shared by the desk and the server (protocol version 1).

Frozen dataclasses, each declared once (declare.py), with ``to_json()`` (a JSON-ready dict),
``from_json(data)`` (strict: unknown or missing keys, wrong types and out-of-range values raise
``CodedError("sync.bad_payload", detail=...)``) and ``json_schema()`` (what the server's OpenAPI
description publishes). Bodies travel as gzip-compressed UTF-8 JSON
(:func:`encode_body` / :func:`decode_body`). See ``docs/sync.md`` for the endpoints, headers and
status codes.

Numbering: a desk numbers its changes ``(device_id, epoch, seq)``, ``seq`` starting at 1 in
every epoch. The server gives every accepted change a *position* in one global order; a pull
asks for what comes after a cursor (a position). Pulled items carry their position and must be
applied in position order (:meth:`PullResponse.events`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Annotated, Any, Final

from entryhub_wire import codec
from entryhub_wire.codec import (
    JsonValue as JsonValue,
)
from entryhub_wire.codec import (
    b64 as b64,
)
from entryhub_wire.codec import (
    bad as bad,
)
from entryhub_wire.codec import (
    canonical as canonical,
)
from entryhub_wire.codec import (
    compress as compress,
)
from entryhub_wire.codec import (
    dumps as dumps,
)
from entryhub_wire.codec import (
    hlc_text as hlc_text,
)
from entryhub_wire.codec import (
    loads as loads,
)
from entryhub_wire.codec import (
    record_id as record_id,
)
from entryhub_wire.declare import OMIT_DEFAULT, OPTIONAL, Message, message
from entryhub_wire.errors import CodedError
from entryhub_wire.messages import *  # noqa: F403 - the messages are part of this API
from entryhub_wire.protocol import *  # noqa: F403 - and so are the constants
from entryhub_wire.protocol import (
    CONTENT_ENCODING,
    CONTENT_TYPE,
    ERR_BAD_CODE,
    ERR_BAD_PAYLOAD,
    ERR_CLOCK_AHEAD,
    ERR_DEVICE_EXISTS,
    ERR_INTERNAL,
    ERR_RATE_LIMITED,
    ERR_REVOKED,
    ERR_TOO_LARGE,
    ERR_UNAUTHORIZED,
    ERR_UPDATE_NEEDED,
    MAX_JSON_BYTES,
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
)
from entryhub_wire.snapshot_messages import *  # noqa: F403 - a new desk's first sync
from entryhub_wire.specs import Int, ListOf, Text


def decompress(data: bytes, *, limit: int = MAX_JSON_BYTES) -> bytes:
    """Gunzip ``data``, refusing more than ``limit`` bytes out (a gzip bomb stops early)."""
    return codec.decompress(data, limit=limit)


def encode_body(data: Mapping[str, Any]) -> bytes:
    """A message as a request or response body: compact JSON, gzip-compressed."""
    return compress(dumps(data))


def decode_body(data: bytes, *, limit: int = MAX_JSON_BYTES) -> dict[str, Any]:
    return loads(decompress(data, limit=limit))


# --- errors --------------------------------------------------------------------------------
@message("error")
@dataclass(frozen=True)
class ErrorBody(Message):
    """Every 4xx/5xx answer's body: ``{"code": ERR_..., "detail": "English text"}``; a 426
    answer adds the protocol versions the server speaks (``supported``)."""

    code: Annotated[str, Text(40)]
    detail: Annotated[str, Text(2000, empty=True), OPTIONAL] = ""
    supported: Annotated[tuple[int, ...], ListOf(Int(), 100), OMIT_DEFAULT] = ()


def protocol_headers() -> dict[str, str]:
    """Headers every request carries (add the Authorization header after enrolment)."""
    return {
        PROTOCOL_HEADER: str(PROTOCOL_VERSION),
        "Content-Type": CONTENT_TYPE,
        "Content-Encoding": CONTENT_ENCODING,
        "Accept-Encoding": CONTENT_ENCODING,
    }


_DESK_CODES: Final[dict[str, str]] = {
    ERR_UPDATE_NEEDED: "sync.update_needed",
    ERR_REVOKED: "sync.revoked",
    ERR_UNAUTHORIZED: "sync.unauthorized",
    ERR_BAD_CODE: "sync.bad_code",
    ERR_RATE_LIMITED: "sync.rate_limited",
    ERR_DEVICE_EXISTS: "sync.device_exists",
    ERR_TOO_LARGE: "sync.too_large",
    ERR_CLOCK_AHEAD: "sync.clock_ahead",
}


def error_from_response(status: int, body: bytes) -> CodedError:
    """The CodedError for a refused request (``body`` as received, already un-gzipped)."""
    try:
        error = ErrorBody.from_json(loads(body))
    except CodedError:
        error = ErrorBody(ERR_INTERNAL if status >= 500 else ERR_BAD_PAYLOAD, "")
    if status == 426:
        return CodedError("sync.update_needed")
    code = _DESK_CODES.get(error.code)
    if code == "sync.too_large":
        return CodedError(code, size=0, limit=0)
    if code is not None:
        return CodedError(code)
    return CodedError("sync.refused", status=status, error=error.code)


# every message of the protocol (those above and those star-imported), by class name
MESSAGE_TYPES: Final[dict[str, type[Message]]] = {
    name: value
    for name, value in list(globals().items())
    if isinstance(value, type) and issubclass(value, Message) and value is not Message
}
