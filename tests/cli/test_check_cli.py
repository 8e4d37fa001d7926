"""``check`` on a real SQLCipher file with a damaged page: the bad pages, exit 1, no traceback."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from entryhub_desk.config import DeskConfig
from entryhub_desk.errors import DeskError
from entryhub_desk.services import Desk
from entryhub_desk.store.connection import open_database
from tests.cli.test_cli import data_dir, ready, run_cli  # noqa: F401 - fixtures
from tests.conftest import COORDINATOR, COORDINATOR_PASSWORD, TEST_SCRYPT_N
from tests.services.helpers import PAGE, damage_page
from tests.sync.helpers import add_person

FAMILY = "Qorsheeyaal"


def _fill(folder: Path) -> int:
    """Visitors enough for a few hundred pages; returns the number of pages of the file."""
    desk = Desk(DeskConfig(data_dir=folder, scrypt_n=TEST_SCRYPT_N))
    session = desk.unlock(COORDINATOR, COORDINATOR_PASSWORD)
    try:
        for number in range(150):
            add_person(session, given_name=f"Hodan{number}", family_name=FAMILY * 8)
    finally:
        session.close()  # the last connection: the WAL is checkpointed into the file
    assert not (folder / "desk.db-wal").exists()
    return desk.config.db_path.stat().st_size // PAGE


def _no_contents(output: str) -> None:
    assert "internal error" not in output and "Traceback" not in output
    assert FAMILY not in output and "Hodan" not in output


def test_check_lists_a_damaged_page_in_the_middle(
    ready: dict[str, str],  # noqa: F811
    data_dir: Path,  # noqa: F811
) -> None:
    pages = _fill(data_dir)
    assert pages > 100
    middle = pages // 2
    damage_page(data_dir / "desk.db", middle)

    done = run_cli(ready, data_dir, "check")
    assert done.returncode == 1, done.stderr
    _no_contents(done.stdout + done.stderr)
    assert done.stderr == ""
    lines = done.stdout.splitlines()
    assert lines[0] == f"page {middle}: damaged (its checksum does not match)"
    assert lines[-1].startswith("not checked: foreign keys, audit log, roles")

    as_json = run_cli(ready, data_dir, "check", "--json")
    assert as_json.returncode == 1
    document = json.loads(as_json.stdout)
    assert document["ok"] is False and document["problems"] == lines


def test_check_lists_a_damaged_schema_page_it_cannot_log_in_past(
    ready: dict[str, str],  # noqa: F811
    data_dir: Path,  # noqa: F811
    tmp_path: Path,
) -> None:
    """A page the log-in itself reads: the store cannot be opened, ``check`` still names it."""
    pages = _fill(data_dir)
    db_path = data_dir / "desk.db"
    key = (
        Desk(DeskConfig(data_dir=data_dir, scrypt_n=TEST_SCRYPT_N))
        .keystore.unlock(COORDINATOR, COORDINATOR_PASSWORD)
        .keys[0]
    )
    intact = tmp_path / "intact.db"
    shutil.copyfile(db_path, intact)
    for page in range(2, pages):  # the first page failing cannot be told from a wrong key
        shutil.copyfile(intact, db_path)
        damage_page(db_path, page)
        try:
            open_database(db_path, key).close()
        except DeskError as error:
            assert error.code == "store.corrupt"
            break
    else:
        raise AssertionError("no page of the schema found")

    done = run_cli(ready, data_dir, "check")
    assert done.returncode == 1, done.stderr
    _no_contents(done.stdout + done.stderr)
    assert done.stdout.splitlines() == [
        # a fixed cause, never SQLite's own message
        "The data file is damaged or has been tampered with (a part of it does not check out).",
        f"page {page}: damaged (its checksum does not match)",
    ]
