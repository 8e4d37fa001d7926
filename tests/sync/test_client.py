"""The HTTP client: addresses, headers, gzip, and what each refusal means for the desk."""

from __future__ import annotations

import httpx
import pytest

from entryhub_desk.errors import DeskError, ExitCode
from entryhub_desk.sync.client import SyncClient, _error, check_server_url
from entryhub_desk.sync.status import Backoff
from entryhub_wire import wire


@pytest.mark.parametrize(
    "url",
    ["https://sync.example.org/", "http://127.0.0.1:8000", "http://localhost:1", "http://[::1]:9"],
)
def test_accepted_addresses(url: str) -> None:
    assert not check_server_url(url).endswith("/")


@pytest.mark.parametrize("url", ["http://sync.example.org", "http://10.0.0.2", "ftp://x", "x"])
def test_refused_addresses(url: str) -> None:
    with pytest.raises(DeskError) as caught:
        check_server_url(url)
    assert caught.value.code in ("sync.insecure_url", "sync.bad_url")


def _client(status: int, body: dict[str, object], seen: list[httpx.Request]) -> SyncClient:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(
            status, content=wire.encode_body(body), headers={"Content-Encoding": "gzip"}
        )

    return SyncClient(
        "https://sync.example.org", token="t0k", transport=httpx.MockTransport(handler)
    )


def test_requests_carry_protocol_token_and_gzip() -> None:
    seen: list[httpx.Request] = []
    answer = wire.PullResponse(next_cursor=5).to_json()
    page = _client(200, answer, seen).pull(wire.PullRequest(cursor=3))
    assert page.next_cursor == 5
    request = seen[0]
    assert request.headers[wire.PROTOCOL_HEADER] == str(wire.PROTOCOL_VERSION)
    assert request.headers["Authorization"] == "Bearer t0k"
    assert request.headers["Content-Encoding"] == "gzip"
    assert wire.decode_body(request.content)["cursor"] == 3


@pytest.mark.parametrize(
    ("status", "code", "desk_code", "exit_code"),
    [
        (426, "update_needed", "sync.update_needed", ExitCode.FAILED),
        (401, "unauthorized", "sync.not_enrolled", ExitCode.NOT_ENROLLED),
        (401, "revoked", "sync.revoked", ExitCode.NOT_ENROLLED),
        (503, "internal", "sync.unreachable", ExitCode.SERVER_UNREACHABLE),
    ],
)
def test_refusals(status: int, code: str, desk_code: str, exit_code: ExitCode) -> None:
    client = _client(status, {"code": code, "detail": ""}, [])
    with pytest.raises(DeskError) as caught:
        client.pull(wire.PullRequest())
    assert caught.value.code == desk_code
    assert caught.value.exit_code == exit_code


def test_backoff_grows_with_jitter_and_resets() -> None:
    backoff = Backoff(interval=300, base=10, maximum=100, rng=lambda: 0.5)
    assert backoff.next_delay() == 300
    delays = []
    for _ in range(6):
        backoff.failure()
        delays.append(backoff.next_delay())
    assert delays == [10, 20, 40, 80, 100, 100]
    low = Backoff(base=10, rng=lambda: 0.0)
    low.failure()
    assert low.next_delay() == 5  # jitter: half to one and a half times
    backoff.success()
    assert backoff.next_delay() == 300


def test_a_server_error_with_a_damaged_body_is_a_server_error() -> None:
    """A 500 whose gzip body is cut (a proxy that dropped the rest) is read as a server error
    with its status, not as a failure to read it."""
    damaged = httpx.Response(500, content=b"\x1f\x8b\x08\x00 cut short")
    error = _error(damaged)
    assert error.code == "sync.server_error"
    assert error.params.get("status") == 500
    assert _error(httpx.Response(503)).code == "sync.unreachable"
