"""Erasure on the command line: ``import-resume`` of a file exported before the person was
erased ends with a clear one-line message; ``import-visitors`` cannot carry an id at all."""

from __future__ import annotations

import json
from pathlib import Path

from entryhub_desk.ids import short_code
from tests.cli.runner import run_cli
from tests.cli.test_cli import data_dir, ready  # noqa: F401 - fixtures
from tests.shared_files import shared

NAME = "Hendriks"  # the sample resume's person


def test_import_resume_of_an_erased_person_is_refused_clearly(
    ready: dict[str, str],  # noqa: F811
    data_dir: Path,  # noqa: F811
    tmp_path: Path,
) -> None:
    sample = shared("fixtures", "jsonresume-sample.resume.json")
    done = run_cli(ready, data_dir, "import-resume", str(sample))
    assert done.returncode == 0, done.stderr
    person_id = done.stdout.strip()
    code = short_code(person_id)
    exported = tmp_path / "exported-before.json"
    done = run_cli(ready, data_dir, "export-resume", code, "-o", str(exported))
    assert done.returncode == 0, done.stderr
    assert json.loads(exported.read_text(encoding="utf-8"))["x-entryhub"]["person"]["id"]

    done = run_cli(ready, data_dir, "erase-person", code, "--confirm", code)
    assert done.returncode == 0, done.stderr

    done = run_cli(ready, data_dir, "import-resume", str(exported))
    assert done.returncode == 1
    assert done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "This person's data was erased on request on 2026-" in lines[0]
    assert "it cannot be recreated" in lines[0]
    assert NAME not in lines[0] and "Error" not in lines[0] and "Traceback" not in done.stderr
    found = run_cli(ready, data_dir, "search", "--json", NAME)
    assert found.returncode == 0, found.stderr
    assert person_id not in found.stdout  # nothing was written

    # the sample itself (no id of ours in it) is a new registration: a person may come back
    done = run_cli(ready, data_dir, "import-resume", str(sample))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() != person_id


def test_import_visitors_cannot_bring_back_an_erased_id(
    ready: dict[str, str],  # noqa: F811
    data_dir: Path,  # noqa: F811
    tmp_path: Path,
) -> None:
    sample = shared("fixtures", "jsonresume-sample.resume.json")
    person_id = run_cli(ready, data_dir, "import-resume", str(sample)).stdout.strip()
    code = short_code(person_id)
    assert run_cli(ready, data_dir, "erase-person", code, "--confirm", code).returncode == 0
    sheet = tmp_path / "visitors.csv"
    sheet.write_text(
        f"id;kod;förnamn;efternamn\n{person_id};{code};Richard;{NAME}\n", encoding="utf-8"
    )
    done = run_cli(ready, data_dir, "import-visitors", str(sheet))
    assert done.returncode == 0, done.stderr
    assert "created: 1" in done.stdout
    assert "unknown columns (ignored): id, kod" in done.stdout
    found = run_cli(ready, data_dir, "search", "--json", NAME)
    hits = json.loads(found.stdout.splitlines()[0])
    assert [hit["id"] for hit in hits] != [person_id] and len(hits) == 1
