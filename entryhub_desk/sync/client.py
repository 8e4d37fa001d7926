"""The HTTP client of the desk (``httpx``, synchronous: it runs in a worker thread).

Every request carries the protocol version header and a gzip body; answers are read through
:mod:`entryhub_desk.sync.wire`. A server that cannot be reached (refused, timed out, cut off
mid-answer) is ``sync.unreachable`` (exit 6); 401 is ``sync.not_enrolled`` or
``sync.revoked`` (exit 7); 426 is ``sync.update_needed``. Plain ``http://`` is refused except to
the loopback interface (``sync.insecure_url``).
"""

from __future__ import annotations

import email.utils
import functools
import ipaddress
import ssl
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import certifi
import httpx

from entryhub_desk import __version__
from entryhub_desk.errors import DeskError
from entryhub_desk.sync import wire

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
_GZIP_MAGIC = b"\x1f\x8b"


@functools.cache
def _tls_context() -> ssl.SSLContext:
    """One TLS context per process: loading the CA bundle costs a quarter second each time."""
    return ssl.create_default_context(cafile=certifi.where())


def check_server_url(url: str) -> str:
    """The URL without a trailing slash; refuses anything but https (http only to loopback)."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise DeskError("sync.bad_url", url=url)
    if parts.scheme == "http" and not _is_loopback(parts.hostname):
        raise DeskError("sync.insecure_url", url=url)
    return url.strip().rstrip("/")


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@dataclass
class Traffic:
    """Bytes of request and answer bodies (compressed, as sent), and requests made."""

    requests: int = 0
    sent: int = 0
    received: int = 0
    paths: list[str] = field(default_factory=list)


class SyncClient:
    """One server, one device token (None before enrolment)."""

    def __init__(
        self,
        base_url: str,
        *,
        token: str | None = None,
        transport: httpx.BaseTransport | None = None,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
    ) -> None:
        self.base_url = check_server_url(base_url)
        self._token = token
        self.traffic = Traffic()
        self.server_time: float | None = None  # from the last answer's Date header
        self._http = httpx.Client(
            base_url=self.base_url,
            transport=transport,
            timeout=timeout,
            headers={"User-Agent": f"entryhub-desk/{__version__}"},
            follow_redirects=False,
            verify=_tls_context(),
        )

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> SyncClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- requests -------------------------------------------------------------------------

    def enrol(self, request: wire.EnrolRequest) -> wire.EnrolResponse:
        return wire.EnrolResponse.from_json(self._post(wire.PATH_ENROL, request.to_json()))

    def push(self, request: wire.PushRequest) -> wire.PushResponse:
        return wire.PushResponse.from_json(self._post(wire.PATH_PUSH, request.to_json()))

    def pull(self, request: wire.PullRequest) -> wire.PullResponse:
        return wire.PullResponse.from_json(self._post(wire.PATH_PULL, request.to_json()))

    def snapshot(self, request: wire.SnapshotRequest) -> wire.SnapshotResponse:
        """A page of the current state (a new desk's first sync)."""
        return wire.SnapshotResponse.from_json(self._post(wire.PATH_SNAPSHOT, request.to_json()))

    def exchange_bundle(self, bundle: bytes) -> bytes:
        """Hand a desk bundle to the server (online); returns the answer bundle."""
        response = self._send(
            wire.PATH_BUNDLES,
            bundle,
            {"Content-Type": wire.BUNDLE_CONTENT_TYPE},
        )
        return response.content

    # -- plumbing -------------------------------------------------------------------------

    def _headers(self, extra: dict[str, str] | None = None) -> dict[str, str]:
        headers = wire.protocol_headers()
        if self._token:
            headers[wire.AUTH_HEADER] = f"Bearer {self._token}"
        if extra:
            headers.update(extra)
        return headers

    def _post(self, path: str, document: dict[str, Any]) -> dict[str, Any]:
        response = self._send(path, wire.encode_body(document), None)
        return wire.loads(_body(response))

    def _send(self, path: str, body: bytes, extra: dict[str, str] | None) -> httpx.Response:
        headers = self._headers(extra)
        if extra and "Content-Type" in extra and extra["Content-Type"] != wire.CONTENT_TYPE:
            headers.pop("Content-Encoding", None)
        self.traffic.requests += 1
        self.traffic.paths.append(path)
        self.traffic.sent += len(body)
        try:
            response = self._http.post(path, content=body, headers=headers)
        except (httpx.TransportError, httpx.DecodingError) as error:
            raise DeskError("sync.unreachable", detail=_transport_trouble(error)) from None
        self.traffic.received += response.num_bytes_downloaded
        self.server_time = _server_time(response)  # clock bounds: store/clock_repair.py
        if response.status_code >= 400:
            raise _error(response)
        return response


def _transport_trouble(error: Exception) -> str:
    """What went wrong on the way, in words (never the exception's class name)."""
    if isinstance(error, httpx.TimeoutException):
        return "no answer in time"
    if isinstance(error, httpx.ConnectError):
        return "no connection"
    return "the connection broke off"


def _body(response: httpx.Response) -> bytes:
    data = response.content  # httpx undoes Content-Encoding: gzip itself
    if data[:2] == _GZIP_MAGIC:
        data = wire.decompress(data)
    return data


def _server_time(response: httpx.Response) -> float | None:
    """The server's time from the answer's ``Date`` header (whole seconds), if it has one."""
    try:
        return email.utils.parsedate_to_datetime(response.headers["date"]).timestamp()
    except (KeyError, TypeError, ValueError, IndexError):
        return None


def _error(response: httpx.Response) -> DeskError:
    if response.status_code in (502, 503, 504):  # a gateway with no server behind it
        return DeskError("sync.unreachable", detail=str(response.status_code))
    try:
        body = _body(response)
    except DeskError:
        body = b""
    error = wire.error_from_response(response.status_code, body)
    if error.code == "sync.clock_ahead":  # the server's time, to repair clocks against
        return DeskError("sync.clock_ahead", server_time=_server_time(response))
    if error.code == "sync.unauthorized":
        return DeskError("sync.not_enrolled")
    if response.status_code >= 500 and error.code == "sync.refused":
        return DeskError("sync.server_error", status=response.status_code)
    return error
