"""``edit-person`` on the command line: by short code or id, as a receptionist, output formats,
exit codes, and nothing stored when a value is refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.runner import init_store, run_cli

RECEPTIONIST = "Johan Reception"
RECEPTIONIST_PASSWORD = "Snöskoter-Lingon-81"
CSV = "förnamn;efternamn;telefon;födelseår;födelseland\nHiwet;Gebremedhin;070-123 45 67;1991;ER\n"


@pytest.fixture
def ready(cli_env: dict[str, str], tmp_path: Path) -> tuple[dict[str, str], Path, dict[str, str]]:
    """A store with one visitor: the coordinator's environment, the folder and the visitor as
    ``search --json`` shows her."""
    data_dir = tmp_path / "store"
    env = init_store(cli_env, data_dir)
    path = tmp_path / "visitors.csv"
    path.write_text(CSV, encoding="utf-8")
    done = run_cli(env, data_dir, "import-visitors", str(path))
    assert done.returncode == 0, done.stderr
    added = run_cli(
        env,
        data_dir,
        *("staff", "add", RECEPTIONIST, "--role", "receptionist"),
        ENTRYHUB_NEW_PASSWORD=RECEPTIONIST_PASSWORD,
    )
    assert added.returncode == 0, added.stderr
    return env, data_dir, _find(env, data_dir, "Hiwet")[0]


def _find(env: dict[str, str], data_dir: Path, *query: str) -> list[dict[str, str]]:
    done = run_cli(env, data_dir, "search", "--json", *query)
    assert done.returncode == 0, done.stderr
    found: list[dict[str, str]] = json.loads(done.stdout)
    return found


def _as_receptionist(env: dict[str, str]) -> dict[str, str]:
    return {**env, "ENTRYHUB_USER": RECEPTIONIST, "ENTRYHUB_PASSWORD": RECEPTIONIST_PASSWORD}


def test_a_receptionist_corrects_by_short_code(
    ready: tuple[dict[str, str], Path, dict[str, str]],
) -> None:
    env, data_dir, visitor = ready
    done = run_cli(
        _as_receptionist(env),
        data_dir,
        *("edit-person", visitor["code"], "--family-name", "Tsegaye"),
        *("--phone", "+46 (0)70 765 43 21", "--gender", "female", "--country", "et"),
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == (
        f"{visitor['code']}: corrected family_name, phone, gender, country_of_birth\n"
    )
    found = _find(env, data_dir, "Hiwet", "Tsegaye")
    assert [f["id"] for f in found] == [visitor["id"]]
    assert (found[0]["phone"], found[0]["country_of_birth"]) == ("+46707654321", "ET")
    assert _find(env, data_dir, "Gebremedhin") == []


def test_json_by_id_and_clearing_and_no_change(
    ready: tuple[dict[str, str], Path, dict[str, str]],
) -> None:
    env, data_dir, visitor = ready
    args = ("edit-person", visitor["id"], "--birth-year", "", "--languages", "ti,ar")
    done = run_cli(env, data_dir, *args, "--original-name", "ሕዋት", "--json")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["changed"] == ["original_script_name", "birth_year", "languages"]
    assert (result["birth_year"], result["languages"]) == (None, ["ti", "ar"])
    assert (result["original_name"], result["code"]) == ("ሕዋት", visitor["code"])
    again = run_cli(env, data_dir, "edit-person", visitor["code"], "--given-name", "Hiwet")
    assert again.returncode == 0, again.stderr
    assert "nothing to change" in again.stdout


REFUSED = [
    (("--phone", "12"), 1, "The phone number 12 is not valid."),
    (("--birth-year", "1850"), 1, "birth_year must be between 1900 and"),
    (("--country", "XX"), 1, "country_of_birth: unknown code XX."),
    (("--given-name", ""), 1, "given_name is required."),
    (("--gender", "robot"), 2, "invalid choice"),
    (("--birth-year", "abc"), 2, "not a year"),
]


def test_refused_values_store_nothing(
    ready: tuple[dict[str, str], Path, dict[str, str]],
) -> None:
    env, data_dir, visitor = ready
    for args, code, message in REFUSED:
        # with a good change beside the bad one: neither is stored
        done = run_cli(env, data_dir, "edit-person", visitor["code"], "--family-name", "X", *args)
        assert (done.returncode, done.stdout) == (code, ""), args
        assert message in done.stderr, args
    nothing = run_cli(env, data_dir, "edit-person", visitor["code"])
    assert nothing.returncode == 2
    assert "name at least one field to change" in nothing.stderr
    assert _find(env, data_dir, visitor["code"])[0]["family_name"] == "Gebremedhin"


def test_unknown_person_and_missing_login(
    ready: tuple[dict[str, str], Path, dict[str, str]],
) -> None:
    env, data_dir, _visitor = ready
    done = run_cli(env, data_dir, "edit-person", "ZZZZ-ZZZZ", "--phone", "0701234567")
    assert done.returncode == 1
    assert "No person with id ZZZZ-ZZZZ." in done.stderr
    nobody = {k: v for k, v in env.items() if k != "ENTRYHUB_USER"}
    refused = run_cli(nobody, data_dir, "edit-person", "ZZZZ-ZZZZ", "--phone", "0701234567")
    assert refused.returncode != 0
    assert "ENTRYHUB_USER" in refused.stderr
