"""Profile commands: taxonomy search (no store needed), JSON Resume import and export."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from entryhub_desk.cli.admin import Handler
from entryhub_desk.cli.common import UsageError, error_line, login, print_json
from entryhub_desk.errors import ExitCode
from entryhub_desk.security.atomic import atomic_write_bytes

if TYPE_CHECKING:
    from entryhub_desk.services import Desk

# The taxonomy and JSON Resume modules are imported by the commands that use them, so that
# starting the program (or another command) does not pay for them.
LANGS = ("sv", "en", "ar", "uk")
KINDS = ("occupation", "skill")


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> dict[str, Handler]:
    taxonomy = commands.add_parser("taxonomy", help="look up ESCO occupations and skills")
    actions = taxonomy.add_subparsers(dest="taxonomy_command", metavar="ACTION", required=True)
    find = actions.add_parser("search", help="search as the profile picker does")
    find.add_argument("query")
    find.add_argument("--kind", choices=KINDS, default="occupation")
    find.add_argument("--lang", choices=LANGS, default="sv", help="language of the labels")
    find.add_argument("--limit", type=int, default=20)
    find.add_argument("--json", action="store_true")

    imp = commands.add_parser(
        "import-resume", help="import a JSON Resume file as a person and profile"
    )
    imp.add_argument("file", type=Path)
    imp.add_argument("--json", action="store_true")

    exp = commands.add_parser("export-resume", help="write a person's profile as JSON Resume")
    exp.add_argument("person", metavar="PERSON_ID", help="UUID or short code XXXX-XXXX")
    exp.add_argument("-o", "--output", type=Path, help="file to write (default: standard output)")
    exp.add_argument("--lang", choices=LANGS, default="en", help="language of ESCO labels")
    exp.add_argument(
        "--public", action="store_true", help="leave out the hub's notes (appraisal, next steps)"
    )
    return {"taxonomy": _taxonomy, "import-resume": _import, "export-resume": _export}


def _taxonomy(desk: Desk, args: argparse.Namespace) -> int:
    del desk  # no store, no login
    from entryhub_desk.taxonomy import esco
    from entryhub_desk.taxonomy.picker import search

    if args.limit < 1:
        raise UsageError("--limit must be at least 1")
    for hit in search(args.kind, args.query, args.lang, args.limit):
        if args.json:
            print_json(
                {
                    "code": hit.code,
                    "uri": esco.uri(hit.kind, hit.code),
                    "label": hit.label,
                    "lang": hit.label_lang,
                    "fallback": hit.fallback,
                    "isco_group": hit.isco_group,
                    "matched": hit.matched,
                    "detail": hit.detail,
                    "score": hit.score,
                }
            )
        else:
            mark = f" [{hit.label_lang}]" if hit.fallback else ""
            group = f"{hit.isco_group}\t" if hit.isco_group is not None else ""
            detail = f" ({hit.detail})" if hit.detail else ""  # tells same labels apart
            print(f"{hit.code}\t{group}{hit.label}{detail}{mark}")
    return ExitCode.OK


def _import(desk: Desk, args: argparse.Namespace) -> int:
    from entryhub_desk.services.resume import import_resume

    session = login(desk)
    try:
        result = import_resume(session, args.file)
    finally:
        session.close()
    if args.json:
        print_json(
            {
                "person_id": result.person_id,
                "short_code": result.short_code,
                "created": result.created,
                "entries": result.entries,
                "unmapped": list(result.unmapped),
            }
        )
    else:
        print(result.person_id)
        if result.unmapped:
            error_line("not imported (no home in the profile): " + ", ".join(result.unmapped))
    return ExitCode.OK


def _export(desk: Desk, args: argparse.Namespace) -> int:
    from entryhub_desk.services.profile import Profiles
    from entryhub_desk.services.resume import export_resume

    session = login(desk)
    try:
        person = Profiles(session).resolve_person(args.person)
        document = export_resume(session, person.id, lang=args.lang, internal=not args.public)
    finally:
        session.close()
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    if args.output is None:
        sys.stdout.write(text)
    else:
        atomic_write_bytes(args.output, text.encode("utf-8"))
    return ExitCode.OK
