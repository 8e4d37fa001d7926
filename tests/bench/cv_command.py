"""The whole ``entryhub-desk cv`` command, timed as a person runs it, its log-in apart.

A store is set up by the real program (``init``: scrypt calibrated on this machine, encrypted)
and the benchmark's profile imported into it (``import-resume``). Then

- ``plain``: the installed command ``entryhub-desk cv PERSON -o cv.pdf`` (wall and CPU time of
  the whole process, interpreter start included);
- ``timed``: the same command through ``cv_command_timed.py``, which reads how long the log-in
  (``Desk.unlock``) and its scrypt derivation took inside the process;
- ``less_unlock_ms``: per timed run, the process's wall time less its own log-in
  (``Desk.unlock``: key derivation, slot, opening the store; the ``cv`` command loads its
  modules ahead on its own thread while scrypt runs, so some of its loading falls in there);
- ``less_scrypt_ms``: per timed run, the wall time less OpenSSL's scrypt alone (the stricter
  figure: only work done at the same time as scrypt, on the other core, is left out of it);
- ``main_cpu_outside_unlock_ms``: the CPU time of the command's main thread outside
  ``Desk.unlock`` (less sensitive to a busy machine than wall times; a thread's time, such as
  a warm-up thread's, is not in it).

Python runs with its bytecode cache (as an installed program does): ``PYTHONDONTWRITEBYTECODE``
is dropped for these processes and a first, untimed command writes the cache.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

from cv_rendercv import timed_process

ROOT = Path(__file__).resolve().parents[2]
TIMED = Path(__file__).resolve().with_name("cv_command_timed.py")
USER = "Bench Coordinator"
PASSWORD = "Tegelbruk-Vinter-42"  # the benchmark's own throw-away store


def program() -> list[str]:
    """``python -m entryhub_desk`` (what the installed ``entryhub-desk`` script runs), of the
    tree this benchmark belongs to (see :func:`environment`; the processes start elsewhere)."""
    return [sys.executable, "-m", "entryhub_desk"]


def environment() -> dict[str, str]:
    """The variables of our processes: the store's user and password, this tree first on the
    path (so that a copy of the tree measures its own code, not the installed one)."""
    env = {**os.environ, "ENTRYHUB_USER": USER, "ENTRYHUB_PASSWORD": PASSWORD}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


class Store:
    """A store made by the real program, holding the benchmark's profile."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.work = Path(tempfile.mkdtemp(prefix="bench-cv-command-"))
        self.data_dir = self.work / "store"
        self.env = environment()
        self._desk("init", "--hub-name", "Bench hub", "--coordinator", USER)
        source = self.work / "resume.json"
        source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
        imported = json.loads(self._desk("import-resume", str(source), "--json").splitlines()[-1])
        self.person_id: str = imported["person_id"]
        self.scrypt_n = _scrypt_n(self.data_dir / "keyslots.json")

    def _desk(self, *args: str) -> str:
        command = [*program(), "--data-dir", str(self.data_dir), *args]
        _wall, _cpu, done = timed_process(command, env=self.env, cwd=self.work)
        if done.returncode != 0:
            raise RuntimeError(f"entryhub-desk {args[0]} failed: {done.stderr.strip()[-400:]}")
        return done.stdout

    def cv_args(self, output: Path) -> list[str]:
        cv = ["cv", self.person_id, "--lang", "en", "--template", "classic", "-o", str(output)]
        return ["--data-dir", str(self.data_dir), *cv]


def run(store: Store, *, runs: int) -> dict[str, Any]:
    output = store.work / "cv.pdf"
    plain_command = [*program(), *store.cv_args(output)]
    timed_process(plain_command, env=store.env, cwd=store.work)  # bytecode cache; not counted
    plain_wall, plain_cpu = [], []
    timed_wall, unlock, derive, scrypt, less, less_scrypt = [], [], [], [], [], []
    main_cpu_outside = []
    imported: set[str] = set()
    for index in range(runs):
        wall, cpu, done = timed_process(plain_command, env=store.env, cwd=store.work)
        if done.returncode != 0:
            return {"status": "failed", "reason": done.stderr.strip()[-400:]}
        plain_wall.append(wall * 1000)
        plain_cpu.append(cpu * 1000)
        figures_file = store.work / f"timed-{index}.json"
        command = [sys.executable, str(TIMED), str(figures_file), *store.cv_args(output)]
        wall, _cpu, done = timed_process(command, env=store.env, cwd=store.work)
        if done.returncode != 0:
            return {"status": "failed", "reason": done.stderr.strip()[-400:]}
        figures = json.loads(figures_file.read_text(encoding="utf-8"))
        timed_wall.append(wall * 1000)
        unlock.append(figures["unlock_ms"])
        derive.append(figures["derive_ms"])
        scrypt.append(figures["scrypt_ms"])
        less.append(wall * 1000 - figures["unlock_ms"])
        less_scrypt.append(wall * 1000 - figures["scrypt_ms"])
        main_cpu_outside.append(figures["main_cpu_ms"] - figures["unlock_main_cpu_ms"])
        imported.update(figures["imported_during_unlock"])
    return {
        "status": "ok",
        "runs": runs,
        "scrypt_n": store.scrypt_n,
        "whole_wall_ms_median": round(statistics.median(plain_wall)),
        "whole_wall_ms_min": round(min(plain_wall)),
        "whole_cpu_ms_median": round(statistics.median(plain_cpu)),
        "unlock_ms_median": round(statistics.median(unlock)),
        "of_which_derive_ms_median": round(statistics.median(derive)),
        "of_which_scrypt_ms_median": round(statistics.median(scrypt)),
        "less_unlock_ms_median": round(statistics.median(less)),
        "less_unlock_ms_min": round(min(less)),
        "less_scrypt_ms_median": round(statistics.median(less_scrypt)),
        "main_cpu_outside_unlock_ms_median": round(statistics.median(main_cpu_outside)),
        "timed_wall_ms_median": round(statistics.median(timed_wall)),
        "modules_first_imported_during_unlock": sorted(imported),
        "goal_less_unlock_ms": 300,
    }


def _scrypt_n(slots: Path) -> int | None:
    try:
        found = _find_key(json.loads(slots.read_text(encoding="utf-8")), "n")
    except (OSError, ValueError):
        return None
    return found if isinstance(found, int) else None


def _find_key(value: Any, key: str) -> Any:
    if isinstance(value, dict):
        if key in value and isinstance(value[key], int):
            return value[key]
        for item in value.values():
            found = _find_key(item, key)
            if found is not None:
                return found
    if isinstance(value, list):
        for item in value:
            found = _find_key(item, key)
            if found is not None:
                return found
    return None
