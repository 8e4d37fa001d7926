"""The sync commands, run as a person would: a real process, a real server on 127.0.0.1."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from entryhub_desk.config import DeskConfig
from entryhub_desk.ids import short_code
from entryhub_desk.services import Desk
from entryhub_server.bundles import import_bundle
from tests.cli.runner import init_store, run_cli
from tests.conftest import COORDINATOR, COORDINATOR_PASSWORD, TEST_SCRYPT_N
from tests.sync.helpers import add_person
from tests.sync.server import LiveServer, server

__all__ = ["server"]  # the fixture, used by name


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "store"


@pytest.fixture
def env(cli_env: dict[str, str], data_dir: Path) -> dict[str, str]:
    return init_store(cli_env, data_dir)


def _add_person(data_dir: Path) -> str:
    desk = Desk(DeskConfig(data_dir=data_dir, scrypt_n=TEST_SCRYPT_N))
    session = desk.unlock(COORDINATOR, COORDINATOR_PASSWORD)
    try:
        return add_person(session, family_name="Cliperson").id
    finally:
        session.close()


def test_sync_before_enrolment_exits_7(env: dict[str, str], data_dir: Path) -> None:
    done = run_cli(env, data_dir, "sync")
    assert done.returncode == 7
    assert "enrol" in done.stderr


def test_plain_http_to_another_host_is_refused(env: dict[str, str], data_dir: Path) -> None:
    done = run_cli(env, data_dir, "enrol", "--server", "http://10.1.2.3", "--code", "X")
    assert done.returncode == 1
    assert "https" in done.stderr


def test_enrol_sync_revoke(env: dict[str, str], data_dir: Path, server: LiveServer) -> None:
    code = server.code("Umeå")
    done = run_cli(env, data_dir, "enrol", "--server", server.url, "--code", code)
    assert done.returncode == 0, done.stderr
    assert "Umeå" in done.stdout
    again = run_cli(env, data_dir, "enrol", "--server", server.url, "--code", code)
    assert again.returncode == 1  # already enrolled
    _add_person(data_dir)
    done = run_cli(env, data_dir, "sync", "--json")
    assert done.returncode == 0, done.stderr
    counts = json.loads(done.stdout)
    assert counts["acknowledged"] >= 1
    assert counts["waiting"] == 0
    with server.context.engine.connect() as conn:
        device_id = conn.exec_driver_sql("SELECT id FROM device").scalar()
    server.revoke(str(device_id))
    assert run_cli(env, data_dir, "sync").returncode == 7


def test_unreachable_server_exits_6(
    env: dict[str, str], data_dir: Path, server: LiveServer
) -> None:
    done = run_cli(env, data_dir, "enrol", "--server", server.url, "--code", server.code("Umeå"))
    assert done.returncode == 0, done.stderr
    server.stop()
    done = run_cli(env, data_dir, "sync")
    assert done.returncode == 6
    assert "reached" in done.stderr


def test_export_person_writes_json_and_pdf(
    env: dict[str, str], data_dir: Path, tmp_path: Path
) -> None:
    person_id = _add_person(data_dir)
    target = tmp_path / "export" / "person.json"
    done = run_cli(env, data_dir, "export-person", short_code(person_id), "-o", str(target))
    assert done.returncode == 0, done.stderr
    assert json.loads(target.read_text())["person"]["family_name"] == "Cliperson"
    assert target.with_suffix(".pdf").read_bytes().startswith(b"%PDF")


def test_erase_person_needs_the_code_typed(
    env: dict[str, str], data_dir: Path, tmp_path: Path
) -> None:
    person_id = _add_person(data_dir)
    code = short_code(person_id)
    assert run_cli(env, data_dir, "erase-person", code, "--confirm", "AAAA-AAAA").returncode == 1
    assert run_cli(env, data_dir, "erase-person", code, "--confirm", code).returncode == 0
    assert run_cli(env, data_dir, "export-person", code, "-o", str(tmp_path / "x.json")).returncode


def test_bundles_on_the_command_line(
    env: dict[str, str], data_dir: Path, server: LiveServer, tmp_path: Path
) -> None:
    done = run_cli(env, data_dir, "enrol", "--server", server.url, "--code", server.code("Umeå"))
    assert done.returncode == 0, done.stderr
    _add_person(data_dir)
    bundle = tmp_path / "out.bundle"
    done = run_cli(env, data_dir, "export-bundle", "-o", str(bundle))
    assert done.returncode == 0, done.stderr
    answer = tmp_path / "answer.bundle"
    answer.write_bytes(import_bundle(server.context, bundle.read_bytes()).answer)
    for _ in range(2):  # twice: the second changes nothing
        done = run_cli(env, data_dir, "import-bundle", str(answer))
        assert done.returncode == 0, done.stderr
    answer.write_bytes(answer.read_bytes().replace(b'"signature":"', b'"signature":"AAAA', 1))
    done = run_cli(env, data_dir, "import-bundle", str(answer))
    assert done.returncode == 1
    assert "bundle" in done.stderr


def test_sync_shows_its_progress_on_standard_error(
    env: dict[str, str], data_dir: Path, server: LiveServer
) -> None:
    done = run_cli(env, data_dir, "enrol", "--server", server.url, "--code", server.code("Umeå"))
    assert done.returncode == 0, done.stderr
    _add_person(data_dir)
    done = run_cli(env, data_dir, "sync")
    assert done.returncode == 0, done.stderr
    lines = done.stderr.splitlines()
    assert lines and all(line.startswith("… sent ") and "received" in line for line in lines)
    sent = re.match(r"… sent [\d.]+ KB \((\d+) changes\)", lines[-1])
    assert sent is not None and int(sent.group(1)) >= 1
    assert "Sent" in done.stdout and "…" not in done.stdout
    _add_person(data_dir)
    quiet = run_cli(env, data_dir, "sync", "--quiet")
    assert quiet.returncode == 0 and quiet.stderr == ""
