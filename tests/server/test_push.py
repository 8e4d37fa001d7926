from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import insert
from sqlalchemy.exc import IntegrityError
from starlette.testclient import TestClient

from entryhub_desk.ids import new_id
from entryhub_server import admin
from entryhub_server.context import ServerContext, open_context
from entryhub_server.db import tables as t
from entryhub_server.db.writes import Writes
from entryhub_server.settings import Settings
from entryhub_wire import wire
from tests.server.helpers import FakeClock, enrolled, make_world


def _count(ctx: ServerContext, table: str) -> int:
    with ctx.engine.connect() as conn:
        return int(conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one())


def test_same_batch_twice_applies_once(ctx: ServerContext, client: TestClient) -> None:
    make_world(ctx)
    desk = enrolled(ctx, "Umeå")
    person = desk.new_person()
    batch = [person, desk.change("visit", new_id(), person.entity_id, purpose="cv")]
    first = desk.push_ok(client, batch)
    events = _count(ctx, "event")
    second = desk.push_ok(client, batch)
    assert first.acknowledged == second.acknowledged == {1: 2}
    assert _count(ctx, "event") == events == 2
    assert first.highest_epoch == 1 and not first.rejected


def test_overlapping_batches_and_gaps_give_the_contiguous_ack(
    ctx: ServerContext, client: TestClient
) -> None:
    make_world(ctx)
    desk = enrolled(ctx, "Umeå")
    person = desk.new_person()
    visits = [desk.change("visit", new_id(), person.entity_id, purpose="x") for _ in range(5)]
    changes = [person, *visits]  # seq 1..6
    assert desk.push_ok(client, changes[:3]).acknowledged == {1: 3}
    # seq 5 and 6 arrive before 4 (a cut batch resent in part): the ack stays at 3
    assert desk.push_ok(client, [changes[4], changes[5]]).acknowledged == {1: 3}
    # the overlapping resend fills the gap
    assert desk.push_ok(client, changes[2:]).acknowledged == {1: 6}
    assert _count(ctx, "event") == 6


def test_epochs_are_numbered_apart(ctx: ServerContext, client: TestClient) -> None:
    make_world(ctx)
    desk = enrolled(ctx, "Umeå")
    first = desk.new_person()
    desk.push_ok(client, [first])
    desk.epoch, desk.next_seq = 2, 1  # restored from a backup: a new epoch
    answer = desk.push_ok(client, [desk.new_person("Sara")])
    assert answer.acknowledged == {2: 1} and answer.highest_epoch == 2
    assert desk.push_ok(client, []).highest_epoch == 2


def test_audit_head_going_backwards_is_flagged(ctx: ServerContext, client: TestClient) -> None:
    make_world(ctx)
    desk = enrolled(ctx, "Umeå")
    assert desk.push_ok(client, [], head=wire.AuditHead(10, "a" * 64)).audit_flag is None
    assert desk.push_ok(client, [], head=wire.AuditHead(12, "b" * 64)).audit_flag is None
    assert desk.push_ok(client, [], head=wire.AuditHead(12, "c" * 64)).audit_flag == "forked"
    assert desk.push_ok(client, [], head=wire.AuditHead(11, "d" * 64)).audit_flag == "rewound"
    rows = admin.list_devices(ctx)
    assert rows[0]["audit_flag"] == "rewound"


def test_push_with_another_devices_numbering_is_rejected(
    ctx: ServerContext, client: TestClient
) -> None:
    make_world(ctx)
    desk, other = enrolled(ctx, "Umeå"), enrolled(ctx, "Umeå")
    stolen = other.new_person()
    answer = desk.push_ok(client, [stolen])
    assert answer.rejected == (wire.Rejection(1, 1, wire.REJECT_WRONG_DEVICE),)
    assert answer.acknowledged == {1: 1}  # held (never applied), so the desk stops sending it
    assert _count(ctx, "event") == 0


def test_a_failed_write_at_commit_rolls_the_whole_push_back(pg_url: str) -> None:
    """On PostgreSQL the writes go with the COMMIT in one pipeline: a failure there is raised
    as SQLAlchemy's error (IntegrityError here, OperationalError → 503) and nothing stays."""
    ctx = open_context(Settings(db_url=pg_url))
    try:
        with pytest.raises(IntegrityError), ctx.engine.begin() as conn:
            conn.execute(insert(t.network).values(id="n1", name="North", created_at=0.0))
            writes = Writes(conn)
            writes.insert(t.hub, [{"id": "h1", "network_id": "n1", "name": "A", "created_at": 0.0}])
            writes.insert(t.counter, [{"name": "position", "value": 7}])  # the row exists
            writes.finish([])
        assert _count(ctx, "network") == _count(ctx, "hub") == 0
        with ctx.engine.connect() as conn:  # the pooled connection is usable again
            assert conn.exec_driver_sql("SELECT value FROM counter").scalar_one() == 0
    finally:
        ctx.engine.dispose()


def test_a_person_owned_change_without_person_id_is_refused(
    ctx: ServerContext, client: TestClient
) -> None:
    """Held as a hub record, no desk could ever apply it (it would wait there for ever)."""
    make_world(ctx)
    desk = enrolled(ctx, "Umeå")
    person = desk.new_person()
    visit_id = new_id()
    orphans = [
        desk.change("visit", visit_id, None, purpose="cv"),
        desk.change("profile_skill", new_id(), None, name="welding"),
        desk.change("consent", new_id(), None, purpose="share_across_hubs", given=True),
    ]
    hub_record = desk.change("hub_notice", new_id(), None, text="closed on Friday")
    answer = desk.push_ok(client, [person, *orphans, hub_record])
    assert answer.acknowledged == {1: 5}
    assert [(r.seq, r.reason) for r in answer.rejected] == [
        (2, wire.REJECT_PERSON_MISSING),
        (3, wire.REJECT_PERSON_MISSING),
        (4, wire.REJECT_PERSON_MISSING),
    ]
    # nothing of them is stored or served; a hub record of an entity the server does not
    # know (a newer desk's) is still a hub record
    other = enrolled(ctx, "Umeå")
    events, _ = other.pull_all(client)
    served = {e.change.entity_id for e in events if isinstance(e, wire.PulledChange)}
    assert served == {person.entity_id, hub_record.entity_id}
    # the record was not taken as a hub record: the corrected change is applied
    fixed = desk.change("visit", visit_id, person.entity_id, person_id=person.entity_id)
    assert not desk.push_ok(client, [fixed]).rejected
    events, _ = other.pull_all(client)
    assert visit_id in {e.change.entity_id for e in events if isinstance(e, wire.PulledChange)}


def test_received_rows_are_kept_for_gaps_and_rejections_only(
    ctx: ServerContext, client: TestClient
) -> None:
    """A key up to its epoch's contiguous seq is held by ``device_epoch`` alone; ``received``
    keeps the keys above it and the rejected ones (with why), so a batch sent again is
    answered the same and applies nothing twice."""
    make_world(ctx)
    desk = enrolled(ctx, "Umeå")
    person = desk.new_person()
    orphan = desk.change("visit", new_id(), None, purpose="cv")  # rejected: no person
    visits = [desk.change("visit", new_id(), person.entity_id, purpose="x") for _ in range(4)]
    first = desk.push_ok(client, [person, orphan, visits[0]])
    assert first.acknowledged == {1: 3}
    assert first.rejected == (wire.Rejection(1, 2, wire.REJECT_PERSON_MISSING),)
    assert _count(ctx, "received") == 1 and _count(ctx, "event") == 2
    assert desk.push_ok(client, [person, orphan, visits[0]]) == first  # the answer was lost
    assert _count(ctx, "received") == 1 and _count(ctx, "event") == 2
    # seq 6 before 4 and 5: held above the contiguous seq, as a row
    assert desk.push_ok(client, [visits[3]]).acknowledged == {1: 3}
    assert _count(ctx, "received") == 2 and _count(ctx, "event") == 3
    again = desk.push_ok(client, visits)  # 3..6: 4 and 5 are new, 3 and 6 held
    assert again.acknowledged == {1: 6} and again.rejected == ()
    assert _count(ctx, "event") == 5
    whole = desk.push_ok(client, [person, orphan, *visits])
    assert whole.acknowledged == {1: 6} and whole.rejected == first.rejected
    assert _count(ctx, "event") == 5


def test_one_batch_sent_at_once_on_two_connections_applies_once(ctx: ServerContext) -> None:
    """Two transactions for one device (two server processes): the device's row lock makes
    the second wait and then find every key held."""
    from concurrent.futures import ThreadPoolExecutor

    from entryhub_server.push import apply_push
    from tests.server.helpers import device_of

    make_world(ctx)
    desk = enrolled(ctx, "Umeå")
    person = desk.new_person()
    batch = [person] + [desk.change("visit", new_id(), person.entity_id, n=i) for i in range(30)]
    request = wire.PushRequest(tuple(batch), None)
    device = device_of(ctx, desk)
    for _ in range(3):
        with ThreadPoolExecutor(2) as pool:
            answers = list(pool.map(lambda _: apply_push(ctx, device, request), range(2)))
        assert answers[0] == answers[1] and answers[0].acknowledged == {1: 31}
        assert _count(ctx, "event") == 31
        assert _count(ctx, "received") == 0


def test_a_group_notes_each_devices_last_seen_and_audit_head(
    ctx: ServerContext, clock: FakeClock
) -> None:
    """One statement updates every device of a group: each gets its own values."""
    from entryhub_server.push import PushJob, apply_group

    make_world(ctx)
    desks = [enrolled(ctx, "Umeå") for _ in range(3)]
    clock.advance(120)
    heads = [wire.AuditHead(5, "a" * 64), None, wire.AuditHead(9, "b" * 64)]
    jobs = [
        PushJob(wire.PushRequest((desk.new_person(),), head), token=desk.token)
        for desk, head in zip(desks, heads, strict=True)
    ]
    apply_group(ctx, jobs)
    assert all(job.error is None for job in jobs)
    rows = {row["id"]: row for row in admin.list_devices(ctx)}
    assert [rows[desk.device_id]["audit_seq"] for desk in desks] == [5, None, 9]
    assert {rows[desk.device_id]["last_seen_at"] for desk in desks} == {ctx.now()}
    assert ctx.now() > min(row["enrolled_at"] for row in rows.values())


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.lists(
            st.one_of(
                st.integers(0, 10**13 - 1).map(lambda ms: f"{ms:013d}-0000-dev"),
                st.text(max_size=20),
            ),
            min_size=2,
            max_size=4,
        ),
        max_size=5,
    ),
    st.floats(0, 2e9),
)
def test_the_quick_clock_check_refuses_what_clock_ahead_refuses(
    clocks: list[list[str]], now: float
) -> None:
    """A push's clocks are compared as text first; the refusal is the same as parsing each."""
    from types import SimpleNamespace
    from typing import Any, cast

    from entryhub_server.clocks import clock_ahead
    from entryhub_server.push import PushJob, _clocks_within_bound

    changes = tuple(
        wire.Change(
            "dev", 1, seq, "visit", f"v{seq}", "p", hlcs[0],
            {f"f{i}": wire.FieldValue(1, hlc) for i, hlc in enumerate(hlcs[1:])},
        )
        for seq, hlcs in enumerate(clocks, start=1)
    )  # fmt: skip
    request = wire.PushRequest(changes, None)
    ctx = cast(Any, SimpleNamespace(settings=Settings(db_url="sqlite://", clock_margin=600)))
    job = PushJob(request, device_id="dev")
    live = _clocks_within_bound(ctx, [job], now)
    expected = clock_ahead(request, now, 600)
    assert (live == []) == (expected is not None)
    assert (job.error is None) == (expected is None)
