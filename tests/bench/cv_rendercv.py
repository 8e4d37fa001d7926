"""rendercv for the CV benchmark: its own venv, an offline Typst package cache, its timings.

The desk never depends on rendercv: it is installed only here, into ``<repo>/.venv-rendercv``
(git-ignored; made by the benchmark when missing, so that a fresh machine or CI can run it).

Offline: rendercv 2.3's themes import ``@preview/fontawesome:0.5.0``, which Typst downloads
on first use. Typst reads its package cache from ``$XDG_CACHE_HOME/typst/packages``; the
benchmark points ``XDG_CACHE_HOME`` (for the rendercv processes only) at a folder whose
``typst/packages`` is the package tree named by ``$ENTRYHUB_BENCH_TYPST_PACKAGES`` or, by
default, ``../shared/bench/typst-packages`` beside the repository. Without such a tree Typst
downloads the package itself (when the machine is online). ``rendercv render`` also asks PyPI
for a newer version on every run; that request is sent to a closed local port so that it
fails at once instead of waiting on the network (its failure is ignored by rendercv).
"""

from __future__ import annotations

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
VENV = ROOT / ".venv-rendercv"
VERSION = "2.3"
# rendercv 2.3's command line imports click, which its "full" extra does not always bring.
PACKAGES = (f"rendercv[full]=={VERSION}", "jsonresume-to-rendercv", "click")
SHARED_PACKAGES = ROOT.parent / "shared" / "bench" / "typst-packages"
PACKAGES_ENV = "ENTRYHUB_BENCH_TYPST_PACKAGES"
IN_PROCESS = Path(__file__).resolve().with_name("rendercv_inprocess.py")
CLOSED_PORT = "http://127.0.0.1:9"  # the discard port: nothing listens, refused at once


class RendercvUnavailable(Exception):
    """rendercv could not be installed, or the input could not be converted for it."""


def python() -> Path:
    return VENV / "bin" / "python"


def ensure_installed() -> str:
    """The installed rendercv version (installing it into the venv when missing)."""
    if not python().exists():
        made = _run([sys.executable, "-m", "venv", str(VENV)])
        if made.returncode != 0:
            raise RendercvUnavailable(f"venv failed: {made.stderr.strip()[-300:]}")
    if _version() != VERSION:
        install = _run([str(VENV / "bin" / "pip"), "install", "-q", *PACKAGES])
        if install.returncode != 0:
            raise RendercvUnavailable(f"pip failed: {install.stderr.strip()[-500:]}")
    return _version()


def _version() -> str:
    script = "import importlib.metadata as m; print(m.version('rendercv'))"
    done = _run([str(python()), "-c", script])
    return done.stdout.strip() if done.returncode == 0 else ""


def environment(work: Path) -> tuple[dict[str, str], str]:
    """The environment of every rendercv process, and how Typst finds its packages."""
    env = {**os.environ, "NO_COLOR": "1", "TERM": "dumb", "COLUMNS": "100"}
    for name in ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy"):
        env[name] = CLOSED_PORT
    env.pop("NO_PROXY", None)
    env.pop("no_proxy", None)
    packages = Path(os.environ.get(PACKAGES_ENV, str(SHARED_PACKAGES)))
    if not packages.is_dir():
        # No local tree: Typst downloads (the proxy variables would stop it, so drop them).
        for name in ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy"):
            env.pop(name, None)
        return env, "downloaded by Typst (no local package tree)"
    cache = work / "xdg-cache"
    (cache / "typst").mkdir(parents=True, exist_ok=True)
    link = cache / "typst" / "packages"
    if not link.exists():
        link.symlink_to(packages.resolve(), target_is_directory=True)
    env["XDG_CACHE_HOME"] = str(cache)
    return env, f"offline, Typst package cache {packages}"


def convert(document: dict[str, Any], work: Path) -> Path:
    """JSON Resume → rendercv YAML with jsonresume-to-rendercv's converter class (its command
    line validates against schemas it downloads; the conversion itself is the same)."""
    source = work / "resume.json"
    source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    target = work / "Richard_Hendriks_CV.yaml"
    script = (
        "import json, sys\n"
        "from jsonresume_to_rendercv.converter import JSONResumeConverter\n"
        "doc = json.load(open(sys.argv[1], encoding='utf-8'))\n"
        "open(sys.argv[2], 'w', encoding='utf-8').write(JSONResumeConverter(doc).convert())\n"
    )
    done = _run([str(python()), "-c", script, str(source), str(target)])
    if done.returncode != 0 or not target.exists():
        raise RendercvUnavailable(
            "jsonresume-to-rendercv failed: " + (done.stderr or done.stdout).strip()[-300:]
        )
    # The converter writes ``website: ''`` for a résumé without a URL; rendercv refuses it.
    lines = target.read_text(encoding="utf-8").splitlines(keepends=True)
    kept = [line for line in lines if line.strip() != "website: ''"]
    target.write_text("".join(kept), encoding="utf-8")
    return target


def in_process(yaml_file: Path, env: dict[str, str], runs: int) -> dict[str, Any]:
    """Warm, in its own process: data model → PDF (see ``rendercv_inprocess.py``)."""
    work = yaml_file.parent / "in-process"
    done = _run(
        [str(python()), str(IN_PROCESS), str(yaml_file), str(work), str(runs)],
        env=env,
        cwd=yaml_file.parent,
        timeout=900,
    )
    if done.returncode != 0:
        return {"status": "failed", "reason": _reason(done)}
    figures: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    figures["pages"] = pdfinfo_pages(Path(figures.pop("pdf")))
    figures["status"] = "ok"
    return figures


def whole_command(yaml_file: Path, env: dict[str, str], runs: int) -> dict[str, Any]:
    """``rendercv render CV.yaml`` as a person runs it, the PDF only (no PNG, Markdown, HTML:
    ours writes a PDF only): wall time and CPU time of the whole process."""
    command = [
        str(VENV / "bin" / "rendercv"),
        "render",
        str(yaml_file),
        "--dont-generate-png",
        "--dont-generate-markdown",
        "--dont-generate-html",
        "--output-folder-name",
        "command-output",
    ]
    walls: list[float] = []
    cpus: list[float] = []
    for _ in range(runs):
        wall, cpu, done = timed_process(command, env=env, cwd=yaml_file.parent)
        if done.returncode != 0:
            reason = _reason(done)
            return {"status": "failed", "seconds_until_failure": round(wall, 2), "reason": reason}
        walls.append(wall)
        cpus.append(cpu)
    pdfs = sorted((yaml_file.parent / "command-output").glob("*.pdf"))
    return {
        "status": "ok",
        "wall_ms_median": round(statistics.median(walls) * 1000),
        "wall_ms_min": round(min(walls) * 1000),
        "cpu_ms_median": round(statistics.median(cpus) * 1000),
        "runs": runs,
        "pdf_kb": round(pdfs[0].stat().st_size / 1024, 1) if pdfs else None,
    }


def timed_process(
    command: list[str], *, env: dict[str, str] | None = None, cwd: Path | None = None
) -> tuple[float, float, subprocess.CompletedProcess[str]]:
    """Run ``command``; its wall time and its CPU time (user + system, children included)."""
    before = os.times()
    start = time.perf_counter()
    done = subprocess.run(
        command, capture_output=True, text=True, env=env, cwd=cwd, check=False, timeout=900
    )
    wall = time.perf_counter() - start
    after = os.times()
    cpu = (after.children_user - before.children_user) + (
        after.children_system - before.children_system
    )
    return wall, cpu, done


def run(document: dict[str, Any], *, runs: int, command_runs: int) -> dict[str, Any]:
    """Install (when needed), convert, and time rendercv both ways on ``document``."""
    try:
        version = ensure_installed()
    except RendercvUnavailable as error:
        return {"status": "not installed", "reason": str(error)}
    work = Path(tempfile.mkdtemp(prefix="bench-rendercv-"))
    env, packages = environment(work)
    try:
        yaml_file = convert(document, work)
    except RendercvUnavailable as error:
        return {"status": "not run", "rendercv": version, "reason": str(error)}
    return {
        "rendercv": version,
        "typst_packages": packages,
        "in_process": in_process(yaml_file, env, runs),
        "whole_command": whole_command(yaml_file, env, command_runs),
    }


def pdfinfo_pages(path: Path) -> int | None:
    """The page count as ``pdfinfo`` reads it (None without poppler)."""
    tool = shutil.which("pdfinfo")
    if tool is None or not path.exists():
        return None
    done = _run([tool, str(path)])
    for line in done.stdout.splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    return None


def _reason(done: subprocess.CompletedProcess[str]) -> str:
    output = (done.stderr or "") + (done.stdout or "")
    reason = output.split("An error occurred:", 1)[-1] if output else "no output"
    return " ".join(reason.split())[-600:]


def _run(
    command: list[str],
    *,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
    timeout: float = 1800,
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command, capture_output=True, text=True, env=env, cwd=cwd, check=False, timeout=timeout
    )
