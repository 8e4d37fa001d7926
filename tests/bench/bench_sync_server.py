"""Server-side sync figures (imported by bench_sync.py; runnable alone, prints JSON).

- ``concurrent_desks(n, batch)``: n simulated desks push a batch each at the same moment, over
  HTTP on 127.0.0.1, to ``entryhub-server serve`` in its own processes (as in production)
  against PostgreSQL: throughput, p50/p95 latency, errors; and, measured in the same run as
  the baseline, the latency of the same push sent by a desk alone.
- ``bulk_roundtrip(10_000)``: one desk pushes 10,000 changes (batches of 500), another pulls
  them all; seconds and changes per second each way.
- ``new_desk_first_sync(100_000)``: a new desk (real encrypted store, the sync service) syncs
  a network of 100,000 persons for the first time (the server's snapshot, then the log).
- ``snapshot_serving(20_000)``: the server's side of that alone: CPU per person served.

Single runs: ``push DESKS CHANGES [WORKERS...]`` (e.g. ``push 500 50 1 2 4``: how the figure
scales with workers), ``pushes``, ``snapshot PERSONS``, ``first-sync PERSONS [unique]``. Every
burst prints the server's and PostgreSQL's CPU per change apart and the machine's load average
before it. The persons are a seeded population with a reception desk's names (``unique``: every
name a new word, the search index's worst case).

Batch sizes: ``BUSY_ROUND`` is what a busy hub's desk pushes in one sync round (the busy day
of ``bench_sync.py``, about 950 changes, over 8 hours of rounds every 5 minutes), 50 a desk
catching up after a longer gap. The simulated desks are driven by :mod:`http_load` (asyncio,
no client library), so that they take as little as possible of the 2 cores from the server.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import httpx
import pytest
from http_load import all_at_once, one_after_another, request_bytes

from entryhub_desk.ids import new_id
from entryhub_desk.sync.status import Backoff
from entryhub_server.context import open_context
from entryhub_server.settings import Settings
from entryhub_wire import wire
from tests.server.conftest import new_pg_database, pg_server
from tests.server.helpers import Desk, enrolled, make_world
from tests.server.serving import Serving, serving

BUSY_DAY_CHANGES = 950  # bench_sync.py's busy day: 50 profiles, 200 visits
BUSY_ROUND = round(BUSY_DAY_CHANGES / (8 * 3600 / Backoff().interval))
ALONE = 20  # pushes sent one after another for the baseline


@contextmanager
def _server_process(url: str, workers: int = 0) -> Iterator[tuple[str, int]]:
    with _serving(url, workers) as server:
        yield server.base, server.port


@contextmanager
def _serving(url: str, workers: int = 0) -> Iterator[Serving]:
    with serving(url, "--workers", str(workers), quiet=True) as server:
        time.sleep(1.0)  # every worker up, not just the first to answer
        yield server


def _cpu_seconds(server_pid: int, pg_port: int | None) -> tuple[float, float]:
    """CPU seconds (user + system) used so far by the server's processes (``serve`` and its
    workers) and, apart, by the PostgreSQL cluster on ``pg_port`` (its postmaster and
    backends), read from /proc (Linux); zeros where /proc is missing. Processes that ended
    are not counted: the server's and the cluster's live as long as the run."""
    proc = Path("/proc")
    if not proc.is_dir():
        return 0.0, 0.0
    parents: dict[int, int] = {}
    ticks: dict[int, int] = {}
    pg_roots: set[int] = set()
    for entry in proc.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ")
        except OSError:
            continue
        pid = int(entry.name)
        parents[pid], ticks[pid] = int(fields[1]), int(fields[11]) + int(fields[12])
        if pg_port is not None and b"postgres" in command and f"-p {pg_port} ".encode() in command:
            pg_roots.add(pid)
    server, database = 0, 0
    for pid, used in ticks.items():
        walk, seen = pid, 0
        while walk > 1 and seen < 50:
            if walk == server_pid:
                server += used
                break
            if walk in pg_roots:
                database += used
                break
            walk, seen = parents.get(walk, 0), seen + 1
    tick = os.sysconf("SC_CLK_TCK")
    return server / tick, database / tick


def _pg_port(url: str) -> int | None:
    from sqlalchemy.engine import make_url

    return make_url(url).port


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) > 1 else values[0]


def _push_request(desk: Desk, batch: int, port: int) -> bytes:
    person = desk.new_person()
    rest = [desk.change("visit", new_id(), person.entity_id, n=i) for i in range(batch - 1)]
    body = wire.encode_body(wire.PushRequest((person, *rest), None).to_json())
    headers = {
        **desk.headers(),
        "Content-Type": wire.CONTENT_TYPE,
        "Content-Encoding": wire.CONTENT_ENCODING,
    }
    return request_bytes(port, wire.PATH_PUSH, headers, body)


def concurrent_desks(url: str, n: int, batch: int = BUSY_ROUND, workers: int = 0) -> dict[str, Any]:
    ctx = open_context(Settings(db_url=url))
    make_world(ctx)
    desks = [enrolled(ctx, "Umeå") for _ in range(n + ALONE)]
    ctx.engine.dispose()
    with _serving(url, workers) as server:
        port = server.port
        requests = [_push_request(desk, batch, port) for desk in desks]
        alone = one_after_another(port, requests[:ALONE])
        load = os.getloadavg()[0]
        server_before, db_before = _cpu_seconds(server.process.pid, _pg_port(url))
        seconds, outcomes = all_at_once(port, requests[ALONE:])
        server_cpu, db_cpu = _cpu_seconds(server.process.pid, _pg_port(url))
        server_cpu, db_cpu = server_cpu - server_before, db_cpu - db_before
    latencies = [outcome.seconds for outcome in outcomes]
    lone = statistics.median(outcome.seconds for outcome in alone)
    p95 = _p95(latencies)
    return {
        "desks": n,
        "changes_per_push": batch,
        "workers": workers or "one per CPU",
        "changes": n * batch,
        "seconds": round(seconds, 3),
        "changes_per_second": round(n * batch / seconds),
        "p50_ms": round(statistics.median(latencies) * 1000, 1),
        "p95_ms": round(p95 * 1000, 1),
        "alone_p50_ms": round(lone * 1000, 1),
        "p95_over_alone": round(p95 / lone, 1),
        "errors": sum(1 for o in [*outcomes, *alone] if o.status != 200),
        # CPU during the burst (both cores count): the server's processes (HTTP, decoding,
        # merging, sealing, the driver) and PostgreSQL's, each per change
        "server_cpu_seconds": round(server_cpu, 2),
        "server_cpu_us_per_change": round(server_cpu * 1e6 / (n * batch)),
        "db_cpu_seconds": round(db_cpu, 2),
        "db_cpu_us_per_change": round(db_cpu * 1e6 / (n * batch)),
        # the machine's 1-minute load average before the burst (other work on the machine)
        "load_before": round(load, 2),
    }


def bulk_roundtrip(url: str, total: int = 10_000) -> dict[str, Any]:
    ctx = open_context(Settings(db_url=url))
    make_world(ctx)
    writer, reader = enrolled(ctx, "Umeå"), enrolled(ctx, "Umeå")
    person = writer.new_person()
    changes = [person] + [
        writer.change("visit", new_id(), person.entity_id, purpose="cv", note=f"visit {i}")
        for i in range(total - 1)
    ]
    with _server_process(url) as (base, _port), httpx.Client(base_url=base, timeout=120) as client:
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
        "changes": total,
        "push_seconds": round(push_seconds, 2),
        "push_changes_per_second": round(total / push_seconds),
        "push_bytes_gzip": sent,
        "pull_seconds": round(pull_seconds, 2),
        "pull_changes_per_second": round(total / pull_seconds),
        "pull_bytes_gzip": received,
        "total_seconds": round(push_seconds + pull_seconds, 2),
    }


_POPULATION: list[Any] = []


def _visitor(n: int) -> Any:
    """The ``n``-th visitor of a seeded population with a reception desk's names (common names
    very common: 814 distinct name words in 100,000), as the search evaluation uses."""
    from tests.search.eval.population import visitors

    if n >= len(_POPULATION):
        _POPULATION[:] = visitors(
            max(n + 1, 2 * len(_POPULATION), 1000), seed=12, reserved_phones=set()
        )
    return _POPULATION[n]


def _person(desk: Desk, n: int, *, unique_names: bool = False) -> wire.Change:
    """A person as a desk registers one (every field of the desk's person record): a visitor
    of the population, or (``unique_names``) a name no one else has (``Given<n> Family<n>``,
    the worst case for the search index: every name a new word)."""
    v = _visitor(n)
    names: dict[str, Any] = (
        {"given_name": f"Given{n}", "family_name": f"Family{n}", "phone": f"+4670{n:07d}"}
        if unique_names
        else {
            "given_name": v.given,
            "family_name": v.family,
            "original_script_name": v.original,
            "birth_year": v.birth_year,
            "country_of_birth": v.country,
            "phone": v.phone,
            "gender": v.gender,
        }
    )
    fields: dict[str, Any] = {
        **dict.fromkeys(
            (
                "arrival_year",
                "birth_year",
                "country_of_birth",
                "email",
                "merged_into",
                "municipality",
                "original_script_name",
                "phone_as_written",
                "preferred_language",
            )
        ),
        "gender": "not_stated",
        "languages": ["sv", "ar"],
        **names,
    }
    return desk.new_person(**fields)


def _fill(client: httpx.Client, writer: Desk, persons: int, *, unique_names: bool = False) -> float:
    """Push ``persons`` registered persons (one change each, the last two of every batch
    edited five times more) over HTTP; the seconds it took."""
    began = time.perf_counter()
    for start in range(0, persons, 490):
        batch = [
            _person(writer, n, unique_names=unique_names)
            for n in range(start, min(persons, start + 490))
        ]
        edits = [
            writer.change("person", p.entity_id, p.entity_id, family_name=f"Edit{k}")
            for p in batch[-2:]
            for k in range(5)
        ]
        body = wire.encode_body(wire.PushRequest((*batch, *edits), None).to_json())
        response = client.post(wire.PATH_PUSH, content=body, headers=writer.headers())
        assert response.status_code == 200, response.text
    return time.perf_counter() - began


def snapshot_serving(url: str, persons: int = 20_000) -> dict[str, Any]:
    """The server's side of a new desk's first sync: a network of ``persons`` persons, then
    a new device pages through the snapshot over loopback (the desk's default page, and the
    largest), reading each page whole and decoding nothing: the server's and PostgreSQL's
    CPU per person served."""
    ctx = open_context(Settings(db_url=url))
    make_world(ctx)
    writer, reader = enrolled(ctx, "Umeå"), enrolled(ctx, "Umeå")
    ctx.engine.dispose()
    figures: dict[str, Any] = {"persons": persons}
    with (
        _serving(url, 1) as server,
        httpx.Client(base_url=server.base, timeout=300) as client,
    ):
        figures["fill_seconds"] = round(_fill(client, writer, persons), 1)
        runs = []
        for limit in (wire.DEFAULT_SNAPSHOT_LIMIT, wire.MAX_SNAPSHOT_LIMIT):
            server_before, db_before = _cpu_seconds(server.process.pid, _pg_port(url))
            began, after, pages, received, gzipped, more = time.perf_counter(), "", 0, 0, 0, True
            while more:
                body = wire.encode_body(wire.SnapshotRequest(after, limit).to_json())
                response = client.post(wire.PATH_SNAPSHOT, content=body, headers=reader.headers())
                assert response.status_code == 200, response.text
                received += len(response.content)  # httpx gunzips it: the JSON's size
                gzipped += int(response.headers["content-length"])
                page = json.loads(response.content)
                after, more, pages = page["next_after"], page["has_more"], pages + 1
            seconds = time.perf_counter() - began
            server_cpu, db_cpu = _cpu_seconds(server.process.pid, _pg_port(url))
            server_cpu, db_cpu = server_cpu - server_before, db_cpu - db_before
            runs.append(
                {
                    "limit": limit,
                    "pages": pages,
                    "seconds": round(seconds, 2),
                    "json_bytes": received,
                    "gzip_bytes": gzipped,
                    "server_cpu_us_per_person": round(server_cpu * 1e6 / persons),
                    "db_cpu_us_per_person": round(db_cpu * 1e6 / persons),
                }
            )
        figures["runs"] = runs
    return figures


def new_desk_first_sync(
    url: str, persons: int = 100_000, *, unique_names: bool = False
) -> dict[str, Any]:
    """A network of ``persons`` registered persons (one change each, the last ten of every
    batch edited five times more), then a new desk (a real encrypted store, the sync service)
    enrols and syncs for the first time over loopback: the server's snapshot, then the log.
    CPU apart: the desk's (this process), the server's processes' and PostgreSQL's."""
    import tempfile

    from entryhub_desk.services.sync import SyncService
    from entryhub_desk.store.sync_state import load_sync_state
    from entryhub_server.admin import enrolment_code
    from tests.conftest import FakeClock
    from tests.sync.helpers import make_desk

    ctx = open_context(Settings(db_url=url))
    world = make_world(ctx)
    writer = enrolled(ctx, "Umeå")
    with _serving(url) as server, httpx.Client(base_url=server.base, timeout=300) as client:
        fill_seconds = _fill(client, writer, persons, unique_names=unique_names)
        # a network's tables in their steady state: a real one grew over months, long since
        # vacuumed and analysed; right after a one-minute fill PostgreSQL's autovacuum would
        # otherwise run during the first sync and its CPU be counted as the sync's
        began = time.perf_counter()
        with ctx.engine.connect() as conn:
            conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("VACUUM (ANALYZE)")
        vacuum_seconds = time.perf_counter() - began
        code = enrolment_code(ctx, hub=world.hubs["Umeå"], network=world.network_id).code
        with tempfile.TemporaryDirectory(prefix="entryhub-bench-") as folder:
            session = make_desk(Path(folder), "new", FakeClock(time.time()))
            service = SyncService(session)
            service.enrol(server.base, code)
            load = os.getloadavg()[0]
            server_before, db_before = _cpu_seconds(server.process.pid, _pg_port(url))
            began, cpu = time.perf_counter(), time.process_time()
            result = service.sync_now()
            seconds, desk_cpu = time.perf_counter() - began, time.process_time() - cpu
            server_cpu, db_cpu = _cpu_seconds(server.process.pid, _pg_port(url))
            server_cpu, db_cpu = server_cpu - server_before, db_cpu - db_before
            load_after = os.getloadavg()[0]
            conn = session.opened.conn
            held = int(conn.execute("SELECT COUNT(*) FROM person").fetchone()[0])
            indexed = int(conn.execute("SELECT COUNT(*) FROM person_search").fetchone()[0])
            cursor = load_sync_state(conn).cursor
            session.close()
    with ctx.engine.connect() as conn:
        events = int(conn.exec_driver_sql("SELECT COUNT(*) FROM event").scalar_one())
        top = int(conn.exec_driver_sql("SELECT MAX(value) FROM network_position").scalar_one())
    ctx.engine.dispose()
    assert held == persons and indexed == persons and cursor == top
    return {
        "persons": persons,
        "names": "unique (Given<n> Family<n>)" if unique_names else "population (seed 12)",
        "events_in_log": events,
        "fill_seconds": round(fill_seconds, 1),
        "vacuum_analyze_seconds": round(vacuum_seconds, 1),
        "first_sync_seconds": round(seconds, 1),
        "desk_cpu_seconds": round(desk_cpu, 1),
        "desk_cpu_us_per_person": round(desk_cpu * 1e6 / persons),
        "server_cpu_us_per_person": round(server_cpu * 1e6 / persons),
        "db_cpu_us_per_person": round(db_cpu * 1e6 / persons),
        "changes_received": result.pulled,
        "requests": result.requests,
        "bytes_received_gzip": result.bytes_received,
        # the machine's 1-minute load average before and after (2 cores shared)
        "load_before": round(load, 2),
        "load_after": round(load_after, 2),
        "goal": "<= 60 s",
    }


@contextmanager
def _postgresql() -> Iterator[str]:
    """A throw-away PostgreSQL cluster's base URL."""
    generator = pg_server.__wrapped__()  # type: ignore[attr-defined]
    base = next(generator)
    try:
        yield base
    finally:
        with pytest.raises(StopIteration):
            next(generator)


def push_figures(base: str) -> dict[str, Any]:
    """The concurrent pushes: 50, 200 and 500 desks with one server process per CPU, and
    500 desks with 1, 2 and 4 processes (how the figure scales with workers)."""
    figures: dict[str, Any] = {
        "concurrent": [
            concurrent_desks(new_pg_database(base), n, batch)
            for batch in (BUSY_ROUND, 50)
            for n in (50, 200, 500)
        ],
        "workers_500": [
            concurrent_desks(new_pg_database(base), 500, batch, workers=workers)
            for batch in (BUSY_ROUND, 50)
            for workers in (1, 2, 4)
        ],
    }
    at_500 = [f for f in figures["concurrent"] if f["desks"] == 500]
    figures["goal"] = "0 errors and p95 <= 1 s with 500 desks pushing at once"
    figures["met"] = {
        f"{f['changes_per_push']} changes per push": (f["errors"] == 0 and f["p95_ms"] <= 1000)
        for f in at_500
    }
    return figures


def server_figures() -> dict[str, Any]:
    """Start a throw-away PostgreSQL, run every server figure, stop it."""
    with _postgresql() as base:
        figures: dict[str, Any] = {"backend": "postgresql", "cpus": os.cpu_count()}
        figures.update(push_figures(base))
        figures["bulk_10000"] = bulk_roundtrip(new_pg_database(base))
        figures["new_desk_first_sync"] = new_desk_first_sync(new_pg_database(base))
        return figures


def main(argv: list[str]) -> dict[str, Any]:
    """No argument: every figure. ``push DESKS CHANGES [WORKERS...]``: one burst per worker
    count (0: one per CPU). ``pushes``: the push figures only. ``snapshot PERSONS``: the
    server's side of a new desk's snapshot. ``first-sync PERSONS [unique]``: a new desk's first
    sync (``unique``: every person's name a new word)."""
    if not argv:
        return server_figures()
    with _postgresql() as base:
        if argv[0] == "push":
            n, batch = int(argv[1]), int(argv[2])
            return {
                "runs": [
                    concurrent_desks(new_pg_database(base), n, batch, workers=int(w))
                    for w in argv[3:] or ["0"]
                ]
            }
        if argv[0] == "pushes":
            return push_figures(base)
        if argv[0] == "snapshot":
            return snapshot_serving(new_pg_database(base), int(argv[1]))
        if argv[0] == "first-sync":
            unique = argv[2:] == ["unique"]
            return new_desk_first_sync(new_pg_database(base), int(argv[1]), unique_names=unique)
    raise SystemExit(f"unknown arguments: {argv}")


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1:]), indent=1))
