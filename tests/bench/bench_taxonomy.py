"""Taxonomy benchmark: prints one JSON document with the figures.

- picker: search-as-you-type over the full ESCO skill list (14,028 skills; labels in the
  user's language, Swedish and English, alternative labels included) and over occupations,
  every prefix of realistic queries typed in Swedish, English and Arabic; p50 / p95 / max per
  keystroke once the index is built (goal: p95 ≤ 30 ms);
- first use: reading the compact files and building the search indexes (paid once, lazily;
  the GUI can pay it on a worker thread with ``picker.warm_up()`` after log-in);
- start-up: what importing the profile modules adds to a process that already has the
  foundation loaded (goal: ≤ 100 ms; no taxonomy file is read at import);
- the size of the bundled files.

Times are given as CPU time of this process (``cpu``) beside wall-clock time (``wall``): on a
busy machine (see ``load_average_1min``) the wall-clock figures mostly measure the waiting.
Run with ``.venv/bin/python tests/bench/bench_taxonomy.py``. Nothing here asserts on time.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

QUERIES = {
    "sv": ["kommunicera", "svetsa", "programmera", "kundservice", "undervisa barn", "städa"],
    "en": ["communicate", "welding", "python", "customer service", "manage staff", "nurse"],
    "ar": ["تواصل", "برمجة", "ممرض"],
}

# What the GUI's profile screens import, and what JSON Resume import/export adds on top.
_STARTUP = """
import sys, time
import entryhub_desk.cli.admin, entryhub_desk.services, entryhub_desk.store.repositories
import entryhub_desk.domain, entryhub_desk.taxonomy
t0 = time.process_time()
import entryhub_desk.domain.profile, entryhub_desk.services.profile
import entryhub_desk.taxonomy.isced, entryhub_desk.taxonomy.cefr
import entryhub_desk.taxonomy.digcomp, entryhub_desk.taxonomy.driving
t1 = time.process_time()
import entryhub_desk.services.resume, entryhub_desk.cli.profile
t2 = time.process_time()
from entryhub_desk.taxonomy import esco
assert esco._cached.cache_info().currsize == 0, "taxonomy loaded at import"
assert "jsonschema" not in sys.modules, "jsonschema imported at start"
print(t1 - t0, t2 - t1)
"""


def _percentiles(samples: list[float], prefix: str) -> dict[str, float]:
    ordered = sorted(samples)
    p95 = ordered[max(0, round(0.95 * len(ordered)) - 1)]
    return {
        f"{prefix}_p50_ms": round(statistics.median(ordered) * 1000, 2),
        f"{prefix}_p95_ms": round(p95 * 1000, 2),
        f"{prefix}_max_ms": round(ordered[-1] * 1000, 2),
    }


def _startup_ms(runs: int = 9) -> dict[str, float]:
    """CPU time of the imports in fresh processes (min and median of ``runs``)."""
    profile, resume = [], []
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, "-c", _STARTUP], capture_output=True, text=True, check=True, cwd=ROOT
        )
        first, second = (float(v) for v in done.stdout.split())
        profile.append(first * 1000)
        resume.append(second * 1000)
    return {
        "profile_modules_cpu_min_ms": round(min(profile), 1),
        "profile_modules_cpu_median_ms": round(statistics.median(profile), 1),
        "resume_modules_cpu_min_ms": round(min(resume), 1),
        "resume_modules_cpu_median_ms": round(statistics.median(resume), 1),
    }


def main() -> None:
    from entryhub_desk import resources
    from entryhub_desk.taxonomy import esco, picker

    figures: dict[str, object] = {"load_average_1min": round(os.getloadavg()[0], 2)}
    c = time.process_time()
    esco.occupations()
    esco.skills()
    figures["first_use_load_cpu_ms"] = round((time.process_time() - c) * 1000, 1)
    c = time.process_time()
    picker.warm_up(lang="sv")
    figures["first_use_index_sv_en_cpu_ms"] = round((time.process_time() - c) * 1000, 1)
    for lang in QUERIES:
        picker.warm_up(lang=lang)
    for kind in ("skill", "occupation"):
        wall: list[float] = []
        cpu: list[float] = []
        for lang, queries in QUERIES.items():
            for query in queries:
                for end in range(1, len(query) + 1):
                    t, c = time.perf_counter(), time.process_time()
                    picker.search(kind, query[:end], lang, 20)
                    wall.append(time.perf_counter() - t)
                    cpu.append(time.process_time() - c)
        figures[f"picker_{kind}"] = {
            "keystrokes": len(wall),
            **_percentiles(wall, "wall"),
            **_percentiles(cpu, "cpu"),
        }
    figures["startup_added"] = _startup_ms()
    folder = resources.resource("taxonomy")
    figures["resource_bytes"] = {
        path.name: path.stat().st_size for path in sorted(folder.iterdir()) if path.is_file()
    }
    figures["resource_bytes"]["jsonresume/schema.json"] = (  # type: ignore[index]
        resources.resource("jsonresume", "schema.json").stat().st_size
    )
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
