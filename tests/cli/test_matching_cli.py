"""``match`` and ``openings-for`` as a person runs them: the JSON the issue names, reasons in
English and Swedish, consent checked at each run."""

from __future__ import annotations

import json
from pathlib import Path

from entryhub_desk.config import DeskConfig
from entryhub_desk.domain.profile import Skill
from entryhub_desk.ids import short_code
from entryhub_desk.services import Desk
from entryhub_desk.services.profile import Profiles
from entryhub_desk.services.visitors import VisitorsService
from tests.cli.runner import run_cli
from tests.cli.test_cli import data_dir, ready  # noqa: F401 - fixtures
from tests.conftest import COORDINATOR, COORDINATOR_PASSWORD, TEST_SCRYPT_N, FakeClock
from tests.matching.codes import ARC, TIG

ESCO = "http://data.europa.eu/esco"


def _people(store: Path) -> tuple[str, str]:
    """Two persons: one with both skills, one with the must-have missing."""
    config = DeskConfig(data_dir=store, clock=FakeClock(1_790_000_000.0), scrypt_n=TEST_SCRYPT_N)
    session = Desk(config).unlock(COORDINATOR, COORDINATOR_PASSWORD)
    try:
        visitors, profiles = VisitorsService(session), Profiles(session)
        ids = []
        for given, skills in (("Amina", (TIG, ARC)), ("Bashir", (ARC,))):
            person = visitors.register(
                visitors.new_person(given_name=given, family_name="Test"),
                new_person_confirmed=True,
            )
            for code in skills:
                profiles.save(Skill(person_id=person.id, skill=code))
            ids.append(person.id)
    finally:
        session.close()
    return ids[0], ids[1]


def test_match_and_openings_for(ready: dict[str, str], data_dir: Path) -> None:  # noqa: F811
    full, near = _people(data_dir)
    assert run_cli(ready, data_dir, "employer", "add", "Umeå Stål AB").returncode == 0
    added = run_cli(
        ready,
        data_dir,
        *("opening", "add", "--employer", "Umeå Stål AB", "--title", "Svetsare"),
        *("--must-skill", f"{ESCO}/skill/{TIG}", "--nice-skill", ARC, "--json"),
    )
    assert added.returncode == 0, added.stderr
    opening = json.loads(added.stdout)["id"]
    code = short_code(opening)

    nobody = run_cli(ready, data_dir, "match", code, "--json")
    assert nobody.returncode == 0, nobody.stderr
    assert json.loads(nobody.stdout) == []  # no consent yet
    for person in (full, near):
        given = run_cli(ready, data_dir, "consent", person, "--give", "match_openings")
        assert given.returncode == 0, given.stderr

    done = run_cli(ready, data_dir, "match", code, "--json")
    assert done.returncode == 0, done.stderr
    first, second = json.loads(done.stdout)
    assert (first["person"], first["code"], first["score"]) == (full, short_code(full), 100)
    assert first["missing"] == [] and first["near_miss"] is False
    assert first["reasons"] == [
        "1 of 1 must-have skills",
        "1 of 1 nice-to-have skills",
    ]
    assert second["person"] == near and second["near_miss"] is True
    assert second["missing"] == [
        {"kind": "must_skill", "code": TIG, "text": "perform tungsten inert gas welding"}
    ]
    assert set(first) >= {"person", "code", "score", "met", "missing", "reasons"}

    swedish = run_cli(ready, data_dir, "match", opening, "--limit", "1", "--lang", "sv")
    assert swedish.returncode == 0, swedish.stderr
    assert "1 av 1 kompetenser som krävs" in swedish.stdout and "Bashir" not in swedish.stdout

    fits = run_cli(ready, data_dir, "openings-for", short_code(full), "--json")
    assert fits.returncode == 0, fits.stderr
    [row] = json.loads(fits.stdout)
    assert (row["opening"], row["title"], row["near_miss"]) == (opening, "Svetsare", False)

    gone = run_cli(ready, data_dir, "consent", full, "--withdraw", "match_openings")
    assert gone.returncode == 0, gone.stderr
    after = run_cli(ready, data_dir, "match", code, "--json")
    assert [m["person"] for m in json.loads(after.stdout)] == [near]
    text = run_cli(ready, data_dir, "openings-for", full)
    assert text.returncode == 0 and text.stdout == "" and "No consent" in text.stderr
    bad = run_cli(ready, data_dir, "match", code, "--limit", "0")
    assert bad.returncode == 2
