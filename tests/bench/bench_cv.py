"""CV benchmark: prints one JSON document with the figures, ours and rendercv's, in one run.

The content: the shared JSON Resume sample with two more jobs and two more educations (two A4
pages, classic). Both programs get the same content: what our JSON Resume import leaves
unmapped (``plan.unmapped``: publications, awards, profiles, …) is taken out of the document
before either sees it, and any URL left is one rendercv can typeset (rendercv 2.3 does not
escape ``_``: ``…/Silicon_Valley_(TV_series)`` stops Typst).

Each round measures, in this order, with the same machine load for both:

- ours in-process (``ours``): domain objects → CV document → PDF, median of 30 after one
  warm-up (goal ≤ 80 ms); the first CV of the process (fonts loaded); 100 CVs (goal ≤ 2 s);
- rendercv in-process (``rendercv.in_process``), warm in its own process: data model → Typst
  → PDF (``rendercv_inprocess.py``; goal: ours ≥ 10× faster);
- ours as a whole command (``command``, ``cv_command.py``): ``entryhub-desk cv`` on a store
  made by the real program, with its log-in timed apart (goal ≤ 300 ms less the log-in);
- rendercv as a whole command (``rendercv.whole_command``): ``rendercv render`` (PDF only)
  (goal: ours faster, log-in included);
- the first preview in the app (``first_preview``, ``cv_preview.py``, goal ≤ 300 ms).

rendercv lives in its own venv (``cv_rendercv.py``), made by this benchmark when missing; the
desk never imports it. Run: ``nice -n 10 .venv/bin/python tests/bench/bench_cv.py
[--rounds 3] [--no-rendercv] [--no-command] [--no-preview]``. Nothing here asserts on time: the
figures are for people to read. ``--quick``: in process only (ours and rendercv's in-process
figure, no whole commands, no preview), for comparing renderers quickly.

Besides wall time, ``ours`` gives each timed CV's CPU time (median and 95th percentile) and the
cycle collections that ran inside the timed CVs (a collection inside a render is one reason a
median moves between rounds; the machine's load is the other: compare ``reference_loop_ms``
with ``reference_loop_cpu_ms``).
"""

from __future__ import annotations

import argparse
import copy
import gc
import json
import os
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import cv_command  # noqa: E402
import cv_preview  # noqa: E402
import cv_rendercv  # noqa: E402

from entryhub_desk.cv.build import build_document  # noqa: E402
from entryhub_desk.cv.render import render_pdf  # noqa: E402
from entryhub_desk.ids import new_id  # noqa: E402
from entryhub_desk.resume import plan_import, validate_document  # noqa: E402

SAMPLE = ROOT.parent / "shared" / "fixtures" / "jsonresume-sample.resume.json"
RUNS = 30
RENDERCV_RUNS = 10
COMMAND_RUNS = 5
_PATH_PART = re.compile(r"([^.\[\]]+)((?:\[\d+\])*)")
# What rendercv 2.3 puts into Typst unescaped: a URL holding one of these is replaced.
_UNSAFE_URL = re.compile(r"[_()\[\]#$*\\`<>@~]")
# jsonresume-to-rendercv needs the country code for the location line (ours leaves it out).
_KEEP = frozenset({"basics.location.countryCode"})


def two_page_resume() -> dict[str, Any]:
    """The sample with two more jobs and two more educations (two A4 pages, classic)."""
    document: dict[str, Any] = json.loads(SAMPLE.read_text(encoding="utf-8"))
    # rendercv refuses a phone number without its country code; both get the same one.
    document["basics"]["phone"] = "+1 912-555-4321"
    first = document["work"][0]
    for n in range(2):
        job = copy.deepcopy(first)
        job["name"] = f"Hooli {n + 1}"
        job["position"] = ["Software developer", "Team lead", "Architect"][n % 3]
        job["startDate"] = f"{2005 + n}-02-01"
        job["endDate"] = f"{2006 + n}-01-01"
        job["highlights"] = job["highlights"] + [f"Shipped release {n + 1}.0 on time"]
        document["work"].append(job)
    school = document["education"][0]
    for name in ("Stanford University", "Tulsa Community College"):
        extra = copy.deepcopy(school)
        extra["institution"] = name
        document["education"].append(extra)
    return document


def same_content(document: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """``document`` without what our import leaves unmapped, URLs made typesettable; and the
    paths taken out."""
    plan = plan_import(document, hub_id=new_id(), existing=lambda _id: None)
    result = copy.deepcopy(document)
    # Deepest and last first, so that list indices stay valid while items are removed.
    left_out = sorted(set(plan.unmapped) - _KEEP)
    for path in sorted(left_out, key=_path_key, reverse=True):
        _remove(result, path)
    _prune(result)
    return _safe_urls(result), left_out


def _path_key(path: str) -> tuple[Any, ...]:
    return tuple(
        (name, tuple(int(i) for i in re.findall(r"\d+", index)))
        for name, index in _PATH_PART.findall(path)
    )


def _remove(document: dict[str, Any], path: str) -> None:
    steps: list[str | int] = []
    for name, index in _PATH_PART.findall(path):
        steps.append(name)
        steps.extend(int(i) for i in re.findall(r"\d+", index))
    parent: Any = document
    for step in steps[:-1]:
        try:
            parent = parent[step]
        except (KeyError, IndexError, TypeError):
            return
    last = steps[-1]
    if isinstance(parent, dict) and isinstance(last, str):
        parent.pop(last, None)
    elif isinstance(parent, list) and isinstance(last, int) and last < len(parent):
        del parent[last]


def _prune(value: Any) -> Any:
    """Drop the empty lists and objects that removing left behind."""
    if isinstance(value, dict):
        for key in list(value):
            if _prune(value[key]) in ({}, []):
                del value[key]
    elif isinstance(value, list):
        value[:] = [item for item in value if _prune(item) not in ({}, [])]
    return value


def _safe_urls(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _safe_urls(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_safe_urls(item) for item in value]
    if (
        isinstance(value, str)
        and value.startswith(("http://", "https://"))
        and _UNSAFE_URL.search(value)
    ):
        return "https://example.com/" + re.sub(r"[^a-z0-9]+", "-", value.lower())[-40:]
    return value


def ours(document: dict[str, Any]) -> dict[str, Any]:
    validate_document(document)
    plan = plan_import(document, hub_id=new_id(), existing=lambda _id: None)
    entries: dict[Any, list[Any]] = {}
    for entry in plan.entries:
        entries.setdefault(entry.KIND, []).append(entry)

    def one() -> bytes:
        cv = build_document(plan.person, entries, language="en")
        return render_pdf(cv, template="classic")

    start = time.perf_counter()
    pdf = one()
    first = time.perf_counter() - start
    times, cpu = [], []
    collections = [0, 0, 0]  # by generation, inside the timed CVs

    def collected(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            collections[info["generation"]] += 1

    gc.callbacks.append(collected)
    try:
        for _ in range(RUNS):
            start, start_cpu = time.perf_counter(), time.process_time()
            one()
            times.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
    finally:
        gc.callbacks.remove(collected)
    start = time.perf_counter()
    for _ in range(100):
        one()
    hundred = time.perf_counter() - start
    with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
        f.write(pdf)
        f.flush()
        page_count = cv_rendercv.pdfinfo_pages(Path(f.name))
    return {
        "pages": page_count,
        "first_cv_ms": round(first * 1000, 1),
        "per_cv_ms_median": round(statistics.median(times) * 1000, 1),
        "per_cv_ms_min": round(min(times) * 1000, 1),
        "per_cv_ms_p95": round(sorted(times)[int(len(times) * 0.95) - 1] * 1000, 1),
        "per_cv_cpu_ms_median": round(statistics.median(cpu) * 1000, 1),
        "per_cv_cpu_ms_p95": round(sorted(cpu)[int(len(cpu) * 0.95) - 1] * 1000, 1),
        "collections_in_timed_cvs": collections,
        "hundred_cvs_s": round(hundred, 2),
        "pdf_kb": round(len(pdf) / 1024, 1),
        "goals": {"per_cv_ms": 80, "hundred_cvs_s": 2, "pdf_kb": 150},
    }


def machine() -> dict[str, Any]:
    """How busy the machine is as the round starts: the load average and a fixed pure-Python
    loop (wall and CPU time; compare rounds and runs by it, the machine is shared)."""
    start, start_cpu = time.perf_counter(), time.process_time()
    total = 0
    for number in range(2_000_000):
        total += number
    return {
        "load_average_1min": round(os.getloadavg()[0], 2),
        "reference_loop_ms": round((time.perf_counter() - start) * 1000),
        "reference_loop_cpu_ms": round((time.process_time() - start_cpu) * 1000),
    }


def one_round(document: dict[str, Any], args: argparse.Namespace) -> dict[str, Any]:
    figures: dict[str, Any] = {"machine": machine(), "ours": ours(document)}
    if args.quick:
        if not args.no_rendercv:
            figures["rendercv"] = {"in_process": rendercv_in_process(document)}
        figures["ratios"] = ratios(figures)
        return figures
    if not args.no_rendercv:
        rendercv = cv_rendercv.run(document, runs=RENDERCV_RUNS, command_runs=args.command_runs)
        figures["rendercv"] = rendercv
    if not (args.no_command and args.no_preview):
        store = cv_command.Store(document)  # made by the real program, its scrypt calibrated
        if not args.no_command:
            figures["command"] = cv_command.run(store, runs=args.command_runs)
        if not args.no_preview:
            figures["first_preview"] = cv_preview.run(store, runs=args.command_runs)
    figures["ratios"] = ratios(figures)
    return figures


def rendercv_in_process(document: dict[str, Any]) -> dict[str, Any]:
    """rendercv in its own warm process only (``--quick``)."""
    try:
        cv_rendercv.ensure_installed()
    except cv_rendercv.RendercvUnavailable as error:
        return {"status": "not installed", "reason": str(error)}
    work = Path(tempfile.mkdtemp(prefix="bench-rendercv-"))
    env, _ = cv_rendercv.environment(work)
    try:
        yaml_file = cv_rendercv.convert(document, work)
    except cv_rendercv.RendercvUnavailable as error:
        return {"status": "not run", "reason": str(error)}
    result: dict[str, Any] = cv_rendercv.in_process(yaml_file, env, RENDERCV_RUNS)
    return result


def ratios(figures: dict[str, Any]) -> dict[str, Any]:
    """rendercv's time over ours (> 1: ours faster), for each way of measuring."""
    result: dict[str, Any] = {}
    ours_ms = figures["ours"]["per_cv_ms_median"]
    rendercv = figures.get("rendercv", {})
    theirs = rendercv.get("in_process", {})
    if theirs.get("status") == "ok":
        for way in ("same", "new_content", "api"):
            result[f"in_process_{way}"] = round(theirs[way]["per_cv_ms_median"] / ours_ms, 1)
        result["in_process_same_cpu"] = round(
            theirs["same"]["per_cv_cpu_ms_median"] / figures["ours"]["per_cv_cpu_ms_median"], 1
        )
        result["in_process_goal"] = 10
    command = figures.get("command", {})
    whole = rendercv.get("whole_command", {})
    if command.get("status") == "ok" and whole.get("status") == "ok":
        result["whole_command_with_unlock"] = round(
            whole["wall_ms_median"] / command["whole_wall_ms_median"], 2
        )
        result["whole_command_less_unlock"] = round(
            whole["wall_ms_median"] / command["less_unlock_ms_median"], 2
        )
        result["whole_command_cpu"] = round(
            whole["cpu_ms_median"] / command["whole_cpu_ms_median"], 2
        )
        result["whole_command_goal"] = "> 1"
    return result


def summary(rounds: list[dict[str, Any]]) -> dict[str, Any]:
    """Each headline figure over the rounds (median, and every round's value)."""
    picks = {
        "ours_per_cv_ms": ("ours", "per_cv_ms_median"),
        "ours_per_cv_cpu_ms": ("ours", "per_cv_cpu_ms_median"),
        "ours_hundred_cvs_s": ("ours", "hundred_cvs_s"),
        "rendercv_per_cv_ms": ("rendercv", "in_process", "same", "per_cv_ms_median"),
        "ratio_in_process": ("ratios", "in_process_same"),
        "ratio_in_process_cpu": ("ratios", "in_process_same_cpu"),
        "ours_command_less_unlock_ms": ("command", "less_unlock_ms_median"),
        "ours_command_less_scrypt_ms": ("command", "less_scrypt_ms_median"),
        "ours_unlock_ms": ("command", "unlock_ms_median"),
        "ours_command_whole_ms": ("command", "whole_wall_ms_median"),
        "rendercv_command_ms": ("rendercv", "whole_command", "wall_ms_median"),
        "ratio_whole_command_with_unlock": ("ratios", "whole_command_with_unlock"),
        "first_preview_ms": ("first_preview", "first_preview_ms_median"),
        "first_preview_at_login_ms": ("first_preview", "at_login", "first_preview_ms_median"),
        "reference_loop_ms": ("machine", "reference_loop_ms"),
    }
    result: dict[str, Any] = {}
    for name, path in picks.items():
        values = [v for v in (_dig(r, path) for r in rounds) if isinstance(v, int | float)]
        if values:
            result[name] = {"median": statistics.median(values), "rounds": values}
    return result


def _dig(value: Any, path: tuple[str, ...]) -> Any:
    for key in path:
        if not isinstance(value, dict):
            return None
        value = value.get(key)
    return value


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3, help="repeat everything (default 3)")
    parser.add_argument("--command-runs", type=int, default=COMMAND_RUNS)
    parser.add_argument("--no-rendercv", action="store_true", help="skip rendercv")
    parser.add_argument("--no-command", action="store_true", help="skip the whole command")
    parser.add_argument("--no-preview", action="store_true", help="skip the app's preview")
    parser.add_argument(
        "--quick", action="store_true", help="in process only: ours and rendercv's in-process"
    )
    args = parser.parse_args()
    document, left_out = same_content(two_page_resume())
    rounds = [one_round(document, args) for _ in range(args.rounds)]
    report = {"content": {"left_out_for_both": left_out}, "summary": summary(rounds)}
    report["rounds"] = rounds
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
