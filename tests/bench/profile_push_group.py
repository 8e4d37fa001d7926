"""The push path in process on PostgreSQL: CPU per change of decoding, ``apply_group`` and the
database, for groups of pushes as the server's group commit makes them under a burst.

``GROUPS`` groups of ``PUSHES`` pushes of ``CHANGES`` changes each (a new person, then visits of
one field: the shape of ``bench_sync_server.py push``), every push from its own enrolled desk,
after one group to warm up. Prints the CPU per change of decoding the gzip bodies
(``push_decode.push_request``, as the push endpoint does), of ``apply_group`` in this
process, and of the PostgreSQL cluster (its backends, from /proc), and the load average;
``--profile`` adds cProfile's top functions of decoding and applying (cumulative, µs per
change; cProfile's own cost inflates them).

Run: ``nice -n 10 .venv/bin/python tests/bench/profile_push_group.py [GROUPS PUSHES CHANGES]
[--profile]`` (default 5 100 50).
"""

from __future__ import annotations

import cProfile
import os
import pstats
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_sync_server import _cpu_seconds, _pg_port, _postgresql

from entryhub_desk.ids import new_id
from entryhub_server.app import tune_gc
from entryhub_server.context import open_context
from entryhub_server.push import PushJob, apply_group
from entryhub_server.push_decode import push_request
from entryhub_server.settings import Settings
from entryhub_wire import wire
from tests.server.conftest import new_pg_database
from tests.server.helpers import enrolled, make_world


def main(argv: list[str]) -> None:
    numbers = [int(a) for a in argv if not a.startswith("--")]
    groups, pushes, changes = numbers if len(numbers) == 3 else (5, 100, 50)
    profile = cProfile.Profile() if "--profile" in argv else None
    with _postgresql() as base:
        url = new_pg_database(base)
        ctx = open_context(Settings(db_url=url))
        make_world(ctx)
        bodies: list[tuple[str, bytes]] = []
        for _ in range(pushes * (groups + 1)):
            desk = enrolled(ctx, "Umeå")
            person = desk.new_person()
            rest = [
                desk.change("visit", new_id(), person.entity_id, n=i) for i in range(changes - 1)
            ]
            request = wire.PushRequest((person, *rest), None)
            bodies.append((desk.token, wire.encode_body(request.to_json())))

        def decode(part: list[tuple[str, bytes]]) -> list[PushJob]:
            return [
                PushJob(push_request(wire.decode_body(body)), token=token) for token, body in part
            ]

        tune_gc()  # as a serving process does
        apply_group(ctx, decode(bodies[:pushes]))  # warm-up: plans, keys, caches
        decoding = applying = 0.0
        _, db_before = _cpu_seconds(os.getpid(), _pg_port(url))
        for group in range(1, groups + 1):
            part = bodies[group * pushes : (group + 1) * pushes]
            began = time.process_time()
            if profile:
                profile.enable()
            jobs = decode(part)
            decoded = time.process_time()
            apply_group(ctx, jobs)
            if profile:
                profile.disable()
            decoding += decoded - began
            applying += time.process_time() - decoded
            assert all(job.error is None for job in jobs), next(j.error for j in jobs if j.error)
        _, db_after = _cpu_seconds(os.getpid(), _pg_port(url))
        ctx.engine.dispose()
    total = groups * pushes * changes
    print(
        f"{total} changes ({groups} groups of {pushes} pushes x {changes}): CPU per change: "
        f"decoding {decoding * 1e6 / total:.1f} us, apply_group {applying * 1e6 / total:.1f} us, "
        f"PostgreSQL {(db_after - db_before) * 1e6 / total:.1f} us; "
        f"load average {os.getloadavg()[0]:.2f}"
    )
    if profile:
        stats = pstats.Stats(profile)
        rows = sorted(
            ((cum, own, calls, f"{Path(file).name}:{line}:{name}"))
            for (file, line, name), (_, calls, own, cum, _) in stats.stats.items()  # type: ignore[attr-defined]
        )
        for cum, own, calls, where in reversed(rows[-40:]):
            print(f"{cum * 1e6 / total:8.1f} cum {own * 1e6 / total:7.1f} own {calls:8d} {where}")


if __name__ == "__main__":
    main(sys.argv[1:])
