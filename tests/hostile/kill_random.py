"""Real ``kill -9`` of the desk's command line after random delays (slow; not collected by
pytest): ``edit-person`` and a large ``import-visitors``, each in N trials.

    python tests/hostile/kill_random.py [--trials 20] [--rows 2000] [--seed 1]

Each trial copies a prepared store, starts the command through the test launcher, sends
SIGKILL after a delay drawn uniformly from 0 to 1.2× the command's undisturbed run time, and
then checks: the store opens, ``PRAGMA integrity_check`` is ok, the search index is exactly
what a rebuild from the person rows makes (:mod:`tests.hostile.index_check`), the audit chain
verifies; a command that had printed its result (told the person it was saved) has its
change stored, a correction is whole (all fields or none), an import all or nothing; and the
import run again to its end leaves the persons of one undisturbed import (nobody twice).
Prints one line per trial and a summary; exit 1 if any trial found a problem.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

if __name__ == "__main__":  # run as a script: the repository root on the path
    sys.path[0] = str(Path(__file__).resolve().parents[2])

from entryhub_desk.security.audit import AuditLog
from entryhub_desk.services import Desk, Session
from entryhub_desk.services.visitors import VisitorsService
from tests.conftest import COORDINATOR, COORDINATOR_PASSWORD, DESK_COMMAND, TEST_SCRYPT_N
from tests.hostile.index_check import store_problems
from tests.hostile.test_kill_corrections import visitor_file
from tests.search.synthetic import visitors
from tests.services.store_process import config

EDIT_ARGS = ("--given-name", "Fadumo", "--family-name", "Cali Warsame", "--phone", "0709998877")


def env() -> dict[str, str]:
    return {
        **os.environ,
        "ENTRYHUB_TEST_SCRYPT_N": str(TEST_SCRYPT_N),
        "ENTRYHUB_USER": COORDINATOR,
        "ENTRYHUB_PASSWORD": COORDINATOR_PASSWORD,
    }


def login(data_dir: Path) -> Session:
    return Desk(config(data_dir)).unlock(COORDINATOR, COORDINATOR_PASSWORD)


def people(session: Session) -> Counter[tuple[str, str, int | None]]:
    rows = session.opened.conn.execute(
        "SELECT given_name, family_name, birth_year FROM person WHERE merged_into IS NULL"
    )
    return Counter((str(g), str(f), y) for g, f, y in rows)


def prepare(root: Path, base: int) -> tuple[Path, str]:
    data_dir = root / "data"
    desk = Desk(config(data_dir))
    desk.set_up(
        hub_name="Entry Hub Umeå", coordinator_name=COORDINATOR, password=COORDINATOR_PASSWORD
    )
    session = desk.unlock(COORDINATOR, COORDINATOR_PASSWORD)
    reception = VisitorsService(session)
    faadumo = reception.register(
        reception.new_person(given_name="Faadumo", family_name="Cali", phone="0701112233")
    )
    for v in visitors(base, seed=3):
        reception.register(
            reception.new_person(given_name=v.given_name, family_name=v.family_name),
            new_person_confirmed=True,
        )
    code = reception.code_of(faadumo.id)
    session.close()
    return data_dir, code


def command(data_dir: Path, *args: str) -> list[str]:
    return [*DESK_COMMAND, "--data-dir", str(data_dir), *args]


def timed(argv: list[str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(argv, env=env(), capture_output=True, text=True, check=False)
    assert done.returncode in (0, 8), done.stderr
    return time.perf_counter() - start


def killed_after(argv: list[str], delay: float) -> tuple[bool, str]:
    """(finished before the kill, its standard output)."""
    process = subprocess.Popen(
        argv, env=env(), stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    try:
        process.wait(timeout=delay)
        finished = True
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
        process.wait()
        finished = False
    out = process.stdout.read() if process.stdout else ""
    return finished and process.returncode in (0, 8), out


def audited(session: Session, action: str) -> int:
    log = AuditLog(session.opened.conn, session.identity, session.desk.config.clock)
    problems = log.verify()
    assert problems == [], problems
    return sum(entry.action == action for entry in log.entries())


def edit_trial(template: Path, code: str, work: Path, delay: float) -> str:
    data_dir = work / "data"
    shutil.copytree(template, data_dir)
    finished, out = killed_after(command(data_dir, "edit-person", code, *EDIT_ARGS), delay)
    told = "corrected" in out
    session = login(data_dir)
    try:
        problems = store_problems(session.opened.conn)
        person = VisitorsService(session).search(code)[0].person
        now = (person.given_name, person.family_name, person.phone)
        new = ("Fadumo", "Cali Warsame", "+46709998877")
        old = ("Faadumo", "Cali", "+46701112233")
        if now not in (old, new):
            problems.append(f"half a correction: {now}")
        if told and now != new:
            problems.append("told corrected, not stored")
        if audited(session, "correct_person") != int(now == new):
            problems.append("audit entry and correction disagree")
    finally:
        session.close()
    state = "new" if now == new else "old"
    return f"{'finished' if finished else 'killed':8} {state:3} " + ("; ".join(problems) or "ok")


def import_trial(
    template: Path,
    file: Path,
    clean: Counter[tuple[str, str, int | None]],
    work: Path,
    delay: float,
) -> str:
    data_dir = work / "data"
    shutil.copytree(template, data_dir)
    session = login(data_dir)
    before = people(session)
    session.close()
    finished, out = killed_after(command(data_dir, "import-visitors", str(file)), delay)
    session = login(data_dir)
    try:
        problems = store_problems(session.opened.conn)
        after = people(session)
        state = "all" if after == clean else "none" if after == before else "PART"
        if state == "PART":
            problems.append(f"part of the import: {sum(after.values()) - sum(before.values())}")
        if finished and state != "all":
            problems.append("finished, not stored")
        if audited(session, "import") != int(state == "all"):
            problems.append("audit entry and import disagree")
        VisitorsService(session).import_visitors(file)
        if people(session) != clean:
            problems.append("run again: not the persons of one import")
        problems += store_problems(session.opened.conn)
    finally:
        session.close()
    del out
    return f"{'finished' if finished else 'killed':8} {state:4} " + ("; ".join(problems) or "ok")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--trials", type=int, default=20)
    parser.add_argument("--rows", type=int, default=2000)
    parser.add_argument("--base", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    failed = 0
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        template, code = prepare(root / "template", args.base)
        file = visitor_file(root / "visitors.csv", args.rows, seed=11)
        scratch = root / "scratch"
        shutil.copytree(template, scratch / "edit")
        shutil.copytree(template, scratch / "import")
        edit_time = timed(command(scratch / "edit", "edit-person", code, *EDIT_ARGS))
        import_time = timed(command(scratch / "import", "import-visitors", str(file)))
        session = login(scratch / "import")
        clean_import = people(session)
        session.close()
        shutil.rmtree(scratch)
        print(f"edit-person: {edit_time:.2f} s; import of {args.rows} rows: {import_time:.2f} s")
        for kind, total in (("edit", edit_time), ("import", import_time)):
            outcomes: Counter[str] = Counter()
            for trial in range(args.trials):
                delay = rng.uniform(0, 1.2 * total)
                work = root / f"{kind}-{trial}"
                if kind == "edit":
                    line = edit_trial(template, code, work, delay)
                else:
                    line = import_trial(template, file, clean_import, work, delay)
                shutil.rmtree(work, ignore_errors=True)
                print(f"{kind:6} trial {trial:2} kill after {delay:5.2f} s: {line}", flush=True)
                outcomes[" ".join(line.split()[:2])] += 1
                failed += not line.endswith(" ok")
            print(f"{kind}: {dict(outcomes)}")
    print(f"{failed} trial(s) with problems")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
