"""Hostile visitor files (CSV and xlsx) through the reception service: every one ends in a
stable DeskError naming the row and the limit, or imports with the bad rows rejected; a refused
file leaves every table of the store as it was, and the work stays within the caps."""

from __future__ import annotations

from pathlib import Path

import pytest

from entryhub_desk.errors import DeskError
from entryhub_desk.importing import tables
from entryhub_desk.services import Session
from entryhub_desk.services.visitors import VisitorsService
from tests.hostile import csv_files, xlsx_files
from tests.hostile.checks import check_message, check_refusal, row_error, store_counts
from tests.hostile.corpus import Case

CASES = [*csv_files.CASES, *xlsx_files.CASES]


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_hostile_visitor_file(case: Case, session: Session, tmp_path: Path) -> None:
    path = case.build(tmp_path)
    before = store_counts(session)
    if case.code is not None:
        with pytest.raises(DeskError) as caught:
            VisitorsService(session).import_visitors(path)
        check_refusal(case, caught.value)
        assert store_counts(session) == before
        return
    report = VisitorsService(session).import_visitors(path)
    assert {problem.row: problem.code for problem in report.rejected} == case.rejected
    assert (report.created, report.updated) == (case.created, 0)
    assert store_counts(session)["person"] - before["person"] == case.created
    for problem in report.rejected:
        check_message(
            row_error(problem.code, problem.params), ("limit",) if "limit" in problem.params else ()
        )


def test_unterminated_quote_swallows_nothing(session: Session, tmp_path: Path) -> None:
    """The row with the open quote is rejected; the rows after it are read as rows, and no
    visitor is named "Amina;Yusuf;0701234571;…"."""
    case = next(c for c in csv_files.CASES if c.name == "unterminated-quote")
    VisitorsService(session).import_visitors(case.build(tmp_path))
    names = {str(name) for (name,) in session.opened.conn.execute("SELECT given_name FROM person")}
    assert names == {"Asha", "Hodan", "Selam"}


def test_a_row_refused_while_stored_leaves_nothing(
    session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each row is all or nothing: a row refused after its person row was written (a fault
    injected after the real insert) leaves no person, search entry or outbox change behind,
    and the rows around it go in."""
    from entryhub_desk.store.repositories.persons import PersonRepository

    real_create = PersonRepository.create

    def create_then_refuse(self: PersonRepository, person: object) -> object:
        stored = real_create(self, person)  # type: ignore[arg-type]
        if getattr(person, "given_name", "") == "Hodan":
            raise DeskError("validation.invalid", field="given_name")
        return stored

    monkeypatch.setattr(PersonRepository, "create", create_then_refuse)
    path = tmp_path / "v.csv"
    path.write_text("förnamn;telefon\nAsha;0701234570\nHodan;0701234572\nSelam;\n", "utf-8")
    before = store_counts(session)
    report = VisitorsService(session).import_visitors(path)
    assert report.created == 2
    assert [(p.row, p.code) for p in report.rejected] == [(3, "validation.invalid")]
    after = store_counts(session)
    assert after["person"] - before["person"] == 2
    assert after["outbox"] - before["outbox"] == 2
    names = {str(n) for (n,) in session.opened.conn.execute("SELECT given_name FROM person")}
    assert "Hodan" not in names


class _Counting:
    """Counts rows the reader checks (a spy around the real function)."""

    def __init__(self) -> None:
        self.rows = 0
        self._real = tables._checked

    def __call__(self, number: int, cells: object) -> tables.Row:
        self.rows += 1
        return self._real(number, cells)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "case",
    [
        next(c for c in csv_files.CASES if c.name == "one-million-rows"),
        next(c for c in xlsx_files.CASES if c.name == "million-rows"),
    ],
    ids=lambda case: case.id,
)
def test_a_million_rows_are_not_all_read(
    case: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spy = _Counting()
    monkeypatch.setattr(tables, "_checked", spy)
    with pytest.raises(DeskError) as caught:
        tables.read_table(case.build(tmp_path))
    assert caught.value.code == "import.too_many_rows"
    assert spy.rows <= tables.MAX_ROWS + 1
