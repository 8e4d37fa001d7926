"""Spreadsheet import: headers in Swedish or English, row reports, re-import, edge cases."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from entryhub_desk.config import DeskConfig
from entryhub_desk.domain.person import Gender
from entryhub_desk.errors import DeskError
from entryhub_desk.services import Session
from entryhub_desk.services.visitors import VisitorsService
from tests.services.helpers import coordinator_session, set_up_desk

SWEDISH = "förnamn;efternamn;telefon;e-post;födelseår;födelseland;kön;språk;favoritfärg\n"


@pytest.fixture
def reception(desk_config: DeskConfig) -> Session:
    desk, _ = set_up_desk(desk_config)
    return coordinator_session(desk)


def _csv(tmp_path: Path, text: str, *, bom: bool = False, name: str = "v.csv") -> Path:
    path = tmp_path / name
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    return path


def test_swedish_csv_with_bom_and_row_report(reception: Session, tmp_path: Path) -> None:
    path = _csv(
        tmp_path,
        SWEDISH
        + "Faadumo;Cali;070-111 22 33;f@example.org;1990;Somalia;kvinna;so, arabiska;blå\n"
        + "Yohannes;Tesfay;;;1985;ER;man;ti;\n"
        + ";Utan förnamn;;;;;;;\n"
        + "Omar;Haddad;12345;;;SY;;;\n"
        + "Rasha;Kurdi;;;1879;Syrien;;;\n"
        + ";;;;;;;;\n"
        + "Huda;Saleh;;;;Atlantis;;;\n",
        bom=True,
    )
    report = VisitorsService(reception).import_visitors(path)
    assert report.rows == 6  # the empty line is not a row
    assert report.created == 2
    assert report.unknown_columns == ["favoritfärg"]
    problems = {p.row: p.code for p in report.rejected}
    assert problems == {
        4: "validation.required",
        5: "validation.bad_phone",
        6: "validation.out_of_range",
        8: "validation.unknown_code",
    }
    assert "Atlantis" in report.rejected[-1].english()
    hit = VisitorsService(reception).search("Fadumo Ali")[0].person
    assert hit.phone == "+46701112233"
    assert hit.country_of_birth == "SO" and hit.gender is Gender.FEMALE
    assert hit.languages == ("so", "ar")


def test_english_headers_with_commas(reception: Session, tmp_path: Path) -> None:
    path = _csv(
        tmp_path,
        "First name,Last name,Mobile,Email,Birth year,Country of birth,Gender,Languages\n"
        'Hodan,Warsame,0046701234567,,1999,Somalia,female,"so, en"\n',
    )
    report = VisitorsService(reception).import_visitors(path)
    assert (report.created, report.rejected, report.unknown_columns) == (1, [], [])
    assert VisitorsService(reception).search("0701234567")[0].person.languages == ("so", "en")


def test_reimport_creates_no_duplicates(reception: Session, tmp_path: Path) -> None:
    text = SWEDISH + "Faadumo;Cali;0701112233;;1990;SO;;;\nAxmed;Nuur;;;1970;SO;;;\n"
    path = _csv(tmp_path, text)
    first = VisitorsService(reception).import_visitors(path)
    assert first.created == 2
    again = VisitorsService(reception).import_visitors(path)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 1)
    assert [(d.row, d.code) for d in again.duplicates] == [(3, "import.likely_duplicate")]
    assert (
        again.duplicates[0].person_id
        == VisitorsService(reception).search("Axmed Nuur")[0].person.id
    )
    changed = _csv(tmp_path, SWEDISH + "Faadumo;Cali;0701112233;new@example.org;1990;SO;;;\n")
    updated = VisitorsService(reception).import_visitors(changed)
    assert updated.updated == 1 and updated.created == 0
    assert len(VisitorsService(reception).search("Faadumo Cali")) == 1
    assert VisitorsService(reception).search("Faadumo Cali")[0].person.email == "new@example.org"


def test_likely_duplicates_are_reported_not_merged(reception: Session, tmp_path: Path) -> None:
    registered = VisitorsService(reception).register(
        VisitorsService(reception).new_person(
            given_name="Maxamed", family_name="Cali", birth_year=1990, country_of_birth="SO"
        )
    )
    text = (
        SWEDISH
        + "Mohamed;Ali;;;1991;SO;;;\n"  # another spelling, born a year apart: probably him
        + "Mohamed;Ali;;;1962;SO;;;\n"  # a namesake born 28 years earlier: someone else
        + "Cabdi;Nuur;0701234567;;1980;SO;;;\n"
        + "Abdi;Nur;0701234567;;1980;SO;;;\n"  # same phone: an update, not a new person
    )
    path = _csv(tmp_path, text)
    report = VisitorsService(reception).import_visitors(path)
    assert (report.created, report.updated) == (2, 1)
    (flagged,) = report.duplicates
    assert (flagged.row, flagged.person_id) == (2, registered.id)
    assert flagged.params == {"match": VisitorsService(reception).code_of(registered.id)}
    assert flagged.reasons[0] in ("same_name", "similar_name")  # as the search scores it
    assert flagged.reasons[1:] == ("near_birth_year", "same_country")
    assert VisitorsService(reception).code_of(registered.id) in flagged.english()
    assert report.accepted == []
    assert {h.person.birth_year for h in VisitorsService(reception).search("Mohamed Ali")} == {
        1990,
        1962,
    }

    again = VisitorsService(reception).import_visitors(
        _csv(tmp_path, text, name="w.csv"), accept_duplicates=True
    )
    # the operator decided: the flagged rows become new persons, and are still listed
    assert [p.row for p in again.accepted] == [2, 3]
    assert again.duplicates == [] and again.created == 2
    assert {h.person.birth_year for h in VisitorsService(reception).search("Mohamed Ali")} == {
        1990,
        1991,
        1962,
    }


def test_empty_and_header_only_files(reception: Session, tmp_path: Path) -> None:
    assert VisitorsService(reception).import_visitors(_csv(tmp_path, "")).rows == 0
    report = VisitorsService(reception).import_visitors(_csv(tmp_path, SWEDISH, name="h.csv"))
    assert (report.rows, report.created) == (0, 0)


def test_wrong_encoding_is_refused(reception: Session, tmp_path: Path) -> None:
    path = tmp_path / "latin1.csv"
    path.write_bytes("förnamn;efternamn\nÅsa;Öberg\n".encode("latin-1"))
    with pytest.raises(DeskError) as caught:
        VisitorsService(reception).import_visitors(path)
    assert caught.value.code == "import.bad_encoding"


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("x.txt", b"hello", "import.unsupported_file"),
        ("x.csv", b"colour;size\nred;1\n", "import.no_name_column"),
        ("x.xlsx", b"not a zip", "import.not_xlsx"),
    ],
)
def test_unreadable_files(
    reception: Session, tmp_path: Path, name: str, content: bytes, code: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(DeskError) as caught:
        VisitorsService(reception).import_visitors(path)
    assert caught.value.code == code


def _xlsx(path: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_xlsx_with_formula_cells(reception: Session, tmp_path: Path) -> None:
    path = _xlsx(
        tmp_path / "v.xlsx",
        [
            ["given_name", "family_name", "phone", "birth_year", "country_of_birth"],
            ["Selam", "Kidane", 701234000, 1994, "Eritrea"],
            ["Meron", "Tekle", None, "=1990+1", "ER"],
            ["=A2", "Haile", None, 1980, "ER"],
        ],
    )
    report = VisitorsService(reception).import_visitors(path)
    assert report.created == 1
    assert [(p.row, p.code, p.params) for p in report.rejected] == [
        (3, "import.formula", {"field": "birth_year"}),
        (4, "import.formula", {"field": "given_name"}),
    ]
    assert VisitorsService(reception).search("selam")[0].person.phone == "+46701234000"


def test_csv_formula_cell_is_rejected(reception: Session, tmp_path: Path) -> None:
    path = _csv(tmp_path, 'förnamn,efternamn\n"=HYPERLINK(""x"")",Evil\nAmina,Good\n')
    report = VisitorsService(reception).import_visitors(path)
    assert report.created == 1
    assert [(p.row, p.code) for p in report.rejected] == [(2, "import.formula")]


@pytest.mark.slow
def test_two_thousand_rows_with_progress(reception: Session, tmp_path: Path) -> None:
    # 2,000 rows: every row now runs the likely-duplicate check (about 45 ms of CPU a row on
    # a loaded machine), so 10,000 took 12 minutes of the suite; the progress and size
    # behaviour is the same at 2,000.
    lines = ["given_name;family_name;phone;birth_year"]
    lines += [f"Name{i};Family{i % 97};+4670{i:07d};{1950 + i % 50}" for i in range(2_000)]
    path = _csv(tmp_path, "\n".join(lines) + "\n")
    seen: list[tuple[int, int]] = []
    report = VisitorsService(reception).import_visitors(
        path,
        accept_duplicates=True,  # "Name5 Family5" and "Name55 Family55" look alike
        progress=lambda done, total: seen.append((done, total)),
    )
    assert report.rows == 2_000 and report.created == 2_000 and not report.rejected
    assert seen[-1] == (2_000, 2_000) and len(seen) == 20
    assert VisitorsService(reception).search("+46700001242")[0].person.given_name == "Name1242"


def test_cancel_leaves_the_store_as_it_was(reception: Session, tmp_path: Path) -> None:
    lines = ["förnamn;telefon"] + [f"Person{i};+4670{i:07d}" for i in range(500)]
    path = _csv(tmp_path, "\n".join(lines))
    calls = 0

    def cancelled() -> bool:
        nonlocal calls
        calls += 1
        return calls > 250

    report = VisitorsService(reception).import_visitors(path, cancelled=cancelled)
    assert report.cancelled and report.created == 0
    assert VisitorsService(reception).search("+46700000001") == []
