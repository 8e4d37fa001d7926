"""Import visitors from a spreadsheet: ``.xlsx`` (openpyxl, read-only, cached values) or
``.csv`` (UTF-8 with or without BOM, or UTF-16; ``;``, ``,`` or tab separated). Reading, with
its caps on size, rows, columns and cells, is :mod:`entryhub_desk.importing.tables`.

Columns are found by their Swedish or English header (:data:`HEADERS`); other columns are
listed in the report and ignored. Every bad row is reported with its row number (as the
spreadsheet program shows it, the header being row 1) and a DeskError code, while the good rows
go in. Re-importing the same file creates no duplicates: a row whose phone number is already
registered updates that person if it names her (the same or a similar name, not born years
apart or in another country); a row that names someone else on her phone (a relative sharing
it) is left out as a likely duplicate (reason ``same_phone``), never written over her; any
other row that the likely-duplicate check (:mod:`entryhub_desk.services.duplicates`, the same
one the desk uses when registering) finds probably registered already is not imported but
reported with the matched person's id and the reasons, for a person to decide; nothing is
ever merged on its own. With ``accept_duplicates``
(``import-visitors --accept-duplicates``, after reading such a report) those rows are
registered as new persons and still listed (:attr:`ImportReport.accepted`).

The whole import is one transaction: cancelling (``cancelled()`` returns True, checked between
rows) leaves the store as it was, and so does a file refused as a whole (too large, damaged,
too many rows). Each row is all or nothing too: it is written in a savepoint, so a row refused
while it is being stored leaves nothing behind.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Final

from entryhub_desk.domain.person import Gender, Person
from entryhub_desk.errors import DeskError
from entryhub_desk.ids import short_code
from entryhub_desk.importing.tables import FORMULA, Row, read_table
from entryhub_desk.services.duplicates import (
    SAME_PHONE,
    Typed,
    likely_duplicates,
    name_reason,
)
from entryhub_desk.store.connection import transaction
from entryhub_desk.store.repositories.base import StoreContext
from entryhub_desk.store.repositories.persons import PersonRepository
from entryhub_desk.taxonomy import all_countries, all_languages, is_country, is_language

PROGRESS_EVERY: Final = 100

# field -> accepted headers (compared case-insensitively, spaces/underscores/dashes ignored)
HEADERS: Final[dict[str, tuple[str, ...]]] = {
    "given_name": ("given_name", "förnamn", "first name", "given name", "tilltalsnamn"),
    "family_name": ("family_name", "efternamn", "last name", "surname", "family name"),
    "original_script_name": ("original_name", "original_script_name", "namn i originalskrift"),
    "phone": ("phone", "telefon", "mobil", "mobile", "telephone", "telefonnummer", "mobilnummer"),
    "email": ("email", "e-mail", "e-post", "epost", "mail"),
    "birth_year": ("birth_year", "födelseår", "year of birth", "birth year"),
    "country_of_birth": ("country_of_birth", "födelseland", "country of birth", "country"),
    "gender": ("gender", "kön", "sex"),
    "languages": ("languages", "språk", "language", "spoken languages"),
}
_GENDERS: Final[dict[str, Gender]] = {
    "female": Gender.FEMALE,
    "f": Gender.FEMALE,
    "woman": Gender.FEMALE,
    "kvinna": Gender.FEMALE,
    "k": Gender.FEMALE,
    "male": Gender.MALE,
    "m": Gender.MALE,
    "man": Gender.MALE,
    "other": Gender.OTHER,
    "annat": Gender.OTHER,
    "annan": Gender.OTHER,
    "x": Gender.OTHER,
    "not_stated": Gender.NOT_STATED,
    "not stated": Gender.NOT_STATED,
    "vill inte ange": Gender.NOT_STATED,
}
_LIST_SPLIT: Final = re.compile(r"[,;/|]+|\s{2,}")

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class RowProblem:
    """A row that was not imported (``code`` is a DeskError code, ``params`` its parameters),
    or a likely duplicate left for a person to decide (``code == "import.likely_duplicate"``)."""

    row: int  # 1-based row number as the spreadsheet program shows it
    code: str
    params: dict[str, object] = field(default_factory=dict)
    person_id: str | None = None  # the existing person, for a likely duplicate
    reasons: tuple[str, ...] = ()  # why it is a likely duplicate (duplicates.REASONS)

    def english(self) -> str:
        params: dict[str, Any] = dict(self.params)
        return DeskError(self.code, None, **params).english()


@dataclass
class ImportReport:
    rows: int = 0  # data rows read
    created: int = 0
    updated: int = 0  # same phone: the existing person updated
    unchanged: int = 0  # same phone, nothing new
    rejected: list[RowProblem] = field(default_factory=list)
    duplicates: list[RowProblem] = field(default_factory=list)  # not imported: a person decides
    accepted: list[RowProblem] = field(default_factory=list)  # likely duplicates registered anyway
    unknown_columns: list[str] = field(default_factory=list)
    cancelled: bool = False


def _header_key(text: str) -> str:
    return re.sub(r"[\s_\-]+", "", text.strip().casefold())


_HEADER_INDEX: Final[dict[str, str]] = {
    _header_key(alias): name for name, aliases in HEADERS.items() for alias in aliases
}


# -- values ------------------------------------------------------------------------------


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for lang in ("en", "sv"):
        for code, name in all_countries(lang):
            names.setdefault(name.casefold(), code)
    return names


@lru_cache(maxsize=1)
def _language_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for lang in ("en", "sv"):
        for code, name in all_languages(lang):
            names.setdefault(name.casefold(), code)
    return names


def _country(value: str) -> str | None:
    if not value:
        return None
    if len(value) == 2 and is_country(value.upper()):
        return value.upper()
    code = _country_names().get(value.casefold())
    if code is None:
        raise DeskError("validation.unknown_code", field="country_of_birth", value=value)
    return code


def _languages(value: str) -> tuple[str, ...]:
    codes: list[str] = []
    for part in _LIST_SPLIT.split(value):
        item = part.strip()
        if not item:
            continue
        if is_language(item.lower()):
            codes.append(item.lower())
            continue
        code = _language_names().get(item.casefold())
        if code is None:
            raise DeskError("validation.unknown_code", field="languages", value=item)
        codes.append(code)
    return tuple(codes)


def _gender(value: str) -> Gender:
    if not value:
        return Gender.NOT_STATED
    gender = _GENDERS.get(value.casefold())
    if gender is None:
        raise DeskError("validation.unknown_code", field="gender", value=value)
    return gender


def _year(value: object) -> int | None:
    text = _text(value)
    if not text:
        return None
    try:
        return int(text)
    except ValueError:
        raise DeskError("validation.invalid", field="birth_year") from None


def person_from_row(values: dict[str, object], hub_id: str) -> Person:
    """A Person from the row's mapped cells; raises DeskError for a bad row."""
    for name, value in values.items():
        if value is FORMULA:
            raise DeskError("import.formula", field=name)
    return Person(
        given_name=_text(values.get("given_name")),
        family_name=_text(values.get("family_name")),
        original_script_name=_text(values.get("original_script_name")) or None,
        phone=_text(values.get("phone")) or None,
        email=_text(values.get("email")) or None,
        birth_year=_year(values.get("birth_year")),
        country_of_birth=_country(_text(values.get("country_of_birth"))),
        gender=_gender(_text(values.get("gender"))),
        languages=_languages(_text(values.get("languages"))),
        hub_id=hub_id,
    )


# -- importing ---------------------------------------------------------------------------


_IMPORTED: Final = (
    "family_name",
    "original_script_name",
    "email",
    "birth_year",
    "country_of_birth",
    "languages",
)


def _merged_values(existing: Person, row: Person) -> Person:
    """The existing person with the row's non-empty values (the same phone: an update)."""
    changes: dict[str, Any] = {"given_name": row.given_name}
    for name in _IMPORTED:
        value = getattr(row, name)
        if value not in (None, "", ()):
            changes[name] = value
    if row.gender is not Gender.NOT_STATED:
        changes["gender"] = row.gender
    return dataclasses.replace(existing, **changes)


def _map_header(header: Sequence[object], report: ImportReport) -> dict[int, str]:
    columns: dict[int, str] = {}
    for index, cell in enumerate(header):
        title = _text(cell)
        if not title:
            continue
        name = _HEADER_INDEX.get(_header_key(title))
        if name is None or name in columns.values():
            report.unknown_columns.append(title)
        else:
            columns[index] = name
    return columns


def _data_rows(rows: list[Row]) -> Iterator[Row]:
    for row in rows[1:]:
        cells = row.cells
        if (
            row.problem is not None
            or any(_text(c) for c in cells if c is not FORMULA)
            or FORMULA in cells
        ):
            yield row


def import_file(
    ctx: StoreContext,
    path: Path,
    *,
    hub_id: str,
    accept_duplicates: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportReport:
    """Read ``path`` and store its visitors; see the module documentation."""
    table = read_table(path)
    report = ImportReport()
    if not table:
        return report
    columns = _map_header(table[0].cells, report)
    if "given_name" not in columns.values():
        raise DeskError("import.no_name_column")
    rows = list(_data_rows(table))
    total = len(rows)
    report.rows = total
    repo = PersonRepository(ctx)
    by_phone = repo.ids_by_phone()
    rows_in = _Rows(ctx, repo, report, hub_id, by_phone, accept_duplicates)
    try:
        with transaction(ctx.conn):
            for done, row in enumerate(rows, start=1):
                if cancelled is not None and cancelled():
                    raise _Cancel
                if row.problem is not None:
                    report.rejected.append(RowProblem(row.number, *row.problem))
                else:
                    cells = row.cells
                    values = {n: cells[i] if i < len(cells) else None for i, n in columns.items()}
                    rows_in.add(row.number, values)
                if progress is not None and (done % PROGRESS_EVERY == 0 or done == total):
                    progress(done, total)
    except _Cancel:
        return ImportReport(rows=total, unknown_columns=report.unknown_columns, cancelled=True)
    return report


class _Cancel(Exception):
    pass


@dataclass
class _Rows:
    """Stores the rows of one import (the phone numbers seen so far included)."""

    ctx: StoreContext
    repo: PersonRepository
    report: ImportReport
    hub_id: str
    by_phone: dict[str, str]
    accept_duplicates: bool

    def add(self, number: int, values: dict[str, object]) -> None:
        repo, report = self.repo, self.report
        try:
            person = person_from_row(values, self.hub_id)
        except DeskError as error:
            report.rejected.append(RowProblem(number, error.code, dict(error.params)))
            return
        if person.phone is not None and person.phone in self.by_phone:
            existing = repo.get(self.by_phone[person.phone])
            if not _same_person(person, existing):
                # A relative's phone, or a namesake of another age or country: one person is
                # never updated with another's row; a person decides, as for a likely duplicate.
                self._add_flagged(number, person, existing, (SAME_PHONE,))
                return
            try:
                updated = _merged_values(existing, person)
            except DeskError as error:
                report.rejected.append(RowProblem(number, error.code, dict(error.params)))
                return
            if updated == existing:
                report.unchanged += 1
            elif _stored(repo, report, number, lambda: repo.update(updated)):
                report.updated += 1
            return
        found = likely_duplicates(self.ctx, Typed.of(person), limit=1)
        if found:
            self._add_flagged(number, person, found[0].person, found[0].reasons)
        else:
            self._create(number, person)

    def _create(self, number: int, person: Person) -> bool:
        if not _stored(self.repo, self.report, number, lambda: self.repo.create(person)):
            return False
        self.report.created += 1
        if person.phone is not None:
            self.by_phone[person.phone] = person.id
        return True

    def _add_flagged(
        self, number: int, person: Person, match: Person, reasons: tuple[str, ...]
    ) -> None:
        """A likely duplicate of ``match``: reported and left out, or (``accept_duplicates``)
        registered as a new person all the same and listed as accepted."""
        flagged = RowProblem(
            number,
            "import.likely_duplicate",
            {"match": short_code(match.id)},
            person_id=match.id,
            reasons=reasons,
        )
        if not self.accept_duplicates:
            self.report.duplicates.append(flagged)
        elif self._create(number, person):
            self.report.accepted.append(flagged)


def _same_person(row: Person, existing: Person) -> bool:
    """Whether a row with an existing person's phone is that person (then it updates her): the
    same or a similar name, born within a year of her and in her country as far as both say."""
    if name_reason(Typed.of(row), existing) is None:
        return False
    years = (row.birth_year, existing.birth_year)
    if years[0] is not None and years[1] is not None and abs(years[0] - years[1]) > 1:
        return False
    return not (
        row.country_of_birth
        and existing.country_of_birth
        and row.country_of_birth != existing.country_of_birth
    )


def _stored(
    repo: PersonRepository, report: ImportReport, number: int, write: Callable[[], object]
) -> bool:
    """Run one row's write in a savepoint: a row refused half-way leaves nothing behind and is
    reported; trouble with the store itself (a full disk) ends the whole import."""
    try:
        with transaction(repo.conn):
            write()
    except DeskError as error:
        if error.code.startswith("store."):
            raise
        report.rejected.append(RowProblem(number, error.code, dict(error.params)))
        return False
    return True
