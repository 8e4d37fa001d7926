"""Sync figures, printed as JSON (desk side; server-side figures: bench_sync_server.py).

- ``idle_sync``: bytes on the wire (HTTP headers included, both ways) for a sync with nothing to
  do. Goal: one request, at most 1 KB both ways.
- ``busy_day``: a busy hub's day (200 visits, 50 visitors with profiles) pushed by one desk and
  pulled by another over a slow link simulated in user space (256 kbit/s, 300 ms round trip,
  a pacing proxy). Compared with the time its compressed payload needs at that rate. Goal: ≤ 3×.
- ``first_sync_2g``: a desk's first sync of its visitors (pushed), then a new desk's first sync
  (pulled), over a 2G-class link: 8 kbit/s each way, 300 ms round trip, through a shaping proxy
  with back-pressure (``tests/sync/proxies.py: ShapingProxy``). Rounds run until everything is
  across; every round must make progress. Goal (3,000 visitors): ≤ 2× the time the compressed
  payload needs at 8 kbit/s. The full run takes about ten minutes, so by default the bench uses
  300 visitors; ``--full`` runs 3,000.

- ``first_sync_cpu`` (``--first-sync N``): a new desk's first sync of a network of N persons
  (every field of a person record, as bench_sync_server's 100,000-person figure pushes them)
  from a live server in this process over loopback: the desk's CPU (the thread that syncs;
  the server runs in its own thread) per person, and the wall time. Issue 12: 100,000 persons
  in ≤ 60 s with the server, so the desk may spend about 0.4 ms per person. ``--profile``
  adds the desk thread's largest cumulative costs.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/bench_sync.py [--full]``
(``--only 2g`` runs just the 2G figures; ``--visitors N`` picks another count).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from entryhub_desk.domain.consent import Consent, ConsentPurpose  # noqa: E402
from entryhub_desk.domain.profile.personal import Interest  # noqa: E402
from entryhub_desk.domain.profile.skills import Skill  # noqa: E402
from entryhub_desk.domain.visit import Visit, VisitState  # noqa: E402
from entryhub_desk.services.sync import SyncService  # noqa: E402
from entryhub_desk.store.repositories import ConsentRepository, VisitRepository  # noqa: E402
from entryhub_desk.store.repositories.profile import ProfileRepository  # noqa: E402
from entryhub_desk.store.sync_state import update_sync_state  # noqa: E402
from tests.conftest import FakeClock  # noqa: E402
from tests.sync.helpers import add_person, make_desk  # noqa: E402
from tests.sync.proxies import PacingProxy, ShapingProxy  # noqa: E402
from tests.sync.server import LiveServer  # noqa: E402

SLOW_BITS = 256_000
SLOW_RTT = 0.300
G2_BITS = 8_000
G2_RTT = 0.300


def _desk(root: Path, server: LiveServer, name: str) -> tuple[Any, SyncService]:
    session = make_desk(root, name, FakeClock(time.time()))
    service = SyncService(session)
    service.enrol(server.url, server.code("Umeå"))
    return session, service


def bench_idle_sync(root: Path) -> dict[str, Any]:
    server = LiveServer(root / "server")
    try:
        session, service = _desk(root, server, "idle")
        for _ in range(5):
            add_person(session)
        service.sync_now()
        service.sync_now()
        proxy = PacingProxy(server.port, bits_per_second=1e12, rtt=0.0)
        update_sync_state(session.opened.conn, server_url=proxy.url)
        result = service.sync_now()
        time.sleep(0.05)  # let the relay count the last bytes
        figures = {
            "requests": result.requests,
            "bytes_sent_on_wire": proxy.sent,
            "bytes_received_on_wire": proxy.received,
            "bytes_total_on_wire": proxy.sent + proxy.received,
            "body_bytes": result.bytes_sent + result.bytes_received,
            "goal": "1 request, <= 1024 bytes both ways",
            "met": result.requests == 1 and proxy.sent + proxy.received <= 1024,
        }
        proxy.close()
        session.close()
        return figures
    finally:
        server.stop()


def _busy_day(session: Any, clock: float) -> int:
    ctx = session.opened.context
    when = datetime.fromtimestamp(clock, UTC)
    persons = []
    for index in range(50):
        person = add_person(
            session,
            given_name=f"Visitor{index}",
            family_name=f"Family{index}",
            phone=f"070-{index:03d} 11 22",
            languages=("ar", "sv"),
        )
        persons.append(person)
        for purpose in (ConsentPurpose.KEEP_PROFILE, ConsentPurpose.CONTACT_FOLLOW_UP):
            ConsentRepository(ctx).add(
                Consent(
                    person_id=person.id,
                    purpose=purpose,
                    notice_version="2024-1",
                    given=True,
                    recorded_at=when,
                    staff_id=session.staff.id,
                )
            )
        interests = ProfileRepository.for_kind(ctx, Interest.KIND)
        skills = ProfileRepository.for_kind(ctx, Skill.KIND)
        for n in range(2):
            interests.create(
                Interest(person_id=person.id, position=n, name=f"Interest {n}", keywords=("a",))
            )
            skills.create(Skill(person_id=person.id, position=n, free_text=f"Welding, level {n}"))
    visits = VisitRepository(ctx)
    for index in range(200):
        person = persons[index % len(persons)]
        visit = visits.create(
            Visit(
                person_id=person.id,
                hub_id=person.hub_id,
                visited_at=when,
                purposes=("cv", "job_match"),
                note=f"Came about a job as a welder, visit {index}",
            )
        )
        visits.set_state(visit.id, VisitState.IN_MEETING)
        visits.set_state(visit.id, VisitState.DONE)
    from entryhub_desk.store.outbox import count_pending

    return count_pending(session.opened.conn)


def bench_busy_day(root: Path) -> dict[str, Any]:
    server = LiveServer(root / "server")
    try:
        busy, busy_sync = _desk(root, server, "busy")
        other, other_sync = _desk(root, server, "other")
        other_sync.sync_now()
        busy_sync.sync_now()  # both desks synced earlier (enrolment, the morning's round)
        changes = _busy_day(busy, time.time())
        figures: dict[str, Any] = {"changes": changes}
        for name, session, service in (("push", busy, busy_sync), ("pull", other, other_sync)):
            proxy = PacingProxy(server.port, bits_per_second=SLOW_BITS, rtt=SLOW_RTT)
            update_sync_state(session.opened.conn, server_url=proxy.url)
            began = time.perf_counter()
            result = service.sync_now()
            seconds = time.perf_counter() - began
            payload = result.bytes_sent + result.bytes_received
            payload_seconds = payload * 8 / SLOW_BITS
            figures[name] = {
                "seconds": round(seconds, 2),
                "requests": result.requests,
                "payload_bytes_compressed": payload,
                "wire_bytes": proxy.sent + proxy.received,
                "payload_seconds_at_256kbit": round(payload_seconds, 2),
                "ratio": round(seconds / payload_seconds, 2),
                "acknowledged": result.acknowledged,
                "applied": result.applied,
            }
            proxy.close()
        figures["goal"] = "total time <= 3x the compressed payload's time at 256 kbit/s"
        figures["met"] = all(figures[k]["ratio"] <= 3 for k in ("push", "pull"))
        busy.close()
        other.close()
        return figures
    finally:
        server.stop()


def _visitors(session: Any, count: int) -> None:
    """Visitors as reception registers them: names, phone, languages, country of birth."""
    for index in range(count):
        add_person(
            session,
            given_name=f"Visitor{index}",
            family_name=f"Family{index % 700}",
            phone=f"070-{index % 1000:03d} {index // 1000:02d} 22",
            languages=("ar", "sv") if index % 2 else ("ti", "en"),
        )


def _rounds_until(
    service: SyncService, done: Any, *, what: str, limit: int = 50
) -> tuple[list[dict[str, Any]], float]:
    """Rounds until ``done()``; each round's figures. Stops (and says so) on a round that
    failed or made no progress."""
    from entryhub_desk.errors import DeskError

    rounds: list[dict[str, Any]] = []
    began = time.perf_counter()
    while not done() and len(rounds) < limit:
        start = time.perf_counter()
        try:
            result = service.sync_now()
        except DeskError as error:
            rounds.append({"failed": error.code, "seconds": round(time.perf_counter() - start)})
            break
        moved = result.acknowledged if what == "push" else result.applied
        rounds.append(
            {
                "seconds": round(time.perf_counter() - start, 1),
                "requests": result.requests,
                "changes": moved,
                "timeouts": result.timeouts,
                "bytes_sent": result.bytes_sent,
                "bytes_received": result.bytes_received,
                "batch_bytes_learnt": result.batch_bytes,
            }
        )
        if moved == 0:
            break
    return rounds, time.perf_counter() - began


def bench_first_sync_2g(root: Path, visitors: int, only: tuple[str, ...] = ()) -> dict[str, Any]:
    """``push``: the desk's first sync of its visitors; ``pull``: a desk synced before they
    came pulls them from the log; ``snapshot``: a new desk's first sync (the server's snapshot
    of the current state, then the log). ``only``: some of these."""
    from entryhub_desk.store.outbox import count_pending

    server = LiveServer(root / "server")
    try:
        desk, desk_sync = _desk(root, server, "first")
        desk_sync.sync_now()
        fresh, fresh_sync = _desk(root, server, "fresh")
        fresh_sync.sync_now()  # enrolled earlier; its first sync of the network follows
        _visitors(desk, visitors)
        figures: dict[str, Any] = {"visitors": visitors, "changes": count_pending(desk.opened.conn)}
        proxy = ShapingProxy(server.port, bits_per_second=G2_BITS, rtt=G2_RTT)
        new, new_sync = _desk(root, server, "new")  # enrolled, never synced: the snapshot
        steps = (
            ("push", desk, desk_sync, lambda: count_pending(desk.opened.conn) == 0),
            ("pull", fresh, fresh_sync, lambda: _all_arrived(fresh, visitors)),
            ("snapshot", new, new_sync, lambda: _all_arrived(new, visitors)),
        )
        for name, session, service, done in steps:
            if only and name not in only:
                continue
            update_sync_state(session.opened.conn, server_url=proxy.url)
            rounds, seconds = _rounds_until(service, done, what=name)
            payload = sum(r.get("bytes_sent", 0) + r.get("bytes_received", 0) for r in rounds)
            payload_seconds = payload * 8 / G2_BITS
            figures[name] = {
                "completed": done(),
                "every_round_progressed": all(r.get("changes", 0) > 0 for r in rounds),
                "rounds": rounds,
                "seconds": round(seconds, 1),
                "payload_bytes_compressed": payload,
                "payload_seconds_at_8kbit": round(payload_seconds, 1),
                "ratio": round(seconds / payload_seconds, 2) if payload else None,
            }
            print(json.dumps({f"first_sync_2g_{name}": figures[name]}), flush=True)
        figures["wire_bytes"] = proxy.sent + proxy.received
        proxy.close()
        figures["goal"] = "completes, every round progresses, <= 2x the payload's time at 8 kbit/s"
        figures["met"] = all(
            figures[k]["completed"]
            and figures[k]["every_round_progressed"]
            and (figures[k]["ratio"] or 0) <= 2
            for k in ("push", "pull", "snapshot")
            if k in figures
        )
        desk.close()
        fresh.close()
        new.close()
        return figures
    finally:
        server.stop()


def _all_arrived(session: Any, visitors: int) -> bool:
    row = session.opened.conn.execute("SELECT count(*) FROM person").fetchone()
    return int(row[0]) >= visitors


def _network_person(writer: Any, n: int) -> Any:
    """A person as a desk registers one (every field of the desk's person record)."""
    return writer.new_person(
        f"Given{n}",
        family_name=f"Family{n}",
        phone=f"+4670{n % 10**7:07d}",
        gender="not_stated",
        languages=["sv", "ar"],
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
    )


def bench_first_sync_cpu(root: Path, persons: int, *, profile: bool = False) -> dict[str, Any]:
    """``first_sync_cpu``: see the module's docstring."""
    import cProfile
    import io
    import pstats

    import httpx

    from entryhub_wire import wire
    from tests.server.helpers import enrolled as wire_desk

    server = LiveServer(root / "server")
    try:
        writer = wire_desk(server.context, server.hub("Umeå"), server.network_id)
        with httpx.Client(base_url=server.url, timeout=300) as client:
            for start in range(0, persons, 490):
                batch = [
                    _network_person(writer, n) for n in range(start, min(persons, start + 490))
                ]
                body = wire.encode_body(wire.PushRequest(tuple(batch), None).to_json())
                answer = client.post(wire.PATH_PUSH, content=body, headers=writer.headers())
                assert answer.status_code == 200, answer.text
        session, service = _desk(root, server, "new")
        profiler = cProfile.Profile() if profile else None
        began, cpu, own = time.perf_counter(), time.process_time(), time.thread_time()
        result = service.sync_now() if profiler is None else profiler.runcall(service.sync_now)
        desk_cpu = time.thread_time() - own
        figures: dict[str, Any] = {
            "persons": persons,
            "held": _held(session),
            "seconds": round(time.perf_counter() - began, 1),
            "desk_thread_cpu_seconds": round(desk_cpu, 2),
            "desk_cpu_ms_per_person": round(desk_cpu / persons * 1000, 3),
            "process_cpu_seconds_with_server": round(time.process_time() - cpu, 2),
            "requests": result.requests,
            "bytes_received_gzip": result.bytes_received,
            "goal": "100,000 persons <= 60 s with the server: about 0.4 ms desk CPU per person",
        }
        if profiler is not None:
            text = io.StringIO()
            pstats.Stats(profiler, stream=text).sort_stats("cumulative").print_stats(30)
            figures["profile"] = text.getvalue().splitlines()
        session.close()
        return figures
    finally:
        server.stop()


def _held(session: Any) -> int:
    return int(session.opened.conn.execute("SELECT count(*) FROM person").fetchone()[0])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--full", action="store_true", help="the 2G figures with 3,000 visitors")
    parser.add_argument("--visitors", type=int, help="visitors for the 2G figures")
    parser.add_argument("--only", choices=("2g", "busy"), help="run only these figures")
    parser.add_argument(
        "--steps", default="", help="2G steps to run, comma-separated: push,pull,snapshot"
    )
    parser.add_argument("--first-sync", type=int, help="only: a new desk's first sync of N")
    parser.add_argument("--profile", action="store_true", help="with --first-sync: profile")
    args = parser.parse_args()
    if args.first_sync:
        with tempfile.TemporaryDirectory() as folder:
            figures = bench_first_sync_cpu(Path(folder), args.first_sync, profile=args.profile)
        print(json.dumps({"first_sync_cpu": figures}, indent=1))
        return
    visitors = args.visitors or (3000 if args.full else 300)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        if args.only is None:
            print(json.dumps({"idle_sync": bench_idle_sync(root / "idle")}, indent=1))
        if args.only in (None, "busy"):
            print(json.dumps({"busy_day_slow_link": bench_busy_day(root / "busy")}, indent=1))
            if args.only == "busy":
                return
        steps = tuple(step for step in args.steps.split(",") if step)
        figures = bench_first_sync_2g(root / "2g", visitors, steps)
        print(json.dumps({"first_sync_2g": figures}, indent=1))


if __name__ == "__main__":
    main()
