"""The search on the evaluation sets written after the engine: the second set
(``tests/search/eval/cases_fresh.py``, stop 13) and the third (``cases_third.py``, stop 14),
names the engine's authors had not read while building it. Prints recall@1/@5, MRR, the
zero-row rate and the duplicate check per class, like ``bench_search.py`` does for the main set.

Run: ``nice -n 10 .venv/bin/python tests/bench/bench_search_fresh.py [--set third]
[--visitors 15000]``.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_search import evaluate  # noqa: E402

from tests.search.eval import cases_fresh, cases_third  # noqa: E402
from tests.search.eval.store_build import build, conflicts  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--visitors", type=int, default=15_000)
    parser.add_argument("--set", choices=("fresh", "third"), default="fresh")
    args = parser.parse_args()
    chosen = {"fresh": cases_fresh.ALL, "third": cases_third.ALL}[args.set]
    unanswerable = conflicts(chosen)
    for line in unanswerable:
        print("  unanswerable:", line, file=sys.stderr)
    document = {"set": args.set, "cases": len(chosen), "unanswerable": unanswerable}
    with tempfile.TemporaryDirectory(prefix="bench-search-fresh-") as work:
        store = build(Path(work) / args.set, chosen, visitors_count=args.visitors)
        document["figures"] = evaluate(store)
        store.close()
    print(json.dumps(document, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
