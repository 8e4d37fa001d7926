"""Server-side sync figures (imported by bench_sync.py; runnable alone, prints JSON).

- ``concurrent_desks(n)``: n simulated desks push a batch of 50 changes at once over HTTP on
  127.0.0.1 against PostgreSQL: throughput, p95 latency, errors.
- ``bulk_roundtrip(10_000)``: one desk pushes 10,000 changes (batches of 500), another pulls
  them all; seconds and changes per second each way.

The server runs either in a thread of this process (``server="thread"``, the original set-up:
the simulated desks' HTTP client shares the interpreter lock with the server) or as its own
process (``server="process"``: ``python -m entryhub_server serve``, as in production, where
the desks are other machines). ``python bench_sync_server.py [thread|process|both]``.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import httpx
import pytest
import uvicorn

from entryhub_desk.ids import new_id
from entryhub_desk.sync import wire
from entryhub_server.app import create_app
from entryhub_server.context import ServerContext, open_context
from entryhub_server.settings import Settings
from tests.server.conftest import _free_port, new_pg_database, pg_server
from tests.server.helpers import enrolled, make_world


@contextmanager
def _server(ctx: ServerContext) -> Iterator[str]:
    port = _free_port()
    config = uvicorn.Config(create_app(context=ctx), host="127.0.0.1", port=port, log_level="error")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join()


@contextmanager
def _server_process(url: str) -> Iterator[str]:
    """``entryhub-server serve`` in its own process on a free loopback port."""
    port = _free_port()
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(root), *sys.path]))}
    process = subprocess.Popen(
        [sys.executable, "-m", "entryhub_server", "--db", url, "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):
            try:
                if httpx.get(base + wire.PATH_HEALTH, timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if process.poll() is not None:
                raise RuntimeError("the server process stopped")
            time.sleep(0.05)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=30)


@contextmanager
def _serving(ctx: ServerContext, url: str, server: str) -> Iterator[str]:
    if server == "process":
        with _server_process(url) as base:
            yield base
    else:
        with _server(ctx) as base:
            yield base


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) > 1 else values[0]


def concurrent_desks(url: str, n: int, batch: int = 50, server: str = "thread") -> dict[str, Any]:
    ctx = open_context(Settings(db_url=url, pool_size=60))
    make_world(ctx)
    desks = [enrolled(ctx, "Umeå") for _ in range(n)]
    bodies = []
    for desk in desks:
        person = desk.new_person()
        rest = [desk.change("visit", new_id(), person.entity_id, n=i) for i in range(batch - 1)]
        bodies.append(wire.encode_body(wire.PushRequest((person, *rest), None).to_json()))
    latencies: list[float] = []
    errors = 0
    limits = httpx.Limits(max_connections=n, max_keepalive_connections=n)
    with (
        _serving(ctx, url, server) as base,
        httpx.Client(base_url=base, timeout=120, limits=limits) as client,
    ):
        start = threading.Barrier(n)

        def push(index: int) -> tuple[float, bool]:
            start.wait()
            began = time.perf_counter()
            try:
                response = client.post(
                    wire.PATH_PUSH, content=bodies[index], headers=desks[index].headers()
                )
            except httpx.HTTPError:
                return time.perf_counter() - began, False
            return time.perf_counter() - began, response.status_code == 200

        began = time.perf_counter()
        with ThreadPoolExecutor(max_workers=n) as pool:
            for latency, ok in pool.map(push, range(n)):
                latencies.append(latency)
                errors += 0 if ok else 1
        elapsed = time.perf_counter() - began
    ctx.engine.dispose()
    return {
        "server": server,
        "desks": n,
        "changes": n * batch,
        "seconds": round(elapsed, 3),
        "changes_per_second": round(n * batch / elapsed),
        "p95_ms": round(_p95(latencies) * 1000, 1),
        "errors": errors,
    }


def bulk_roundtrip(url: str, total: int = 10_000, server: str = "thread") -> dict[str, Any]:
    ctx = open_context(Settings(db_url=url))
    make_world(ctx)
    writer, reader = enrolled(ctx, "Umeå"), enrolled(ctx, "Umeå")
    person = writer.new_person()
    changes = [person] + [
        writer.change("visit", new_id(), person.entity_id, purpose="cv", note=f"visit {i}")
        for i in range(total - 1)
    ]
    with _serving(ctx, url, server) as base, httpx.Client(base_url=base, timeout=120) as client:
        began, sent = time.perf_counter(), 0
        for start in range(0, total, wire.MAX_BATCH_CHANGES):
            part = changes[start : start + wire.MAX_BATCH_CHANGES]
            body = wire.encode_body(wire.PushRequest(tuple(part), None).to_json())
            sent += len(body)
            assert (
                client.post(wire.PATH_PUSH, content=body, headers=writer.headers()).status_code
                == 200
            )
        push_seconds = time.perf_counter() - began
        began, cursor, pulled, received = time.perf_counter(), 0, 0, 0
        while True:
            body = wire.encode_body(wire.PullRequest(cursor, wire.MAX_PULL_LIMIT).to_json())
            response = client.post(wire.PATH_PULL, content=body, headers=reader.headers())
            received += int(response.headers.get("content-length", 0))
            page = wire.PullResponse.from_json(response.json())
            pulled += len(page.changes)
            cursor = page.next_cursor
            if not page.has_more:
                break
        pull_seconds = time.perf_counter() - began
    ctx.engine.dispose()
    assert pulled == total
    return {
        "server": server,
        "changes": total,
        "push_seconds": round(push_seconds, 2),
        "push_changes_per_second": round(total / push_seconds),
        "push_bytes_gzip": sent,
        "pull_seconds": round(pull_seconds, 2),
        "pull_changes_per_second": round(total / pull_seconds),
        "pull_bytes_gzip": received,
        "total_seconds": round(push_seconds + pull_seconds, 2),
    }


def server_figures(servers: tuple[str, ...] = ("thread",)) -> dict[str, Any]:
    """Start a throw-away PostgreSQL, run every server figure, stop it."""
    generator = pg_server.__wrapped__()  # type: ignore[attr-defined]
    base = next(generator)
    try:
        figures: dict[str, Any] = {"backend": "postgresql"}
        figures["concurrent"] = [
            concurrent_desks(new_pg_database(base), n, server=server)
            for server in servers
            for n in (50, 200, 500)
        ]
        figures["bulk_10000"] = [
            bulk_roundtrip(new_pg_database(base), server=server) for server in servers
        ]
        return figures
    finally:
        with pytest.raises(StopIteration):
            next(generator)


if __name__ == "__main__":
    choice = sys.argv[1] if len(sys.argv) > 1 else "thread"
    print(json.dumps(server_figures(("thread", "process") if choice == "both" else (choice,))))
