"""Matching from the command line (issue 15).

``entryhub-desk match OPENING [--limit N] [--lang en|sv] [--json]`` — the persons who fit the
opening, best first, each with score and reasons (near misses marked);
``entryhub-desk openings-for PERSON [--lang en|sv] [--json]`` — the open openings for a person.

OPENING is an opening's id or short code ``XXXX-XXXX``; PERSON a UUID or short code. ``--json``
prints one JSON array: for ``match`` one object per person with ``person`` (id), ``code``,
``name``, ``score`` (0–100), ``near_miss``, ``met`` and ``missing`` (lists of ``{"kind", "code",
"text"}``) and ``reasons`` (the plain-language lines); for ``openings-for`` the same with
``opening``, ``code`` and ``title`` in place of the person. Only persons with a
``match_openings`` consent in force are listed.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from entryhub_desk.catalogue import LANGUAGES
from entryhub_desk.cli.admin import Handler
from entryhub_desk.cli.common import UsageError, login, print_json
from entryhub_desk.errors import ExitCode
from entryhub_desk.ids import short_code

if TYPE_CHECKING:
    from entryhub_desk.services import Desk

DEFAULT_LIMIT = 50


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> dict[str, Handler]:
    match = commands.add_parser("match", help="the persons who fit an opening, with why")
    match.add_argument("opening", metavar="OPENING", help="id or short code XXXX-XXXX")
    match.add_argument("--limit", type=int, default=DEFAULT_LIMIT, help="at most N persons")
    match.add_argument("--lang", choices=LANGUAGES, default="en", help="language of the reasons")
    match.add_argument("--json", action="store_true")
    openings = commands.add_parser("openings-for", help="the open openings that fit a person")
    openings.add_argument("person", metavar="PERSON", help="UUID or short code XXXX-XXXX")
    openings.add_argument("--lang", choices=LANGUAGES, default="en")
    openings.add_argument("--json", action="store_true")
    return {"match": _match, "openings-for": _openings_for}


def _mark(score: int, near_miss: bool) -> str:
    return f"{score:3d}{' (near miss)' if near_miss else ''}"


def _match(desk: Desk, args: argparse.Namespace) -> int:
    from entryhub_desk.services.matching import MatchingService
    from entryhub_desk.services.openings import OpeningsService

    if args.limit < 1:
        raise UsageError("--limit must be at least 1")
    session = login(desk)
    try:
        opening = OpeningsService(session).resolve(args.opening)
        found = MatchingService(session).for_opening(opening.id, limit=args.limit)
    finally:
        session.close()
    if not found and not args.json:
        print("No one with consent to be matched fits this opening.", file=sys.stderr)
    return _show(found, lambda m: f"{m.code}  {m.name}", args)


def _openings_for(desk: Desk, args: argparse.Namespace) -> int:
    from entryhub_desk.services.matching import MatchingService
    from entryhub_desk.services.profile import Profiles

    session = login(desk)
    try:
        person = Profiles(session).resolve_person(args.person)
        service = MatchingService(session)
        consented = service.consented(person.id)
        found = service.for_person(person.id)
    finally:
        session.close()
    if not consented and not args.json:
        print("No consent to be matched with openings (match_openings).", file=sys.stderr)
    return _show(found, lambda m: f"{short_code(m.opening.id)}  {m.opening.title}", args)


def _show(found: Sequence[Any], heading: Callable[[Any], str], args: argparse.Namespace) -> int:
    """The matches as JSON documents, or a line each (mark, ``heading``) with its reasons."""
    from entryhub_desk.services.matching import reason_lines

    if args.json:
        print_json([m.document(args.lang) for m in found])
        return ExitCode.OK
    for m in found:
        print(f"{_mark(m.score, m.near_miss)}  {heading(m)}")
        for line in reason_lines(m.reasons, args.lang):
            print(f"       {line}")
    return ExitCode.OK
