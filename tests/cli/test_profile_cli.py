"""Profile commands as a person runs them: taxonomy search, JSON Resume import and export."""

from __future__ import annotations

import json
from pathlib import Path

from entryhub_desk.ids import short_code
from entryhub_desk.taxonomy.picker import search_occupations
from tests.cli.runner import run_cli
from tests.cli.test_cli import data_dir, ready  # noqa: F401 - fixtures
from tests.shared_files import shared

NURSE = "8d3e8aaa-791b-4c75-a465-f3f827028f50"


def test_taxonomy_search_needs_no_store(cli_env: dict[str, str], tmp_path: Path) -> None:
    done = run_cli(cli_env, tmp_path / "nothing", "taxonomy", "search", "nurse", "--lang", "en")
    assert done.returncode == 0, done.stderr
    assert f"{NURSE}\t2221\tNurse" in done.stdout.splitlines()
    assert not (tmp_path / "nothing").exists()
    # Two occupations that read the same in Swedish are told apart.
    done = run_cli(cli_env, tmp_path / "nothing", "taxonomy", "search", "elektroingenjör")
    same = [line for line in done.stdout.splitlines() if "\tElektroingenjör (" in line]
    assert len(same) == 2 and len({line.split("\t")[-1] for line in same}) == 2


def test_taxonomy_search_json_gives_the_pickers_results(
    cli_env: dict[str, str], tmp_path: Path
) -> None:
    done = run_cli(
        cli_env, tmp_path, "taxonomy", "search", "sjuksköterska", "--lang", "sv", "--json"
    )
    assert done.returncode == 0, done.stderr
    hits = [json.loads(line) for line in done.stdout.splitlines()]
    picker = search_occupations("sjuksköterska", lang="sv")
    assert [h["code"] for h in hits] == [h.code for h in picker]
    nurse = next(h for h in hits if h["code"] == NURSE)
    assert nurse["label"] == "Sjuksköterska"
    assert nurse["isco_group"] == "2221" and nurse["lang"] == "sv"
    skills = run_cli(
        cli_env,
        tmp_path,
        *("taxonomy", "search", "manage musical staff", "--kind", "skill", "--lang", "ar"),
    )
    first = skills.stdout.splitlines()[0].split("\t")
    assert first[1] == "Manage musical staff [en]"  # no Arabic label: marked


def test_import_and_export_resume(
    ready: dict[str, str],  # noqa: F811
    data_dir: Path,  # noqa: F811
    tmp_path: Path,
) -> None:
    sample = shared("fixtures", "jsonresume-sample.resume.json")
    done = run_cli(ready, data_dir, "import-resume", str(sample))
    assert done.returncode == 0, done.stderr
    person_id = done.stdout.strip()
    assert len(person_id) == 36
    assert "awards[0]" in done.stderr and "no home" in done.stderr

    out = tmp_path / "out.json"
    done = run_cli(ready, data_dir, "export-resume", short_code(person_id), "-o", str(out))
    assert done.returncode == 0, done.stderr
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["basics"]["name"] == "Richard Hendriks"
    assert document["x-entryhub"]["person"]["id"] == person_id

    done = run_cli(ready, data_dir, "import-resume", str(out), "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["person_id"] == person_id and report["created"] is False
    assert report["unmapped"] == []

    done = run_cli(ready, data_dir, "export-resume", person_id)
    assert json.loads(done.stdout) == document


def test_invalid_resume_is_refused_with_the_reason(
    ready: dict[str, str],  # noqa: F811
    data_dir: Path,  # noqa: F811
    tmp_path: Path,
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"basics": {"name": "A B"}, "education": [{"startDate": "spring"}]}))
    done = run_cli(ready, data_dir, "import-resume", str(bad))
    assert done.returncode == 1
    assert "not a valid JSON Resume" in done.stderr and "education[0].startDate" in done.stderr
    done = run_cli(ready, data_dir, "export-resume", "ZZZZ-ZZZZ")
    assert done.returncode == 1 and "No person" in done.stderr
