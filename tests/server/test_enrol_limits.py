"""Enrolment limits behind a reverse proxy: X-Forwarded-For only from trusted proxies, failures
per address and per IPv6 /64, never in total (both backends; the real process in
test_enrol_proxy_serve.py)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from contextlib import contextmanager

from starlette.testclient import TestClient

from entryhub_server import admin
from entryhub_server.app import create_app
from entryhub_server.context import ServerContext
from entryhub_wire import wire
from tests.server.helpers import Desk, make_world

PROXY = "10.0.0.2"


@contextmanager
def peer(ctx: ServerContext, address: str, *proxies: str) -> Iterator[TestClient]:
    """A client whose connection comes from ``address``, to a server trusting ``proxies``."""
    settings = dataclasses.replace(ctx.settings, trusted_proxies=proxies)
    app = create_app(context=dataclasses.replace(ctx, settings=settings))
    with TestClient(app, base_url="http://127.0.0.1", client=(address, 40000)) as client:
        yield client


def post(client: TestClient, code: str, forwarded: str | None = None) -> int:
    headers = wire.protocol_headers()
    if forwarded is not None:
        headers["X-Forwarded-For"] = forwarded
    body = wire.encode_body(Desk().enrol_request(code).to_json())
    return int(client.post(wire.PATH_ENROL, content=body, headers=headers).status_code)


def test_spoofed_forwarded_for_from_an_untrusted_peer_locks_only_that_peer(
    ctx: ServerContext,
) -> None:
    """One host, 200 failures each naming another address: before, the whole server's
    enrolment was locked for ten minutes; now only that host is."""
    make_world(ctx)
    with peer(ctx, "198.51.100.9", PROXY) as attacker:
        answers = [post(attacker, "AAAAA-AAAAA", f"203.0.113.{n % 250}") for n in range(200)]
        limit = ctx.settings.enrol_failures_per_client
        assert answers[:limit] == [403] * limit and set(answers[limit:]) == {429}
        # and a correct code from the limited address waits too (else guessing goes on)
        assert post(attacker, admin.enrolment_code(ctx, hub="Umeå").code) == 429
    with peer(ctx, "198.51.100.10", PROXY) as desk:
        assert post(desk, admin.enrolment_code(ctx, hub="Umeå").code) == 200
    with peer(ctx, PROXY, PROXY) as proxy:  # nor anyone behind the proxy
        assert post(proxy, admin.enrolment_code(ctx, hub="Umeå").code, "203.0.113.5") == 200


def test_without_trusted_proxies_the_header_is_ignored(ctx: ServerContext) -> None:
    make_world(ctx)
    with peer(ctx, "127.0.0.1") as local:
        for _ in range(ctx.settings.enrol_failures_per_client):
            assert post(local, "AAAAA-AAAAA", "203.0.113.1") == 403
        # another forwarded address does not escape: the peer is the client
        assert post(local, admin.enrolment_code(ctx, hub="Umeå").code, "203.0.113.2") == 429


def test_a_trusted_proxy_names_the_client(ctx: ServerContext) -> None:
    make_world(ctx)
    with peer(ctx, PROXY, "10.0.0.0/24") as proxy:
        for n in range(ctx.settings.enrol_failures_per_client):
            # a client's own entries lie left of what the proxy appends: never reached
            assert post(proxy, "AAAAA-AAAAA", f"192.0.2.{n}, 203.0.113.7") == 403
        code = admin.enrolment_code(ctx, hub="Umeå").code
        assert post(proxy, code, "203.0.113.7") == 429
        assert post(proxy, code, "192.0.2.200, 203.0.113.8") == 200
        # a chain of trusted proxies is walked from the right
        second = admin.enrolment_code(ctx, hub="Umeå").code
        assert post(proxy, second, "203.0.113.7, 10.0.0.9") == 429
        assert post(proxy, second, "203.0.113.9, 10.0.0.9") == 200


def test_ipv6_failures_count_per_64(ctx: ServerContext) -> None:
    """One host holds a /64: its addresses share one count."""
    make_world(ctx)
    per_network = ctx.settings.enrol_failures_per_network
    with peer(ctx, PROXY, PROXY) as proxy:
        for n in range(per_network):  # one failure per address: each address is far from its limit
            assert post(proxy, "AAAAA-AAAAA", f"2001:db8:1:2::{n + 1:x}") == 403
        code = admin.enrolment_code(ctx, hub="Umeå").code
        assert post(proxy, code, "2001:db8:1:2:ffff::1") == 429
        assert post(proxy, code, "2001:db8:1:3::1") == 200
    # a peer's own IPv6 address the same way
    with peer(ctx, "2001:db8:1:2::abcd") as direct:
        assert post(direct, admin.enrolment_code(ctx, hub="Umeå").code) == 429
