"""``serve --proxy-headers --trusted-proxy`` as it runs: one host sending 200 failures with
spoofed X-Forwarded-For headers (before: enrolment locked for the whole server for ten
minutes). Clients connect from their own loopback addresses (127.0.0.0/8 is all loopback)."""

from __future__ import annotations

import os
import subprocess
import sys

import httpx

from entryhub_server import admin
from entryhub_server.context import open_context
from entryhub_server.settings import Settings
from entryhub_wire import wire
from tests.server.helpers import Desk, make_world
from tests.server.serving import ROOT, serving


def _client(base: str, source: str) -> httpx.Client:
    transport = httpx.HTTPTransport(local_address=source)
    return httpx.Client(base_url=base, transport=transport, timeout=30)


def _enrol(client: httpx.Client, code: str, forwarded: str | None = None) -> int:
    headers = wire.protocol_headers()
    if forwarded is not None:
        headers["X-Forwarded-For"] = forwarded
    body = wire.encode_body(Desk().enrol_request(code).to_json())
    return client.post(wire.PATH_ENROL, content=body, headers=headers).status_code


def test_spoofed_forwarded_for_does_not_lock_others(sqlite_url: str) -> None:
    ctx = open_context(Settings(db_url=sqlite_url))
    try:
        make_world(ctx)
        codes = [admin.enrolment_code(ctx, hub="Umeå").code for _ in range(3)]
    finally:
        ctx.engine.dispose()
    with serving(sqlite_url, "--proxy-headers", "--trusted-proxy", "127.0.0.3") as server:
        with _client(server.base, "127.0.0.5") as attacker:
            answers = {
                _enrol(attacker, "AAAAA-AAAAA", f"10.9.{n // 250}.{n % 250}") for n in range(200)
            }
            assert answers == {403, 429}
            assert _enrol(attacker, codes[0]) == 429  # the same address waits
        with _client(server.base, "127.0.0.9") as desk:
            assert _enrol(desk, codes[0]) == 200
        with _client(server.base, "127.0.0.3") as proxy:  # the trusted proxy's header counts
            for _ in range(10):
                assert _enrol(proxy, "AAAAA-AAAAA", "203.0.113.7") == 403
            assert _enrol(proxy, codes[1], "203.0.113.7") == 429
            assert _enrol(proxy, codes[1], "203.0.113.8") == 200


def test_proxy_headers_without_a_trusted_proxy_is_refused(sqlite_url: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "entryhub_server", "--db", sqlite_url, "serve", "--proxy-headers"],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert "--trusted-proxy" in done.stderr
