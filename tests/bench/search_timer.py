"""Paired timing of the visitor search on two stores, each searched by its own process.

``bench_search.py`` compares the encrypted store with an unencrypted copy query by query. In
one process the two searches share Python's memos of name words and of the candidates' names
(``entryhub_desk.search``'s ``lru_cache``s): whichever store met a query first paid for them
and the other got them free, so a class's p95 (its few slowest first runs) fell on whichever
store happened to go first. Here each store is searched by a process of its own, with its own
memos, page cache and collector; the parent sends each query to one process and then to the
other (the order alternating) and collects the times they measured, so the two still run
under the same load, moments apart; the two get the same seed of Python's string hashing
(``hash_seed``), which orders the sets of name words a search walks and so its cost. A
class's p95 is decided by the first (cold) runs of its few slowest queries, each measured once
per process: ``bench_search`` pools the samples of several fresh pairs of processes, so that
one query's luck in one process does not decide it.

Each process first reads the search index into its page cache, as the reception screen does
while idle after the store is opened (:mod:`entryhub_desk.store.search_warm`), unless told not
to (``warm=False``: the searches of the moment before that is done).

Run as a script it is the child: one JSON header line (``db``, ``key`` in hex, ``encrypted``,
``warm``), answered with ``[warm_s, slices]``; then one JSON query text per line, each
answered with ``[wall_s, cpu_s, failed]``.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import IO, Any

ROOT = Path(__file__).resolve().parents[2]


def percentiles(times: list[float]) -> dict[str, float]:
    """p50 and p95 in ms; p95 is the sample at rank round(0.95 n)."""
    if not times:
        return {"p50_ms": 0.0, "p95_ms": 0.0}
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * len(ordered)) - 1)]
    return {"p50_ms": round(statistics.median(ordered) * 1000, 2), "p95_ms": round(p95 * 1000, 2)}


class SearchProcess:
    """A child process that opens one store and times the searches it is sent."""

    def __init__(
        self, db: Path, key: bytes, *, encrypted: bool, warm: bool = True, hash_seed: int = 0
    ) -> None:
        # the two processes of a pair get the same seed of Python's string hashing: it orders
        # the sets of name words a search walks, which moved one query's time by up to 1.7x
        # between two processes of one store, on one side of the comparison only
        self._process = subprocess.Popen(
            [sys.executable, __file__],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            env={**os.environ, "PYTHONHASHSEED": str(hash_seed)},
        )
        self._send({"db": str(db), "key": key.hex(), "encrypted": encrypted, "warm": warm})
        seconds, slices = json.loads(self._readline())
        #: seconds and slices of the warm-up (0 and 0 when not warmed)
        self.warmed: tuple[float, int] = (float(seconds), int(slices))

    def _readline(self) -> str:
        stdout: IO[str] | None = self._process.stdout
        assert stdout is not None
        line = stdout.readline()
        if not line:
            raise RuntimeError(f"search process ended ({self._process.wait()})")
        return line

    def _send(self, value: Any) -> None:
        stdin: IO[str] | None = self._process.stdin
        assert stdin is not None
        stdin.write(json.dumps(value, ensure_ascii=False) + "\n")
        stdin.flush()

    def search(self, text: str) -> tuple[float, float, bool]:
        """Wall and CPU (thread) seconds of one ``search(text, limit=20)``, and whether it
        raised."""
        self._send(text)
        wall, cpu, failed = json.loads(self._readline())
        return float(wall), float(cpu), bool(failed)

    def close(self) -> None:
        self._send(None)
        self._process.wait(timeout=60)


Samples = dict[str, dict[str, tuple[list[float], list[float], int]]]


def time_paired(
    processes: dict[str, SearchProcess],
    kinds: dict[str, list[str]],
    repeats: int = 1,
    into: Samples | None = None,
) -> Samples:
    """Wall and CPU seconds of every query on each store (``into``: added to these samples),
    the stores' processes sent the same query one after the other, the order alternating
    query by query."""
    names = list(processes)
    samples: Samples = {} if into is None else into
    for name in names:
        samples.setdefault(name, {})
    turn = 0
    for kind, texts in kinds.items():
        for name in names:
            samples[name].setdefault(kind, ([], [], 0))
        for _ in range(repeats):
            for text in texts:
                turn += 1
                for name in names if turn % 2 else names[::-1]:
                    spent, spent_cpu, failed = processes[name].search(text)
                    wall, cpu, errors = samples[name][kind]
                    wall.append(spent)
                    cpu.append(spent_cpu)
                    samples[name][kind] = (wall, cpu, errors + failed)
    return samples


def figures(samples: Samples) -> dict[str, dict[str, Any]]:
    """p50 and p95, wall and CPU, per store and kind (and the failed searches, if any)."""
    found: dict[str, dict[str, Any]] = {}
    for name, kinds in samples.items():
        found[name] = {}
        for kind, (wall, cpu, errors) in kinds.items():
            row = percentiles(wall)
            row.update({f"cpu_{k}": v for k, v in percentiles(cpu).items()})
            if errors:
                row["errors"] = errors
            found[name][kind] = row
    return found


def serve() -> None:
    """The child: open the store named on the first line, then time each query sent."""
    sys.path.insert(0, str(ROOT))
    from entryhub_desk.store.connection import open_database
    from entryhub_desk.store.search_index import SearchIndex
    from entryhub_desk.store.search_warm import SearchWarmer

    header = json.loads(sys.stdin.readline())
    conn = open_database(
        Path(header["db"]), bytes.fromhex(header["key"]), encrypted=header["encrypted"]
    )
    index = SearchIndex(conn)
    warmer = SearchWarmer(conn)
    started = time.perf_counter()
    if header.get("warm", True):
        warmer.run()
    sys.stdout.write(json.dumps([time.perf_counter() - started, warmer.slices]) + "\n")
    sys.stdout.flush()
    for line in sys.stdin:
        text = json.loads(line)
        if text is None:
            break
        failed = False
        started, started_cpu = time.perf_counter(), time.thread_time()
        try:
            index.search(text, limit=20)
        except Exception:  # noqa: BLE001 - counted: an engine that fails is a finding
            failed = True
        spent_cpu, spent = time.thread_time() - started_cpu, time.perf_counter() - started
        sys.stdout.write(json.dumps([spent, spent_cpu, failed]) + "\n")
        sys.stdout.flush()
    conn.close()


if __name__ == "__main__":
    serve()
