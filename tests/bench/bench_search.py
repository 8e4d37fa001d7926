"""Visitor search benchmark: prints one JSON document with the figures.

- generates 100,000 synthetic visitors (``tests/search/synthetic.py``) through the person
  repository (so the search index is written the same way as at the desk), in batches;
- times name queries of 1, 2, 3 and 4 words and phone queries: p50 and p95 per kind, on the
  encrypted store and on an unencrypted copy of it (``sqlcipher_export`` to a file with an
  empty key, opened with ``sqlcipher3`` without a key) in the same run (goals: p95 ≤ 15 ms,
  ratio ≤ 1.3);
- times registering a visit (a durable commit with its outbox row) on the encrypted store.

Query kinds: 1–3 words are names of the synthetic population (given name, father's and
grandfather's name); 4 words add a name that person does not have, so they usually find no
full match: the path of a new visitor's name, where every stage of the search runs. Wall time
and CPU time are both printed (on a shared machine the wall clock includes waiting for a CPU).

Run: ``.venv/bin/python tests/bench/bench_search.py [--visitors N]``. Nothing here asserts on
time: the figures are for people to read.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import sqlcipher3  # noqa: E402

from entryhub_desk.domain.visit import Visit  # noqa: E402
from entryhub_desk.ids import new_id  # noqa: E402
from entryhub_desk.store.connection import (  # noqa: E402
    CACHE_KIB,
    open_database,
    transaction,
)
from entryhub_desk.store.identity import initialise_identity, load_identity  # noqa: E402
from entryhub_desk.store.migrations import migrate  # noqa: E402
from entryhub_desk.store.repositories import (  # noqa: E402
    PersonRepository,
    StoreContext,
    VisitRepository,
)
from entryhub_desk.store.search_index import SearchIndex  # noqa: E402
from tests.search.conftest import fill  # noqa: E402
from tests.search.synthetic import GROUPS  # noqa: E402

QUERIES_PER_KIND = 200
BATCH = 5_000
VISITS = 200


class Clock:
    def __init__(self) -> None:
        self.now = 1_790_000_000.0

    def __call__(self) -> float:
        self.now += 0.0005
        return self.now


def _latin_words(rng: random.Random) -> list[str]:
    """Given name and two family names of one group, as a visitor would say them."""
    given, family = GROUPS[rng.choice(list(GROUPS))]
    first = rng.choice(given)[0]
    father, grandfather = rng.sample(family, 2)
    return [first, father[0], grandfather[0]]


def queries(rng: random.Random, phones: list[str]) -> dict[str, list[str]]:
    kinds: dict[str, list[str]] = {f"{n}_words": [] for n in (1, 2, 3, 4)}
    for _ in range(QUERIES_PER_KIND):
        words = _latin_words(rng)
        extra = _latin_words(rng)[1]
        kinds["1_words"].append(words[0])
        kinds["2_words"].append(f"{words[0]} {words[1]}")
        kinds["3_words"].append(" ".join(words))
        kinds["4_words"].append(" ".join([*words, extra]))
    sample = rng.sample(phones, QUERIES_PER_KIND)
    kinds["phone"] = [
        rng.choice(
            (
                f"0{p[3:5]}-{p[5:8]} {p[8:10]} {p[10:]}",  # 070-123 45 67
                f"00{p[1:]}",  # 0046…
                p[3:],  # without country code and 0
                p[:8],  # the start, while typing
            )
        )
        for p in sample
    ]
    return kinds


def _percentiles(times: list[float]) -> dict[str, float]:
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * len(ordered)) - 1)]
    return {"p50_ms": round(statistics.median(ordered) * 1000, 2), "p95_ms": round(p95 * 1000, 2)}


def time_queries(
    conn: Any, kinds: dict[str, list[str]], warm_up: dict[str, list[str]]
) -> dict[str, dict[str, float]]:
    """Wall-clock and CPU time of each query (CPU time is what a busy machine does not
    inflate: on a shared machine the wall clock includes waiting for a processor)."""
    index = SearchIndex(conn)
    for texts in warm_up.values():  # other queries first: the page cache of a desk in use
        for query in texts:
            index.search(query)
    figures: dict[str, dict[str, float]] = {}
    for kind, texts in kinds.items():
        wall, cpu = [], []
        for text in texts:
            started, started_cpu = time.perf_counter(), time.process_time()
            index.search(text, limit=20)
            cpu.append(time.process_time() - started_cpu)
            wall.append(time.perf_counter() - started)
        figures[kind] = _percentiles(wall)
        figures[kind].update({f"cpu_{k}": v for k, v in _percentiles(cpu).items()})
    return figures


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--visitors", type=int, default=100_000)
    parser.add_argument(
        "--keep", type=Path, help="keep the generated store in this folder and reuse it next time"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-search-") as work:
        folder = args.keep or Path(work)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "desk.db"
        key_file = folder / "desk.key"
        clock = Clock()
        generate_s = None
        if path.exists() and key_file.exists():
            conn = open_database(path, key_file.read_bytes())
            identity = load_identity(conn)
            ctx = StoreContext(conn, identity, clock)
        else:
            key = os.urandom(32)
            key_file.write_bytes(key)
            conn = open_database(path, key, create=True)
            migrate(conn, db_path=path, backups_dir=folder / "backups", clock=clock)
            identity = initialise_identity(
                conn, database_uuid=new_id(), hub_name="Bench", clock=clock
            )
            ctx = StoreContext(conn, identity, clock)
            started = time.perf_counter()
            done = 0
            seed = 1
            while done < args.visitors:
                count = min(BATCH, args.visitors - done)
                fill(ctx, count, seed=seed)
                done += count
                seed += 1
            generate_s = round(time.perf_counter() - started, 1)
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        phones = [str(r[0]) for r in conn.execute("SELECT phone FROM person WHERE phone > ''")]
        kinds = queries(random.Random(42), phones)
        warm_up = queries(random.Random(43), phones)

        plain_path = Path(work) / "plain.db"
        visitors_stored = int(conn.execute("SELECT count(*) FROM person").fetchone()[0])
        conn.execute(f"ATTACH DATABASE '{plain_path}' AS plain KEY ''")
        conn.execute("SELECT sqlcipher_export('plain')")
        conn.execute("DETACH DATABASE plain")
        plain = sqlcipher3.connect(str(plain_path), isolation_level=None)
        plain.execute(f"PRAGMA cache_size = {-CACHE_KIB}")  # the same page cache as the store

        encrypted_figures = time_queries(conn, kinds, warm_up)
        plain_figures = time_queries(plain, kinds, warm_up)
        plain.close()
        ratios = {
            kind: {
                measure: round(
                    encrypted_figures[kind][measure] / max(plain_figures[kind][measure], 1e-6), 2
                )
                for measure in ("p95_ms", "cpu_p95_ms")
            }
            for kind in kinds
        }

        person_ids = [str(r[0]) for r in conn.execute("SELECT id FROM person LIMIT ?", (VISITS,))]
        visits = VisitRepository(ctx)
        times = []
        for person_id in person_ids:
            started = time.perf_counter()
            with transaction(conn):
                visits.create(
                    Visit(
                        person_id=person_id,
                        hub_id=identity.hub_id,
                        visited_at=datetime.fromtimestamp(clock(), UTC),
                        purposes=("job_search",),
                    )
                )
            times.append(time.perf_counter() - started)
        persons = PersonRepository(ctx).list(limit=1)
        conn.close()
    print(
        json.dumps(
            {
                "visitors": visitors_stored,
                "generate_s": generate_s,
                "queries_per_kind": QUERIES_PER_KIND,
                "encrypted": encrypted_figures,
                "unencrypted": plain_figures,
                "p95_ratio": ratios,
                "register_visit": _percentiles(times),
                "sample_ok": bool(persons),
            },
            indent=1,
        )
    )


if __name__ == "__main__":
    main()
