"""Visitor search benchmark: quality per class, speed, memory, size, duplicate check.

Prints one JSON document on stdout (and a readable table on stderr):

- ``quality``: for the independent evaluation set (``tests/search/eval/``, 300+ cases in 20+
  classes, with decoys), recall@1, recall@5, MRR, zero-row rate and decoy-first rate per class,
  among ``--eval-size`` visitors (default 15,000) and among ``--visitors`` (default 100,000);
- ``duplicates``: per class, how often ``Reception.likely_duplicates`` given the case's
  same-person variant flags the target first / at all, how many decoys a desk could tell apart
  it flags (false alarms) and how many other people;
- ``speed`` (the ``--visitors`` store): p50/p95 wall and CPU time per query class (each case
  query three times), per keystroke (five case queries per class typed one character at a
  time) and for the
  earlier kinds (1–4 name words, phones), on the encrypted store and on an unencrypted copy
  (``sqlcipher_export`` to a file with an empty key, opened the same way) with their ratio,
  each store searched by a process of its own (its own memos and page cache: ``search_timer``)
  and the two timed interleaved query by query (the same query on one, then on the other,
  the order alternating) so that the machine's load falls alike on both, the samples of
  ``PAIRS`` fresh pairs of processes pooled (the two of a pair with the same random seed of
  Python's string hashing, another for each pair); CPU is the thread's time; each process first
  reads the search index into its page cache as the reception screen does while idle
  (``store.search_warm``; ``--cold`` leaves that out: the searches of the first half second
  after the store is opened or a sync round committed), its seconds reported as ``warm_up``;
  the earlier kinds are shown in brackets in the table;
  and registering a visit (a durable commit with its outbox row);
- ``memory``: peak RSS of a separate process that only opens the store, warms it (as above)
  and runs every query
  and keystroke (building the population does not count): ``VmHWM`` on Linux (``ru_maxrss``
  there carries the parent's peak through fork and exec; it is printed too), and the RSS after
  the imports and after opening;
- ``size``: the store's bytes per stored person (``page_count * page_size``), before and after
  VACUUM, and the largest tables (when SQLite's ``dbstat`` is there).

Goals (issue 10): recall@5 ≥ 98 %, zero rows ≤ 1 %, p95 ≤ 15 ms per class and keystroke,
ratio ≤ 1.3, peak RSS ≤ 200 MB, ≤ 2 KB per visitor. Nothing here asserts: the figures are for
people to read. On a shared machine run it with ``nice -n 10``.

Run: ``.venv/bin/python tests/bench/bench_search.py [--visitors N] [--eval-size M]
[--out FILE] [--keep DIR] [--cold]``; ``--visitors 5000 --eval-size 0`` for a quick look while
developing. ``--keep DIR`` builds the stores in ``DIR`` and reuses them on the next run with
the same sizes and cases (a 100,000-visitor store takes many minutes to build); the reused
store has the previous run's visits and VACUUM, which the figures do not depend on.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from entryhub_desk.domain.visit import Visit  # noqa: E402
from entryhub_desk.store.connection import open_database, transaction  # noqa: E402
from entryhub_desk.store.repositories import VisitRepository  # noqa: E402
from entryhub_desk.store.search_index import SearchIndex  # noqa: E402
from entryhub_desk.store.search_warm import SearchWarmer  # noqa: E402
from tests.bench.search_timer import (  # noqa: E402
    Samples,
    SearchProcess,
    figures,
    percentiles,
    time_paired,
)
from tests.search.eval import runner  # noqa: E402
from tests.search.eval.cases import ALL  # noqa: E402
from tests.search.eval.store_build import (  # noqa: E402
    COORDINATOR,
    PASSWORD,
    EvalStore,
    build,
)

QUERIES_PER_KIND = 200
REPEATS = 3
PAIRS = 6  # fresh pairs of search processes whose samples are pooled (search_timer): with 3,
# the same store in both processes of each pair gave class p95 ratios of 0.81-1.49
TYPED_PER_CLASS = 5
VISITS = 200


def _log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def old_kinds(conn: Any, rng: random.Random) -> dict[str, list[str]]:
    """The earlier benchmark's kinds: 1–4 name words of stored people (4 adds a word the
    person lacks: the path of a new visitor's name), and phones in the notations people use."""
    rows = conn.execute(
        "SELECT given_name, family_name FROM person WHERE family_name > '' ORDER BY id"
    ).fetchall()
    phones = [str(r[0]) for r in conn.execute("SELECT phone FROM person WHERE phone LIKE '+467%'")]
    kinds: dict[str, list[str]] = {f"{n}_words": [] for n in (1, 2, 3, 4)}
    for _ in range(QUERIES_PER_KIND):
        given, family = rng.choice(rows)
        words = f"{given} {family}".split()
        other = rng.choice(rows)[1].split()[-1]
        kinds["1_words"].append(words[0])
        kinds["2_words"].append(" ".join(words[:2]))
        kinds["3_words"].append(" ".join(words[:3]))
        kinds["4_words"].append(" ".join([*words[:3], other]))
    kinds["phone"] = [
        rng.choice((f"0{p[3:5]}-{p[5:8]} {p[8:10]} {p[10:]}", f"00{p[1:]}", p[3:], p[:8]))
        for p in rng.sample(phones, min(QUERIES_PER_KIND, len(phones)))
    ]
    return kinds


def query_sets(store: EvalStore) -> tuple[dict[str, list[str]], list[str]]:
    """Case queries by class, and every keystroke of the first ``TYPED_PER_CLASS`` case
    queries of each class (typed one character at a time)."""
    by_class: dict[str, list[str]] = {}
    keystrokes: list[str] = []
    for placed in store.placed:
        text = runner.query_text(placed)
        by_class.setdefault(placed.case.klass, []).append(text)
        if len(by_class[placed.case.klass]) <= TYPED_PER_CLASS:
            keystrokes.extend(text[:n] for n in range(1, len(text) + 1))
    return by_class, keystrokes


def speed(store: EvalStore, plain_path: Path, *, warm: bool = True) -> dict[str, Any]:
    conn = store.conn
    by_class, keystrokes = query_sets(store)
    kinds = old_kinds(conn, random.Random(42))
    in_use = old_kinds(conn, random.Random(43))
    conn.execute(f"ATTACH DATABASE '{plain_path}' AS plain KEY ''")
    conn.execute("SELECT sqlcipher_export('plain')")
    conn.execute("DETACH DATABASE plain")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    pooled: list[Samples] = [{}, {}, {}]
    warmed: dict[str, list[tuple[float, int]]] = {"encrypted": [], "unencrypted": []}
    seeds = [random.SystemRandom().randrange(1, 2**32 - 1) for _ in range(PAIRS)]
    for round_, seed in enumerate(seeds):
        _log(f"timing the encrypted and unencrypted stores, each in a fresh process ({round_ + 1})")
        pair = {
            "encrypted": SearchProcess(
                store.config.db_path,
                store.session.opened.key,
                encrypted=True,
                warm=warm,
                hash_seed=seed,
            ),
            "unencrypted": SearchProcess(
                plain_path, b"", encrypted=False, warm=warm, hash_seed=seed
            ),
        }
        for name, process in pair.items():
            warmed[name].append(process.warmed)
        time_paired(pair, in_use)  # the memos of a desk in use
        time_paired(pair, by_class, REPEATS, into=pooled[0])
        time_paired(pair, {"keystroke": keystrokes}, into=pooled[1])
        time_paired(pair, kinds, into=pooled[2])
        for process in pair.values():
            process.close()
    per_class, per_keystroke, old = (figures(samples) for samples in pooled)
    result: dict[str, Any] = {
        name: {
            "per_class": per_class[name],
            "per_keystroke": per_keystroke[name]["keystroke"],
            "kinds": old[name],
        }
        for name in pair
    }
    enc, plain_figures = result["encrypted"], result["unencrypted"]
    for measure, name in (("p95_ms", "p95_ratio"), ("cpu_p95_ms", "cpu_p95_ratio")):
        ratio: dict[str, Any] = {
            part: {
                kind: round(row[measure] / max(plain_figures[part][kind][measure], 1e-6), 2)
                for kind, row in enc[part].items()
            }
            for part in ("per_class", "kinds")
        }
        ratio["per_keystroke"] = round(
            enc["per_keystroke"][measure] / max(plain_figures["per_keystroke"][measure], 1e-6),
            2,
        )
        result[name] = ratio
    result["keystrokes"] = len(keystrokes)
    result["hash_seeds"] = seeds
    result["warm_up"] = {
        name: {
            "seconds": round(statistics.median(s for s, _ in rounds), 3),
            "slices": rounds[0][1],
        }
        for name, rounds in warmed.items()
    }
    return result


def register_visits(store: EvalStore) -> dict[str, float]:
    ctx = store.session.opened.context
    ids = [str(r[0]) for r in ctx.conn.execute("SELECT id FROM person LIMIT ?", (VISITS,))]
    visits = VisitRepository(ctx)
    times = []
    for person_id in ids:
        started = time.perf_counter()
        with transaction(ctx.conn):
            visits.create(
                Visit(
                    person_id=person_id,
                    hub_id=ctx.identity.hub_id,
                    visited_at=datetime.fromtimestamp(ctx.clock(), UTC),
                    purposes=("job_search",),
                )
            )
        times.append(time.perf_counter() - started)
    return percentiles(times)


def memory(store: EvalStore, *, warm: bool = True) -> dict[str, Any]:
    """Peak RSS of a child process that only opens the store, reads the search index into its
    page cache (unless not ``warm``) and searches."""
    by_class, keystrokes = query_sets(store)
    queries = [q for texts in by_class.values() for q in texts] + keystrokes
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    payload = json.dumps(
        {
            "db": str(store.config.db_path),
            "key": store.session.opened.key.hex(),
            "q": queries,
            "warm": warm,
        }
    )
    done = subprocess.run(
        [sys.executable, __file__, "--child"],
        input=payload,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        return {"error": done.stderr.strip().splitlines()[-1:] or ["failed"]}
    return dict(json.loads(done.stdout))


def _peak_kib() -> int:
    """This process's peak resident set (KiB): ``VmHWM`` where Linux shows it, since Linux
    carries ``ru_maxrss`` over from the parent through fork and exec (the parent here holds
    the whole generated population); ``ru_maxrss`` elsewhere."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def child() -> None:
    """The search process of ``memory``: open, search everything, report RSS (KiB → MB)."""
    payload = json.loads(sys.stdin.read())
    started = _peak_kib()
    conn = open_database(Path(payload["db"]), bytes.fromhex(payload["key"]))
    index = SearchIndex(conn)
    opened = _peak_kib()
    if payload["warm"]:
        SearchWarmer(conn).run()
    warmed = _peak_kib()
    for query in payload["q"]:
        try:
            index.search(query, limit=20)
        except Exception:  # noqa: BLE001 - counted by the speed figures
            continue
    peak = _peak_kib()
    conn.close()
    print(
        json.dumps(
            {
                "rss_after_imports_mb": round(started / 1024, 1),
                "rss_after_open_mb": round(opened / 1024, 1),
                "rss_after_warm_up_mb": round(warmed / 1024, 1),
                "peak_rss_mb": round(peak / 1024, 1),
                "ru_maxrss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
                "queries": len(payload["q"]),
            }
        )
    )


def size(store: EvalStore) -> dict[str, Any]:
    conn = store.conn

    def per_person() -> float:
        pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
        page = int(conn.execute("PRAGMA page_size").fetchone()[0])
        return round(pages * page / store.persons, 1)

    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    figures: dict[str, Any] = {"bytes_per_person": per_person()}
    try:
        rows = conn.execute(
            "SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC LIMIT 12"
        ).fetchall()
        figures["largest_tables_bytes_per_person"] = {
            str(name): round(int(total) / store.persons, 1) for name, total in rows
        }
    except Exception as error:  # noqa: BLE001 - dbstat is optional in SQLite builds
        figures["largest_tables"] = f"dbstat not available: {type(error).__name__}"
    conn.execute("VACUUM")
    figures["bytes_per_person_after_vacuum"] = per_person()
    figures["persons"] = store.persons
    return figures


def built(work: Path, name: str, visitors: int) -> EvalStore:
    """The evaluation store ``name`` in ``work``: reopened when a previous run built it with
    these cases and this size, else built (its placement kept next to it)."""
    from entryhub_desk.services import Desk

    digest = hashlib.sha256(repr([(c.query, c.target, c.decoys) for c in ALL]).encode()).hexdigest()
    folder = work / f"{name}-{visitors}-{digest[:12]}"
    meta = folder / "placed.pickle"
    if meta.exists():
        kept = pickle.loads(meta.read_bytes())  # our own file from the last run
        # the store in this folder, wherever it was built: a copied folder's own (its kept
        # config names the folder it was built in, which another run may be using)
        config = replace(kept["config"], data_dir=folder / "data", log_dir=folder / "logs")
        session = Desk(config).unlock(COORDINATOR, PASSWORD)
        _log(f"reusing the store in {folder}")
        return EvalStore(
            folder,
            config,
            session,
            kept["placed"],
            kept["visitors"],
            kept["persons"],
            kept["left_out"],
        )
    store = build(folder, ALL, visitors_count=visitors, progress=_log)
    kept = {
        "config": store.config,
        "placed": store.placed,
        "visitors": store.visitors,
        "persons": store.persons,
        "left_out": store.left_out,
    }
    meta.write_bytes(pickle.dumps(kept))
    return store


def evaluate(store: EvalStore) -> dict[str, Any]:
    _log(f"running {len(store.placed)} cases among {store.persons} persons")
    outcomes = runner.run(store)
    quality = runner.figures(outcomes)
    _log("duplicate check")
    duplicates, _notes = runner.duplicate_figures(store)
    print(f"\n== {store.visitors} visitors ({store.persons} persons) ==", file=sys.stderr)
    print(runner.table_text(quality, duplicates), file=sys.stderr)
    for line in runner.failures(store, outcomes):
        print("  missed:", line, file=sys.stderr)
    return {
        "visitors": store.visitors,
        "persons": store.persons,
        "left_out_as_confusable": store.left_out,
        "quality": quality,
        "by_direction": runner.directions(outcomes),
        "duplicates": duplicates,
        "missed": runner.failures(store, outcomes, worst=200),
    }


def _speed_table(figures: dict[str, Any]) -> str:
    lines = [
        f"{'class':18}{'enc p95':>9}{'cpu p95':>9}{'plain p95':>10}{'ratio':>7}"
        f"{'plain cpu':>10}{'cpu ratio':>10}"
    ]
    enc, plain = figures["encrypted"], figures["unencrypted"]
    for part in ("per_class", "kinds"):
        for kind, row in enc[part].items():
            label = kind if part == "per_class" else f"({kind})"
            lines.append(
                f"{label:18}{row['p95_ms']:>9.2f}{row['cpu_p95_ms']:>9.2f}"
                f"{plain[part][kind]['p95_ms']:>10.2f}{figures['p95_ratio'][part][kind]:>7.2f}"
                f"{plain[part][kind]['cpu_p95_ms']:>10.2f}"
                f"{figures['cpu_p95_ratio'][part][kind]:>10.2f}"
            )
    k = enc["per_keystroke"]
    lines.append(
        f"{'keystroke':18}{k['p95_ms']:>9.2f}{k['cpu_p95_ms']:>9.2f}"
        f"{plain['per_keystroke']['p95_ms']:>10.2f}{figures['p95_ratio']['per_keystroke']:>7.2f}"
        f"{plain['per_keystroke']['cpu_p95_ms']:>10.2f}"
        f"{figures['cpu_p95_ratio']['per_keystroke']:>10.2f}"
    )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--visitors", type=int, default=100_000)
    parser.add_argument("--eval-size", type=int, default=15_000, help="0 to skip")
    parser.add_argument("--out", type=Path, help="also write the JSON document here")
    parser.add_argument("--keep", type=Path, help="build the stores here and reuse them")
    parser.add_argument(
        "--cold",
        action="store_true",
        help="search without first reading the search index into the page cache",
    )
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child()
        return
    document: dict[str, Any] = {"cases": len(ALL), "classes": len({c.klass for c in ALL})}
    with tempfile.TemporaryDirectory(prefix="bench-search-") as temporary:
        work = args.keep or Path(temporary)
        if args.eval_size:
            started = time.perf_counter()
            small = built(Path(work), "eval", args.eval_size)
            document["generate_eval_s"] = round(time.perf_counter() - started, 1)
            document["at_eval_size"] = evaluate(small)
            small.close()
        started = time.perf_counter()
        big = built(Path(work), "big", args.visitors)
        document["generate_s"] = round(time.perf_counter() - started, 1)
        document["at_visitors"] = evaluate(big)
        document["speed"] = speed(big, Path(temporary) / "plain.db", warm=not args.cold)
        print("\n== speed (ms) ==", file=sys.stderr)
        print(_speed_table(document["speed"]), file=sys.stderr)
        print(f"warm-up: {document['speed']['warm_up']}", file=sys.stderr)
        document["register_visit"] = register_visits(big)
        _log("memory of a search process")
        document["memory"] = memory(big, warm=not args.cold)
        _log("size")
        document["size"] = size(big)
        print(f"\nmemory: {document['memory']}\nsize: {document['size']}", file=sys.stderr)
        big.close()
    text = json.dumps(document, indent=1, ensure_ascii=False)
    if args.out:
        args.out.write_text(text + "\n")
    print(text)


if __name__ == "__main__":
    main()
