"""Hostile-file benchmark: every file of the corpus in ``tests/hostile`` through the path a
person would use (visitors: the reception import; JSON Resume: ``import_resume``; photos:
``cv.photo.prepare``; bundles: reading, verifying and opening an answer bundle), one line per
file with its outcome and time, then a table of outcomes per class.

Outcomes: ``refused`` (a DeskError for the whole file), ``partial`` (imported, some rows
rejected), ``accepted``, ``CRASH`` (any other exception — there must be none).

Run: ``.venv/bin/python tests/bench/bench_hostile.py [--only KIND]``. Nothing here asserts on
time: the figures are for people to read.
"""

from __future__ import annotations

import argparse
import collections
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from entryhub_desk.config import DeskConfig  # noqa: E402
from entryhub_desk.cv import photo  # noqa: E402
from entryhub_desk.errors import DeskError  # noqa: E402
from entryhub_desk.services import Session  # noqa: E402
from entryhub_desk.services.resume import import_resume  # noqa: E402
from entryhub_desk.services.visitors import VisitorsService  # noqa: E402
from tests.conftest import TEST_SCRYPT_N, FakeClock  # noqa: E402
from tests.hostile import bundle_files  # noqa: E402
from tests.hostile.corpus import Case, all_cases  # noqa: E402
from tests.services.helpers import coordinator_session, set_up_desk  # noqa: E402


def _run(case: Case, path: Path, session: Session) -> str:
    if case.kind in ("csv", "xlsx"):
        report = VisitorsService(session).import_visitors(path)
        return f"partial ({len(report.rejected)} rows)" if report.rejected else "accepted"
    if case.kind == "resume":
        import_resume(session, path)
        return "accepted"
    if case.kind == "photo":
        photo.prepare(path.read_bytes())
        return "accepted"
    bundle_files.open_file(path)
    return "accepted"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", help="one class: csv, xlsx, resume, photo, bundle")
    args = parser.parse_args()
    cases = [c for c in all_cases() if args.only in (None, c.kind)]
    table: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    slowest = (0.0, "")
    with tempfile.TemporaryDirectory() as temp:
        root = Path(temp)
        config = DeskConfig(
            data_dir=root / "desk", log_dir=root / "logs", clock=FakeClock(), scrypt_n=TEST_SCRYPT_N
        )
        desk, _ = set_up_desk(config)
        session = coordinator_session(desk)
        print(f"{'file':<44} {'outcome':<42} {'seconds':>8}")
        for case in cases:
            folder = root / case.id
            folder.mkdir()
            path = case.build(folder)
            started = time.perf_counter()
            try:
                outcome = _run(case, path, session)
                kind = outcome.split(" ")[0]
            except DeskError as error:
                outcome, kind = f"refused {error.code}", "refused"
            except Exception as error:  # noqa: BLE001 - the point is to count these
                outcome, kind = f"CRASH {type(error).__name__}", "CRASH"
            seconds = time.perf_counter() - started
            slowest = max(slowest, (seconds, case.id))
            table[case.kind][kind] += 1
            print(f"{case.id:<44} {outcome:<42} {seconds:8.3f}", flush=True)
            for leftover in folder.iterdir():
                leftover.unlink()
        session.close()
    outcomes = ("refused", "partial", "accepted", "CRASH")
    print()
    print(f"{'class':<8}" + "".join(f"{o:>10}" for o in outcomes) + f"{'total':>8}")
    for kind, counts in table.items():
        row = "".join(f"{counts[o]:>10}" for o in outcomes)
        print(f"{kind:<8}{row}{sum(counts.values()):>8}")
    totals = collections.Counter[str]()
    for counts in table.values():
        totals.update(counts)
    print(f"{'all':<8}" + "".join(f"{totals[o]:>10}" for o in outcomes) + f"{len(cases):>8}")
    print(f"slowest: {slowest[1]} {slowest[0]:.2f} s")
    return 1 if totals["CRASH"] else 0


if __name__ == "__main__":
    sys.exit(main())
