"""Openings from a spreadsheet (.csv / .xlsx), Swedish or English headers: drafts, the row
report, labels that name no concept or several, and hostile files. Nothing is stored here."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from entryhub_desk.domain.employers import HardRequirement, OpeningKind, OpeningState
from entryhub_desk.domain.profile.codes import DrivingCategory
from entryhub_desk.errors import DeskError
from entryhub_desk.importing.opening_values import (
    LabelFinder,
    education,
    language_requirements,
    licences,
)
from entryhub_desk.importing.openings import read_openings, split_list
from entryhub_desk.taxonomy import esco

DATA = Path(__file__).parent / "data"
WELDER = "7aedaa07-3884-4c5b-88f9-80997b2aa54b"
NURSE_ASSISTANT = "87d0795a-d41f-47ee-979f-0ab7d73836e7"  # curated "Undersköterska"

ENGLISH = [
    "Employer",
    "Org number",
    "Title",
    "Occupation",
    "Must-have skills",
    "Nice-to-have",
    "Languages",
    "Licence",
    "Education level",
    "Municipality",
    "Remote",
    "Start",
    "Apply by",
    "Places",
    "Kind",
    "Hard requirements",
    "Reference",
]


def _csv(tmp_path: Path, text: str, name: str = "o.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_swedish_csv_row_report(tmp_path: Path) -> None:
    drafts, report = read_openings(DATA / "openings_sv.csv")
    assert report.rows == 11
    assert report.unknown_columns == ["Färg"]
    assert [d.row for d in drafts] == [2, 3, 4, 5, 6]
    rejected = {p.row: p.code for p in report.rejected}
    assert rejected == {
        7: "import.label_ambiguous",  # "Kock": two ESCO occupations carry the name
        8: "import.label_unknown",  # "Trollkonster i kvadrat"
        9: "import.formula",
        10: "validation.required",  # no employer
        11: "import.language_level",  # "svenska" without a level
        12: "validation.org_number",  # check digit wrong
    }
    welder = drafts[0].opening
    assert drafts[0].employer.org_number == "556677-8899"
    assert welder.occupation == WELDER
    assert welder.languages == ("sv:B1", "en:A2")
    assert welder.licences == (DrivingCategory.B,)
    assert welder.min_education == 3
    assert welder.hard == (HardRequirement.LICENCES,)
    assert (str(welder.starts), str(welder.apply_by), welder.places) == ("2026-04", "2026-03-31", 2)
    assert drafts[1].opening.occupation == NURSE_ASSISTANT  # the desk's own Swedish name
    assert drafts[1].opening.starts is None  # "snarast"
    assert drafts[3].opening.kind is OpeningKind.INTERNSHIP
    assert drafts[4].opening.remote is True and drafts[4].opening.kind is OpeningKind.TRAINEE
    kock = next(p for p in report.rejected if p.row == 7)
    assert "Kock" in kock.english() and ";" in str(kock.params["candidates"])


def test_english_xlsx_with_dates_and_numbers(tmp_path: Path) -> None:
    import datetime as dt

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(ENGLISH)
    sheet.append(
        [
            "Norrsken IT-drift AB",
            "5590123450",
            "Helpdesk agent",
            "ICT help desk agent",
            "Active Directory; customer service",
            None,
            "Swedish B2, English (B1)",
            "B-körkort",
            "Bachelor",
            "Stockholm",
            "yes",
            dt.datetime(2026, 3, 1),
            dt.date(2026, 2, 20),
            3.0,
            "job",
            "languages; licence",
            "REF-17",
        ]
    )
    sheet.append(["Svets AB", None, "Welder", "welder", "MIG-svetsning, Windows"])
    path = tmp_path / "openings.xlsx"
    book.save(path)
    drafts, report = read_openings(path)
    assert [p.code for p in report.rejected] == ["import.label_ambiguous"]  # "Windows"
    opening = drafts[0].opening
    assert esco.occupation_isco(opening.occupation or "") == "3512"
    assert len(opening.must_skills) == 2
    assert opening.languages == ("sv:B2", "en:B1")
    assert opening.licences == (DrivingCategory.B,)
    assert opening.min_education == 6
    assert (str(opening.starts), str(opening.apply_by), opening.places) == (
        "2026-03-01",
        "2026-02-20",
        3,
    )
    assert opening.hard == (HardRequirement.LANGUAGES, HardRequirement.LICENCES)
    assert opening.source == "sheet:REF-17"
    assert opening.state is OpeningState.OPEN


def test_the_same_row_gets_the_same_source(tmp_path: Path) -> None:
    text = "Arbetsgivare;Titel;Kommun\nSvets AB;Svetsare;Umeå\nSvets AB;Svetsare;Luleå\n"
    first, _ = read_openings(_csv(tmp_path, text))
    again, _ = read_openings(_csv(tmp_path, text.replace("Svets AB", "SVETS ab"), "p.csv"))
    assert [d.opening.source for d in first] == [d.opening.source for d in again]
    assert first[0].opening.source != first[1].opening.source


def test_every_label_problem_of_a_row_is_reported(tmp_path: Path) -> None:
    text = "Arbetsgivare;Titel;Krav\nSvets AB;Svetsare;Trollkonster | svetsa | MIG-svetsning\n"
    path = _csv(tmp_path, text)
    drafts, report = read_openings(path)
    assert drafts == []
    assert [(p.row, p.code) for p in report.rejected] == [
        (2, "import.label_unknown"),
        (2, "import.label_ambiguous"),
    ]


@pytest.mark.parametrize(
    ("content", "code"),
    [
        ("", "import.empty_file"),
        ("Färg;Storlek\nblå;1\n", "import.no_opening_columns"),
        ("Arbetsgivare;Titel;Title\nA;b;c\n", "import.duplicate_column"),
        ("Arbetsgivare;Titel;Krav;Krav\nA;b;c;d\n", "import.duplicate_column"),
    ],
    ids=["empty", "no-columns", "title-twice", "krav-twice"],
)
def test_hostile_files(tmp_path: Path, content: str, code: str) -> None:
    with pytest.raises(DeskError) as caught:
        read_openings(_csv(tmp_path, content))
    assert caught.value.code == code


def test_wrong_encoding_and_huge_file(tmp_path: Path) -> None:
    latin = _csv(tmp_path, "Arbetsgivare;Titel\nSvets AB;Svetsare i Umeå\n", encoding="latin-1")
    with pytest.raises(DeskError) as caught:
        read_openings(latin)
    assert caught.value.code == "import.bad_encoding"
    utf16 = _csv(tmp_path, "Arbetsgivare;Titel\nSvets AB;Svetsare\n", "u.csv", "utf-16")
    drafts, _ = read_openings(utf16)
    assert [d.opening.title for d in drafts] == ["Svetsare"]
    huge = tmp_path / "huge.csv"
    huge.write_bytes(b"Arbetsgivare;Titel\n" + b"A;b\n" * (5 * 1024 * 1024))
    with pytest.raises(DeskError) as caught:
        read_openings(huge)
    assert caught.value.code == "import.too_large"


def test_formula_in_any_cell_rejects_the_row(tmp_path: Path) -> None:
    text = "Arbetsgivare;Titel;Krav\nSvets AB;Svetsare;@SUM(1+1)*cmd|' /C calc'!A0\n"
    drafts, report = read_openings(_csv(tmp_path, text))
    assert drafts == []
    assert report.rejected[0].code == "import.formula"
    assert report.rejected[0].params == {"field": "must_skills"}


def test_value_readers() -> None:
    assert language_requirements("svenska B1, engelska B2") == ("sv:B1", "en:B2")
    assert language_requirements("sv:C1; Arabic (A2)") == ("sv:C1", "ar:A2")
    for bad, code in (
        ("svenska", "import.language_level"),
        ("alviska B1", "validation.unknown_code"),
    ):
        with pytest.raises(DeskError) as caught:
            language_requirements(bad)
        assert caught.value.code == code
    assert licences("körkort B, CE") == (DrivingCategory.B, DrivingCategory.CE)
    assert licences("D-körkort") == (DrivingCategory.D,)
    with pytest.raises(DeskError):
        licences("B, Z")
    assert education("ISCED 4") == 4
    assert education("Gymnasieskola") == 3
    assert education("Master's or equivalent level") == 7
    assert education("") is None
    with pytest.raises(DeskError):
        education("lite skola")
    assert split_list("a, b") == ["a", "b"]
    assert split_list("a, b; c") == ["a, b", "c"]  # ESCO labels may hold commas


def test_label_finder_names_exactly_one_concept_or_reports() -> None:
    finder = LabelFinder()
    assert finder.occupation("Svetsare").code == WELDER  # Swedish name
    assert finder.occupation("welder").code == WELDER  # English name
    assert finder.occupation("SVETSARE").code == WELDER  # case and accents folded
    unique_hit = finder.skill("MIG-svetsning")  # only "utföra MIG-svetsning" holds it
    assert unique_hit.code is not None
    for label in ("svetsa", "Kock", "städning"):
        found = finder.occupation(label) if label != "städning" else finder.skill(label)
        assert found.code is None and found.problem is not None
        assert found.problem.code == "import.label_ambiguous", label
    nothing = finder.skill("Trollkonster i kvadrat")
    assert nothing.problem is not None and nothing.problem.code == "import.label_unknown"
    assert finder.occupation("").problem is not None
    # within an ISCO group a name two groups share is one concept again
    assert finder.occupation("Kock", isco_group="5120").code is not None


def test_xlsx_formula_and_duplicate_header(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Arbetsgivare", "Titel", "Krav"])
    sheet.append(["Svets AB", "Svetsare", '=HYPERLINK("http://evil.example")'])
    sheet.append(["Svets AB", "Montör", "MIG-svetsning"])
    path = tmp_path / "f.xlsx"
    book.save(path)
    drafts, report = read_openings(path)
    assert [d.opening.title for d in drafts] == ["Montör"]
    assert [(p.row, p.code) for p in report.rejected] == [(2, "import.formula")]
    sheet.append([])
    sheet["D1"] = "Employer"
    book.save(path)
    with pytest.raises(DeskError) as caught:
        read_openings(path)
    assert caught.value.code == "import.duplicate_column"
