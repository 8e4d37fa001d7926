"""Read employers' openings from a spreadsheet (``.xlsx`` or ``.csv``) into drafts and a report.

The file is read by :mod:`entryhub_desk.importing.tables` (its caps on size, rows, columns and
cells, formula-like cells marked); columns are found by their Swedish or English header
(:data:`HEADERS`, compared like the visitor import's); other columns are listed in the report
and ignored, and two columns for the same field refuse the file (which one would count?).

Each row becomes an :class:`~entryhub_desk.importing.opening_values.OpeningDraft`, or is
rejected with its row number and every reason found (a skill label that names no concept or
several is one reason each, with the picker's candidates). Occupations and skills are given
by ESCO label (Swedish, English or another bundled language) or by ESCO URI.

A row is identified across imports by its ``Referens``/``Reference`` cell, else by employer,
title and municipality (``source`` ``sheet:…``): importing the file again updates the same
openings instead of adding copies.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final

from entryhub_desk.domain.employers import Opening, normalise_org_number
from entryhub_desk.domain.profile import _check as check
from entryhub_desk.errors import DeskError
from entryhub_desk.importing.opening_values import (
    EmployerRef,
    LabelFinder,
    OpeningDraft,
    OpeningImportReport,
    education,
    hard_requirements,
    kind_of,
    language_requirements,
    licences,
    partial_date,
    problem_of,
    state_of,
    whole_number,
    yes_no,
)
from entryhub_desk.importing.tables import FORMULA, Row, read_table
from entryhub_desk.importing.visitors import RowProblem, _data_rows, _header_key, _text
from entryhub_desk.taxonomy import picker

PLACEHOLDER_ID: Final = "00000000-0000-7000-8000-000000000000"  # until the opening is stored
_EPOCH: Final = datetime(2000, 1, 1, tzinfo=UTC)

# field -> accepted headers (case, spaces, underscores and dashes ignored)
HEADERS: Final[dict[str, tuple[str, ...]]] = {
    "employer": ("arbetsgivare", "employer", "företag", "company", "organisation", "employer name"),
    "org_number": (
        "organisationsnummer",
        "org number",
        "orgnr",
        "org nr",
        "organisation number",
        "organization number",
    ),
    "title": ("titel", "title", "yrke", "befattning", "tjänst", "job title", "rubrik"),
    "occupation": ("yrke (esco)", "esco-yrke", "occupation", "esco occupation", "yrke esco"),
    "must_skills": (
        "krav",
        "kompetenskrav",
        "must-have skills",
        "must-have",
        "must have",
        "required skills",
    ),
    "nice_skills": ("meriterande", "nice-to-have", "nice to have", "nice-to-have skills"),
    "languages": ("språk", "språkkrav", "languages", "language", "language requirements"),
    "licences": ("körkort", "licence", "license", "licences", "driving licence"),
    "min_education": ("utbildning", "utbildningsnivå", "education", "education level"),
    "municipality": ("ort", "kommun", "arbetsort", "municipality", "place", "location"),
    "remote": ("distans", "distansarbete", "remote"),
    "starts": ("start", "startdatum", "tillträde", "start date", "starts"),
    "apply_by": (
        "sista ansökningsdag",
        "sista ansökningsdatum",
        "apply by",
        "deadline",
        "application deadline",
    ),
    "places": ("antal platser", "platser", "places", "vacancies", "number of places"),
    "kind": ("typ", "kind", "type", "form"),
    "hours_per_week": ("timmar per vecka", "timmar", "hours per week", "hours"),
    "state": ("status", "state"),
    "hard": ("hårda krav", "ovillkorliga krav", "hard requirements", "hard"),
    "notes": ("anteckningar", "notes", "kommentar", "comment"),
    "reference": ("referens", "reference", "annons-id", "ad id", "ref"),
}
_HEADER_INDEX: Final[dict[str, str]] = {
    _header_key(alias): name for name, aliases in HEADERS.items() for alias in aliases
}
REQUIRED: Final = ("employer", "title")

Progress = Callable[[int, int], None]


def read_openings(
    path: Path, *, finder: LabelFinder | None = None
) -> tuple[list[OpeningDraft], OpeningImportReport]:
    """The drafts of the file's good rows and the report of the others (nothing stored)."""
    table = read_table(path)
    report = OpeningImportReport()
    if not table:
        raise DeskError("import.empty_file")
    columns = map_header(table[0].cells, report)
    missing = [name for name in REQUIRED if name not in columns.values()]
    if missing:
        raise DeskError("import.no_opening_columns")
    finder = finder or LabelFinder()
    drafts: list[OpeningDraft] = []
    rows = list(_data_rows(table))
    report.rows = len(rows)
    for row in rows:
        draft = _draft(row, columns, finder, report)
        if draft is not None:
            drafts.append(draft)
    return drafts, report


def map_header(header: list[object], report: OpeningImportReport) -> dict[int, str]:
    columns: dict[int, str] = {}
    for index, cell in enumerate(header):
        title = _text(cell)
        if not title:
            continue
        name = _HEADER_INDEX.get(_header_key(title))
        if name is None:
            report.unknown_columns.append(title)
        elif name in columns.values():
            raise DeskError("import.duplicate_column", column=title)
        else:
            columns[index] = name
    return columns


def _draft(
    row: Row, columns: dict[int, str], finder: LabelFinder, report: OpeningImportReport
) -> OpeningDraft | None:
    if row.problem is not None:
        report.rejected.append(RowProblem(row.number, *row.problem))
        return None
    cells = row.cells
    values = {name: cells[i] if i < len(cells) else None for i, name in columns.items()}
    problems: list[RowProblem] = []
    try:
        for name, value in values.items():
            if value is FORMULA:
                raise DeskError("import.formula", field=name)
        draft = _from_values(row.number, values, finder, problems)
    except DeskError as error:
        report.rejected.append(problem_of(row.number, error))
        return None
    if problems:
        report.rejected.extend(problems)
        return None
    return draft


def split_list(text: str) -> list[str]:
    """A cell listing labels: split at ``;``, ``|`` or line breaks when it has any (ESCO
    labels may hold commas), else at commas."""
    separators = r"[;|\n]+" if re.search(r"[;|\n]", text) else r","
    return [part.strip() for part in re.split(separators, text) if part.strip()]


def _codes(
    kind: str, text: str, finder: LabelFinder, number: int, problems: list[RowProblem]
) -> list[str]:
    """ESCO codes for a cell of labels or URIs; a label naming no concept, or several, is a
    problem of the row."""
    codes: list[str] = []
    for item in split_list(text):
        if item.startswith("http://data.europa.eu/esco/"):
            codes.append(item.rsplit("/", 1)[-1])
            continue
        found = finder.occupation(item) if kind == "occupation" else finder.skill(item)
        if found.code is not None:
            codes.append(found.code)
        elif found.problem is not None:
            problems.append(problem_of(number, found.problem))
    return codes


def sheet_source(employer: EmployerRef, title: str, municipality: str | None, ref: str) -> str:
    if ref:
        return f"sheet:{ref[:190]}"
    key = "|".join(
        picker.fold(part)
        for part in (employer.org_number or employer.name, title, municipality)
        if part is not None
    )
    return "sheet:" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]


def _from_values(
    number: int, values: dict[str, object], finder: LabelFinder, problems: list[RowProblem]
) -> OpeningDraft:
    text = {name: _text(value) for name, value in values.items()}
    name = text.get("employer", "")
    if not name:
        raise DeskError("validation.required", field="employer")
    org_number = normalise_org_number("org_number", text.get("org_number") or None)
    municipality = text.get("municipality") or None
    employer = EmployerRef(name, org_number, municipality)
    occupation: str | None = None
    if text.get("occupation"):
        found = _codes("occupation", text["occupation"], finder, number, problems)
        if len(found) > 1:
            raise DeskError("validation.invalid", field="occupation")
        occupation = found[0] if found else None
    fields: dict[str, Any] = {
        "title": text.get("title", ""),
        "occupation": occupation,
        "must_skills": _codes("skill", text.get("must_skills", ""), finder, number, problems),
        "nice_skills": _codes("skill", text.get("nice_skills", ""), finder, number, problems),
        "languages": language_requirements(text.get("languages", "")),
        "licences": licences(text.get("licences", "")),
        "min_education": education(text.get("min_education", "")),
        "hard": hard_requirements(text.get("hard", "")),
        "municipality": municipality,
        "remote": yes_no(values.get("remote"), "remote"),
        "starts": partial_date(values.get("starts"), "starts"),
        "apply_by": partial_date(values.get("apply_by"), "apply_by"),
        "hours_per_week": whole_number(values.get("hours_per_week"), "hours_per_week"),
        "notes": text.get("notes", ""),
    }
    places = whole_number(values.get("places"), "places")
    if places is not None:
        fields["places"] = places
    if text.get("kind"):
        fields["kind"] = kind_of(text["kind"])
    if text.get("state"):
        fields["state"] = state_of(text["state"])
    fields["source"] = sheet_source(
        employer, fields["title"], municipality, check_text(text.get("reference", ""))
    )
    opening = Opening(
        employer_id=PLACEHOLDER_ID, added_by_hub=PLACEHOLDER_ID, added_at=_EPOCH, **fields
    )
    return OpeningDraft(number, employer, opening)


def check_text(value: str) -> str:
    """A reference cell: one line of printable text."""
    return check.text("reference", value, maximum=190) if value else ""
