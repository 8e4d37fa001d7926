"""The HTTP client of the desk (``httpx``, synchronous: it runs in a worker thread).

Every request carries the protocol version header and a gzip body; answers are read through
:mod:`entryhub_wire.wire`. A server that cannot be reached (refused, timed out, cut off
mid-answer) is ``sync.unreachable`` (exit 6), with ``detail`` :data:`NO_ANSWER_IN_TIME` when it
timed out; 401 is ``sync.not_enrolled`` or
``sync.revoked`` (exit 7); 426 is ``sync.update_needed``. Plain ``http://`` is refused except to
the loopback interface (``sync.insecure_url``).

Timeouts follow the payload: each request's read and write timeouts come from the client's
:class:`~entryhub_desk.sync.link.LinkPolicy` (``base + bytes / measured rate``, the client's
``timeout`` as the floor), and each exchange is measured (:attr:`SyncClient.last`) for the
engine to learn the link from.
"""

from __future__ import annotations

import email.utils
import functools
import ipaddress
import ssl
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import certifi
import httpx

from entryhub_desk import __version__
from entryhub_desk.errors import DeskError
from entryhub_desk.sync import link
from entryhub_desk.sync.link import Exchange, LinkPolicy
from entryhub_wire import wire

DEFAULT_TIMEOUT = httpx.Timeout(link.FLOOR_TIMEOUT, connect=link.CONNECT_TIMEOUT)
NO_ANSWER_IN_TIME = "no answer in time"
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
    """One server, one device token (None before enrolment).

    ``timeout``: the least read and write timeout (a large payload on a slow link gets more,
    see :attr:`link`); its connect part stays fixed.
    """

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
        floor = timeout.read if isinstance(timeout, httpx.Timeout) else timeout
        floor = link.FLOOR_TIMEOUT if floor is None else float(floor)
        self.link = LinkPolicy(floor=floor, base=min(link.BASE_TIMEOUT, floor))
        self.last: Exchange | None = None
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
        document = self._post(wire.PATH_PUSH, request.to_json(), link.PUSH_ANSWER_BYTES)
        return wire.PushResponse.from_json(document)

    def pull(self, request: wire.PullRequest) -> wire.PullResponse:
        """A page; its answer may take up to the link's batch size (compressed)."""
        document = self._post(wire.PATH_PULL, request.to_json(), self.link.batch_bytes)
        return wire.PullResponse.from_json(document)

    def snapshot(self, request: wire.SnapshotRequest) -> wire.SnapshotResponse:
        """A page of the current state (a new desk's first sync)."""
        return self.snapshot_with_fields(request)[0]

    def snapshot_with_fields(
        self, request: wire.SnapshotRequest
    ) -> tuple[wire.SnapshotResponse, list[dict[str, Any]]]:
        """A page and each change's ``fields`` as they arrived (``{name: {"value", "hlc"}}``,
        checked whole by the page's decoding): the apply path takes them as they are."""
        document = self._post(wire.PATH_SNAPSHOT, request.to_json(), self.link.batch_bytes)
        page = wire.SnapshotResponse.from_json(document)
        return page, [change["fields"] for change in document["changes"]]

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

    def _post(self, path: str, document: dict[str, Any], expect: int = 0) -> dict[str, Any]:
        text = wire.dumps(document)
        body = wire.compress(text)
        began = time.monotonic()
        response = self._send(path, body, None, expect)
        answer = _body(response)
        self.last = Exchange(
            sent=len(body),
            received=response.num_bytes_downloaded,
            seconds=time.monotonic() - began,
            raw_sent=len(text),
            raw_received=len(answer),
        )
        return wire.loads(answer)

    def _send(
        self, path: str, body: bytes, extra: dict[str, str] | None, expect: int = 0
    ) -> httpx.Response:
        headers = self._headers(extra)
        if extra and "Content-Type" in extra and extra["Content-Type"] != wire.CONTENT_TYPE:
            headers.pop("Content-Encoding", None)
        self.traffic.requests += 1
        self.traffic.paths.append(path)
        self.traffic.sent += len(body)
        limits = self.link.timeouts(len(body), expect)
        timeout = httpx.Timeout(
            connect=limits.connect, read=limits.read, write=limits.write, pool=limits.connect
        )
        self.last = None
        began = time.monotonic()
        try:
            response = self._http.post(path, content=body, headers=headers, timeout=timeout)
        except (httpx.TransportError, httpx.DecodingError) as error:
            if _timed_out(error):
                self.last = Exchange(len(body), 0, time.monotonic() - began)
            raise DeskError("sync.unreachable", detail=_transport_trouble(error)) from None
        self.traffic.received += response.num_bytes_downloaded
        self.server_time = _server_time(response)  # clock bounds: store/clock_repair.py
        if response.status_code >= 400:
            raise _error(response)
        return response


def _transport_trouble(error: Exception) -> str:
    """What went wrong on the way, in words (never the exception's class name)."""
    if _timed_out(error):
        return NO_ANSWER_IN_TIME
    if isinstance(error, httpx.ConnectError):
        return "no connection"
    return "the connection broke off"


def _timed_out(error: Exception) -> bool:
    """Sent (or sending) but no answer in time; a connection never made is not this."""
    return isinstance(error, httpx.TimeoutException) and not isinstance(
        error, httpx.ConnectTimeout | httpx.PoolTimeout
    )


def timed_out(error: DeskError) -> bool:
    """The request went (at least in part) but its answer did not come in time."""
    return error.code == "sync.unreachable" and error.params.get("detail") == NO_ANSWER_IN_TIME


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
