"""The first CV preview in the app, each in a fresh desk process (``cv_preview_app.py``).

Two cases: the CV opened at once after the log-in (``at_login``: nothing had time to load
beforehand), and one second after it (``after_1s``: the time a person takes to open a
visitor). The time runs from opening the person's CV to the pages shown (goal ≤ 300 ms).
"""

from __future__ import annotations

import json
import statistics
import sys
from pathlib import Path
from typing import Any

from cv_command import Store
from cv_rendercv import timed_process

APP = Path(__file__).resolve().with_name("cv_preview_app.py")
CASES = {"at_login": 0, "after_1s": 1000}


def run(store: Store, *, runs: int) -> dict[str, Any]:
    env = {**store.env, "QT_QPA_PLATFORM": "offscreen"}
    result: dict[str, Any] = {}
    for name, wait_ms in CASES.items():
        first, second = [], []
        for _ in range(runs):
            command = [sys.executable, str(APP), str(store.data_dir), store.person_id]
            _wall, _cpu, done = timed_process([*command, str(wait_ms)], env=env, cwd=store.work)
            if done.returncode != 0:
                return {"status": "failed", "reason": done.stderr.strip()[-400:]}
            figures = json.loads(done.stdout.strip().splitlines()[-1])
            if "first_preview_ms" not in figures:
                return {"status": "failed", "reason": figures.get("error")}
            first.append(figures["first_preview_ms"])
            second.append(figures["second_preview_ms"])
        result[name] = {
            "first_preview_ms_median": statistics.median(first),
            "first_preview_ms_min": min(first),
            "second_preview_ms_median": statistics.median(second),
        }
    result["status"] = "ok"
    result["first_preview_ms_median"] = result["after_1s"]["first_preview_ms_median"]
    result["goal_ms"] = 300
    return result
