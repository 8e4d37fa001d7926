from __future__ import annotations

import pytest

from entryhub_desk.store import outbox
from entryhub_desk.store.connection import DeskConnection, transaction
from entryhub_desk.store.hlc import Hlc
from entryhub_desk.store.identity import DeskIdentity, start_new_epoch

from .conftest import FakeClock


def change(conn: DeskConnection, clock: FakeClock, entity_id: str = "e1") -> str:
    return outbox.record_change(
        conn, clock, entity="person", entity_id=entity_id, values={"given_name": "Amina"}
    )


def test_record_and_list(conn: DeskConnection, identity: DeskIdentity, clock: FakeClock) -> None:
    first = change(conn, clock)
    second = change(conn, clock, "e2")
    assert Hlc.parse(first) < Hlc.parse(second)
    entries = outbox.pending(conn)
    assert [(e.epoch, e.seq, e.entity_id) for e in entries] == [(1, 1, "e1"), (1, 2, "e2")]
    assert entries[0].device_id == identity.device_id
    assert entries[0].fields == {"given_name": {"value": "Amina", "hlc": first}}
    assert entries[0].created_at == "2024-05-29T16:26:40.000000Z"
    assert outbox.count_pending(conn) == 2
    assert len(outbox.pending(conn, limit=1)) == 1


def test_rollback_leaves_no_trace(
    conn: DeskConnection, identity: DeskIdentity, clock: FakeClock
) -> None:
    change(conn, clock)
    with pytest.raises(RuntimeError), transaction(conn):
        change(conn, clock, "e2")
        raise RuntimeError("boom")
    change(conn, clock, "e3")
    assert [(e.seq, e.entity_id) for e in outbox.pending(conn)] == [(1, "e1"), (2, "e3")]


def test_hlc_state_persists(conn: DeskConnection, identity: DeskIdentity, clock: FakeClock) -> None:
    stamps = [change(conn, clock) for _ in range(5)]
    assert stamps == sorted(stamps)
    assert len(set(stamps)) == 5
    clock.advance(-3600)  # clock set back: clocks still increase
    assert change(conn, clock) > stamps[-1]


def test_observe_remote_clock(
    conn: DeskConnection, identity: DeskIdentity, clock: FakeClock
) -> None:
    future = Hlc(int(clock() * 1000) + 60_000, 5, "ffffffff-0000-7000-8000-000000000000")
    outbox.observe_hlc(conn, clock, str(future))
    assert Hlc.parse(change(conn, clock)) > future


def test_acknowledge(conn: DeskConnection, identity: DeskIdentity, clock: FakeClock) -> None:
    for i in range(4):
        change(conn, clock, f"e{i}")
    assert outbox.acknowledge(conn, epoch=1, up_to_seq=2) == 2
    assert [e.seq for e in outbox.pending(conn)] == [3, 4]


def test_new_epoch_numbers_from_one(
    conn: DeskConnection, identity: DeskIdentity, clock: FakeClock
) -> None:
    change(conn, clock, "old")
    start_new_epoch(conn)
    change(conn, clock, "new")
    assert [(e.epoch, e.seq) for e in outbox.pending(conn)] == [(1, 1), (2, 1)]
    assert outbox.acknowledge(conn, epoch=2, up_to_seq=1) == 1
    assert [(e.epoch, e.seq) for e in outbox.pending(conn)] == [(1, 1)]
