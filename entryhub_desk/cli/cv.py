"""CV commands: ``entryhub-desk cv PERSON_ID [--lang sv|en] [--template classic|compact]
[--photo FILE] -o FILE.pdf`` (audited as an export)."""

from __future__ import annotations

import argparse
from pathlib import Path

from entryhub_desk.cli.admin import Handler
from entryhub_desk.cli.common import UsageError, login, print_json
from entryhub_desk.errors import DeskError, ExitCode
from entryhub_desk.services import Desk

# The same tuples as entryhub_desk.services.cv (not imported here: starting the program for
# another command should not load reportlab).
TEMPLATES = ("classic", "compact")
CV_LANGUAGES = ("sv", "en")


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> dict[str, Handler]:
    cv = commands.add_parser("cv", help="write a person's CV as an A4 PDF")
    cv.add_argument("person", metavar="PERSON_ID", help="UUID or short code XXXX-XXXX")
    cv.add_argument("--lang", choices=CV_LANGUAGES, default="sv", help="language of the CV")
    cv.add_argument("--template", choices=TEMPLATES, default="classic")
    cv.add_argument("--photo", type=Path, help="a JPEG or PNG photo to print on the CV")
    cv.add_argument("-o", "--output", type=Path, required=True, help="the PDF file to write")
    cv.add_argument("--json", action="store_true")
    return {"cv": _cv}


def _cv(desk: Desk, args: argparse.Namespace) -> int:
    from entryhub_desk.services.cv import CvService

    if args.output.suffix.lower() != ".pdf":
        raise UsageError("the output file must end in .pdf")
    photo = None
    if args.photo is not None:
        try:
            photo = args.photo.read_bytes()
        except OSError:
            raise DeskError("cv.photo_unreadable", path=str(args.photo)) from None
    session = login(desk)
    try:
        service = CvService(session)
        person = service.person(args.person)
        service.save(
            person.id, args.output, language=args.lang, template=args.template, photo=photo
        )
    finally:
        session.close()
    if args.json:
        print_json({"person_id": person.id, "file": str(args.output), "language": args.lang})
    else:
        print(args.output)
    return ExitCode.OK
