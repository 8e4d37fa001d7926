"""Sync over slow links: the adaptive policy (unit) and rounds through throttling proxies."""

from __future__ import annotations

from pathlib import Path

import pytest

from entryhub_desk.services import Session
from entryhub_desk.store.outbox import count_pending
from entryhub_desk.store.repositories import PersonRepository
from entryhub_desk.store.sync_state import load_link_state, save_link_state, update_sync_state
from entryhub_desk.sync import link
from entryhub_desk.sync.client import SyncClient
from entryhub_desk.sync.engine import SyncProgress
from entryhub_desk.sync.link import Exchange, LinkPolicy
from tests.sync.helpers import add_person, enrolled
from tests.sync.proxies import HOLD, PASS, FaultProxy, ShapingProxy
from tests.sync.server import LiveServer

# -- the policy ------------------------------------------------------------------------------


def test_batch_grows_after_quick_full_requests_only() -> None:
    policy = LinkPolicy()
    start = policy.batch_bytes
    policy.succeeded(Exchange(sent=8000, received=200, seconds=4.0), full=True)  # 2 KB/s
    assert policy.batch_bytes == 2 * start
    policy.succeeded(Exchange(sent=8000, received=200, seconds=4.0), full=False)
    assert policy.batch_bytes == 2 * start  # a partial batch says nothing about the size
    for _ in range(20):
        policy.succeeded(Exchange(sent=8000, received=200, seconds=4.0), full=True)
    assert policy.batch_bytes == link.MAX_BATCH_BYTES


def test_a_fast_link_grows_the_batch_to_what_it_carries() -> None:
    policy = LinkPolicy()
    policy.succeeded(Exchange(sent=16_000, received=200, seconds=0.5), full=True)
    assert policy.rate is not None
    assert policy.batch_bytes == int(policy.rate * link.TARGET_SECONDS / 2) > 4 * 16 * 1024


def test_batch_eases_off_when_slow_and_quarters_on_timeout() -> None:
    policy = LinkPolicy(batch_bytes=64 * 1024)
    policy.succeeded(Exchange(sent=64 * 1024, received=200, seconds=60.0), full=True)
    assert policy.batch_bytes == 48 * 1024
    policy.succeeded(Exchange(sent=64 * 1024, received=200, seconds=15.0), full=True)
    assert policy.batch_bytes == 48 * 1024  # within the target: kept
    policy.timed_out(Exchange(sent=48 * 1024, received=0, seconds=30.0))
    assert policy.batch_bytes == 12 * 1024
    for _ in range(5):
        policy.timed_out(Exchange(sent=2048, received=0, seconds=30.0))
    assert policy.batch_bytes == link.MIN_BATCH_BYTES
    # a batch cut by its change count below the budget: a quarter of what went, not of the budget
    large = LinkPolicy(batch_bytes=link.MAX_BATCH_BYTES)
    large.timed_out(Exchange(sent=46_000, received=0, seconds=30.0))
    assert large.batch_bytes == 46_000 // 4


def test_timeouts_scale_with_payload_above_a_floor() -> None:
    policy = LinkPolicy(rate=1000.0)  # 8 kbit/s measured
    small = policy.timeouts(send_bytes=500, expect_bytes=1024)
    large = policy.timeouts(send_bytes=100_000, expect_bytes=1024)
    assert small.read == small.write == link.FLOOR_TIMEOUT
    assert large.write == pytest.approx(link.BASE_TIMEOUT + (100_000 + link.HEADER_BYTES) / 1000)
    assert large.read == pytest.approx(
        link.BASE_TIMEOUT + (100_000 + 1024 + link.HEADER_BYTES) / 1000
    )
    assert small.connect == large.connect == link.CONNECT_TIMEOUT
    page = policy.timeouts(send_bytes=200, expect_bytes=200_000)
    assert page.read > page.write  # a large answer waits longer for it
    huge = policy.timeouts(send_bytes=10**9, expect_bytes=0)
    assert huge.read == link.MAX_TIMEOUT


def test_a_timeout_lowers_the_rate_so_the_next_wait_is_longer() -> None:
    policy = LinkPolicy(rate=1_000_000.0, floor=1.0, base=1.0)
    before = policy.timeouts(send_bytes=20_000, expect_bytes=1024).read
    policy.timed_out(Exchange(sent=20_000, received=0, seconds=before))
    assert policy.rate is not None and policy.rate < 1_000_000.0
    assert policy.timeouts(send_bytes=20_000, expect_bytes=1024).read > before


def test_rate_and_ratio_are_measured() -> None:
    policy = LinkPolicy()
    policy.succeeded(
        Exchange(sent=10_000, received=400, seconds=11.0, raw_sent=50_000, raw_received=900),
        full=False,
    )
    assert policy.rate == pytest.approx((10_400 + link.HEADER_BYTES) / 11.0)
    assert link.DEFAULT_RATIO < policy.ratio < 5.0
    assert policy.json_budget() == int(policy.batch_bytes * policy.ratio)


def test_learnt_state_is_kept_per_server() -> None:
    policy = LinkPolicy(batch_bytes=40_000, rate=1234.5, ratio=4.5)
    text = policy.to_text("https://a.example")
    again = LinkPolicy()
    again.restore(text, "https://a.example")
    assert (again.batch_bytes, again.rate, again.ratio) == (40_000, 1234.5, 4.5)
    other = LinkPolicy()
    other.restore(text, "https://b.example")
    assert other == LinkPolicy()
    for damaged in ("", "{", "[]", '{"server_url": "https://a.example", "batch_bytes": "x"}'):
        fresh = LinkPolicy()
        fresh.restore(damaged, "https://a.example")
        assert fresh == LinkPolicy()


# -- through a real server -------------------------------------------------------------------

FLOOR = 1.0  # the least timeout in these tests: a fast link answers well within it


def _slow_client(url: str, token: str | None) -> SyncClient:
    return SyncClient(url, token=token, timeout=FLOOR)


def _held_client(url: str, token: str | None) -> SyncClient:
    return SyncClient(url, token=token, timeout=3 * FLOOR)  # a busy machine answers within it


def _persons(session: Session, count: int) -> list[str]:
    return [
        add_person(
            session,
            given_name=f"Visitor {index} Abdirahman",
            family_name=f"Family {index} Mohamed-Osman",
            phone=f"070-{index:03d} 45 {index % 100:02d}",
        ).id
        for index in range(count)
    ]


def test_a_throttled_link_completes_and_every_round_makes_progress(
    tmp_path: Path, server: LiveServer
) -> None:
    """16 kbit/s: a push of these changes needs seconds, far more than the 1 s floor. A fixed
    timeout gives up on every attempt and sends the same batch again; timeouts that follow the
    payload let every round move on."""
    a, sa = enrolled(tmp_path, server, "a", client_factory=_slow_client)
    b, sb = enrolled(tmp_path, server, "b", client_factory=_slow_client)
    ids = _persons(a, 100)
    proxy = ShapingProxy(server.port, bits_per_second=16_000, rtt=0.1)
    try:
        for session in (a, b):
            update_sync_state(session.opened.conn, server_url=proxy.url)
        seen: list[SyncProgress] = []
        rounds = []
        while count_pending(a.opened.conn) and len(rounds) < 10:
            rounds.append(sa.sync_now(progress=seen.append))
        assert count_pending(a.opened.conn) == 0
        assert all(r.acknowledged > 0 for r in rounds)
        assert seen and seen[-1].changes_sent == rounds[-1].acknowledged
        sent = [p.bytes_sent for p in seen]
        assert sent == sorted(sent)
        largest = max(later - earlier for earlier, later in zip([0, *sent], sent, strict=False))
        assert largest > 1.5 * 2000 * FLOOR  # a request that needs more than the floor
        pulled: list[SyncProgress] = []
        result = sb.sync_now(progress=pulled.append)
        assert result.pulled > 0 and pulled[-1].changes_received == result.pulled
        people = PersonRepository(b.opened.context)
        assert {people.get(i).id for i in ids} == set(ids)
        assert load_link_state(a.opened.conn) is not None
    finally:
        proxy.close()


def test_pull_pages_follow_the_link_budget(tmp_path: Path, server: LiveServer) -> None:
    """The same changes pulled from the log with the smallest and the largest learnt size:
    the small budget takes more, smaller pages (and grows on the way)."""
    a, sa = enrolled(tmp_path, server, "a", client_factory=_slow_client)
    desks = {}
    for name in ("small", "large"):
        clients: list[SyncClient] = []

        def recording(url: str, token: str | None, kept: list[SyncClient] = clients) -> SyncClient:
            kept.append(SyncClient(url, token=token))
            return kept[-1]

        session, service = enrolled(tmp_path, server, name, client_factory=recording)
        service.sync_now()  # the first sync (a snapshot of nothing yet)
        desks[name] = (session, service, clients)
    ids = _persons(a, 80)
    sa.sync_now()
    pulls: dict[str, int] = {}
    for name, size in (("small", link.MIN_BATCH_BYTES), ("large", link.MAX_BATCH_BYTES)):
        session, service, clients = desks[name]
        slow = LinkPolicy(batch_bytes=size, rate=1000.0)  # learnt on a slow link
        save_link_state(session.opened.conn, slow.to_text(server.url))
        result = service.sync_now()
        people = PersonRepository(session.opened.context)
        assert {people.get(i).id for i in ids} == set(ids)
        pulls[name] = clients[-1].traffic.paths.count("/v1/sync/pull")
        if name == "small":
            assert result.batch_bytes > link.MIN_BATCH_BYTES  # it grew on the way
    assert pulls["large"] == 1
    assert pulls["small"] > 2


def test_a_push_that_timed_out_after_it_was_applied_goes_again_smaller(
    tmp_path: Path, server: LiveServer
) -> None:
    """The server applies the batch, its answer never comes: the retry is smaller, and its
    answer acknowledges everything the first one carried."""
    a, sa = enrolled(tmp_path, server, "a", client_factory=_held_client)
    sa.sync_now()
    _persons(a, 40)
    held: list[int] = []

    def decide(request: bytes) -> str:
        if request.startswith(b"POST /v1/sync/push") and not held and len(request) > 2000:
            held.append(len(request))
            return HOLD
        return PASS

    proxy = FaultProxy(server.port, decide)
    try:
        conn = a.opened.conn
        update_sync_state(conn, server_url=proxy.url)
        fast = LinkPolicy(batch_bytes=8 * 1024, rate=1e9, ratio=3.0)  # learnt on a fast link
        save_link_state(conn, fast.to_text(proxy.url))
        result = sa.sync_now()
        assert held and result.timeouts >= 1
        assert count_pending(conn) == 0
        at = proxy.requests.index((HOLD, held[0]))
        assert proxy.requests[at + 1][1] < held[0]  # not sent whole again, but smaller
        # and its answer acknowledged what the held batch carried: more than it carried itself
        # (``pushed`` counts the changes of answered pushes only)
        assert result.pushed < result.acknowledged
    finally:
        proxy.close()
