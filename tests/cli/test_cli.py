"""The admin command line, run as a person would: a real process, real files."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from entryhub_desk.domain.staff import Role
from entryhub_desk.services import Desk
from entryhub_desk.services.staff import StaffService
from tests.cli.runner import init_store, run_cli, run_init
from tests.conftest import COORDINATOR, COORDINATOR_PASSWORD
from tests.desk_launcher import config_factory

RECEPTIONIST_PASSWORD = "Lingonris-Kaffe-88"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "store"


@pytest.fixture
def ready(cli_env: dict[str, str], data_dir: Path) -> dict[str, str]:
    """A store set up through ``init``; returns the environment of its coordinator."""
    return init_store(cli_env, data_dir)


def test_init_prints_the_recovery_key_once(cli_env: dict[str, str], data_dir: Path) -> None:
    done = run_init(cli_env, data_dir, "Hub")
    assert done.returncode == 0, done.stderr
    keys = re.findall(r"^\s+([0-9A-Z*~$=]{6}(?:-[0-9A-Z*~$=]{6})+)\s*$", done.stdout, re.M)
    assert len(keys) == 1
    again = run_init(cli_env, data_dir, "Hub")
    assert again.returncode == 1
    assert keys[0] not in again.stdout + again.stderr


def test_staff_commands_and_roles(ready: dict[str, str], data_dir: Path) -> None:
    added = run_cli(
        ready,
        data_dir,
        "staff",
        "add",
        "Sara Receptionist",
        "--role",
        "receptionist",
        ENTRYHUB_NEW_PASSWORD=RECEPTIONIST_PASSWORD,
    )
    assert added.returncode == 0, added.stderr
    listed = run_cli(ready, data_dir, "staff", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert {(r["name"], r["role"], r["active"]) for r in rows} == {
        (COORDINATOR, "coordinator", True),
        ("Sara Receptionist", "receptionist", True),
    }
    as_receptionist = {
        **ready,
        "ENTRYHUB_USER": "Sara Receptionist",
        "ENTRYHUB_PASSWORD": RECEPTIONIST_PASSWORD,
    }
    denied = run_cli(as_receptionist, data_dir, "staff", "disable", COORDINATOR)
    assert denied.returncode == 3
    assert denied.stderr.count("\n") == 1 and "Traceback" not in denied.stderr
    disabled = run_cli(ready, data_dir, "staff", "disable", "Sara Receptionist")
    assert disabled.returncode == 0, disabled.stderr
    assert run_cli(as_receptionist, data_dir, "check").returncode == 3


def test_exit_codes(cli_env: dict[str, str], ready: dict[str, str], tmp_path: Path) -> None:
    data_dir = tmp_path / "store"
    assert (
        run_cli(
            cli_env, tmp_path / "empty", "check", ENTRYHUB_USER="x", ENTRYHUB_PASSWORD="y"
        ).returncode
        == 4
    )
    wrong = run_cli(ready, data_dir, "check", ENTRYHUB_PASSWORD="Not-the-password-9")
    assert wrong.returncode == 3
    assert "Traceback" not in wrong.stderr
    assert run_cli(ready, data_dir, "staff", "frobnicate").returncode == 2
    no_password = run_cli(cli_env, data_dir, "check", ENTRYHUB_USER=COORDINATOR)
    assert no_password.returncode == 2


def test_check_backup_restore_rekey(ready: dict[str, str], data_dir: Path, tmp_path: Path) -> None:
    checked = run_cli(ready, data_dir, "check")
    assert (checked.returncode, checked.stdout.strip()) == (0, "OK"), checked.stderr
    archive = tmp_path / "hub.backup"
    assert run_cli(ready, data_dir, "backup", "-o", str(archive)).returncode == 0
    assert run_cli(ready, data_dir, "rekey").returncode == 0
    restored = run_cli(ready, data_dir, "restore", str(archive))
    assert restored.returncode == 0, restored.stderr
    assert "epoch 2" in restored.stdout
    assert run_cli(ready, data_dir, "check", "--json").stdout.strip() == json.dumps(
        {"ok": True, "problems": []}, sort_keys=True
    )


def test_newer_schema_is_refused_untouched(ready: dict[str, str], data_dir: Path) -> None:
    from entryhub_desk.config import DeskConfig
    from entryhub_desk.services import Desk

    # Bump the schema version from inside, as a newer program would have.
    desk = Desk(DeskConfig(data_dir=data_dir, scrypt_n=16))
    session = desk.unlock(COORDINATOR, COORDINATOR_PASSWORD)
    session.opened.conn.execute("PRAGMA user_version = 999")
    session.opened.conn.commit()
    session.opened.conn.close()
    before = (data_dir / "desk.db").read_bytes()
    refused = run_cli(ready, data_dir, "check")
    assert refused.returncode == 5, refused.stderr
    assert (data_dir / "desk.db").read_bytes() == before


def test_recover_with_the_key_from_init(cli_env: dict[str, str], data_dir: Path) -> None:
    done = run_init(cli_env, data_dir, "Hub")
    key = done.stdout.strip().splitlines()[-1].strip()
    recovered = run_cli(
        cli_env,
        data_dir,
        "recover",
        ENTRYHUB_USER=COORDINATOR,
        ENTRYHUB_RECOVERY_KEY=key,
        ENTRYHUB_NEW_PASSWORD="Vinterväg-Salt-31",
    )
    assert recovered.returncode == 0, recovered.stderr
    checked = run_cli(
        cli_env,
        data_dir,
        "check",
        ENTRYHUB_USER=COORDINATOR,
        ENTRYHUB_PASSWORD="Vinterväg-Salt-31",
    )
    assert checked.returncode == 0, checked.stderr


def test_self_test(cli_env: dict[str, str], tmp_path: Path) -> None:
    done = run_cli(cli_env, tmp_path / "unused", "self-test")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().endswith("self-test OK")
    assert not (tmp_path / "unused").exists()


def test_log_file_holds_no_personal_data(
    ready: dict[str, str], data_dir: Path, tmp_path: Path
) -> None:
    added = run_cli(
        ready,
        data_dir,
        "staff",
        "add",
        "Maxamed Cali",
        "--role",
        "volunteer",
        ENTRYHUB_NEW_PASSWORD=RECEPTIONIST_PASSWORD,
    )
    assert added.returncode == 0, added.stderr
    run_cli(ready, data_dir, "check", ENTRYHUB_PASSWORD="Not-the-password-9")
    logs = list((tmp_path / "state").rglob("*.log"))
    assert logs, "the command line writes a log file"
    text = "".join(path.read_text(encoding="utf-8") for path in logs)
    assert "logged in" in text
    for secret in ("Maxamed", "Cali", COORDINATOR, COORDINATOR_PASSWORD, RECEPTIONIST_PASSWORD):
        assert secret not in text


def test_check_names_a_tampered_page_and_changes_nothing(
    ready: dict[str, str], data_dir: Path
) -> None:
    # enough rows for the staff table to span several pages, added in this process with the
    # config the command line gets (25 processes of `staff add` took a minute on a busy machine;
    # the command itself is tested in test_staff_commands_and_roles)
    session = Desk(config_factory(ready)(data_dir)).unlock(COORDINATOR, COORDINATOR_PASSWORD)
    for index in range(25):
        StaffService(session).add_staff(
            f"Member Number{index}", Role.VOLUNTEER, RECEPTIONIST_PASSWORD
        )
    session.close()
    db = data_dir / "desk.db"
    raw = bytearray(db.read_bytes())
    assert len(raw) > 4 * 4096
    raw[3 * 4096 + 100] ^= 0xFF
    db.write_bytes(bytes(raw))
    checked = run_cli(ready, data_dir, "check")
    assert checked.returncode == 1
    assert "damaged or has been tampered with" in checked.stderr + checked.stdout
    assert "page 4: damaged (its checksum does not match)" in checked.stdout
    assert db.read_bytes() == bytes(raw)
