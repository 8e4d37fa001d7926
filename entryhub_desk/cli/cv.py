"""CV commands: ``entryhub-desk cv PERSON_ID [--lang sv|en] [--template classic|compact]
[--photo FILE] [--anyway] -o FILE.pdf`` (audited as an export). A nearly empty profile is
refused, naming what is missing, unless ``--anyway``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from entryhub_desk.cli.common import UsageError, login, print_json
from entryhub_desk.errors import DeskError, ExitCode

if TYPE_CHECKING:
    from entryhub_desk.cli.admin import Handler
    from entryhub_desk.services import Desk

# The same tuples as entryhub_desk.services.cv and the label catalogue's CV_LANGUAGES (not
# imported here: the command starts with nothing but its own parser, the log-in loads the rest
# while it derives the key; tests/cli/test_cv_cli.py compares them).
TEMPLATES = ("classic", "compact")
CV_LANGUAGES = ("sv", "en")


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> dict[str, Handler]:
    cv = commands.add_parser("cv", help="write a person's CV as an A4 PDF")
    cv.add_argument("person", metavar="PERSON_ID", help="UUID or short code XXXX-XXXX")
    cv.add_argument("--lang", choices=CV_LANGUAGES, default="sv", help="language of the CV")
    cv.add_argument("--template", choices=TEMPLATES, default="classic")
    cv.add_argument("--photo", type=Path, help="a JPEG or PNG photo to print on the CV")
    cv.add_argument("-o", "--output", type=Path, required=True, help="the PDF file to write")
    cv.add_argument(
        "--anyway",
        action="store_true",
        help="write the CV even when the profile is nearly empty (else refused, naming what is"
        " missing)",
    )
    cv.add_argument("--json", action="store_true")
    return {"cv": _cv}


def _cv(desk: Desk, args: argparse.Namespace) -> int:
    from entryhub_desk.services.cv_warmup import LoadAhead

    if args.output.suffix.lower() != ".pdf":
        raise UsageError("the output file must end in .pdf")
    photo = None
    if args.photo is not None:
        try:
            photo = args.photo.read_bytes()
        except OSError:
            raise DeskError("cv.photo_unreadable", path=str(args.photo)) from None
    # The log-in's own modules, then the CV service, renderer, fonts and tables of this language
    # and template load while the log-in derives its key (scrypt leaves the interpreter free).
    ahead = LoadAhead(languages=(args.lang,), templates=(args.template,), log_in=True)
    session = login(desk, ahead=ahead)
    try:
        from entryhub_desk.services.cv import CvService

        service = CvService(session)
        content = service.content(args.person)  # the person and her profile, read once
        gaps = service.gaps(content)
        if gaps.thin and not args.anyway:
            print(
                "The profile is nearly empty: the CV would hold little more than the name. "
                f"Missing: {gaps.english()}. Add them, or give --anyway to write it all the same.",
                file=sys.stderr,
            )
            return ExitCode.FAILED
        service.save(content, args.output, language=args.lang, template=args.template, photo=photo)
        if gaps.left_out:
            print(
                f"Note: the CV leaves out {' '.join(gaps.left_out)} (emoji: the CV fonts have "
                "none, they would print as empty boxes).",
                file=sys.stderr,
            )
    finally:
        session.close()
    if args.json:
        person_id = content.person.id
        print_json({"person_id": person_id, "file": str(args.output), "language": args.lang})
    else:
        print(args.output)
    return ExitCode.OK
