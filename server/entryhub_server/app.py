"""The FastAPI app: ``create_app(settings)`` (or ``create_app(context=...)`` in tests)."""

from __future__ import annotations

import gc
import logging
import os
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import text
from sqlalchemy.exc import OperationalError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import ClientDisconnect

from entryhub_server import __version__
from entryhub_server import openapi_schemas as schemas
from entryhub_server.auth import Device, bearer_token, device_for_token, unauthorized
from entryhub_server.bundles import import_bundle
from entryhub_server.client_address import TrustedProxies, client_address
from entryhub_server.context import ServerContext, open_context
from entryhub_server.enrol import enrol
from entryhub_server.errors import ServerError
from entryhub_server.pull import pull_body
from entryhub_server.push_decode import push_request
from entryhub_server.push_queue import PushQueue
from entryhub_server.settings import Settings
from entryhub_server.snapshot import snapshot_body
from entryhub_wire import wire
from entryhub_wire.errors import CodedError

log = logging.getLogger(__name__)
TRUSTED_PROXIES_ENV = "ENTRYHUB_SERVER_TRUSTED_PROXIES"
MASTER_KEY_FILE_ENV = "ENTRYHUB_SERVER_MASTER_KEY_FILE"  # set by serve for its workers
_bearer = HTTPBearer(auto_error=False)
_STATUS_CODES = {404: wire.ERR_NOT_FOUND, 405: wire.ERR_METHOD, 413: wire.ERR_TOO_LARGE}


def protocol(
    version: Annotated[str | None, Header(alias=wire.PROTOCOL_HEADER)] = None,
) -> int:
    """Every request names its protocol version; one not spoken any more → 426."""
    if version is None:
        raise ServerError(400, wire.ERR_PROTOCOL_MISSING, f"no {wire.PROTOCOL_HEADER} header")
    stripped = version.strip()
    if not stripped.isdigit() or int(stripped[:6]) not in wire.SUPPORTED_PROTOCOLS:
        raise ServerError(
            426,
            wire.ERR_UPDATE_NEEDED,
            "this server does not speak that protocol version; update the desk",
            extra={"supported": sorted(wire.SUPPORTED_PROTOCOLS)},
            headers={"Upgrade": f"entryhub/{wire.PROTOCOL_VERSION}"},
        )
    return int(stripped)


def device(
    request: Request,
    _version: Annotated[int, Depends(protocol)],
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Device:
    """The device from the bearer token (network, hub and device never come from payloads)."""
    if credentials is None:
        raise unauthorized("no device token")
    ctx: ServerContext = request.app.state.context
    return device_for_token(ctx, f"Bearer {credentials.credentials}")


def create_app(settings: Settings | None = None, *, context: ServerContext | None = None) -> Any:
    if context is None:
        if settings is None:
            raise ValueError("create_app needs settings or a context")
        context = open_context(settings)
    ctx = context
    app = FastAPI(
        title="Entry Hub sync server",
        version=__version__,
        description="Sync between Entry Hub desks and their network's server (docs/sync.md). "
        f"Every JSON endpoint takes and answers {schemas.GZIP}.",
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    app.state.context = ctx
    proxies = TrustedProxies(ctx.settings.trusted_proxies)
    pushes = app.state.pushes = PushQueue(ctx)
    _handlers(app)
    schemas.publish_messages(app)

    @app.get(wire.PATH_HEALTH, tags=["health"])
    def health() -> dict[str, Any]:
        with ctx.engine.begin() as conn:
            conn.execute(text("SELECT 1"))
        return {"status": "ok", "protocols": sorted(wire.SUPPORTED_PROTOCOLS)}

    @app.post(
        wire.PATH_ENROL,
        tags=["sync"],
        openapi_extra=schemas.json_body(wire.EnrolRequest, wire.EnrolResponse),
        responses=schemas.responses(400, 403, 409, 413, 415, 426, 429),
    )
    async def enrol_device(
        request: Request, _version: Annotated[int, Depends(protocol)]
    ) -> Response:
        message = wire.EnrolRequest.from_json(await _read_json(request))
        client = client_address(
            request.client.host if request.client else None,
            request.headers.getlist("x-forwarded-for"),
            proxies,
        )
        answer = await run_in_threadpool(enrol, ctx, message, client=client)
        return _gzip_json(answer.to_json())

    @app.post(
        wire.PATH_PUSH,
        tags=["sync"],
        openapi_extra={
            **schemas.json_body(wire.PushRequest, wire.PushResponse),
            "parameters": [schemas.PROTOCOL_PARAMETER, schemas.GZIP_PARAMETER],
            "security": [{"HTTPBearer": []}],
        },
        responses=schemas.responses(400, 401, 413, 415, 426),
    )
    async def push(request: Request) -> Response:
        # The busiest endpoint: its two headers are read here rather than through FastAPI's
        # dependencies (the same checks, in the same order, at a fraction of the cost per
        # request when hundreds of desks push at once). The token is looked up inside the
        # push's transaction (one per group of pushes).
        protocol(request.headers.get(wire.PROTOCOL_HEADER))
        token = bearer_token(request.headers.get("authorization"))
        message = push_request(await _read_json(request))
        answer = await pushes.push(token, message)
        return _gzip_json(answer.to_json())

    @app.post(
        wire.PATH_PULL,
        tags=["sync"],
        openapi_extra=schemas.json_body(wire.PullRequest, wire.PullResponse),
        responses=schemas.responses(400, 401, 413, 415, 426),
    )
    async def pull_changes(request: Request, who: Annotated[Device, Depends(device)]) -> Response:
        data = await _read_json(request)
        message = wire.PullRequest.from_json(data, max_limit=ctx.settings.max_pull_limit)
        body = await run_in_threadpool(pull_body, ctx, who, message)
        return _gzip_body(body)

    @app.post(
        wire.PATH_SNAPSHOT,
        tags=["sync"],
        openapi_extra=schemas.json_body(wire.SnapshotRequest, wire.SnapshotResponse),
        responses=schemas.responses(400, 401, 413, 415, 426),
    )
    async def snapshot(request: Request, who: Annotated[Device, Depends(device)]) -> Response:
        message = wire.SnapshotRequest.from_json(await _read_json(request))
        return _gzip_body(await run_in_threadpool(snapshot_body, ctx, who, message))

    @app.post(
        wire.PATH_BUNDLES,
        tags=["bundles"],
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {
                    wire.BUNDLE_CONTENT_TYPE: {"schema": {"type": "string", "format": "binary"}}
                },
            }
        },
        responses=schemas.responses(400, 401, 413, 426),
    )
    async def bundles(request: Request, _version: Annotated[int, Depends(protocol)]) -> Response:
        data = await _read_body(request, wire.MAX_BUNDLE_BYTES)
        result = await run_in_threadpool(import_bundle, ctx, data)
        return Response(content=result.answer, media_type=wire.BUNDLE_CONTENT_TYPE)

    return app


async def _read_body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared is not None and (not declared.isdigit() or int(declared) > limit):
        raise ServerError(413, wire.ERR_TOO_LARGE, f"the body is over {limit} bytes")
    body = bytearray()
    async for chunk in request.stream():
        body.extend(chunk)
        if len(body) > limit:
            raise ServerError(413, wire.ERR_TOO_LARGE, f"the body is over {limit} bytes")
    return bytes(body)


async def _read_json(request: Request) -> dict[str, Any]:
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    encoding = request.headers.get("content-encoding", "").strip().lower()
    if content_type != wire.CONTENT_TYPE or encoding != wire.CONTENT_ENCODING:
        raise ServerError(
            415, wire.ERR_NOT_GZIP, "send gzip JSON (Content-Encoding: gzip, application/json)"
        )
    return wire.decode_body(await _read_body(request, wire.MAX_BODY_BYTES))


def _gzip_json(data: dict[str, Any]) -> Response:
    return _gzip_body(wire.encode_body(data))


def _gzip_body(body: bytes) -> Response:
    return Response(
        content=body,
        media_type=wire.CONTENT_TYPE,
        headers={"Content-Encoding": wire.CONTENT_ENCODING, "Vary": "Accept-Encoding"},
    )


def _error(status: int, code: str, detail: str, **kw: Any) -> JSONResponse:
    return JSONResponse({"code": code, "detail": detail}, status_code=status, **kw)


def _handlers(app: FastAPI) -> None:
    Handler = Callable[[Request, Any], Awaitable[Response]]

    async def server_error(_request: Request, error: ServerError) -> Response:
        return JSONResponse(error.body(), status_code=error.status, headers=error.headers)

    async def coded_error(_request: Request, error: CodedError) -> Response:
        if error.code == "sync.too_large":
            return _error(413, wire.ERR_TOO_LARGE, error.english())
        if error.code == "sync.bad_payload":
            return _error(400, wire.ERR_BAD_PAYLOAD, error.english())
        return _error(400, wire.ERR_BAD_PAYLOAD, error.english())

    async def http_error(_request: Request, error: StarletteHTTPException) -> Response:
        code = _STATUS_CODES.get(error.status_code, wire.ERR_BAD_PAYLOAD)
        return _error(error.status_code, code, str(error.detail), headers=error.headers)

    async def validation_error(_request: Request, error: RequestValidationError) -> Response:
        first = error.errors()[0] if error.errors() else {}
        where = ".".join(str(part) for part in first.get("loc", ()))
        return _error(400, wire.ERR_BAD_PAYLOAD, f"invalid {where}".strip())

    async def busy(_request: Request, error: OperationalError) -> Response:
        log.warning("database busy or unavailable: %s", type(error.orig).__name__)
        return _error(
            503, wire.ERR_BUSY, "the server is busy; try again", headers={"Retry-After": "5"}
        )

    async def gone(_request: Request, _gone: ClientDisconnect) -> Response:
        # the client went away before its body was read (a bad link, a desk that gave up):
        # nothing was applied and nobody reads the answer; not a server error
        log.info("a client went away before sending its whole request")
        return _error(400, wire.ERR_BAD_PAYLOAD, "the request was cut short")

    async def internal(_request: Request, error: Exception) -> Response:
        log.error("unexpected %s", type(error).__name__, exc_info=error)  # no request data
        return _error(500, wire.ERR_INTERNAL, "internal error")

    handlers: list[tuple[type[Exception], Any]] = [
        (ServerError, server_error),
        (CodedError, coded_error),
        (StarletteHTTPException, http_error),
        (RequestValidationError, validation_error),
        (OperationalError, busy),
        (ClientDisconnect, gone),
        (Exception, internal),
    ]
    for kind, handler in handlers:
        typed: Handler = handler
        app.add_exception_handler(kind, typed)


def tune_gc() -> None:
    """For a serving process: a burst of pushes allocates millions of short-lived objects
    (decoded changes, rows, texts) and almost no cycles, so the youngest generation is
    collected every 50,000 allocations instead of 700, and what exists at start (modules,
    the app) is left out of every collection (``gc.freeze``). In process, 500 pushes of 50
    changes took about a fifth less CPU per change."""
    gc.freeze()
    gc.set_threshold(50_000, 20, 100)


def create_app_from_environment() -> Any:
    """The app of one of ``serve --workers N``'s processes (``uvicorn --factory``): the
    database URL from ``DATABASE_URL`` and the trusted proxies from
    ``ENTRYHUB_SERVER_TRUSTED_PROXIES`` (comma-separated), both set by ``serve`` for its
    workers."""
    from entryhub_server.db.engine import default_url

    proxies = os.environ.get(TRUSTED_PROXIES_ENV, "")
    key_file = os.environ.get(MASTER_KEY_FILE_ENV)
    tune_gc()
    return create_app(
        Settings(
            db_url=default_url(),
            trusted_proxies=tuple(p for p in proxies.split(",") if p.strip()),
            master_key_file=Path(key_file) if key_file else None,
        )
    )
