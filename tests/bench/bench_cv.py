"""CV benchmark: prints one JSON document with the figures.

- a two-page profile: the shared JSON Resume sample with more jobs and educations, mapped by
  the JSON Resume import (``plan_import``, no store) and rendered by the classic template;
- time per CV (median of 30 after one warm-up; goal ≤ 80 ms), the first CV of the process
  (font loading included), time for 100 CVs, PDF size without photo (goal ≤ 150 KB);
- in the same run, rendercv on the same content: ``jsonresume-to-rendercv`` turns the same
  JSON Resume into rendercv's YAML, ``rendercv render`` draws it (goal: ours ≥ 10× faster).
  rendercv is installed only for the benchmark, into ``build/work/bench-venv`` (git-ignored);
  when it cannot be installed or cannot render here (it needs its Typst binary or fonts), the
  output says so instead of a figure.

Run: ``.venv/bin/python tests/bench/bench_cv.py [--no-rendercv]``. Nothing here asserts on
time: the figures are for people to read.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from entryhub_desk.cv.build import build_document  # noqa: E402
from entryhub_desk.cv.render import render_pdf  # noqa: E402
from entryhub_desk.ids import new_id  # noqa: E402
from entryhub_desk.resume import plan_import, validate_document  # noqa: E402

SAMPLE = ROOT.parent / "shared" / "fixtures" / "jsonresume-sample.resume.json"
VENV = ROOT / "build" / "work" / "bench-venv"
RUNS = 30
# rendercv 2.3's command line imports click, which its "full" extra does not always bring.
RENDERCV_PACKAGES = ("rendercv[full]", "jsonresume-to-rendercv", "click")
_OFFLINE: list[str] = []


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


def pages(pdf: bytes) -> int:
    return pdf.count(b"/Type /Page\n") or pdf.count(b"/Type /Page ")


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
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        one()
        times.append(time.perf_counter() - start)
    start = time.perf_counter()
    for _ in range(100):
        one()
    hundred = time.perf_counter() - start
    with tempfile.NamedTemporaryFile(suffix=".pdf", delete=False) as f:
        f.write(pdf)
    page_count = _pdfinfo_pages(Path(f.name))
    os.unlink(f.name)
    return {
        "pages": page_count,
        "first_cv_ms": round(first * 1000, 1),
        "per_cv_ms_median": round(statistics.median(times) * 1000, 1),
        "per_cv_ms_p95": round(sorted(times)[int(len(times) * 0.95) - 1] * 1000, 1),
        "hundred_cvs_s": round(hundred, 2),
        "pdf_kb": round(len(pdf) / 1024, 1),
        "goals": {"per_cv_ms": 80, "pdf_kb": 150},
    }


def _pdfinfo_pages(path: Path) -> int | None:
    tool = shutil.which("pdfinfo")
    if tool is None:
        return None
    done = subprocess.run([tool, str(path)], capture_output=True, text=True, check=False)
    for line in done.stdout.splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    return None


def rendercv(document: dict[str, Any], our_ms: float) -> dict[str, Any]:
    python = VENV / "bin" / "python"
    if not python.exists():
        made = subprocess.run(
            [sys.executable, "-m", "venv", str(VENV)], capture_output=True, text=True, check=False
        )
        if made.returncode != 0:
            return {"status": "not run", "reason": f"venv failed: {made.stderr.strip()[-300:]}"}
    install = subprocess.run(
        [str(VENV / "bin" / "pip"), "install", "-q", *RENDERCV_PACKAGES],
        capture_output=True,
        text=True,
        check=False,
    )
    if install.returncode != 0:
        return {"status": "not installed", "reason": install.stderr.strip()[-500:]}
    version = subprocess.run(
        [str(python), "-c", "import importlib.metadata as m; print(m.version('rendercv'))"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    work = Path(tempfile.mkdtemp(prefix="bench-rendercv-"))
    source = work / "resume.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    yaml_file = work / "Richard_Hendriks_CV.yaml"
    converted = _convert(python, source, yaml_file)
    if converted is not None:
        return {"status": "not run", "rendercv": version, "reason": converted}
    rendercv_bin = VENV / "bin" / "rendercv"
    times = []
    for _ in range(3):
        start = time.perf_counter()
        done = subprocess.run(
            [str(rendercv_bin), "render", str(yaml_file)],
            capture_output=True,
            text=True,
            cwd=work,
            check=False,
            env={**os.environ, "NO_COLOR": "1", "TERM": "dumb", "COLUMNS": "100"},
            timeout=600,
        )
        times.append(time.perf_counter() - start)
        if done.returncode != 0:
            output = done.stderr + done.stdout
            reason = output.split("An error occurred:", 1)[-1] if output else "no output"
            return {
                "status": "failed",
                "rendercv": version,
                "seconds_until_failure": round(times[-1], 2),
                "reason": " ".join(reason.split())[-600:],
            }
    pdfs = sorted(work.rglob("*.pdf"))
    best = min(times)
    return {
        "status": "ok",
        "rendercv": version,
        "per_cv_ms_best_of_3": round(best * 1000, 1),
        "per_cv_ms_median_of_3": round(statistics.median(times) * 1000, 1),
        "note": "a whole `rendercv render` process per CV (how it is used); ours is in-process",
        "conversion": _OFFLINE[0] if _OFFLINE else "jsonresume_to_rendercv command",
        "pdf_kb": round(pdfs[0].stat().st_size / 1024, 1) if pdfs else None,
        "ours_faster_by": round(best * 1000 / our_ms, 1),
        "goal_faster_by": 10,
    }


def _convert(python: Path, source: Path, target: Path) -> str | None:
    """JSON Resume → rendercv YAML with jsonresume-to-rendercv; an error text or None."""
    tool = VENV / "bin" / "jsonresume_to_rendercv"
    candidates = [
        [str(tool), str(source), str(target)],
        [str(python), "-m", "jsonresume_to_rendercv", str(source), str(target)],
    ]
    errors = []
    for command in candidates:
        if not Path(command[0]).exists():
            continue
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode == 0 and target.exists():
            return None
        errors.append((done.stderr or done.stdout).strip()[-300:])
    # Its command line validates against schemas it downloads from GitHub: offline, the
    # converter class itself is used (the same conversion without the schema checks).
    offline = (
        "import json, sys\n"
        "from jsonresume_to_rendercv.converter import JSONResumeConverter\n"
        "doc = json.load(open(sys.argv[1], encoding='utf-8'))\n"
        "open(sys.argv[2], 'w', encoding='utf-8').write(JSONResumeConverter(doc).convert())\n"
    )
    done = subprocess.run(
        [str(python), "-c", offline, str(source), str(target)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode == 0 and target.exists():
        _OFFLINE.append("converted without the online schema checks (no network here)")
        return None
    errors.append((done.stderr or done.stdout).strip()[-300:])
    return "jsonresume-to-rendercv failed: " + " | ".join(errors or ["no command found"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-rendercv", action="store_true", help="skip the rendercv run")
    args = parser.parse_args()
    document = two_page_resume()
    figures: dict[str, Any] = {"entryhub": ours(document)}
    if not args.no_rendercv:
        figures["rendercv"] = rendercv(document, figures["entryhub"]["per_cv_ms_median"])
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
