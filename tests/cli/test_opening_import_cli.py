"""``entryhub-desk opening import FILE``: the real program in a subprocess on a real store."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.runner import run_cli
from tests.cli.test_cli import data_dir, ready  # noqa: F401 - fixtures

DATA = Path(__file__).resolve().parents[1] / "importing" / "data"


def test_jobsearch_ads_report_and_exit_8(ready: dict[str, str], data_dir: Path) -> None:  # noqa: F811
    done = run_cli(ready, data_dir, "opening", "import", str(DATA / "jobsearch_ads.json"))
    assert done.returncode == 8, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == (
        "rows: 11, created: 8, updated: 0, unchanged: 0, employers created: 8, rejected: 3, "
        "not mapped: 19"
    )
    assert "ad 8 (27847003): rejected: headline is required." in lines
    assert any(
        line.startswith("ad 1 (27839012): not mapped: skills: 'TIG-svetsning'") for line in lines
    )
    again = run_cli(
        ready, data_dir, "opening", "import", str(DATA / "jobsearch_ads.json"), "--json"
    )
    report = json.loads(again.stdout)
    assert (report["created"], report["unchanged"]) == (0, 8)
    assert [p["ad"] for p in report["rejected"]] == ["27847003", "27847004", None]
    listed = run_cli(ready, data_dir, "opening", "list", "--json")
    assert len(json.loads(listed.stdout)) == 8


def test_spreadsheet_import_clean_file_exits_0(
    ready: dict[str, str],  # noqa: F811
    data_dir: Path,  # noqa: F811
    tmp_path: Path,
) -> None:
    path = tmp_path / "openings.csv"
    path.write_text(
        "Employer;Title;Occupation;Languages;Municipality\n"
        "Svets AB;Welder;welder;Swedish B1;Umeå\n",
        encoding="utf-8",
    )
    done = run_cli(ready, data_dir, "opening", "import", str(path))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("rows: 1, created: 1,")
    bad = run_cli(ready, data_dir, "opening", "import", str(tmp_path / "openings.txt"))
    assert bad.returncode == 1
    assert "Openings can be imported from .xlsx, .csv or JobSearch .json files" in bad.stderr
