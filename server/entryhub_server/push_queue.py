"""Group commit for pushes: the pushes that arrive while a group is being applied go
together in the next group (one transaction, :func:`entryhub_server.push.apply_group`).

No timer and no added wait: a lone push is applied at once; under load, each transaction
takes everything that queued up meanwhile (up to :data:`MAX_GROUP_CHANGES` changes), so the
per-transaction costs (round trips, locks, the commit, the counter's turn) are paid once per
group instead of once per push, and one thread does the database work instead of many
threads taking turns at the interpreter lock.
"""

from __future__ import annotations

import asyncio
from collections import deque

from fastapi.concurrency import run_in_threadpool

from entryhub_server.context import ServerContext
from entryhub_server.errors import ServerError
from entryhub_server.push import PushJob, apply_group
from entryhub_wire import wire

# a group's transaction stays short: big enough to carry hundreds of desks' pushes at once
MAX_GROUP_CHANGES = 10 * wire.MAX_BATCH_CHANGES
# back-pressure: beyond this many changes waiting, a push is answered 503 "busy, try again"
# (the desk backs off with jitter) instead of queueing without bound
MAX_WAITING_CHANGES = 20 * MAX_GROUP_CHANGES  # 100,000: some seconds of work


class PushQueue:
    def __init__(
        self,
        ctx: ServerContext,
        max_changes: int = MAX_GROUP_CHANGES,
        max_waiting: int = MAX_WAITING_CHANGES,
    ) -> None:
        self.ctx = ctx
        self.max_changes = max_changes
        self.max_waiting = max_waiting
        self._waiting_changes = 0
        self._waiting: deque[tuple[PushJob, asyncio.Future[wire.PushResponse]]] = deque()
        self._drain: asyncio.Task[None] | None = None
        self.groups_applied = 0  # transactions run (the tests and benchmarks read it)

    async def push(self, token: str, request: wire.PushRequest) -> wire.PushResponse:
        """Queue the push, start draining if nobody is, and wait for its answer."""
        size = len(request.changes)
        if self._waiting and self._waiting_changes + size > self.max_waiting:
            raise ServerError(
                503, wire.ERR_BUSY, "the server is busy; try again", headers={"Retry-After": "5"}
            )
        loop = asyncio.get_running_loop()
        future: asyncio.Future[wire.PushResponse] = loop.create_future()
        self._waiting.append((PushJob(request, token=token), future))
        self._waiting_changes += size
        if self._drain is None or self._drain.done() or self._drain.get_loop() is not loop:
            self._drain = loop.create_task(self._run())
        return await future

    def _take(self) -> list[tuple[PushJob, asyncio.Future[wire.PushResponse]]]:
        """The next group: queued pushes in arrival order, up to the change cap (at least one)."""
        group = [self._waiting.popleft()]
        size = len(group[0][0].request.changes)
        while self._waiting:
            more = len(self._waiting[0][0].request.changes)
            if size + more > self.max_changes:
                break
            group.append(self._waiting.popleft())
            size += more
        self._waiting_changes -= size
        return group

    async def _run(self) -> None:
        while self._waiting:
            group = self._take()
            jobs = [job for job, _ in group]
            self.groups_applied += 1
            try:
                await run_in_threadpool(apply_group, self.ctx, jobs)
            except Exception as error:  # noqa: BLE001 -- apply_group answers every job; a bug
                for job in jobs:
                    job.error = job.error or error
            finally:  # also when cancelled (the server stopping): nobody waits for ever
                for job, future in group:
                    if future.done():  # the client went away; the push stands
                        continue
                    if job.error is not None:
                        future.set_exception(job.error)
                    elif job.response is not None:
                        future.set_result(job.response)
                    else:
                        future.set_exception(RuntimeError("push left unanswered"))
