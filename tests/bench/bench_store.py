"""Store benchmark: prints one JSON document with the figures.

- unlock: log-in with the scrypt cost calibrated on this machine (goal 0.2–0.5 s);
- durable insert of a person plus a visit (with their outbox and audit rows) in the encrypted
  store, against a plain ``sqlite3`` insert of the same person and visit rows with
  ``synchronous=FULL`` measured in the same run (goal: ratio ≤ 1.5);
- cold start of the app to the login window, in a fresh process (goal ≤ 0.8 s);
- ``size`` (``--size N``, default 2,000 visitors; 0 skips it): the store's bytes per visitor
  with its indexes (issue 10: goal ≤ 2 KB), on a store the real program wrote: visitors as
  reception registers them (names from the search evaluation's population, phone, birth year,
  gender, country, one to three languages, two consents; the likely-duplicate check runs) with
  one or two visits each. Figures: as written (every change still waiting in the outbox),
  after a sync (the outbox acknowledged, as the server's answer does: the file, and its pages
  in use, the free ones being reused by later writes) and after VACUUM, and
  per table and index (SQLite's ``dbstat`` on an unencrypted copy made with
  ``sqlcipher_export``), in bytes per visitor.

Run with ``make bench``. Nothing here asserts on time: the figures are for people to read.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

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
TABLES = ("person", "visit", "consent", "profile_language", "outbox")


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


def _bytes_per_visitor(conn: Any, visitors: int, *, used: bool = False) -> float:
    """The file's pages per visitor (``used``: without its free pages)."""
    pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
    if used:
        pages -= int(conn.execute("PRAGMA freelist_count").fetchone()[0])
    page = int(conn.execute("PRAGMA page_size").fetchone()[0])
    return round(pages * page / visitors, 1)


def _by_table(path: Path, visitors: int) -> dict[str, float]:
    plain = sqlite3.connect(path)
    try:
        rows = plain.execute(
            "SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC"
        ).fetchall()
    finally:
        plain.close()
    return {str(n): round(int(b) / visitors, 1) for n, b in rows if int(b) / visitors >= 10}


def bench_size(work: Path, visitors: int) -> dict[str, Any]:
    """Bytes per visitor of a store the program wrote (see the module's docstring)."""
    from entryhub_desk.domain.consent import ConsentPurpose
    from entryhub_desk.domain.person import Gender
    from entryhub_desk.services.reception_types import ConsentChoice
    from entryhub_desk.services.visitors import VisitorsService
    from entryhub_desk.services.visits import VisitsService
    from entryhub_desk.store.outbox import acknowledge
    from tests.conftest import FakeClock
    from tests.search.eval.population import visitors as population
    from tests.sync.helpers import make_desk

    clock = FakeClock(time.time() - 400 * 86400)
    session = make_desk(work, "size", clock)
    conn = session.opened.conn
    register, visits = VisitorsService(session), VisitsService(session)
    rng = random.Random(10)
    languages = ("ar", "so", "ti", "fa", "sv", "en", "uk", "ku", "am", "ru", "ps", "prs")
    for v in population(visitors, seed=7, reserved_phones=set()):
        person = register.new_person(
            given_name=v.given,
            family_name=v.family,
            original_script_name=v.original,
            birth_year=v.birth_year,
            gender=Gender(v.gender),
            country_of_birth=v.country,
            phone=v.phone,
            languages=tuple(rng.sample(languages, rng.choice((1, 2, 2, 3)))),
        )
        consents = [
            ConsentChoice(ConsentPurpose.KEEP_PROFILE, True),
            ConsentChoice(ConsentPurpose.CONTACT_FOLLOW_UP, rng.random() < 0.7),
        ]
        register.register(person, consents, new_person_confirmed=True)
        for _ in range(rng.choice((1, 1, 2))):
            clock.advance(86400 * rng.random())
            visits.check_in(person.id, purposes=["job_search"], again=True)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    figures: dict[str, Any] = {"visitors": visitors, "written": _bytes_per_visitor(conn, visitors)}
    counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    figures["rows_per_visitor"] = {t: round(int(n) / visitors, 2) for t, n in counts.items()}
    plain = work / "plain.db"
    conn.execute(f"ATTACH DATABASE '{plain}' AS plain KEY ''")
    conn.execute("SELECT sqlcipher_export('plain')")
    conn.execute("DETACH DATABASE plain")
    figures["written_by_table"] = _by_table(plain, visitors)
    epoch = int(conn.execute("SELECT epoch FROM identity").fetchone()[0])
    acknowledge(conn, epoch=epoch, up_to_seq=2**62)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    figures["synced_file"] = _bytes_per_visitor(conn, visitors)
    figures["synced_used_pages"] = _bytes_per_visitor(conn, visitors, used=True)
    conn.execute("VACUUM")
    figures["synced_after_vacuum"] = _bytes_per_visitor(conn, visitors)
    plain.unlink()
    conn.execute(f"ATTACH DATABASE '{plain}' AS plain KEY ''")
    conn.execute("SELECT sqlcipher_export('plain')")
    conn.execute("DETACH DATABASE plain")
    figures["synced_by_table"] = _by_table(plain, visitors)
    figures["goal"] = "<= 2 KB per visitor with its indexes"
    session.close()
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--size", type=int, default=2000, help="visitors for the size figures")
    parser.add_argument("--only-size", action="store_true", help="only the size figures")
    args = parser.parse_args()
    figures: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as work:
        if not args.only_size:
            desk, timings = bench_unlock(Path(work))
            timings.update(bench_insert(desk))
            timings.update(bench_cold_start(desk.config.data_dir))
            figures.update({k: round(v, 4) for k, v in timings.items()})
        if args.size:
            figures["size_bytes_per_visitor"] = bench_size(Path(work) / "size", args.size)
    print(json.dumps(figures, indent=1))


if __name__ == "__main__":
    main()
