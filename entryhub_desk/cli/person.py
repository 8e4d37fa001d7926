"""Correcting a visitor's details: ``edit-person``.

``entryhub-desk edit-person PERSON [--given-name T] [--family-name T] [--original-name T]
[--phone T] [--birth-year N] [--country CC] [--gender G] [--languages L,L]
[--preferred-language L] [--json]`` — PERSON is the UUID or the short code ``XXXX-XXXX``. Only
the options given change; an empty value (``--phone ""``) clears an optional field. Prints the
fields changed (``--json``: one JSON object with the person as stored). A value that is not
valid exits 1 with the reason, a merged or erased person too; nothing is then stored.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from entryhub_desk.cli.admin import Handler
from entryhub_desk.cli.common import UsageError, login, print_json
from entryhub_desk.domain.person import Gender, Person
from entryhub_desk.errors import ExitCode
from entryhub_desk.ids import short_code

if TYPE_CHECKING:  # imported by the command itself, not by every command's start
    from entryhub_desk.services import Desk

#: option destination → the service's field name
_FIELDS = {
    "given_name": "given_name",
    "family_name": "family_name",
    "original_name": "original_script_name",
    "phone": "phone",
    "birth_year": "birth_year",
    "country": "country_of_birth",
    "gender": "gender",
    "languages": "languages",
    "preferred_language": "preferred_language",
}


def _year(text: str) -> int | None:
    if not text.strip():
        return None
    if not text.strip().isdigit():
        raise argparse.ArgumentTypeError(f"not a year: {text!r}")
    return int(text)


def _codes(text: str) -> list[str]:
    return [part.strip() for part in text.replace(" ", ",").split(",") if part.strip()]


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> dict[str, Handler]:
    edit = commands.add_parser(
        "edit-person",
        help="correct a visitor's names, phone, birth year, gender or country",
        argument_default=argparse.SUPPRESS,  # an option not given is no change
    )
    edit.add_argument("person", metavar="PERSON", help="UUID or short code XXXX-XXXX")
    edit.add_argument("--given-name", metavar="TEXT")
    edit.add_argument("--family-name", metavar="TEXT")
    edit.add_argument("--original-name", metavar="TEXT", help="the name in its original script")
    edit.add_argument("--phone", metavar="TEXT", help="any notation; local numbers are Swedish")
    edit.add_argument("--birth-year", metavar="YEAR", type=_year)
    edit.add_argument("--country", metavar="CC", help="country of birth, ISO code (SE, SO, ER…)")
    edit.add_argument("--gender", choices=[g.value for g in Gender])
    edit.add_argument(
        "--languages", metavar="CODES", type=_codes, help="languages spoken, e.g. ti,ar,sv"
    )
    edit.add_argument("--preferred-language", metavar="CODE")
    edit.add_argument(
        "--json", action="store_true", default=False, help="print the result as one JSON object"
    )
    return {"edit-person": _edit}


def _edit(desk: Desk, args: argparse.Namespace) -> int:
    from entryhub_desk.services.person_details import PersonDetails

    given = vars(args)
    changes = {field: given[option] for option, field in _FIELDS.items() if option in given}
    if not changes:
        raise UsageError("name at least one field to change (see edit-person --help)")
    session = login(desk)
    try:
        details = PersonDetails(session)
        person = details.resolve(args.person)
        result = details.correct(person.id, **changes)
    finally:
        session.close()
    code = short_code(result.person.id)
    if args.json:
        print_json({**describe(result.person), "changed": list(result.changed)})
    elif result.changed:
        print(f"{code}: corrected {', '.join(result.changed)}")
    else:
        print(f"{code}: nothing to change (the values given are the ones stored)")
    return ExitCode.OK


def describe(person: Person) -> dict[str, object]:
    """The correctable fields of a person as the command prints them."""
    return {
        "id": person.id,
        "code": short_code(person.id),
        "given_name": person.given_name,
        "family_name": person.family_name,
        "original_name": person.original_script_name,
        "phone": person.phone,
        "birth_year": person.birth_year,
        "gender": person.gender.value,
        "country_of_birth": person.country_of_birth,
        "languages": list(person.languages),
        "preferred_language": person.preferred_language,
    }
