"""``entryhub-desk introduce PERSON OPENING [--card named|anonymous] [-o FILE.pdf]
[--language sv|en] [--json]``: record that a visitor is introduced to an opening and write the
profile card that goes to the employer.

The card is named when the person's consent to share with employers is in force, else
anonymised; ``--card named`` without that consent is refused before anything is recorded. The
card is drawn first, then the introduction recorded (audited "introduce"), then the card written
atomically and readable by its owner only (audited "export"). Without ``-o`` the file is
``card-<short code>-<card>-<language>.pdf`` in the current folder (no name in the file name).
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TYPE_CHECKING

from entryhub_desk.catalogue import CV_LANGUAGES
from entryhub_desk.cli.admin import Handler
from entryhub_desk.cli.common import UsageError, login, print_json
from entryhub_desk.errors import DeskError, ExitCode

if TYPE_CHECKING:
    from entryhub_desk.services import Desk

CARDS = ("named", "anonymous")  # the values of domain.employers.CardKind


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> dict[str, Handler]:
    introduce = commands.add_parser(
        "introduce", help="introduce a person to an opening and write the card for the employer"
    )
    introduce.add_argument("person", metavar="PERSON", help="UUID or short code XXXX-XXXX")
    introduce.add_argument("opening", metavar="OPENING", help="the opening's id or short code")
    introduce.add_argument(
        "--card",
        choices=CARDS,
        help="named (needs the person's consent to share with employers) or anonymous;"
        " default: named with that consent, else anonymous",
    )
    introduce.add_argument(
        "--language", "--lang", choices=CV_LANGUAGES, default="sv", help="language of the card"
    )
    introduce.add_argument(
        "-o", "--output", type=Path, help="the PDF file to write (default: card-CODE-….pdf)"
    )
    introduce.add_argument("--json", action="store_true")
    return {"introduce": _introduce}


def _introduce(desk: Desk, args: argparse.Namespace) -> int:
    from entryhub_desk.domain.employers import CardKind
    from entryhub_desk.ids import short_code
    from entryhub_desk.services.cards import CardService, card_file_name
    from entryhub_desk.services.cv_warmup import start_warm_up
    from entryhub_desk.services.introductions import IntroductionsService
    from entryhub_desk.services.openings import OpeningsService

    if args.output is not None and args.output.suffix.lower() != ".pdf":
        raise UsageError("the output file must end in .pdf")
    start_warm_up()  # the renderer loads while the log-in derives its key
    session = login(desk)
    try:
        cards = CardService(session)
        person = cards.person(args.person)
        opening = OpeningsService(session).resolve(args.opening)
        kind = CardKind(args.card) if args.card else cards.default_kind(person.id)
        language = args.language
        output = args.output or Path(card_file_name(person.id, kind, language))
        # Drawn (and the consent checked) before anything is recorded; the folder checked so
        # that an introduction is not recorded for a card that cannot be written.
        pdf = cards.card_pdf(person.id, opening_id=opening.id, kind=kind, language=language)
        folder = output.parent if str(output.parent) else Path(".")
        if not folder.is_dir() or not os.access(folder, os.W_OK):
            raise DeskError("card.write_failed", path=str(output))
        introduction = IntroductionsService(session).introduce(person.id, opening.id, card=kind)
        cards.write(person.id, output, pdf, kind=kind, opening_id=opening.id, language=language)
    finally:
        session.close()
    if args.json:
        print_json(
            {
                "introduction": introduction.id,
                "person": person.id,
                "code": short_code(person.id),
                "opening": opening.id,
                "card": kind.value,
                "language": language,
                "file": str(output),
            }
        )
    else:
        print(output)
    return ExitCode.OK
