"""Employers, openings, introductions and consents on the command line, as a person runs them."""

from __future__ import annotations

import json
from pathlib import Path

from entryhub_desk.config import DeskConfig
from entryhub_desk.domain.employers import CardKind
from entryhub_desk.ids import short_code
from entryhub_desk.services import Desk
from entryhub_desk.services.introductions import IntroductionsService
from entryhub_desk.services.openings import OpeningsService
from tests.cli.runner import run_cli
from tests.cli.test_cli import data_dir, ready  # noqa: F401 - fixtures
from tests.conftest import COORDINATOR, COORDINATOR_PASSWORD, TEST_SCRYPT_N, FakeClock
from tests.shared_files import shared

WELDER = "7aedaa07-3884-4c5b-88f9-80997b2aa54b"
ARC = "27d26fd6-5795-4f0a-884e-112df7c68314"
UNKNOWN = "00000000-0000-4000-8000-000000000000"
ESCO = "http://data.europa.eu/esco"


def _employer(env: dict[str, str], store: Path, *args: str) -> dict[str, object]:
    done = run_cli(env, store, "employer", "add", *args, "--json")
    assert done.returncode == 0, done.stderr
    found: dict[str, object] = json.loads(done.stdout)
    return found


def test_employers_add_and_list(ready: dict[str, str], data_dir: Path) -> None:  # noqa: F811
    steel = _employer(
        ready, data_dir, "Umeå Stål AB", "--org-number", "5560360793", "--municipality", "Umeå"
    )
    assert steel["org_number"] == "556036-0793" and steel["municipality"] == "Umeå"
    plain = run_cli(ready, data_dir, "employer", "add", "Ålidhems Café", "--sector", "café")
    assert plain.returncode == 0, plain.stderr
    assert plain.stdout.strip().endswith("\tÅlidhems Café")
    bad = run_cli(ready, data_dir, "employer", "add", "Fel AB", "--org-number", "5560360794")
    assert bad.returncode == 1 and "organisation number" in bad.stderr
    again = run_cli(ready, data_dir, "employer", "add", "Stål igen", "--org-number", "556036-0793")
    assert again.returncode == 1 and "already registered (Umeå Stål AB)" in again.stderr

    listed = run_cli(ready, data_dir, "employer", "list", "--json")
    assert [e["name"] for e in json.loads(listed.stdout)] == ["Umeå Stål AB", "Ålidhems Café"]
    table = run_cli(ready, data_dir, "employer", "list").stdout.splitlines()
    assert table[0].split() == ["NAME", "ORG", "NUMBER", "MUNICIPALITY", "SECTOR", "ID"]
    assert table[1].split()[:5] == ["Umeå", "Stål", "AB", "556036-0793", "Umeå"]
    usage = run_cli(ready, data_dir, "employer")
    assert usage.returncode == 2


def test_openings_add_and_list(ready: dict[str, str], data_dir: Path) -> None:  # noqa: F811
    _employer(ready, data_dir, "Umeå Stål AB")
    done = run_cli(
        ready,
        data_dir,
        *("opening", "add", "--employer", "umeå stål ab", "--title", "Svetsare"),
        *("--occupation", f"{ESCO}/occupation/{WELDER}", "--must-skill", f"{ESCO}/skill/{ARC}"),
        *("--language", "sv:B1", "--language", "en:a2", "--licence", "B", "--remote"),
        *("--kind", "internship", "--hard", "languages", "--hard", "licences"),
        *("--starts", "2027-03", "--places", "2", "--municipality", "Umeå", "--json"),
    )
    assert done.returncode == 0, done.stderr
    opening = json.loads(done.stdout)
    assert opening["occupation"] == WELDER and opening["must_skills"] == [ARC]
    assert opening["languages"] == ["sv:B1", "en:A2"] and opening["licences"] == ["B"]
    assert opening["hard"] == ["languages", "licences"] and opening["kind"] == "internship"
    assert (opening["starts"], opening["places"], opening["remote"]) == ("2027-03", 2, True)
    assert opening["employer_name"] == "Umeå Stål AB"
    assert opening["code"] == short_code(opening["id"])
    second = run_cli(
        ready, data_dir, "opening", "add", "--employer", "Umeå Stål AB", "--title", "Lagerarbetare"
    )
    assert second.returncode == 0, second.stderr
    assert second.stdout.split("\t")[1] == "Lagerarbetare"

    for wrong, exit_code, said in (
        (("--occupation", UNKNOWN), 1, "is not an ESCO occupation"),
        (("--must-skill", UNKNOWN), 1, "is not an ESCO skill"),
        (("--nice-skill", f"{ESCO}/skill/{UNKNOWN}"), 1, "is not an ESCO skill"),
        (("--language", "sv:B9"), 1, "unknown code"),
        (("--starts", "March"), 1, "is not a date"),
        (("--licence", "Q"), 2, "invalid choice"),
        (("--places", "0"), 2, "--places must be at least 1"),
    ):
        done = run_cli(
            ready, data_dir, "opening", "add", "--employer", "Umeå Stål AB", "--title", "X", *wrong
        )
        assert (done.returncode, said in done.stderr) == (exit_code, True), done.stderr
    nobody = run_cli(ready, data_dir, "opening", "add", "--employer", "Nobody", "--title", "X")
    assert nobody.returncode == 1 and "No employer" in nobody.stderr

    listed = json.loads(run_cli(ready, data_dir, "opening", "list", "--json").stdout)
    assert {o["title"] for o in listed} == {"Svetsare", "Lagerarbetare"}
    only = run_cli(ready, data_dir, "opening", "list", "--state", "filled")
    assert only.returncode == 0 and only.stdout.strip() == "(no openings)"
    table = run_cli(ready, data_dir, "opening", "list", "--state", "open").stdout.splitlines()
    assert table[0].split()[:3] == ["CODE", "STATE", "TITLE"] and len(table) == 3
    assert any(line.startswith(opening["code"]) and "Svetsare" in line for line in table)


def _person(env: dict[str, str], store: Path) -> str:
    done = run_cli(
        env, store, "import-resume", str(shared("fixtures", "jsonresume-sample.resume.json"))
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_consent_give_and_withdraw(ready: dict[str, str], data_dir: Path) -> None:  # noqa: F811
    code = short_code(_person(ready, data_dir))
    given = run_cli(ready, data_dir, "consent", code, "--give", "match_openings")
    assert given.returncode == 0, given.stderr
    assert given.stdout.strip() == f"{code}: match_openings given (notice 2026-1)"
    named = run_cli(
        ready,
        data_dir,
        *("consent", code.lower(), "--give", "share_with_employers", "--notice", "2024-9"),
        "--json",
    )
    record = json.loads(named.stdout)
    assert record["notice_version"] == "2024-9" and record["given"] is True
    gone = run_cli(ready, data_dir, "consent", code, "--withdraw", "match_openings")
    assert gone.returncode == 0, gone.stderr
    assert gone.stdout.strip() == f"{code}: match_openings withdrawn (notice 2026-1)"
    again = run_cli(ready, data_dir, "consent", code, "--withdraw", "match_openings")
    assert again.returncode == 1 and "not in force" in again.stderr
    both = run_cli(ready, data_dir, "consent", code, "--give", "x", "--withdraw", "y")
    assert both.returncode == 2
    unknown = run_cli(ready, data_dir, "consent", code, "--give", "sell_data")
    assert unknown.returncode == 2
    nobody = run_cli(ready, data_dir, "consent", "ZZZZ-ZZZZ", "--give", "keep_profile")
    assert nobody.returncode == 1 and "No person" in nobody.stderr


def test_introduction_set_and_list(
    ready: dict[str, str],  # noqa: F811
    data_dir: Path,  # noqa: F811
) -> None:
    person = _person(ready, data_dir)
    _employer(ready, data_dir, "Umeå Stål AB")
    done = run_cli(
        ready, data_dir, "opening", "add", "--employer", "Umeå Stål AB", "--title", "Svetsare"
    )
    opening = done.stdout.split("\t")[0].strip()
    # the introduction itself is made by the service (the `introduce` command is another's)
    config = DeskConfig(data_dir=data_dir, clock=FakeClock(1_790_000_000.0), scrypt_n=TEST_SCRYPT_N)
    session = Desk(config).unlock(COORDINATOR, COORDINATOR_PASSWORD)
    try:
        service = IntroductionsService(session)
        opening_id = OpeningsService(session).resolve(opening).id
        introduction = service.introduce(person, opening_id, card=CardKind.ANONYMOUS)
    finally:
        session.close()
    code = short_code(introduction.id)

    moved = run_cli(ready, data_dir, "introduction", "set", code, "--state", "interview")
    assert moved.returncode == 0, moved.stderr
    assert moved.stdout.strip() == f"{code}: interview"
    hired = run_cli(
        ready, data_dir, "introduction", "set", introduction.id, "--state", "hired", "--json"
    )
    assert json.loads(hired.stdout)["state"] == "hired"
    listed = run_cli(
        ready, data_dir, "introduction", "list", "--person", short_code(person), "--json"
    )
    (row,) = json.loads(listed.stdout)
    assert (row["id"], row["state"], row["opening"]) == (introduction.id, "hired", opening_id)
    table = run_cli(ready, data_dir, "introduction", "list", "--opening", opening).stdout
    assert code in table and "hired" in table
    wrong = run_cli(ready, data_dir, "introduction", "set", code, "--state", "sent")
    assert wrong.returncode == 2
    missing = run_cli(ready, data_dir, "introduction", "set", "ZZZZ-ZZZZ", "--state", "hired")
    assert missing.returncode == 1 and "No introduction" in missing.stderr

    session = Desk(config).unlock(COORDINATOR, COORDINATOR_PASSWORD)
    try:
        steps = IntroductionsService(session).steps(introduction.id)
    finally:
        session.close()
    assert [s.state.value for s in steps] == ["sent", "interview", "hired"]


def test_a_receptionist_may_list_but_not_add(
    ready: dict[str, str],  # noqa: F811
    data_dir: Path,  # noqa: F811
) -> None:
    password = "Snöskoter-Lingon-81"
    added = run_cli(
        ready,
        data_dir,
        *("staff", "add", "Rami Reception", "--role", "receptionist"),
        ENTRYHUB_NEW_PASSWORD=password,
    )
    assert added.returncode == 0, added.stderr
    rami = {**ready, "ENTRYHUB_USER": "Rami Reception", "ENTRYHUB_PASSWORD": password}
    refused = run_cli(rami, data_dir, "employer", "add", "Mitt AB")
    assert refused.returncode == 3, refused.stderr
    assert run_cli(rami, data_dir, "employer", "list").returncode == 0
    assert run_cli(rami, data_dir, "opening", "list").returncode == 0
