"""A sync cut at every request of a round (tests/sync/proxies.py): whichever request is cut,
cut after the server handled it, cut half-way through its answer or sent twice, the next clean
rounds converge: nothing lost, nothing twice, the erasure everywhere, the outboxes empty."""

from __future__ import annotations

from pathlib import Path

import pytest

from entryhub_desk.errors import DeskError
from entryhub_desk.ids import short_code
from entryhub_desk.services import Session
from entryhub_desk.services.sync import SyncService
from entryhub_desk.store.outbox import count_pending
from entryhub_desk.store.sync_rows import open_conflict_count
from entryhub_desk.store.sync_snapshot import load_snapshot_progress
from entryhub_desk.sync.client import SyncClient
from entryhub_desk.sync.engine import SyncEngine
from tests.conftest import FakeClock
from tests.sync.helpers import add_person, edit_person, enrolled
from tests.sync.proxies import CUT_AFTER, CUT_MID_ANSWER, DUPLICATE, PASS, FaultProxy
from tests.sync.server import LiveServer


class CutAt:
    """Faults the ``at``-th request (1-based) through the proxy; the others pass."""

    def __init__(self, fault: str) -> None:
        self.fault = fault
        self.at = 0
        self.seen = 0

    def __call__(self, _request: bytes) -> str:
        self.seen += 1
        return self.fault if self.seen == self.at else PASS


def _round(session: Session, proxy: FaultProxy) -> None:
    """One round through the proxy, in small batches and pages (many requests)."""
    engine = SyncEngine(
        session.opened.conn,
        session.desk.config.clock,
        client_factory=lambda _url, token: SyncClient(proxy.url, token=token),
        batch_changes=2,
        pull_limit=2,
    )
    try:
        engine.run_round()
    except DeskError as error:
        assert error.code == "sync.unreachable", error.code


def _persons(session: Session) -> set[tuple[str, str, str]]:
    rows = session.opened.conn.execute("SELECT id, given_name, family_name FROM person")
    return {(str(r[0]), str(r[1]), str(r[2])) for r in rows}


def _world(root: Path, server: LiveServer, hub: str, proxy: FaultProxy, cut: CutAt) -> int:
    """Returns how many requests the faulty rounds made."""
    clock = FakeClock(1_790_000_000.0)
    a, sa = enrolled(root, server, "a", clock, hub=hub)
    people = [add_person(a, given_name=f"P{n}") for n in range(4)]
    sa.sync_now()
    b, _ = enrolled(root, server, "b", clock, hub=hub)
    for n in range(3):
        add_person(b, given_name=f"Q{n}")
    edit_person(a, people[0].id, family_name="Edited")
    SyncService(a).erase_person(people[1].id, confirmation=short_code(people[1].id))
    add_person(a, given_name="P4")
    cut.seen = 0
    for session in (a, b, a):  # the faulty phase: b's first sync is a snapshot
        _round(session, proxy)
    made = cut.seen
    cut.at = 0  # then clean rounds
    for session in (a, b, a, b):
        clock.advance(60)
        _round(session, proxy)
    try:
        assert _persons(a) == _persons(b), f"cut at request {cut.seen}"
        names = sorted(name for _, name, _ in _persons(a))
        assert names == ["P0", "P2", "P3", "P4", "Q0", "Q1", "Q2"]
        assert tuple(f for _, n, f in _persons(b) if n == "P0") == ("Edited",)
        for session in (a, b):
            assert count_pending(session.opened.conn) == 0
            assert open_conflict_count(session.opened.conn) == 0
            rejected = session.opened.conn.execute("SELECT count(*) FROM sync_rejected")
            assert rejected.fetchone()[0] == 0
        assert load_snapshot_progress(b.opened.conn) is None
    finally:
        a.close()
        b.close()
    return made


@pytest.mark.parametrize("fault", [CUT_AFTER, CUT_MID_ANSWER, DUPLICATE])
def test_a_round_cut_at_any_request_converges_after(
    tmp_path: Path, server: LiveServer, fault: str
) -> None:
    cut = CutAt(fault)
    proxy = FaultProxy(server.port, cut)
    try:
        cut.at = 1
        total = _world(tmp_path / "w1", server, "Hub1", proxy, cut)
        assert total >= 8  # push batches, snapshot, pull pages of both desks
        for at in range(2, total + 1):
            cut.at = at
            _world(tmp_path / f"w{at}", server, f"Hub{at}", proxy, cut)
    finally:
        proxy.close()
