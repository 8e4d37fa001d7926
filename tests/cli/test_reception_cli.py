"""``search`` and ``import-visitors`` on the command line: output formats and exit codes."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.cli.runner import init_store, run_cli
from tests.conftest import DESK_COMMAND


@pytest.fixture
def ready(cli_env: dict[str, str], tmp_path: Path) -> tuple[dict[str, str], Path]:
    data_dir = tmp_path / "store"
    return init_store(cli_env, data_dir), data_dir


def _import(
    env: dict[str, str], data_dir: Path, tmp_path: Path, text: str, *options: str
) -> subprocess.CompletedProcess[str]:
    path = tmp_path / "visitors.csv"
    path.write_text(text, encoding="utf-8")
    return run_cli(env, data_dir, "import-visitors", *options, str(path))


def test_import_then_search(ready: tuple[dict[str, str], Path], tmp_path: Path) -> None:
    env, data_dir = ready
    done = _import(
        env,
        data_dir,
        tmp_path,
        "förnamn;efternamn;telefon;födelseår;födelseland;skostorlek\n"
        "Maxamed;Cali Xasan;070-123 45 67;1990;Somalia;44\n"
        "ዮሃንስ;ተስፋይ;;1985;ER;\n",
    )
    assert done.returncode == 0, done.stderr
    assert "created: 2" in done.stdout and "skostorlek" in done.stdout

    found = run_cli(env, data_dir, "search", "--json", "Mohamed", "Ali")
    assert found.returncode == 0, found.stderr
    lines = found.stdout.splitlines()
    assert len(lines) == 1
    results = json.loads(lines[0])
    assert results[0]["given_name"] == "Maxamed"
    assert results[0]["phone"] == "+46701234567"
    for key in ("id", "code", "family_name", "original_name", "birth_year", "country_of_birth"):
        assert key in results[0]
    assert 0 <= results[0]["score"] <= 100
    assert isinstance(results[0]["why"], list)  # the keys that matched (the engine fills them)
    assert all(isinstance(key, str) for key in results[0]["why"])

    table = run_cli(env, data_dir, "search", "Yohannes")
    assert table.returncode == 0
    assert "CODE" in table.stdout and "ዮሃንስ" in table.stdout


def test_search_reads_one_query_per_line(
    ready: tuple[dict[str, str], Path], tmp_path: Path
) -> None:
    env, data_dir = ready
    _import(env, data_dir, tmp_path, "first name;phone\nHodan;0709998877\nAmina;\n")
    done = subprocess.run(
        [
            *DESK_COMMAND,
            "--data-dir",
            str(data_dir),
            "search",
            "--json",
            "--limit",
            "3",
            "-",
        ],
        env=env,
        input="hodan\n0046 70 999 88 77\nnobody-at-all\n",
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    answers = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(answers) == 3
    assert answers[0][0]["given_name"] == "Hodan" == answers[1][0]["given_name"]
    assert answers[2] == []


def test_import_with_rejected_rows_exits_8(
    ready: tuple[dict[str, str], Path], tmp_path: Path
) -> None:
    env, data_dir = ready
    done = _import(env, data_dir, tmp_path, "given_name,phone\nAmina,0701112233\nBad,123\n")
    assert done.returncode == 8
    assert "row 3: rejected" in done.stdout and "created: 1" in done.stdout


def test_exit_codes_of_mistakes(ready: tuple[dict[str, str], Path], tmp_path: Path) -> None:
    env, data_dir = ready
    assert run_cli(env, data_dir, "search").returncode == 2
    assert run_cli(env, data_dir, "search", "--limit", "0", "x").returncode == 2
    missing = run_cli(env, data_dir, "import-visitors", str(tmp_path / "nothing.csv"))
    assert missing.returncode == 1 and "cannot be read" in missing.stderr
    assert run_cli(env, tmp_path / "empty", "search", "x").returncode == 4
    wrong = run_cli({**env, "ENTRYHUB_PASSWORD": "wrong-password-1"}, data_dir, "search", "x")
    assert wrong.returncode == 3


def test_import_leaves_out_likely_duplicates_unless_accepted(
    ready: tuple[dict[str, str], Path], tmp_path: Path
) -> None:
    env, data_dir = ready
    first = _import(env, data_dir, tmp_path, "förnamn;efternamn;födelseår\nHodan;Nuur;1990\n")
    assert first.returncode == 0, first.stderr
    code = json.loads(run_cli(env, data_dir, "search", "--json", "Hodan").stdout)[0]["code"]
    text = "förnamn;efternamn;födelseår\nHodan;Nuur;1990\nHodan;Nuur;1960\n"
    done = _import(env, data_dir, tmp_path, text)
    assert done.returncode == 8, done.stderr  # done in part: a row was left out
    assert "likely duplicates left out: 1" in done.stdout and "created: 1" in done.stdout
    assert f"row 2: duplicate? left out: Probably the same person as {code}" in done.stdout
    assert "(same name, born 1990)" in done.stdout
    assert "--accept-duplicates" in done.stdout
    found = json.loads(run_cli(env, data_dir, "search", "--json", "Hodan Nuur").stdout)
    assert sorted(r["birth_year"] for r in found) == [1960, 1990]  # never merged, never added

    again = _import(env, data_dir, tmp_path, text, "--accept-duplicates")
    assert again.returncode == 0, again.stderr
    assert "likely duplicates registered: 2" in again.stdout
    assert "row 2: duplicate? registered as asked" in again.stdout
    found = json.loads(run_cli(env, data_dir, "search", "--json", "Hodan Nuur").stdout)
    assert sorted(r["birth_year"] for r in found) == [1960, 1960, 1990, 1990]
