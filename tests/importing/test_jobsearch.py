"""JobSearch ads (the documented fields of jobsearch.api.jobtechdev.se) read into opening
drafts: realistic ads per class, decoys, and hostile files. Nothing is stored here (see
test_opening_store.py for that)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from entryhub_desk.domain.employers import OpeningKind
from entryhub_desk.domain.profile.codes import DrivingCategory
from entryhub_desk.errors import DeskError
from entryhub_desk.importing.jobsearch import DESCRIPTION_KEPT, read_ads
from entryhub_desk.importing.opening_values import OpeningDraft, OpeningImportReport
from entryhub_desk.importing.ssyk import isco_for_ssyk, known_ssyk
from entryhub_desk.taxonomy import esco

DATA = Path(__file__).parent / "data"
WELDER = "7aedaa07-3884-4c5b-88f9-80997b2aa54b"  # ESCO "svetsare" (ISCO 7212)
BUS_DRIVER = "00cee175-1376-43fb-9f02-ba3d7a910a58"  # ESCO "bussförare" (ISCO 8331)
UNDERSKOTERSKA = "87d0795a-d41f-47ee-979f-0ab7d73836e7"  # ESCO "Undersköterska" (ISCO 5321)
STADARE = "731ecac4-06e8-4ec2-a559-101fecbd9183"  # ESCO "Städare" (ISCO 9112)


@pytest.fixture(scope="module")
def fixture() -> tuple[dict[str, OpeningDraft], OpeningImportReport]:
    drafts, report = read_ads(DATA / "jobsearch_ads.json")
    return {d.label: d for d in drafts}, report


def _unmapped(report: OpeningImportReport, row: int) -> dict[str, list[dict[str, object]]]:
    out: dict[str, list[dict[str, object]]] = {}
    for problem in report.unmapped:
        if problem.row == row:
            out.setdefault(problem.code, []).append(problem.params)
    return out


def _ad(tmp_path: Path, document: object, name: str = "ads.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def _minimal(**more: object) -> dict[str, object]:
    ad: dict[str, object] = {
        "id": "1",
        "headline": "Svetsare",
        "employer": {"name": "Svets AB"},
    }
    ad.update(more)
    return ad


def test_the_search_response_is_read_ad_by_ad(
    fixture: tuple[dict[str, OpeningDraft], OpeningImportReport],
) -> None:
    drafts, report = fixture
    assert report.rows == 11
    assert sorted(drafts) == [
        "27839012",
        "27841177",
        "27843390",
        "27845012",
        "27846633",
        "27847001",
        "27847002",
        "27847005",
    ]
    assert {p.row: p.code for p in report.rejected} == {
        8: "validation.required",  # no headline
        9: "validation.required",  # no employer
        11: "import.not_an_ad",  # a string among the hits
    }
    assert report.labels[8] == "27847003"


def test_welder_in_umea(fixture: tuple[dict[str, OpeningDraft], OpeningImportReport]) -> None:
    drafts, report = fixture
    draft = drafts["27839012"]
    opening = draft.opening
    assert draft.employer.name == "Umeå Svets & Montage AB"
    assert draft.employer.org_number == "556677-8899"
    assert opening.title == "Svetsare till verkstad i Umeå"
    assert opening.source == "jobsearch:27839012"
    assert opening.occupation == WELDER  # SSYK 7212 -> ISCO 7212 -> "Svetsare"
    assert len(opening.must_skills) == 1  # MIG-svetsning; TIG-svetsning is not in ESCO
    assert esco.skill_label(opening.must_skills[0], "sv").text == "utföra MIG-svetsning"
    assert opening.licences == (DrivingCategory.B,)
    assert opening.languages == ("sv:A1",)
    assert opening.municipality == "Umeå"
    assert str(opening.apply_by) == "2026-03-31"
    assert opening.places == 2
    assert opening.kind is OpeningKind.JOB
    assert "Erfarenhet (krav): Svetsare" in opening.notes
    assert "Heltid" in opening.notes
    assert _unmapped(report, 1) == {
        "import.label_unknown": [{"field": "skills", "value": "TIG-svetsning"}],
        "import.language_no_level": [{"value": "Svenska"}],
    }


def test_undersköterska_outside_the_key_is_mapped_by_its_name_and_reported(
    fixture: tuple[dict[str, OpeningDraft], OpeningImportReport],
) -> None:
    """SSYK 5321 is not in the key; the head of the ad's occupation, "Undersköterska", is the
    own name of exactly one ESCO occupation: that one is taken, and the report says so."""
    drafts, report = fixture
    opening = drafts["27841177"].opening
    assert isco_for_ssyk("5321") is None  # the key splits it: not in the extract
    assert opening.occupation == UNDERSKOTERSKA
    assert esco.occupation_isco(UNDERSKOTERSKA) == "5321"
    assert "SSYK 5321: Undersköterska, hemtjänst och äldreboende → ESCO Undersköterska" in (
        opening.notes
    )
    assert len(opening.must_skills) == 1 and len(opening.nice_skills) == 1
    assert _unmapped(report, 2)["import.occupation_by_name"] == [
        {
            "value": "Undersköterska, hemtjänst och äldreboende",
            "ssyk": "5321",
            "name": "Undersköterska",
        }
    ]


def test_bus_driver_with_d_licence(
    fixture: tuple[dict[str, OpeningDraft], OpeningImportReport],
) -> None:
    drafts, _ = fixture
    opening = drafts["27843390"].opening
    assert opening.occupation == BUS_DRIVER
    assert opening.licences == (DrivingCategory.D,)
    assert opening.places == 10
    assert str(opening.apply_by) == "2026-03-20"
    assert "Meriterande språk: Engelska" in opening.notes


def test_cleaning_without_licence_requirement(
    fixture: tuple[dict[str, OpeningDraft], OpeningImportReport],
) -> None:
    """ "Lokalvårdare" is no ESCO name, but its SSYK group's, "Städare", is exactly one."""
    drafts, report = fixture
    opening = drafts["27845012"].opening
    assert opening.licences == ()
    assert opening.occupation == STADARE
    assert len(opening.must_skills) == 1  # "Lokalvård"
    assert _unmapped(report, 4)["import.occupation_by_name"] == [
        {"value": "Lokalvårdare", "ssyk": "9111", "name": "Städare"}
    ]


def test_it_support_remote_with_an_ambiguous_skill(
    fixture: tuple[dict[str, OpeningDraft], OpeningImportReport],
) -> None:
    drafts, report = fixture
    opening = drafts["27846633"].opening
    assert opening.remote is True
    assert esco.occupation_isco(opening.occupation or "") == "3512"
    assert opening.languages == ("sv:A1", "en:A1")
    assert len(opening.must_skills) == 1  # Active Directory; "Windows" names several
    ambiguous = _unmapped(report, 5)["import.label_ambiguous"]
    assert ambiguous[0]["value"] == "Windows"
    assert "Windows Phone" in str(ambiguous[0]["candidates"])


def test_two_concepts_named_alike_are_told_apart_by_the_isco_group(
    fixture: tuple[dict[str, OpeningDraft], OpeningImportReport],
) -> None:
    drafts, _ = fixture
    # "Kock" names two ESCO occupations; SSYK 5120 -> ISCO 5120 leaves one
    occupation = drafts["27847001"].opening.occupation
    assert occupation is not None and esco.occupation_isco(occupation) == "5120"


def test_a_label_naming_two_concepts_in_the_same_group_keeps_the_group(tmp_path: Path) -> None:
    ad = _minimal(
        occupation={"label": "Svetsa"},  # welders, pipe welders, welding coordinators …
        occupation_group={"legacy_ams_taxonomy_id": "7212"},
    )
    drafts, report = read_ads(_ad(tmp_path, ad))
    assert drafts[0].opening.occupation is None
    assert "ISCO-08 7212" in drafts[0].opening.notes
    assert [p.code for p in report.unmapped] == ["import.occupation_group_only"]


def test_unknown_ssyk_and_labels_matching_nothing(
    fixture: tuple[dict[str, OpeningDraft], OpeningImportReport],
) -> None:
    drafts, report = fixture
    opening = drafts["27847002"].opening
    assert opening.occupation is None and opening.must_skills == () and opening.languages == ()
    found = _unmapped(report, 7)
    assert found["import.occupation_unmapped"] == [{"value": "Drömyrkesutövare", "ssyk": "9999"}]
    assert {p["field"] for p in found["import.label_unknown"]} == {"skills", "languages"}


def test_wrong_types_are_left_out_and_reported(
    fixture: tuple[dict[str, OpeningDraft], OpeningImportReport],
) -> None:
    drafts, report = fixture
    draft = drafts["27847005"]  # the id given as a number
    assert draft.employer.org_number is None
    assert draft.opening.places == 1 and draft.opening.apply_by is None
    fields = {p["field"] for p in _unmapped(report, 10)["import.wrong_type"]}
    assert fields == {
        "employer.organization_number",
        "occupation",
        "must_have.skills",
        "driving_license_required",
        "application_deadline",
        "number_of_vacancies",
    }


def test_one_ad_and_a_list_of_ads_are_read_too(tmp_path: Path) -> None:
    one, _ = read_ads(_ad(tmp_path, _minimal()))
    two, _ = read_ads(_ad(tmp_path, [_minimal(), _minimal(id="2")]))
    assert [d.label for d in one] == ["1"]
    assert [d.label for d in two] == ["1", "2"]


def test_ten_megabyte_description_is_cut_in_the_notes(tmp_path: Path) -> None:
    text = "Svetsning av stålkonstruktioner. " * (10 * 1024 * 1024 // 33)
    drafts, report = read_ads(_ad(tmp_path, _minimal(description={"text": text})))
    assert len(text) > 10_000_000
    assert len(drafts[0].opening.notes) <= DESCRIPTION_KEPT + 10
    assert drafts[0].opening.notes.endswith("…")
    assert report.rejected == []


def test_control_characters_are_removed_not_refused(tmp_path: Path) -> None:
    ad = _minimal(headline="Svets\x07are\x00", description={"text": "a\x1bb\r\nc"})
    drafts, _ = read_ads(_ad(tmp_path, ad))
    assert drafts[0].opening.title == "Svetsare"
    assert drafts[0].opening.notes == "ab\nc"


def test_licence_listed_but_not_required_goes_to_the_notes(tmp_path: Path) -> None:
    ad = _minimal(driving_license_required=False, driving_license=[{"label": "B"}])
    drafts, _ = read_ads(_ad(tmp_path, ad))
    assert drafts[0].opening.licences == ()
    assert "Körkort (inte krav): B" in drafts[0].opening.notes
    unknown = _minimal(driving_license_required=True, driving_license=[{"label": "Z9"}])
    drafts, report = read_ads(_ad(tmp_path, unknown))
    assert drafts[0].opening.licences == ()
    assert {p.code for p in report.unmapped} == {
        "validation.unknown_code",
        "import.licence_unspecified",
    }


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"", "import.empty_file"),
        (b"   \n", "import.empty_file"),
        (b'{"hits": [ {"id": "1", ', "import.bad_json"),
        (b'{"id": "1", "headline": "a", "headline": "b"}', "import.duplicate_key"),
        (b"[" * 100_000 + b"]" * 100_000, "import.bad_json"),
        (b'{"colour": "blue"}', "import.not_jobsearch"),
        (b'"just text"', "import.not_jobsearch"),
        (b'{"hits": "none"}', "import.not_jobsearch"),
        ('{"id": "1", "headline": "Städare"}'.encode("latin-1"), "import.bad_encoding"),
        ('{"id": "1", "headline": "Städare"}'.encode("utf-16"), "import.bad_encoding"),
    ],
    ids=[
        "empty",
        "blank",
        "truncated",
        "duplicate-key",
        "deep-nesting",
        "not-ads",
        "a-string",
        "hits-not-a-list",
        "latin-1",
        "utf-16",
    ],
)
def test_hostile_files_are_refused_with_a_clear_error(
    tmp_path: Path, content: bytes, code: str
) -> None:
    path = tmp_path / "ads.json"
    path.write_bytes(content)
    with pytest.raises(DeskError) as caught:
        read_ads(path)
    assert caught.value.code == code
    assert caught.value.english()  # a sentence, not a traceback


def test_a_file_over_the_cap_is_refused_before_it_is_parsed(tmp_path: Path) -> None:
    path = tmp_path / "huge.json"
    with path.open("wb") as file:
        file.write(b'{"id": "1", "headline": "x", "description": {"text": "')
        file.write(b"a" * (17 * 1024 * 1024))
        file.write(b'"}}')
    with pytest.raises(DeskError) as caught:
        read_ads(path)
    assert caught.value.code == "import.too_large"


def test_ad_id_checks(tmp_path: Path) -> None:
    bad = [_minimal(id=""), _minimal(id=True), _minimal(id="x" * 101), _minimal(id="a\nb")]
    drafts, report = read_ads(_ad(tmp_path, bad))
    assert drafts == []
    assert [p.code for p in report.rejected] == [
        "validation.required",
        "validation.required",
        "validation.invalid",
        "validation.invalid",
    ]


def test_the_ssyk_key_names_isco_groups_esco_knows() -> None:
    assert len(known_ssyk()) >= 10
    for ssyk in known_ssyk():
        isco = isco_for_ssyk(ssyk)
        assert isco is not None and esco.is_isco_group(isco), ssyk
    assert isco_for_ssyk("7212") == "7212"
    assert isco_for_ssyk("0000") is None


def test_the_head_of_an_occupation_label_outside_the_key_needs_one_own_name(
    tmp_path: Path,
) -> None:
    """Inside a known group the head of a label is searched in that group; outside it, only an
    occupation whose own name the head is, alone, is taken (and reported); two concepts of the
    same name ("Kock") or a made-up head stay unmapped."""
    inside = _minimal(
        occupation={"label": "Svetsare, MIG/MAG"},
        occupation_group={"legacy_ams_taxonomy_id": "7212"},
    )
    outside = _minimal(
        id="2",
        occupation={"label": "Svetsare, MIG/MAG"},
        occupation_group={"legacy_ams_taxonomy_id": "9998"},
    )
    twice = _minimal(
        id="3", occupation={"label": "Kock, à la carte"}, occupation_group={"label": "Kockar"}
    )
    made_up = _minimal(id="4", occupation={"label": "Drömyrke, heltid"})
    drafts, report = read_ads(_ad(tmp_path, [inside, outside, twice, made_up]))
    assert [d.opening.occupation for d in drafts] == [WELDER, WELDER, None, None]
    assert [(p.row, p.code) for p in report.unmapped] == [
        (2, "import.occupation_by_name"),
        (3, "import.occupation_unmapped"),
        (4, "import.occupation_unmapped"),
    ]
