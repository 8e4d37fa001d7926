"""Hostile files on the command line, in a real process: ``import-visitors`` and
``import-resume`` end with one plain line on stderr (the refusal naming the row or place and
the limit) or a report, and exit 1 or 8 — never a traceback or "internal error"."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from entryhub_desk.errors import ENGLISH
from tests.cli.runner import init_store, run_cli
from tests.hostile import csv_files, resume_files, xlsx_files
from tests.hostile.corpus import Case

VISITOR_NAMES = {
    "field-200k",
    "unterminated-quote",
    "formula-hyperlink",
    "latin1",
    "nul-byte",
    "one-million-rows",
    "bad-deflate",
    "malformed-xml",
    "bomb-declares-2gib",
    "encrypted",
}
RESUME_NAMES = {
    "nested-100k",
    "number-5000-digits",
    "lone-surrogate",
    "skills-100k-2mb",
    "skills-100k-compact",
    "duplicate-keys",
    "nan",
    "invalid-last-entry",
}


@pytest.fixture
def coordinator(cli_env: dict[str, str], tmp_path: Path) -> tuple[dict[str, str], Path]:
    data_dir = tmp_path / "store"
    return init_store(cli_env, data_dir), data_dir


def _message_pattern(code: str) -> re.Pattern[str]:
    """The English template of ``code`` with every placeholder filled by something."""
    parts = re.split(r"\{[a-z_]+\}", ENGLISH[code])
    return re.compile("entryhub-desk: " + ".+".join(re.escape(part) for part in parts))


def _check(case: Case, done: subprocess.CompletedProcess[str]) -> None:
    for text in (done.stdout, done.stderr):
        assert "Traceback" not in text and "internal error" not in text, text
    if case.code is not None:
        assert done.returncode == 1, (case.id, done.returncode, done.stderr)
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1, done.stderr
        assert _message_pattern(case.code).fullmatch(lines[0]), (case.code, lines[0])
    else:
        assert done.returncode == (8 if case.rejected else 0), (case.id, done.stderr)
        for row in case.rejected:
            assert f"row {row}: rejected:" in done.stdout, done.stdout


def test_import_visitors_on_hostile_files(
    coordinator: tuple[dict[str, str], Path], tmp_path: Path
) -> None:
    env, data_dir = coordinator
    cases = [c for c in (*csv_files.CASES, *xlsx_files.CASES) if c.name in VISITOR_NAMES]
    assert len(cases) == len(VISITOR_NAMES)
    for case in cases:
        folder = tmp_path / case.id
        folder.mkdir()
        done = run_cli(env, data_dir, "import-visitors", str(case.build(folder)))
        _check(case, done)


def test_import_resume_on_hostile_files(
    coordinator: tuple[dict[str, str], Path], tmp_path: Path
) -> None:
    env, data_dir = coordinator
    cases = [c for c in resume_files.CASES if c.name in RESUME_NAMES]
    assert len(cases) == len(RESUME_NAMES)
    for case in cases:
        folder = tmp_path / case.id
        folder.mkdir()
        done = run_cli(env, data_dir, "import-resume", str(case.build(folder)))
        _check(case, done)
    listed = run_cli(env, data_dir, "search", "--json", "Amal")
    assert listed.returncode == 0 and listed.stdout.strip() in ("", "[]")  # nothing half-written
