"""Store benchmark: prints one JSON document with the figures.

- unlock: log-in with the scrypt cost calibrated on this machine (goal 0.2–0.5 s);
- durable insert of a person plus a visit (with their outbox and audit rows) in the encrypted
  store, against a plain ``sqlite3`` insert of the same person and visit rows with
  ``synchronous=FULL`` measured in the same run (goal: ratio ≤ 1.5);
- cold start of the app to the login window, in a fresh process (goal ≤ 0.8 s).

Run with ``make bench``. Nothing here asserts on time: the figures are for people to read.
"""

from __future__ import annotations

import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from entryhub_desk.config import DeskConfig  # noqa: E402
from entryhub_desk.domain.person import Person  # noqa: E402
from entryhub_desk.domain.visit import Visit  # noqa: E402
from entryhub_desk.security.audit import AuditLog  # noqa: E402
from entryhub_desk.services import Desk  # noqa: E402
from entryhub_desk.store.connection import transaction  # noqa: E402
from entryhub_desk.store.repositories.persons import PersonRepository  # noqa: E402
from entryhub_desk.store.repositories.visits import VisitRepository  # noqa: E402

PASSWORD = "Tegelbruk-Vinter-42"
INSERTS = 200
UNLOCKS = 5
STARTS = 5


def _person(hub_id: str, index: int) -> Person:
    return Person(
        given_name=f"Amina{index}",
        family_name="Yusuf",
        original_script_name="أمينة يوسف",
        birth_year=1990,
        country_of_birth="SO",
        languages=("so", "ar", "sv"),
        phone="070-123 45 67",
        hub_id=hub_id,
    )


def bench_unlock(work: Path) -> tuple[Desk, dict[str, float]]:
    desk = Desk(DeskConfig(data_dir=work / "store", log_dir=work / "logs"))
    started = time.perf_counter()
    desk.set_up(hub_name="Bench hub", coordinator_name="Bench Coordinator", password=PASSWORD)
    setup = time.perf_counter() - started
    timings = []
    for _ in range(UNLOCKS):
        started = time.perf_counter()
        session = desk.unlock("Bench Coordinator", PASSWORD)
        timings.append(time.perf_counter() - started)
        session.close()
    return desk, {"set_up_s": setup, "unlock_median_s": statistics.median(timings)}


def bench_insert(desk: Desk) -> dict[str, float]:
    session = desk.unlock("Bench Coordinator", PASSWORD)
    ctx = session.opened.context
    conn = session.opened.conn
    audit = AuditLog(conn, session.identity, desk.config.clock)
    persons, visits = PersonRepository(ctx), VisitRepository(ctx)
    ours = []
    for index in range(INSERTS):
        person = _person(session.identity.hub_id, index)
        visit = Visit(
            person_id=person.id,
            hub_id=person.hub_id,
            visited_at=datetime.now(UTC),
            purposes=("job_search",),
            handled_by=session.staff.id,
        )
        started = time.perf_counter()
        with transaction(conn):
            persons.add(person)
            visits.add(visit)
            audit.append("view_person", staff_id=session.staff.id, subject_id=person.id)
        ours.append(time.perf_counter() - started)
    session.close()

    with tempfile.TemporaryDirectory() as plain_dir:
        plain = sqlite3.connect(Path(plain_dir) / "plain.db", isolation_level=None)
        plain.execute("PRAGMA synchronous=FULL")
        plain.execute(
            "CREATE TABLE person (id TEXT PRIMARY KEY, given_name TEXT, family_name TEXT,"
            " original_script_name TEXT, birth_year INTEGER, country_of_birth TEXT,"
            " languages TEXT, phone TEXT, hub_id TEXT)"
        )
        plain.execute(
            "CREATE TABLE visit (id TEXT PRIMARY KEY, person_id TEXT REFERENCES person(id),"
            " hub_id TEXT, visited_at TEXT, purposes TEXT, handled_by TEXT)"
        )
        baseline = []
        for index in range(INSERTS):
            row = (
                f"p{index}",
                f"Amina{index}",
                "Yusuf",
                "أمينة يوسف",
                1990,
                "SO",
                '["so","ar","sv"]',
                "+46701234567",
                "hub",
            )
            started = time.perf_counter()
            plain.execute("BEGIN")
            plain.execute("INSERT INTO person VALUES (?,?,?,?,?,?,?,?,?)", row)
            plain.execute(
                "INSERT INTO visit VALUES (?,?,?,?,?,?)",
                (f"v{index}", f"p{index}", "hub", "2026-12-01T10:00:00Z", '["job_search"]', "s"),
            )
            plain.execute("COMMIT")
            baseline.append(time.perf_counter() - started)
        plain.close()
    ours_median, base_median = statistics.median(ours), statistics.median(baseline)
    return {
        "insert_median_ms": ours_median * 1000,
        "insert_p95_ms": statistics.quantiles(ours, n=20)[-1] * 1000,
        "plain_sqlite_insert_median_ms": base_median * 1000,
        "insert_ratio": ours_median / base_median,
    }


def bench_cold_start(data_dir: Path) -> dict[str, float]:
    timings = []
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    script = str(Path(__file__).with_name("start_to_login.py"))
    for _ in range(STARTS):
        started = time.perf_counter()
        subprocess.run([sys.executable, script, str(data_dir)], env=env, check=True, cwd=ROOT)
        timings.append(time.perf_counter() - started)
    return {"cold_start_to_login_median_s": statistics.median(timings)}


def main() -> None:
    with tempfile.TemporaryDirectory() as work:
        desk, figures = bench_unlock(Path(work))
        figures.update(bench_insert(desk))
        figures.update(bench_cold_start(desk.config.data_dir))
    print(json.dumps({k: round(v, 4) for k, v in figures.items()}, indent=1))


if __name__ == "__main__":
    main()
