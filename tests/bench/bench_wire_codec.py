"""The sync codec on its hot path: 1,000 changes through ``to_json`` and ``from_json``.

Measured for the declared messages (``entryhub_wire``) and, in the same run, for the frozen
hand-written reference (``legacy_wire.py``), with the ratio declared / hand-written (goal ≤ 1.2).

- ``push``: two PushRequests of 500 changes (a push holds at most ``MAX_BATCH_CHANGES``), each
  change a visit-like record of six fields: what a desk encodes and the server decodes.
- ``pull``: one PullResponse of 1,000 pulled changes: what the server encodes (for bundles)
  and a desk decodes.

Times are the best of ``--rounds`` runs (interleaved, so both codecs see the same machine load).

Run: ``.venv/bin/python tests/bench/bench_wire_codec.py [--rounds 15]``
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from entryhub_wire import wire  # noqa: E402
from tests.bench import legacy_wire  # noqa: E402

CHANGES = 1000
BATCH = 500


def _change(m: Any, n: int) -> Any:
    hlc = f"{1750000000000 + n:013d}-0000-desk1"
    fields = {
        "person_id": m.FieldValue(f"p{n // 3}", hlc),
        "purpose": m.FieldValue("cv", hlc),
        "state": m.FieldValue("done", hlc),
        "note": m.FieldValue(f"Åtgärd {n}: samtal om arbete", hlc),
        "minutes": m.FieldValue(n % 90, hlc),
        "tags": m.FieldValue(["cv", "intervju"], hlc),
    }
    return m.Change("desk1", 1, n + 1, "visit", f"v{n}", f"p{n // 3}", hlc, fields)


def _work(m: Any) -> dict[str, tuple[Callable[[], object], Callable[[], object]]]:
    changes = [_change(m, n) for n in range(CHANGES)]
    pushes = [m.PushRequest(tuple(changes[i : i + BATCH]), None) for i in range(0, CHANGES, BATCH)]
    pushed = [push.to_json() for push in pushes]
    page = m.PullResponse(
        tuple(m.PulledChange(n + 1, c) for n, c in enumerate(changes)), (), (), CHANGES, False
    )
    # the pull answer as a desk receives it: through JSON (fresh dicts, as after loads)
    pulled = json.loads(json.dumps(page.to_json()))
    return {
        "push": (
            lambda: [push.to_json() for push in pushes],
            lambda: [m.PushRequest.from_json(data) for data in pushed],
        ),
        "pull": (page.to_json, lambda: m.PullResponse.from_json(pulled)),
    }


def _best(run: Callable[[], object], best: float) -> float:
    start = time.perf_counter()
    run()
    return min(best, time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    declared, legacy = _work(wire), _work(legacy_wire)
    # the same bytes first: a fast codec that says something else would be no use
    for kind in declared:
        assert wire.dumps({"x": declared[kind][0]()}) == wire.dumps({"x": legacy[kind][0]()})
    figures: dict[str, Any] = {}
    for kind in declared:
        for step, label in ((0, "encode"), (1, "decode")):
            new = old = float("inf")
            for _ in range(args.rounds):
                old = _best(legacy[kind][step], old)
                new = _best(declared[kind][step], new)
            figures[f"{kind}_{label}"] = {
                "hand_written_ms": round(old * 1000, 2),
                "declared_ms": round(new * 1000, 2),
                "ratio": round(new / old, 3),
            }
    print(json.dumps({"changes": CHANGES, "rounds": args.rounds, **figures}, indent=1))


if __name__ == "__main__":
    main()
