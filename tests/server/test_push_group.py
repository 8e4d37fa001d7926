"""Group commit: many pushes in one transaction answer each sender as if it had been alone."""

from __future__ import annotations

import asyncio

from sqlalchemy import event, select

from entryhub_desk.ids import new_id
from entryhub_server import admin
from entryhub_server.context import ServerContext, open_context
from entryhub_server.db import tables as t
from entryhub_server.errors import ServerError
from entryhub_server.push import PushJob, apply_group
from entryhub_server.push_queue import PushQueue
from entryhub_server.settings import Settings
from entryhub_wire import wire
from tests.server.helpers import TEST_MASTER, Desk, FakeClock, enrolled, make_world


def _positions(ctx: ServerContext) -> list[tuple[int, str, int]]:
    with ctx.engine.connect() as conn:
        rows = conn.execute(
            select(t.event.c.position, t.event.c.device_id, t.event.c.seq).order_by(
                t.event.c.position
            )
        )
        return [(int(r.position), str(r.device_id), int(r.seq)) for r in rows]


def _job(desk: Desk, changes: list[wire.Change]) -> PushJob:
    return PushJob(wire.PushRequest(tuple(changes), None), token=desk.token)


def test_a_group_answers_each_push_as_if_alone(ctx: ServerContext) -> None:
    make_world(ctx)
    first, second, other_hub = enrolled(ctx, "Umeå"), enrolled(ctx, "Umeå"), enrolled(ctx, "Luleå")
    gone = enrolled(ctx, "Umeå")
    admin.revoke(ctx, gone.device_id)
    person = first.new_person()
    visit = first.change("visit", new_id(), person.entity_id, purpose="cv")
    # a later push of the same desk in the same group: applied after the first one
    again = first.change("visit", new_id(), person.entity_id, purpose="job_match")
    jobs = [
        _job(first, [person, visit]),
        # made by the first push of this very group: the same hub's desk may write to it
        _job(second, [second.change("visit", new_id(), person.entity_id, purpose="mentor")]),
        _job(other_hub, [other_hub.change("visit", new_id(), person.entity_id, purpose="cv")]),
        _job(first, [again]),
        _job(gone, [gone.new_person()]),
        PushJob(wire.PushRequest((), None), token="not-a-token"),
    ]
    apply_group(ctx, jobs)

    mine, same_hub, foreign, later, revoked, unknown = jobs
    assert mine.response is not None and mine.error is None
    assert mine.response.acknowledged == {1: 2} and not mine.response.rejected
    assert same_hub.response is not None and not same_hub.response.rejected
    assert foreign.response is not None
    assert foreign.response.acknowledged == {1: 1}  # held, so the desk stops sending it
    assert [r.seq for r in foreign.response.rejected] == [1]
    assert later.response is not None and later.response.acknowledged == {1: 3}
    assert isinstance(revoked.error, ServerError) and revoked.error.code == wire.ERR_REVOKED
    assert isinstance(unknown.error, ServerError)
    assert unknown.error.code == wire.ERR_UNAUTHORIZED
    positions = _positions(ctx)
    # every accepted change once, numbered without a gap, each desk's in its own order
    assert [p for p, _, _ in positions] == list(range(1, 5))
    assert [(d, s) for _, d, s in positions if d == first.device_id] == [
        (first.device_id, 1),
        (first.device_id, 2),
        (first.device_id, 3),
    ]
    assert (second.device_id, 1) in [(d, s) for _, d, s in positions]


def test_a_push_that_breaks_its_group_fails_alone(ctx: ServerContext) -> None:
    """An error that is not the database being unavailable: the group is applied again one
    push at a time, and only the push that caused it gets the error."""
    make_world(ctx)
    good, bad = enrolled(ctx, "Umeå"), enrolled(ctx, "Umeå")
    broken = bad.new_person()
    # a seq no database integer holds (the wire format would refuse it; the server must
    # still not lose the other pushes of the group over it)
    broken = wire.Change(**{**broken.__dict__, "seq": 2**70})
    jobs = [_job(good, [good.new_person()]), _job(bad, [broken])]
    apply_group(ctx, jobs)
    assert jobs[0].response is not None and jobs[0].response.acknowledged == {1: 1}
    assert jobs[1].error is not None and jobs[1].response is None
    assert [d for _, d, _ in _positions(ctx)] == [good.device_id]


def test_pushes_waiting_together_go_in_one_transaction(ctx: ServerContext) -> None:
    make_world(ctx)
    desks = [enrolled(ctx, "Umeå") for _ in range(12)]
    queue = PushQueue(ctx)

    async def push_all() -> list[wire.PushResponse]:
        # all are queued before the drain task first runs: one group
        return await asyncio.gather(
            *(
                queue.push(desk.token, wire.PushRequest((desk.new_person(),), None))
                for desk in desks
            )
        )

    answers = asyncio.run(push_all())
    assert [answer.acknowledged for answer in answers] == [{1: 1}] * len(desks)
    assert queue.groups_applied == 1
    assert len(_positions(ctx)) == len(desks)


def test_a_group_stops_at_its_change_cap_and_the_rest_follow(ctx: ServerContext) -> None:
    make_world(ctx)
    desks = [enrolled(ctx, "Umeå") for _ in range(6)]
    queue = PushQueue(ctx, max_changes=4)

    def batch(desk: Desk) -> wire.PushRequest:
        person = desk.new_person()
        return wire.PushRequest(
            (person, desk.change("visit", new_id(), person.entity_id, purpose="cv")), None
        )

    async def push_all() -> list[wire.PushResponse | BaseException]:
        calls = [queue.push(desk.token, batch(desk)) for desk in desks]
        calls.append(queue.push("not-a-token", wire.PushRequest((), None)))
        return await asyncio.gather(*calls, return_exceptions=True)

    *answers, refused = asyncio.run(push_all())
    assert all(isinstance(a, wire.PushResponse) and a.acknowledged == {1: 2} for a in answers)
    assert isinstance(refused, ServerError) and refused.status == 401
    assert queue.groups_applied == 3  # 2 + 2 + 2 pushes of 2 changes (the empty one fits)
    assert len(_positions(ctx)) == 12


def test_beyond_the_waiting_limit_a_push_is_told_to_come_back(ctx: ServerContext) -> None:
    make_world(ctx)
    desks = [enrolled(ctx, "Umeå") for _ in range(5)]
    requests = [wire.PushRequest((d.new_person(),), None) for d in desks]
    queue = PushQueue(ctx, max_changes=100, max_waiting=3)

    async def push_all() -> list[wire.PushResponse | BaseException]:
        calls = [queue.push(d.token, r) for d, r in zip(desks, requests, strict=True)]
        return await asyncio.gather(*calls, return_exceptions=True)

    answers = asyncio.run(push_all())
    assert [getattr(a, "status", 200) for a in answers] == [200, 200, 200, 503, 503]
    busy = answers[-1]
    assert isinstance(busy, ServerError) and busy.code == wire.ERR_BUSY
    assert busy.headers["Retry-After"]
    assert len(_positions(ctx)) == 3  # the three that waited were applied
    # once the queue has drained, a desk that was turned away sends its batch again
    retry = asyncio.run(queue.push(desks[-1].token, requests[-1]))
    assert retry.acknowledged == {1: 1}
    assert len(_positions(ctx)) == 4


def test_a_group_reads_in_a_fixed_number_of_statements_before_its_writes(
    pg_url: str, clock: FakeClock
) -> None:
    """On PostgreSQL a group's writes go in one pipeline with the commit; before them it
    reads the devices, what they have had received, the persons, the records and the data
    keys: five statements for one push or for many (the devices' last-seen and audit heads
    are written with the other writes, the two reads of what was received are one)."""
    ctx = open_context(Settings(db_url=pg_url, clock=clock, migrate=False, master_key=TEST_MASTER))
    make_world(ctx)
    desks = [enrolled(ctx, "Umeå") for _ in range(3)]
    sent: list[str] = []

    def note(_conn: object, _cursor: object, statement: str, *_rest: object) -> None:
        sent.append(statement)

    def push(desk: Desk) -> PushJob:
        person = desk.new_person()
        return _job(desk, [person, desk.change("visit", new_id(), person.entity_id, n=1)])

    event.listen(ctx.engine, "before_cursor_execute", note)
    try:
        for group in ([desks[0]], desks[1:]):
            jobs = [push(desk) for desk in group]
            sent.clear()
            apply_group(ctx, jobs)
            assert all(job.error is None for job in jobs)
            assert len(sent) == 5, sent
    finally:
        event.remove(ctx.engine, "before_cursor_execute", note)
    with ctx.engine.connect() as conn:
        seen = conn.execute(
            select(t.device.c.last_seen_at).where(t.device.c.id == desks[2].device_id)
        )
        assert seen.scalar_one() == clock()  # written with the group's other writes
    ctx.engine.dispose()
