"""rendercv timed in its own process, warm: run by ``cv_rendercv.py`` with the Python of the
rendercv venv (this file imports nothing of the desk, only rendercv and the standard library).

``python rendercv_inprocess.py CV.yaml WORK_DIR RUNS`` prints one JSON document. After one
untimed warm-up each (modules imported, Typst compiler and fonts loaded), three ways:

- ``same``: data model → Typst file → PDF, the same model every run, in one work folder, so
  rendercv keeps its Typst compiler (one per Typst file) and Typst may reuse what it laid out
  the run before: the fastest rendercv gets, and the figure the ratio is taken against;
- ``new_content``: the same, but each run's summary differs by one word (parsed before the
  clock starts), as when one process renders several people's CVs;
- ``api``: ``rendercv.api.create_a_pdf_from_a_yaml_string`` per CV (YAML text → PDF, a fresh
  temporary folder and compiler each time), as a program embedding rendercv calls it.

Ours is timed as domain objects → CV document → PDF, the same content every run. Each way
gives the median wall time and the median CPU time of the process (Typst may use threads).
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rendercv import renderer
from rendercv.api import functions


def timed(runs: int, one: Callable[[int], Any]) -> dict[str, float]:
    one(-1)
    walls, cpus = [], []
    for index in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        one(index)
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - start_cpu)
    return {
        "per_cv_ms_median": round(statistics.median(walls) * 1000, 1),
        "per_cv_ms_min": round(min(walls) * 1000, 1),
        "per_cv_cpu_ms_median": round(statistics.median(cpus) * 1000, 1),
    }


def main() -> None:
    yaml_text = Path(sys.argv[1]).read_text(encoding="utf-8")
    work = Path(sys.argv[2])
    runs = int(sys.argv[3])
    work.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    model = functions.read_a_yaml_string_and_return_a_data_model(yaml_text)
    parse_ms = (time.perf_counter() - start) * 1000
    pdfs: list[Path] = []

    def render(data_model: Any) -> None:
        typst_file = renderer.create_a_typst_file(data_model, work)
        pdfs.append(renderer.render_a_pdf_from_typst(typst_file))

    varied = [
        functions.read_a_yaml_string_and_return_a_data_model(
            yaml_text.replace("Richard hails", f"Richard ({index}) hails", 1)
        )
        for index in range(-1, runs)
    ]

    def api(_index: int) -> None:
        with tempfile.TemporaryDirectory() as folder:
            errors = functions.create_a_pdf_from_a_yaml_string(yaml_text, Path(folder) / "cv.pdf")
            if errors:
                raise SystemExit(f"rendercv refused the YAML: {errors}")

    start = time.perf_counter()
    render(model)
    first_ms = (time.perf_counter() - start) * 1000
    figures: dict[str, Any] = {"parse_ms": round(parse_ms, 1), "first_ms": round(first_ms, 1)}
    figures["same"] = timed(runs, lambda _index: render(model))
    figures["new_content"] = timed(runs, lambda index: render(varied[index + 1]))
    figures["api"] = timed(runs, api)
    figures["runs"] = runs
    figures["pdf"] = str(pdfs[0])
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
