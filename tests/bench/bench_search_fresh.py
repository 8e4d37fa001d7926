"""The search on the second evaluation set (``tests/search/eval/cases_fresh.py``): names the
engine's authors never read while building it. Prints recall@1/@5, MRR, the zero-row rate and
the duplicate check per class, like ``bench_search.py`` does for the main set.

Run: ``nice -n 10 .venv/bin/python tests/bench/bench_search_fresh.py [--visitors 15000]``.
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

from tests.search.eval.cases_fresh import ALL  # noqa: E402
from tests.search.eval.store_build import build, conflicts  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--visitors", type=int, default=15_000)
    args = parser.parse_args()
    unanswerable = conflicts(ALL)
    for line in unanswerable:
        print("  unanswerable:", line, file=sys.stderr)
    document = {"set": "fresh", "cases": len(ALL), "unanswerable": unanswerable}
    with tempfile.TemporaryDirectory(prefix="bench-search-fresh-") as work:
        store = build(Path(work) / "fresh", ALL, visitors_count=args.visitors)
        document["figures"] = evaluate(store)
        store.close()
    print(json.dumps(document, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
