"""Employers, openings, introductions and consents from the command line (issue 15).

``entryhub-desk employer add NAME [--org-number N] [--municipality M] [--sector S] [--json]``
``entryhub-desk employer list [--json]``
``entryhub-desk opening add --employer NAME --title T [--occupation ESCO_URI]
[--must-skill URI]… [--nice-skill URI]… [--language sv:B1]… [--licence B]… [--municipality M]
[--remote] [--kind K] [--hard KIND]… [--starts 2027-03] [--apply-by DATE] [--places N]
[--hours N] [--min-education ISCED] [--json]``
``entryhub-desk opening list [--state open] [--employer NAME] [--json]``
``entryhub-desk introduction set INTRO --state interview|trial|hired|not_selected|withdrawn``
``entryhub-desk introduction list (--person PERSON | --opening OPENING) [--json]``
``entryhub-desk consent PERSON (--give PURPOSE | --withdraw PURPOSE) [--notice VERSION]``

NAME is an employer's id, name (any case) or organisation number; OPENING and INTRO an id or
the short code ``XXXX-XXXX``; PERSON a UUID or short code, as elsewhere. ESCO codes are taken
as full URIs or as their ids. ``--json`` prints one JSON document (a list prints one array).
Other areas add subcommands to ``opening`` with :func:`add_opening_subcommand`.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from entryhub_desk.cli.admin import Handler
from entryhub_desk.cli.common import UsageError, login, print_json
from entryhub_desk.domain.consent import ConsentPurpose
from entryhub_desk.domain.employers import (
    Employer,
    HardRequirement,
    Introduction,
    IntroductionState,
    Opening,
    OpeningKind,
    OpeningState,
)
from entryhub_desk.domain.profile.codes import DrivingCategory
from entryhub_desk.errors import ExitCode
from entryhub_desk.ids import short_code

if TYPE_CHECKING:  # the services are imported by the commands that use them
    from entryhub_desk.services import Desk, Session

_Subparsers = argparse._SubParsersAction
_OPENING_ATTRIBUTE = "entryhub_opening_actions"  # the ``opening`` subparsers, on ``commands``


def _opening_actions(
    commands: _Subparsers[argparse.ArgumentParser],
) -> _Subparsers[argparse.ArgumentParser]:
    found: _Subparsers[argparse.ArgumentParser] | None = getattr(commands, _OPENING_ATTRIBUTE, None)
    if found is None:
        opening = commands.add_parser("opening", help="employers' openings")
        found = opening.add_subparsers(dest="opening_command", metavar="ACTION")
        found.required = True
        setattr(commands, _OPENING_ATTRIBUTE, found)
    return found


def add_opening_subcommand(
    commands: _Subparsers[argparse.ArgumentParser], name: str, handler: Handler, **kw: Any
) -> argparse.ArgumentParser:
    """A subcommand ``opening NAME`` (e.g. ``import``) run by ``handler``; returns its parser
    for the caller's arguments. The ``opening`` command is made on first use, so the order of
    the areas does not matter; the area returns ``{"opening": run_opening}`` as its handler."""
    parser = _opening_actions(commands).add_parser(name, **kw)
    parser.set_defaults(opening_handler=handler)
    return parser


def run_opening(desk: Desk, args: argparse.Namespace) -> int:
    """The ``opening`` command: runs the subcommand named (whichever area added it)."""
    handler: Handler = args.opening_handler
    return handler(desk, args)


def register(commands: _Subparsers[argparse.ArgumentParser]) -> dict[str, Handler]:
    employer = commands.add_parser("employer", help="employers of the network")
    employer_actions = employer.add_subparsers(dest="employer_command", metavar="ACTION")
    employer_actions.required = True
    add = employer_actions.add_parser("add", help="add an employer")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--org-number", metavar="N", help="Swedish organisation number")
    add.add_argument("--municipality", metavar="M")
    add.add_argument("--sector", metavar="S", default="")
    add.add_argument("--json", action="store_true", help="print the employer as JSON")
    listing = employer_actions.add_parser("list", help="list the employers by name")
    listing.add_argument("--json", action="store_true", help="print one JSON array")

    _opening_add(add_opening_subcommand(commands, "add", _add_opening, help="add an opening"))
    opening_list = add_opening_subcommand(commands, "list", _list_openings, help="list openings")
    opening_list.add_argument("--state", choices=[s.value for s in OpeningState])
    opening_list.add_argument("--employer", metavar="NAME", help="only this employer's")
    opening_list.add_argument("--json", action="store_true", help="print one JSON array")

    introduction = commands.add_parser("introduction", help="follow an introduction")
    actions = introduction.add_subparsers(dest="introduction_command", metavar="ACTION")
    actions.required = True
    moved = actions.add_parser("set", help="the state an introduction reached")
    moved.add_argument("introduction", metavar="INTRO", help="id or short code XXXX-XXXX")
    later = [s.value for s in IntroductionState if s is not IntroductionState.SENT]
    moved.add_argument("--state", required=True, choices=later)
    moved.add_argument("--json", action="store_true", help="print the introduction as JSON")
    shown = actions.add_parser("list", help="a person's introductions or an opening's")
    whose = shown.add_mutually_exclusive_group(required=True)
    whose.add_argument("--person", metavar="PERSON", help="UUID or short code")
    whose.add_argument("--opening", metavar="OPENING", help="id or short code")
    shown.add_argument("--json", action="store_true", help="print one JSON array")

    consent = commands.add_parser("consent", help="record a consent given or withdrawn")
    consent.add_argument("person", metavar="PERSON", help="UUID or short code XXXX-XXXX")
    purposes = [p.value for p in ConsentPurpose]
    change = consent.add_mutually_exclusive_group(required=True)
    change.add_argument("--give", metavar="PURPOSE", choices=purposes)
    change.add_argument("--withdraw", metavar="PURPOSE", choices=purposes)
    consent.add_argument(
        "--notice", metavar="VERSION", help="the notice shown (default: the purpose's current)"
    )
    consent.add_argument("--json", action="store_true", help="print the record as JSON")
    return {
        "employer": _employer,
        "opening": run_opening,
        "introduction": _introduction,
        "consent": _consent,
    }


def _opening_add(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--employer", metavar="NAME", required=True, help="id, name or org. no.")
    parser.add_argument("--title", metavar="T", required=True, help="in the employer's words")
    parser.add_argument("--occupation", metavar="ESCO_URI", help="ESCO occupation, URI or id")
    parser.add_argument("--must-skill", metavar="URI", action="append", default=[])
    parser.add_argument("--nice-skill", metavar="URI", action="append", default=[])
    parser.add_argument("--language", metavar="sv:B1", action="append", default=[])
    licences = [c.value for c in DrivingCategory]
    parser.add_argument("--licence", choices=licences, action="append", default=[])
    parser.add_argument("--municipality", metavar="M")
    parser.add_argument("--remote", action="store_true", help="can be done remotely")
    parser.add_argument("--kind", choices=[k.value for k in OpeningKind], default="job")
    hard = [h.value for h in HardRequirement]
    parser.add_argument("--hard", choices=hard, action="append", default=[])
    parser.add_argument("--starts", metavar="DATE", help="YYYY, YYYY-MM or YYYY-MM-DD")
    parser.add_argument("--apply-by", metavar="DATE", help="YYYY, YYYY-MM or YYYY-MM-DD")
    parser.add_argument("--places", metavar="N", type=int, default=1)
    parser.add_argument("--hours", metavar="N", type=int, help="hours per week")
    parser.add_argument("--min-education", metavar="ISCED", type=int, help="ISCED level 0–8")
    parser.add_argument("--notes", default="")
    parser.add_argument("--json", action="store_true", help="print the opening as JSON")


# -- what the commands print -------------------------------------------------------------


def describe_employer(employer: Employer) -> dict[str, object]:
    return {
        "id": employer.id,
        "name": employer.name,
        "org_number": employer.org_number,
        "sector": employer.sector,
        "municipality": employer.municipality,
        "added_by_hub": employer.added_by_hub,
        "added_at": employer.added_at.isoformat(),
    }


def describe_opening(opening: Opening, employer_name: str = "") -> dict[str, object]:
    return {
        "id": opening.id,
        "code": short_code(opening.id),
        "employer": opening.employer_id,
        "employer_name": employer_name,
        "title": opening.title,
        "occupation": opening.occupation,
        "must_skills": list(opening.must_skills),
        "nice_skills": list(opening.nice_skills),
        "languages": list(opening.languages),
        "licences": [c.value for c in opening.licences],
        "min_education": opening.min_education,
        "hard": [h.value for h in opening.hard],
        "kind": opening.kind.value,
        "hours_per_week": opening.hours_per_week,
        "municipality": opening.municipality,
        "remote": opening.remote,
        "starts": str(opening.starts) if opening.starts else None,
        "apply_by": str(opening.apply_by) if opening.apply_by else None,
        "places": opening.places,
        "state": opening.state.value,
        "source": opening.source,
        "added_by_hub": opening.added_by_hub,
        "added_at": opening.added_at.isoformat(),
    }


def describe_introduction(introduction: Introduction) -> dict[str, object]:
    return {
        "id": introduction.id,
        "code": short_code(introduction.id),
        "person": introduction.person_id,
        "person_code": short_code(introduction.person_id),
        "opening": introduction.opening_id,
        "card": introduction.card.value,
        "state": introduction.state.value,
        "state_at": introduction.state_at.isoformat(),
        "introduced_at": introduction.introduced_at.isoformat(),
    }


def _table(rows: Sequence[Sequence[str]]) -> None:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        cells = (cell.ljust(width) for cell, width in zip(row, widths, strict=True))
        print("  ".join(cells).rstrip())


# -- the commands -------------------------------------------------------------------------


def _session(desk: Desk) -> Session:
    return login(desk)


def _employer(desk: Desk, args: argparse.Namespace) -> int:
    from entryhub_desk.services.employers import EmployersService

    session = _session(desk)
    try:
        employers = EmployersService(session)
        if args.employer_command == "add":
            employer = employers.add(
                args.name,
                org_number=args.org_number,
                sector=args.sector,
                municipality=args.municipality,
            )
            if args.json:
                print_json(describe_employer(employer))
            else:
                print(f"{employer.id}\t{employer.name}")
            return ExitCode.OK
        found = employers.list()
    finally:
        session.close()
    if args.json:
        print_json([describe_employer(e) for e in found])
    elif not found:
        print("(no employers)")
    else:
        rows = [("NAME", "ORG NUMBER", "MUNICIPALITY", "SECTOR", "ID")]
        rows += [(e.name, e.org_number or "", e.municipality or "", e.sector, e.id) for e in found]
        _table(rows)
    return ExitCode.OK


def _add_opening(desk: Desk, args: argparse.Namespace) -> int:
    from entryhub_desk.services.employers import EmployersService
    from entryhub_desk.services.openings import OpeningsService

    if args.places < 1:
        raise UsageError("--places must be at least 1")
    session = _session(desk)
    try:
        employer = EmployersService(session).resolve(args.employer)
        opening = OpeningsService(session).add(
            employer_id=employer.id,
            title=args.title,
            occupation=args.occupation,
            must_skills=tuple(args.must_skill),
            nice_skills=tuple(args.nice_skill),
            languages=tuple(args.language),
            licences=tuple(args.licence),
            min_education=args.min_education,
            hard=tuple(args.hard),
            kind=args.kind,
            hours_per_week=args.hours,
            municipality=args.municipality,
            remote=args.remote,
            starts=args.starts,
            apply_by=args.apply_by,
            places=args.places,
            notes=args.notes,
        )
    finally:
        session.close()
    if args.json:
        print_json(describe_opening(opening, employer.name))
    else:
        print(f"{short_code(opening.id)}\t{opening.title}\t{employer.name}")
    return ExitCode.OK


def _list_openings(desk: Desk, args: argparse.Namespace) -> int:
    from entryhub_desk.services.employers import EmployersService
    from entryhub_desk.services.openings import OpeningsService

    session = _session(desk)
    try:
        employers = EmployersService(session)
        only = employers.resolve(args.employer).id if args.employer else None
        state = OpeningState(args.state) if args.state else None
        found = OpeningsService(session).list(state=state, employer_id=only)
        names = {e.id: e.name for e in employers.list()}
    finally:
        session.close()
    if args.json:
        print_json([describe_opening(o, names.get(o.employer_id, "")) for o in found])
    elif not found:
        print("(no openings)")
    else:
        rows = [("CODE", "STATE", "TITLE", "EMPLOYER", "MUNICIPALITY", "STARTS", "PLACES")]
        for o in found:
            where = "remote" if o.remote and not o.municipality else (o.municipality or "")
            rows.append(
                (
                    short_code(o.id),
                    o.state.value,
                    o.title,
                    names.get(o.employer_id, ""),
                    where,
                    str(o.starts or ""),
                    str(o.places),
                )
            )
        _table(rows)
    return ExitCode.OK


def _introduction(desk: Desk, args: argparse.Namespace) -> int:
    from entryhub_desk.services.introductions import IntroductionsService

    session = _session(desk)
    try:
        introductions = IntroductionsService(session)
        if args.introduction_command == "set":
            found = introductions.resolve(args.introduction)
            moved = introductions.set_state(found.id, IntroductionState(args.state))
            if args.json:
                print_json(describe_introduction(moved))
            else:
                print(f"{short_code(moved.id)}: {moved.state.value}")
            return ExitCode.OK
        if args.person:
            from entryhub_desk.services.profile import Profiles

            person = Profiles(session).resolve_person(args.person)
            listed = introductions.for_person(person.id)
        else:
            from entryhub_desk.services.openings import OpeningsService

            opening = OpeningsService(session).resolve(args.opening)
            listed = introductions.for_opening(opening.id)
    finally:
        session.close()
    if args.json:
        print_json([describe_introduction(i) for i in listed])
    elif not listed:
        print("(no introductions)")
    else:
        rows = [("CODE", "PERSON", "OPENING", "CARD", "STATE", "SINCE")]
        rows += [
            (
                short_code(i.id),
                short_code(i.person_id),
                short_code(i.opening_id),
                i.card.value,
                i.state.value,
                i.state_at.date().isoformat(),
            )
            for i in listed
        ]
        _table(rows)
    return ExitCode.OK


def _consent(desk: Desk, args: argparse.Namespace) -> int:
    from entryhub_desk.services.consents import ConsentsService
    from entryhub_desk.services.profile import Profiles

    session = _session(desk)
    try:
        person = Profiles(session).resolve_person(args.person)
        consents = ConsentsService(session)
        if args.give:
            record = consents.record_consent(
                person.id, ConsentPurpose(args.give), given=True, notice_version=args.notice
            )
        else:
            if args.notice:
                raise UsageError("--notice goes with --give (a withdrawal names no notice)")
            current = consents.current_consents(person.id).get(ConsentPurpose(args.withdraw))
            if current is None:
                from entryhub_desk.errors import DeskError

                raise DeskError("consent.not_in_force")
            record = consents.withdraw_consent(current.id)
    finally:
        session.close()
    state = "given" if record.given else "withdrawn"
    if args.json:
        print_json(
            {
                "id": record.id,
                "person": record.person_id,
                "purpose": record.purpose.value,
                "given": record.given,
                "notice_version": record.notice_version,
                "recorded_at": record.recorded_at.isoformat(),
            }
        )
    else:
        print(
            f"{short_code(person.id)}: {record.purpose.value} {state} "
            f"(notice {record.notice_version})"
        )
    return ExitCode.OK
