"""Reception commands: ``search`` and ``import-visitors``.

``entryhub-desk search [--limit N] [--json] QUERY…`` — the words together are one query; with
``-`` instead, one query per line from stdin. Without ``--json`` a readable table per query;
with ``--json`` one JSON array per query per line (best first).

``entryhub-desk search --json`` rows carry ``why``: the search keys that matched.

``entryhub-desk import-visitors [--accept-duplicates] FILE`` — prints counts, unknown columns
and every rejected or likely-duplicate row with its row number (a likely duplicate with the
matched person's short code and the reasons). A likely duplicate is left out unless
``--accept-duplicates`` (then it is registered as a new person and still listed); nothing is
ever merged. Exits 8 when some rows were rejected or left out as likely duplicates.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from entryhub_desk.cli.common import UsageError, login, print_json
from entryhub_desk.errors import ExitCode

if TYPE_CHECKING:  # imported by the commands that use them, not by every command's start
    from entryhub_desk.importing import RowProblem
    from entryhub_desk.services import Desk
    from entryhub_desk.services.reception_types import SearchHit
    from entryhub_desk.services.visitors import VisitorsService

Handler = Callable[["Desk", argparse.Namespace], int]


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> dict[str, Handler]:
    """Add this module's commands to the parser; returns their handlers by command name."""
    search = commands.add_parser("search", help="find visitors by name, phone number or short code")
    search.add_argument("--limit", type=int, default=10, help="results per query (default 10)")
    search.add_argument("--json", action="store_true", help="one JSON array per query per line")
    search.add_argument("query", nargs="+", help="the words of one query, or - to read stdin")
    imports = commands.add_parser(
        "import-visitors", help="import visitors from a spreadsheet (.xlsx or .csv)"
    )
    imports.add_argument(
        "--accept-duplicates",
        action="store_true",
        help="register rows that look like persons already registered as new persons "
        "(after reading the report of a run without it)",
    )
    imports.add_argument("file", type=Path)
    return {"search": _search, "import-visitors": _import}


def _queries(words: list[str]) -> Iterable[str]:
    if words == ["-"]:
        for line in sys.stdin:
            yield line.strip()
        return
    if "-" in words:
        raise UsageError("use - alone to read queries from stdin")
    yield " ".join(words)


def _table(hits: list[SearchHit]) -> None:
    if not hits:
        print("(no match)")
        return
    rows = [("CODE", "NAME", "ORIGINAL", "BORN", "COUNTRY", "PHONE", "LAST VISIT", "SCORE")]
    for hit in hits:
        p = hit.person
        rows.append(
            (
                hit.code,
                f"{p.given_name} {p.family_name}".strip(),
                p.original_script_name or "",
                str(p.birth_year or ""),
                p.country_of_birth or "",
                p.phone or "",
                hit.last_visit.date().isoformat() if hit.last_visit else "",
                f"{hit.score:.0f}",
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))


def _search(desk: Desk, args: argparse.Namespace) -> int:
    from entryhub_desk.services.visitors import VisitorsService

    if args.limit < 1:
        raise UsageError("--limit must be at least 1")
    session = login(desk)
    try:
        visitors = VisitorsService(session)
        first = True
        for query in _queries(args.query):
            hits = visitors.search(query, limit=args.limit) if query else []
            if args.json:
                print_json([describe(hit) for hit in hits])
            else:
                if not first:
                    print()
                print(f"# {query}")
                _table(hits)
            first = False
        sys.stdout.flush()
    finally:
        session.close()
    return ExitCode.OK


def _import(desk: Desk, args: argparse.Namespace) -> int:
    from entryhub_desk.services.visitors import VisitorsService

    session = login(desk)
    try:
        visitors = VisitorsService(session)
        report = visitors.import_visitors(args.file, accept_duplicates=args.accept_duplicates)
        years = {
            p.row: _birth_year(visitors, str(p.params.get("match", "")))
            for p in report.duplicates + report.accepted
        }
    finally:
        session.close()
    print(
        f"rows: {report.rows}, created: {report.created}, updated: {report.updated}, "
        f"unchanged: {report.unchanged}, likely duplicates left out: {len(report.duplicates)}, "
        f"likely duplicates registered: {len(report.accepted)}, "
        f"rejected: {len(report.rejected)}"
    )
    if report.unknown_columns:
        print("unknown columns (ignored): " + ", ".join(report.unknown_columns))
    kinds = [(p, "rejected") for p in report.rejected]
    kinds += [(p, "duplicate? left out") for p in report.duplicates]
    kinds += [(p, "duplicate? registered as asked") for p in report.accepted]
    for problem, kind in sorted(kinds, key=lambda pair: pair[0].row):
        reasons = _reasons(problem, years.get(problem.row))
        print(f"row {problem.row}: {kind}: {problem.english()}{reasons}")
    if report.duplicates:
        print(
            "rows left out as likely duplicates: check them, then import again with "
            "--accept-duplicates, or register them at the desk"
        )
    return ExitCode.PARTIAL if report.rejected or report.duplicates else ExitCode.OK


def _birth_year(visitors: VisitorsService, code: str) -> int | None:
    person = visitors.find_by_code(code) if code else None
    return person.birth_year if person is not None else None


def _reasons(problem: RowProblem, year: int | None) -> str:
    from entryhub_desk.services.duplicates import ENGLISH_REASONS

    if not problem.reasons:
        return ""
    return " (" + ", ".join(ENGLISH_REASONS[r].format(year=year) for r in problem.reasons) + ")"


def describe(hit: SearchHit) -> dict[str, object]:
    """A search hit as the JSON object the command line prints."""
    person = hit.person
    return {
        "id": person.id,
        "code": hit.code,
        "given_name": person.given_name,
        "family_name": person.family_name,
        "original_name": person.original_script_name,
        "phone": person.phone,
        "birth_year": person.birth_year,
        "country_of_birth": person.country_of_birth,
        "score": hit.score,
        "last_visit": hit.last_visit.isoformat() if hit.last_visit else None,
        "why": list(hit.why),
    }
