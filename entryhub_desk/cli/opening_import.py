"""``entryhub-desk opening import FILE [--json]``: openings from a spreadsheet (``.xlsx`` /
``.csv``, Swedish or English headers) or from JobSearch job ads (``.json``: one ad, a list of
ads, or a search response).

Prints the counts, then every rejected row or ad and everything that could not be mapped
(imported without it), one line each; ``--json`` prints the same as one JSON object. Exits
8 when a row or an ad was rejected (like ``import-visitors``), else 0.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from entryhub_desk.cli.common import login, print_json
from entryhub_desk.cli.employers import add_opening_subcommand, run_opening
from entryhub_desk.errors import ExitCode

if TYPE_CHECKING:  # imported by the command that uses them
    from entryhub_desk.cli.admin import Handler
    from entryhub_desk.importing import RowProblem
    from entryhub_desk.importing.opening_values import OpeningImportReport
    from entryhub_desk.services import Desk


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> dict[str, Handler]:
    parser = add_opening_subcommand(
        commands,
        "import",
        _import,
        help="import openings from .xlsx, .csv or JobSearch ad JSON",
    )
    parser.add_argument("file", type=Path)
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    return {"opening": run_opening}


def _import(desk: Desk, args: argparse.Namespace) -> int:
    from entryhub_desk.importing.opening_store import import_openings

    session = login(desk)
    try:
        report = import_openings(session, args.file)
    finally:
        session.close()
    if args.json:
        print_json(report_json(report))
    else:
        _print(report)
    return ExitCode.PARTIAL if report.rejected else ExitCode.OK


def _where(report: OpeningImportReport, row: int) -> str:
    ad = report.labels.get(row)
    return f"ad {row} ({ad})" if ad else (f"ad {row}" if report.labels else f"row {row}")


def _problem(report: OpeningImportReport, problem: RowProblem) -> dict[str, object]:
    return {
        "row": problem.row,
        "ad": report.labels.get(problem.row),
        "code": problem.code,
        "params": {k: str(v) for k, v in problem.params.items()},
        "text": problem.english(),
    }


def report_json(report: OpeningImportReport) -> dict[str, object]:
    return {
        "rows": report.rows,
        "created": report.created,
        "updated": report.updated,
        "unchanged": report.unchanged,
        "employers_created": report.employers_created,
        "rejected": [_problem(report, p) for p in report.rejected],
        "not_mapped": [_problem(report, p) for p in report.unmapped],
        "unknown_columns": report.unknown_columns,
    }


def _print(report: OpeningImportReport) -> None:
    print(
        f"rows: {report.rows}, created: {report.created}, updated: {report.updated}, "
        f"unchanged: {report.unchanged}, employers created: {report.employers_created}, "
        f"rejected: {len(report.rejected)}, not mapped: {len(report.unmapped)}"
    )
    if report.unknown_columns:
        print("unknown columns (ignored): " + ", ".join(report.unknown_columns))
    lines = [(p.row, 0, "rejected", p) for p in report.rejected]
    lines += [(p.row, 1, "not mapped", p) for p in report.unmapped]
    for row, _, kind, problem in sorted(lines, key=lambda line: line[:2]):
        print(f"{_where(report, row)}: {kind}: {problem.english()}")
