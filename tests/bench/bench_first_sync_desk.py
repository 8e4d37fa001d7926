"""The desk's side of a new desk's first sync, apart from the server's (prints JSON).

``record PERSONS FILE [unique]``: fills a throw-away PostgreSQL network with ``PERSONS``
persons (as ``bench_sync_server.py first-sync`` does), enrols a new desk and syncs it once,
keeping every answer the server gave (bodies as sent, gzip) in ``FILE``.

``replay FILE [profile]``: a new desk (a real encrypted store, the sync service) enrols and
syncs from those answers, served in order by an in-process transport: no server, no
PostgreSQL, no loopback, so the figures are the desk's alone. Prints the round's seconds, the
process's CPU per person and, apart, the applying thread's (``apply_cpu_us_per_person``) and
the fetching thread's (``fetch_cpu_us_per_person``); ``profile``: the applying thread's
cProfile, top functions by own and cumulative time, on stderr.

The answers are served in the order they came, whatever the request asks: the desk must ask
for the same pages as when recorded (it does: each page asks from where the last one ended).
"""

from __future__ import annotations

import cProfile
import io
import json
import os
import pickle
import pstats
import sys
import tempfile
import threading
import time
from collections import deque
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import httpx

from entryhub_desk.sync.client import SyncClient

Recorded = list[tuple[str, int, list[tuple[str, str]], bytes]]  # path, status, headers, body


class _Recording(httpx.BaseTransport):
    """A real transport that keeps each answer as it came (body still gzipped)."""

    def __init__(self, answers: Recorded) -> None:
        self._inner = httpx.HTTPTransport()
        self._answers = answers

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self._inner.handle_request(request)
        body = b"".join(response.iter_raw())  # as sent: still gzipped
        response.close()
        headers = list(response.headers.multi_items())
        self._answers.append((request.url.path, response.status_code, headers, body))
        return httpx.Response(response.status_code, headers=headers, stream=httpx.ByteStream(body))

    def close(self) -> None:
        self._inner.close()


class _Replaying(httpx.BaseTransport):
    """Each path's recorded answers, in order."""

    def __init__(self, answers: Recorded) -> None:
        self._queues: dict[str, deque[tuple[int, list[tuple[str, str]], bytes]]] = {}
        for path, status, headers, body in answers:
            self._queues.setdefault(path, deque()).append((status, headers, body))

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        status, headers, body = self._queues[request.url.path].popleft()
        # no Date: the recorded server time would be this new desk's clock's past
        headers = [(name, value) for name, value in headers if name.lower() != "date"]
        return httpx.Response(status, headers=headers, stream=httpx.ByteStream(body))


def record(persons: int, target: Path, *, unique: bool = False) -> dict[str, Any]:
    from bench_sync_server import _fill, _postgresql, _serving

    from entryhub_desk.services.sync import SyncService
    from entryhub_server.admin import enrolment_code
    from entryhub_server.context import open_context
    from entryhub_server.settings import Settings
    from tests.conftest import FakeClock
    from tests.server.conftest import new_pg_database
    from tests.server.helpers import enrolled, make_world
    from tests.sync.helpers import make_desk

    answers: Recorded = []

    def factory(url: str, token: str | None) -> SyncClient:
        return SyncClient(url, token=token, transport=_Recording(answers))

    with _postgresql() as base:
        url = new_pg_database(base)
        ctx = open_context(Settings(db_url=url))
        world = make_world(ctx)
        writer = enrolled(ctx, "Umeå")
        with _serving(url) as server, httpx.Client(base_url=server.base, timeout=300) as client:
            _fill(client, writer, persons, unique_names=unique)
            code = enrolment_code(ctx, hub=world.hubs["Umeå"], network=world.network_id).code
            with tempfile.TemporaryDirectory(prefix="entryhub-bench-") as folder:
                session = make_desk(Path(folder), "new", FakeClock(time.time()))
                service = SyncService(session, client_factory=factory)
                service.enrol(server.base, code)
                result = service.sync_now()
                session.close()
        ctx.engine.dispose()
    target.write_bytes(pickle.dumps({"persons": persons, "answers": answers}))
    return {"persons": persons, "answers": len(answers), "pulled": result.pulled}


class _ThreadCpu:
    """CPU seconds of the threads named ``prefix…`` as they end (their own clock)."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self._lock = threading.Lock()

    def wrap(self, original: Any) -> Any:
        def run(thread: threading.Thread) -> None:
            began = time.thread_time()
            try:
                original(thread)
            finally:
                with self._lock:
                    name = thread.name.split("_")[0]
                    self.seconds[name] = self.seconds.get(name, 0.0) + time.thread_time() - began

        return run


def replay(source: Path, *, profile: bool = False) -> dict[str, Any]:
    from entryhub_desk.services.sync import SyncService
    from tests.conftest import FakeClock
    from tests.sync.helpers import make_desk

    recorded = pickle.loads(source.read_bytes())
    persons, answers = int(recorded["persons"]), recorded["answers"]
    transport = _Replaying(answers)

    def factory(url: str, token: str | None) -> SyncClient:
        return SyncClient(url, token=token, transport=transport)

    threads = _ThreadCpu()
    original = threading.Thread.run
    threading.Thread.run = threads.wrap(original)  # type: ignore[method-assign]
    profiler = cProfile.Profile() if profile else None
    try:
        with tempfile.TemporaryDirectory(prefix="entryhub-bench-") as folder:
            session = make_desk(Path(folder), "new", FakeClock(time.time()))
            service = SyncService(session, client_factory=factory)
            service.enrol("http://127.0.0.1:9", "code")
            load = os.getloadavg()[0]
            began, cpu, own = time.perf_counter(), time.process_time(), time.thread_time()
            result = service.sync_now() if profiler is None else profiler.runcall(service.sync_now)
            seconds = time.perf_counter() - began
            desk_cpu, apply_cpu = time.process_time() - cpu, time.thread_time() - own
            conn = session.opened.conn
            held = int(conn.execute("SELECT COUNT(*) FROM person").fetchone()[0])
            indexed = int(conn.execute("SELECT COUNT(*) FROM person_search").fetchone()[0])
            session.close()
    finally:
        threading.Thread.run = original  # type: ignore[method-assign]
    assert held == persons and indexed == persons, (held, indexed)
    if profiler is not None:
        for order in ("tottime", "cumulative"):
            out = io.StringIO()
            pstats.Stats(profiler, stream=out).sort_stats(order).print_stats(45)
            print(out.getvalue(), file=sys.stderr)
    fetch_cpu = threads.seconds.get("entryhub-snapshot", 0.0)
    return {
        "persons": persons,
        "first_sync_seconds": round(seconds, 2),
        "desk_cpu_us_per_person": round(desk_cpu * 1e6 / persons),
        "apply_cpu_us_per_person": round(apply_cpu * 1e6 / persons),
        "fetch_cpu_us_per_person": round(fetch_cpu * 1e6 / persons),
        "requests": result.requests,
        "profiled": profile,
        "load_before": round(load, 2),
    }


def main(argv: list[str]) -> dict[str, Any]:
    if argv[:1] == ["record"]:
        return record(int(argv[1]), Path(argv[2]), unique=argv[3:] == ["unique"])
    if argv[:1] == ["replay"]:
        return replay(Path(argv[1]), profile=argv[2:] == ["profile"])
    raise SystemExit(f"unknown arguments: {argv}")


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1:]), indent=1))
