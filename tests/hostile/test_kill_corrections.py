"""A correction (edit-person) and a visitor import killed part-way (a real process ended with
``os._exit`` at a chosen writing SQL statement or file call: before the transaction, inside
the search-index writes, just before COMMIT, after it): afterwards the store opens, passes
``integrity_check``, its search index is exactly what a rebuild makes, the correction is there
whole or not at all, and the import, run again, creates nobody twice.

Every kill point of both, and real SIGKILLs after random delays on the command line:
``python tests/hostile/kill_random.py`` (slow; prints its figures)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from entryhub_desk.security.audit import AuditLog
from entryhub_desk.services import Desk, Session
from entryhub_desk.services.person_details import PersonDetails
from entryhub_desk.services.visitors import VisitorsService
from tests.conftest import COORDINATOR, COORDINATOR_PASSWORD
from tests.hostile import kill_process
from tests.hostile.index_check import store_problems
from tests.search.synthetic import visitors
from tests.services.store_process import KILLED, config

SCRIPT = Path(kill_process.__file__)
HEADER = "förnamn;efternamn;namn i originalskrift;telefon;födelseår;födelseland\n"
IMPORT_ROWS = 200


def run(scenario: str, data_dir: Path, kill_at: int, argument: str) -> list[str]:
    done = subprocess.run(
        [sys.executable, str(SCRIPT), scenario, str(data_dir), str(kill_at), argument],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    if kill_at:
        assert done.returncode == KILLED, done.stderr[-3000:]
        return []
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout.split()


def visitor_file(path: Path, count: int, *, seed: int = 11) -> Path:
    """``count`` synthetic visitors (most with a phone number) as a CSV file."""
    lines = [HEADER]
    for v in visitors(count, seed=seed):
        lines.append(
            f"{v.given_name};{v.family_name};{v.original_script_name or ''};{v.phone or ''};"
            f"{v.birth_year or ''};{v.country_of_birth or ''}\n"
        )
    path.write_text("".join(lines), encoding="utf-8")
    return path


def people(session: Session) -> Counter[tuple[str, str, int | None]]:
    rows = session.opened.conn.execute(
        "SELECT given_name, family_name, birth_year FROM person WHERE merged_into IS NULL"
    )
    return Counter((str(g), str(f), y) for g, f, y in rows)


def _audited(session: Session, action: str) -> int:
    log = AuditLog(session.opened.conn, session.identity, session.desk.config.clock)
    assert log.verify() == []
    return sum(entry.action == action for entry in log.entries())


def login(data_dir: Path) -> Session:
    return Desk(config(data_dir)).unlock(COORDINATOR, COORDINATOR_PASSWORD)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, Path]:
    """A store with 60 visitors (Faadumo Cali among them), and a file of new visitors."""
    root = tmp_path_factory.mktemp("kill-corrections")
    data_dir = root / "data"
    desk = Desk(config(data_dir))
    desk.set_up(
        hub_name="Entry Hub Umeå", coordinator_name=COORDINATOR, password=COORDINATOR_PASSWORD
    )
    session = desk.unlock(COORDINATOR, COORDINATOR_PASSWORD)
    reception = VisitorsService(session)
    faadumo = reception.register(
        reception.new_person(
            given_name="Faadumo", family_name="Cali", phone="0701112233", birth_year=1990
        )
    )
    for v in visitors(60, seed=3):
        person = reception.new_person(given_name=v.given_name, family_name=v.family_name)
        reception.register(person, new_person_confirmed=True)
    code = reception.code_of(faadumo.id)
    session.close()
    return data_dir, code, visitor_file(root / "visitors.csv", IMPORT_ROWS)


def _copy(template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(template, target)
    return target


def _points(total: int) -> list[int]:
    """First operation, a quarter, half, three quarters, the last one (COMMIT), and the end."""
    return sorted({1, total // 4, total // 2, 3 * total // 4, total - 1, total})


@pytest.fixture(scope="module")
def edit_ops(template: tuple[Path, str, Path], tmp_path_factory: pytest.TempPathFactory) -> int:
    data_dir = _copy(template[0], tmp_path_factory.mktemp("count-edit"))
    ops = run("edit", data_dir, 0, template[1])
    assert ops[-2:] == ["sql:COMMIT", "done"], ops
    return len(ops)


@pytest.mark.parametrize("where", range(6))
def test_correction_killed(
    where: int, template: tuple[Path, str, Path], edit_ops: int, tmp_path: Path
) -> None:
    kill_at = _points(edit_ops)[where]
    data_dir = _copy(template[0], tmp_path)
    run("edit", data_dir, kill_at, template[1])
    session = login(data_dir)
    try:
        assert store_problems(session.opened.conn) == []
        details = PersonDetails(session)
        person = details.resolve(template[1])
        fields = {name: getattr(person, name) for name in kill_process.EDIT}
        old = {"given_name": "Faadumo", "family_name": "Cali", "birth_year": 1990}
        new = {**kill_process.EDIT, "phone": "+46709998877"}
        committed = kill_at == edit_ops  # killed at "done": after COMMIT
        expected = new if committed else {**old, "phone": "+46701112233"}
        assert fields == expected
        assert _audited(session, "correct_person") == int(committed)
        reception = VisitorsService(session)
        found = [h.person.id for h in reception.search("070-999 88 77")]
        assert found == ([person.id] if committed else [])
        # and the correction, made again, goes through on the store the kill left
        details.correct(person.id, **kill_process.EDIT)  # type: ignore[arg-type]
        assert store_problems(session.opened.conn) == []
    finally:
        session.close()


@pytest.fixture(scope="module")
def import_ops(template: tuple[Path, str, Path], tmp_path_factory: pytest.TempPathFactory) -> int:
    data_dir = _copy(template[0], tmp_path_factory.mktemp("count-import"))
    ops = run("import", data_dir, 0, str(template[2]))
    assert ops[-2:] == ["sql:COMMIT", "done"], ops[-5:]
    return len(ops)


@pytest.fixture(scope="module")
def clean_import(
    template: tuple[Path, str, Path], tmp_path_factory: pytest.TempPathFactory
) -> Counter[tuple[str, str, int | None]]:
    """The persons after the file was imported once, undisturbed."""
    data_dir = _copy(template[0], tmp_path_factory.mktemp("clean-import"))
    session = login(data_dir)
    try:
        VisitorsService(session).import_visitors(template[2])
        return people(session)
    finally:
        session.close()


@pytest.mark.parametrize("where", range(6))
def test_import_killed_then_run_again(
    where: int,
    template: tuple[Path, str, Path],
    import_ops: int,
    clean_import: Counter[tuple[str, str, int | None]],
    tmp_path: Path,
) -> None:
    kill_at = _points(import_ops)[where]
    data_dir = _copy(template[0], tmp_path)
    session = login(data_dir)
    before = people(session)
    session.close()
    run("import", data_dir, kill_at, str(template[2]))
    session = login(data_dir)
    try:
        assert store_problems(session.opened.conn) == []
        after_kill = people(session)
        # one transaction: all of the file and its audit entry, or none of it
        committed = kill_at == import_ops
        assert after_kill == (clean_import if committed else before)
        assert _audited(session, "import") == int(committed)
        again = VisitorsService(session).import_visitors(template[2])
        assert people(session) == clean_import, again
        assert store_problems(session.opened.conn) == []
    finally:
        session.close()
